/* eslint-disable @typescript-eslint/no-require-imports */
// Hostile but legal API behaviour and secrets the run learns late, on n8n's engine against the
// simulator, on both API APIs.
const { startSandbox } = require('../../sandbox');
const { runWorkflow, nodeOutput, nodeError } = require('../../harness/engine');
const {
	v2Credentials,
	dfoCredentials,
	getConversationsNode: getConversationsNodeAnyAudit,
	singleNodeWorkflow,
	perRecordAudit,
} = require('../../harness/fixtures');
// These tests read one Audit item per record: Audit Detail "Per Record" (the default is a summary
// per page or batch).
const getConversationsNode = (parameters: any = {}, ...rest: any[]) => getConversationsNodeAnyAudit(perRecordAudit(parameters), ...rest);

const NODE = 'CXone: Get Conversations';
const DAY = 86_400_000;
const end = Date.now() - 60_000;
let sandbox: any;

const logs: string[] = [];
beforeAll(async () => {
	sandbox = await startSandbox({ conversations: 60, seed: 5, endTime: end, spanMs: 5 * DAY });
	for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
		jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
			logs.push(
				args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '),
			);
		});
	}
});
afterAll(async () => {
	jest.restoreAllMocks();
	await sandbox.close();
});
beforeEach(() => sandbox.reset());

const FLAVOURS = [
	{ api: 'v2', route: 'v2.conversations', credentials: () => v2Credentials(sandbox) },
	{ api: 'dfo', route: 'dfo.contacts', credentials: () => dfoCredentials(sandbox) },
] as const;

async function run(
	credentials: any,
	options: Record<string, unknown> = {},
	node: Record<string, unknown> = {},
	runOptions: Record<string, unknown> = {},
) {
	const parameters = {
		timeRange: 'lastDays',
		days: 6,
		returnAll: true,
		options: { pageSize: 10, ...options },
	};
	const started = Date.now();
	const result = await runWorkflow(
		singleNodeWorkflow({ ...getConversationsNode(parameters), ...node }),
		credentials,
		runOptions,
	);
	return {
		...result,
		ms: Date.now() - started,
		conversations: nodeOutput(result.run, NODE, 0),
		audit: nodeOutput(result.run, NODE, 1).map((i: any) => i.json),
		error: nodeError(result.run, NODE),
	};
}

const expected = (api: string) => sandbox.expectedIds({ api, from: end - 6 * DAY });

describe.each(FLAVOURS)(
	'$api: hostile but legal answers',
	({ api, route, credentials }) => {
		it('asks again after an empty page that hands back the cursor sent, and returns the exact set', async () => {
			sandbox.faults.add({ route, nth: 2, times: 2, type: 'empty-page' });
			const r = await run(credentials());
			if (r.run.status !== 'success') throw r.error;
			expect(r.conversations.map((i: any) => i.json.id)).toEqual(expected(api));
			expect(sandbox.stats.faultsFired.filter((f: any) => f.type === 'empty-page')).toHaveLength(2);
			expect(r.audit[r.audit.length - 1].retries).toBeGreaterThanOrEqual(2);
		});

		it('outputs a conversation listed on two pages once, and notes the repeat in Audit and metrics', async () => {
			sandbox.faults.add({ route, nth: 2, type: 'duplicate-record' });
			const r = await run(credentials());
			if (r.run.status !== 'success') throw r.error;
			const ids = r.conversations.map((i: any) => i.json.id);
			expect(ids).toEqual(expected(api));
			const skipped = r.audit.filter((e: any) => e.action === 'DUPLICATE_SKIPPED');
			expect(skipped).toHaveLength(1);
			expect(ids).toContain(skipped[0].conversationId);
			const metrics = r.audit[r.audit.length - 1];
			expect(metrics).toMatchObject({ kind: 'metrics', duplicatesSkipped: 1, rejected: 0 });
			expect(metrics.conversations).toBe(ids.length);
		});

		it('fails a page that stays malformed after two retries, saying the API returned malformed data', async () => {
			sandbox.faults.add({ route, nth: 2, times: 'always', type: 'malformed-json' });
			const r = await run(credentials());
			expect(r.run.status).toBe('error');
			expect(r.error.message).toMatch(/malformed data/);
			expect(r.error.description).not.toMatch(/Wait Budget/);
			expect(sandbox.stats.requests[route]).toBe(4);
			expect(r.ms).toBeLessThan(15_000);
		});

		it('fails at once when the API asks to wait far beyond the budget, saying so', async () => {
			sandbox.faults.add({ route, nth: 2, type: '429', retryAfter: 99_999_999_999 });
			const r = await run(credentials());
			expect(r.run.status).toBe('error');
			expect(r.error.message).toMatch(
				/the API asked to wait [\d,]+ days, beyond this run's 5-minute wait budget/,
			);
			expect(r.error.message).toMatch(/Too Many Requests/);
			expect(r.error.message).not.toMatch(/\b1 (attempts|pages|conversations were)\b/);
			expect(r.ms).toBeLessThan(10_000);
		});

		it('shares one wait budget between all requests of the run', async () => {
			sandbox.faults.add({ route, nth: 1, times: 'always', type: '429', retryAfter: 1 });
			const r = await run(credentials(), { maxWaitSeconds: 1 });
			expect(r.run.status).toBe('error');
			expect(r.ms).toBeLessThan(4_000);
		});

		it('never shows the token n8n fetched during the run when an API echoes it without "Bearer"', async () => {
			sandbox.faults.add({ route, nth: 2, type: 'echo-token' });
			const c = credentials();
			const r = await run(c, {}, { onError: 'continueRegularOutput' });
			const tokens = r.credentialsHelper.persisted.map((p: any) => p.accessToken);
			expect(tokens.length).toBeGreaterThan(0);
			const errorItem = r.conversations[r.conversations.length - 1].json;
			expect(errorItem.error).toMatch(/HTTP 400: The token \[redacted\] is not valid/);
			const failed = r.audit.find((e: any) => e.action === 'FETCH_FAILED');
			expect(failed).toBeDefined();
			const haystack = [JSON.stringify(r.run.data), ...logs].join('\n');
			for (const token of tokens) expect(haystack).not.toContain(token);
			// Without continuing on failure, the thrown error (what n8n logs) is redacted too.
			sandbox.reset();
			sandbox.faults.add({ route, nth: 2, type: 'echo-token' });
			const thrown = await run(credentials());
			expect(thrown.error.message).toMatch(/\[redacted\]/);
			for (const token of thrown.credentialsHelper.persisted.map((p: any) => p.accessToken))
				expect(
					`${thrown.error.message} ${thrown.error.description} ${thrown.error.stack}`,
				).not.toContain(token);
		});
	},
);

describe('two overlapping executions sharing static data', () => {
	it('both continue the audit chain; the second to close merges the heads and the trail verifies', async () => {
		const { verifyAuditTrail, GENESIS_HASH } = require('../../dist/nodes/core/audit');
		const staticData: Record<string, any> = {};
		// The first request of the first execution is slow, so the other one runs meanwhile.
		sandbox.faults.add({ route: 'v2.conversations', nth: 1, type: 'slow', delayMs: 600 });
		const trail: any[] = [];
		const finish = (r: any) => {
			for (const event of r.audit) trail.push(event);
			return r;
		};
		const [a, b] = await Promise.all([
			run(v2Credentials(sandbox), {}, {}, { staticData, executionId: 'exec-a' }).then(finish),
			new Promise((resolve) => setTimeout(resolve, 100)).then(async () =>
				finish(await run(v2Credentials(sandbox), {}, {}, { staticData, executionId: 'exec-b' })),
			),
		]);
		expect([a.run.status, b.run.status]).toEqual(['success', 'success']);
		const head = staticData.global.cxoneSocialInboxAuditChain.head;
		const last = trail[trail.length - 1];
		expect(last).toMatchObject({ action: 'CHAIN_MERGED', hash: head });
		expect(last.actor.executionId).toBe('exec-a');
		expect(verifyAuditTrail(trail, GENESIS_HASH, head)).toMatchObject({
			valid: true,
			forks: 1,
			merges: 1,
			heads: [head],
		});
	});
});
