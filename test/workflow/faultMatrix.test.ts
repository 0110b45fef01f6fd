/* eslint-disable @typescript-eslint/no-require-imports */
// For each injected fault, on both API APIs, the run either returns exactly the sandbox's
// conversation set (same ids, none missing, no duplicates) or fails with a clear NodeApiError:
// never a silently short result. Every output, error and log line is then scanned for secrets.
const { startSandbox } = require('../../sandbox');
const { runWorkflow, nodeOutput, nodeError } = require('../../harness/engine');
const {
	v2Credentials,
	dfoCredentials,
	getConversationsNode,
	singleNodeWorkflow,
} = require('../../harness/fixtures');

const NODE = 'CXone: Get Conversations';
const DAY = 86_400_000;
const end = Date.now() - 60_000;

type Expect = 'exact' | 'error';
interface Case {
	fault: string;
	rule: Record<string, unknown>;
	expect: Expect;
	message?: RegExp;
}

// Faults land in the middle of pagination (second page) and on a per-contact message call.
const faultsFor = (route: string): Case[] => [
	{
		fault: '429 with Retry-After',
		rule: { route, nth: 2, times: 2, type: '429', retryAfter: 1 },
		expect: 'exact',
	},
	{
		fault: '429 without Retry-After',
		rule: { route, nth: 2, times: 2, type: '429-no-retry-after' },
		expect: 'exact',
	},
	{
		fault: '429 with an HTTP date',
		rule: { route, nth: 2, type: '429-http-date', retryAfter: 1 },
		expect: 'exact',
	},
	{ fault: '502', rule: { route, nth: 2, type: '502' }, expect: 'exact' },
	{ fault: '503', rule: { route, nth: 2, times: 3, type: '503' }, expect: 'exact' },
	{ fault: '504', rule: { route, nth: 2, type: '504' }, expect: 'exact' },
	{ fault: 'connection reset', rule: { route, nth: 2, times: 2, type: 'reset' }, expect: 'exact' },
	{ fault: 'slow response', rule: { route, nth: 2, type: 'slow', delayMs: 400 }, expect: 'exact' },
	{ fault: 'malformed JSON', rule: { route, nth: 2, type: 'malformed-json' }, expect: 'exact' },
	{ fault: '401 mid-pagination', rule: { route, nth: 2, type: '401' }, expect: 'exact' },
	{
		fault: '500',
		rule: { route, nth: 2, type: '500' },
		expect: 'error',
		message: /failed with HTTP 500/,
	},
	{
		fault: '503 beyond the wait budget',
		rule: { route, nth: 2, times: 1000, type: '503' },
		expect: 'error',
		message: /still failing \(HTTP 503\).*fetched before this/,
	},
	{
		fault: 'schema-violating record',
		rule: { route, nth: 2, type: 'invalid-record' },
		expect: 'error',
		message: /is malformed: field "/,
	},
];

const matrix: Array<{ api: 'v2' | 'dfo'; route: string } & Case> = [
	...faultsFor('v2.conversations').map((c) => ({
		...c,
		api: 'v2' as const,
		route: 'v2.conversations',
	})),
	{
		api: 'v2',
		route: 'v2.conversations',
		fault: 'repeated cursor',
		rule: { route: 'v2.conversations', nth: 1, type: 'repeat-cursor' },
		expect: 'error',
		message: /cursor it had already returned/,
	},
	...faultsFor('dfo.contacts').map((c) => ({
		...c,
		api: 'dfo' as const,
		route: 'dfo.contacts',
	})),
	{
		api: 'dfo',
		route: 'dfo.contacts',
		fault: 'repeated cursor',
		rule: { route: 'dfo.contacts', nth: 1, type: 'repeat-cursor' },
		expect: 'error',
		message: /cursor it had already returned/,
	},
	...faultsFor('dfo.messages')
		.filter((c) => c.fault !== 'repeated cursor')
		.map((c) => ({ ...c, api: 'dfo' as const, route: 'dfo.messages' })),
];

let sandbox: any;
const seen: string[] = [];
const secrets: string[] = [];
const logs: string[] = [];
const tally: Record<string, number> = { exact: 0, error: 0 };

beforeAll(async () => {
	sandbox = await startSandbox({ conversations: 120, seed: 11, endTime: end, spanMs: 10 * DAY });
	for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
		jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
			logs.push(
				args
					.map((a) =>
						a instanceof Error
							? `${a.message}\n${a.stack}`
							: typeof a === 'string'
								? a
								: JSON.stringify(a),
					)
					.join(' '),
			);
		});
	}
});
afterAll(async () => {
	jest.restoreAllMocks();
	await sandbox.close();
});

describe.each(matrix)(
	'$api: $fault on $route',
	({ api, rule, expect: outcome, message }) => {
		it(`${outcome === 'exact' ? 'returns exactly the sandbox set' : 'fails with a clear NodeApiError'}`, async () => {
			sandbox.reset();
			const credentials = api === 'v2' ? v2Credentials(sandbox) : dfoCredentials(sandbox);
			secrets.push(credentials.cxoneApi.clientSecret, credentials.cxoneApi.accessKeySecret ?? '');
			sandbox.faults.add(rule);
			const parameters = {
				timeRange: 'lastDays',
				days: 11,
				returnAll: true,
				options: { pageSize: 25, maxWaitSeconds: 6 },
			};
			const { run, credentialsHelper } = await runWorkflow(
				singleNodeWorkflow(getConversationsNode(parameters)),
				credentials,
			);
			for (const p of credentialsHelper.persisted) secrets.push(p.accessToken);
			seen.push(JSON.stringify(run.data), JSON.stringify(run.data.resultData.error ?? null));
			expect(sandbox.stats.faultsFired.length).toBeGreaterThan(0);
			const expected = sandbox.expectedIds({ api, from: end - 11 * DAY });
			if (outcome === 'exact') {
				if (run.status !== 'success') throw nodeError(run, NODE);
				const ids = nodeOutput(run, NODE, 0).map((i: any) => i.json.id);
				expect(ids).toEqual(expected);
				expect(new Set(ids).size).toBe(ids.length);
			} else {
				expect(run.status).toBe('error');
				const error = nodeError(run, NODE);
				expect(error.name).toBe('NodeApiError');
				expect(error.message).toMatch(message!);
				expect(nodeOutput(run, NODE, 0)).toEqual([]);
			}
			tally[outcome]++;
		});
	},
);

describe('fault matrix secrets scan', () => {
	it('finds no client secret, access key secret or token in any output, error or log line', () => {
		expect(tally.exact + tally.error).toBe(matrix.length);
		const haystack = [...seen, ...logs].join('\n');
		const distinct = [...new Set(secrets.filter((s) => s && s.length >= 6))];
		expect(distinct.length).toBeGreaterThan(3);
		for (const secret of distinct) {
			expect(haystack.includes(secret)).toBe(false);
			expect(haystack.includes(encodeURIComponent(secret))).toBe(false);
		}
		process.stdout.write(
			`fault matrix: ${matrix.length} runs, ${tally.exact} exact sets, ${tally.error} clear NodeApiErrors, 0 short results\n`,
		);
	});
});
