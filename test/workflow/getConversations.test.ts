/* eslint-disable @typescript-eslint/no-require-imports */
import { verifyAuditTrail, GENESIS_HASH } from '../../nodes/core/audit';
import { Expression } from 'n8n-workflow';

const { startSandbox } = require('../../sandbox');
const { runWorkflow, nodeOutput, nodeError, requestHelper } = require('../../harness/engine');
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
let sandbox: any;
const end = Date.now() - 60_000;

beforeAll(async () => {
	sandbox = await startSandbox({ conversations: 300, seed: 7, endTime: end, spanMs: 20 * DAY });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

const ids = (items: any[]) => items.map((i) => i.json.id);

async function run(
	parameters: Record<string, unknown>,
	credentials = v2Credentials(sandbox),
	options = {},
) {
	const result = await runWorkflow(
		singleNodeWorkflow(getConversationsNode(parameters)),
		credentials,
		options,
	);
	return {
		...result,
		conversations: nodeOutput(result.run, NODE, 0),
		audit: nodeOutput(result.run, NODE, 1),
		error: nodeError(result.run, NODE),
	};
}

describe('CXone: Get Conversations, Conversations API v2', () => {
	it('returns every conversation of the range exactly once, in order, with paired items', async () => {
		const r = await run({
			timeRange: 'lastDays',
			days: 30,
			returnAll: true,
			options: { pageSize: 40 },
		});
		expect(r.run.status).toBe('success');
		expect(ids(r.conversations)).toEqual(
			sandbox.expectedIds({ from: end - 30 * DAY, to: Date.now() }),
		);
		expect(r.conversations).toHaveLength(300);
		expect(r.conversations[0].pairedItem).toEqual({ item: 0 });
		expect(Object.keys(r.conversations[0].json).slice(0, 6)).toEqual([
			'id',
			'channel',
			'subject',
			'body',
			'createdTimestamp',
			'updatedTimestamp',
		]);
		expect(sandbox.stats.requests['v2.conversations']).toBe(8);
		expect(sandbox.stats.tokensIssued).toBe(1);
	});

	it('emits one audit event per conversation and one metrics item, forming a valid chain', async () => {
		const r = await run({
			timeRange: 'lastDays',
			days: 30,
			returnAll: true,
			options: { pageSize: 100 },
		});
		const events = r.audit.map((i: any) => i.json);
		expect(events).toHaveLength(301);
		expect(events[0]).toMatchObject({
			kind: 'audit',
			action: 'CONVERSATION_RETRIEVED',
			conversationId: r.conversations[0].json.id,
			channel: r.conversations[0].json.channel,
			actor: { workflowId: 'wf-test', nodeName: NODE },
		});
		expect(JSON.stringify(events)).not.toContain(r.conversations[0].json.body.slice(0, 40) || '@@');
		const metrics = events[300];
		expect(metrics).toMatchObject({
			kind: 'metrics',
			conversations: 300,
			pages: 3,
			requests: 3,
			retries: 0,
			rejected: 0,
		});
		expect(metrics.latencyMs.p95).toBeGreaterThanOrEqual(metrics.latencyMs.p50);
		expect(metrics.durationMs).toBeGreaterThanOrEqual(0);
		expect(verifyAuditTrail(events, GENESIS_HASH)).toEqual({ valid: true, checked: 301 });
		expect(r.audit.every((i: any) => i.pairedItem)).toBe(true);
	});

	it('stops as soon as the limit is reached', async () => {
		const r = await run({
			timeRange: 'lastDays',
			days: 30,
			returnAll: false,
			limit: 25,
			options: { pageSize: 10 },
		});
		expect(r.conversations).toHaveLength(25);
		expect(ids(r.conversations)).toEqual(
			sandbox.expectedIds({ from: end - 30 * DAY }).slice(0, 25),
		);
		expect(sandbox.stats.requests['v2.conversations']).toBe(3);
	});

	it('filters by channel type and conversation IDs on the server', async () => {
		const some = sandbox.expectedIds({ from: end - 30 * DAY }).slice(5, 8);
		const r = await run({
			timeRange: 'lastDays',
			days: 30,
			returnAll: true,
			conversationIds: some.join(', '),
		});
		expect(ids(r.conversations)).toEqual(some);
		const byChannel = await run({
			timeRange: 'lastDays',
			days: 30,
			returnAll: true,
			channelTypes: ['EMAIL', 'WEBCHAT'],
		});
		expect(ids(byChannel.conversations)).toEqual(
			sandbox.expectedIds({ from: end - 30 * DAY, channelTypes: ['EMAIL', 'WEBCHAT'] }),
		);
		expect(
			byChannel.conversations.every((i: any) => ['EMAIL', 'WEBCHAT'].includes(i.json.channel)),
		).toBe(true);
	});

	it('reuses a cached token and fetches a new one once on a 401 mid-pagination', async () => {
		const credentials = v2Credentials(sandbox);
		const first = await run({ timeRange: 'lastDays', days: 30, returnAll: true }, credentials);
		expect(sandbox.stats.tokensIssued).toBe(1);
		const metrics = (r: any) => r.audit.map((i: any) => i.json).find((e: any) => e.kind === 'metrics');
		expect(metrics(first)).toMatchObject({ tokenRequests: 1, tokenRefreshes: 0 });
		sandbox.faults.add({ route: 'v2.conversations', nth: 2, type: '401' });
		const r = await run({ timeRange: 'lastDays', days: 30, returnAll: true }, credentials);
		expect(r.run.status).toBe('success');
		expect(r.conversations).toHaveLength(300);
		expect(sandbox.stats.tokensIssued).toBe(2);
		expect(r.credentialsHelper.persisted).toHaveLength(1);
		// The metrics say what happened: no token needed at the start (one was stored), one after the 401.
		expect(metrics(r)).toMatchObject({ tokenRequests: 1, tokenRefreshes: 1 });
		const quiet = await run({ timeRange: 'lastDays', days: 30, returnAll: true }, credentials);
		expect(metrics(quiet)).toMatchObject({ tokenRequests: 0, tokenRefreshes: 0 });
		expect(sandbox.stats.tokensIssued).toBe(2);
	});

	it('validates before any request and names the field', async () => {
		const r = await run({
			timeRange: 'between',
			from: '2026-11-02T00:00:00Z',
			to: '2026-11-01T00:00:00Z',
		});
		expect(r.run.status).toBe('error');
		expect(r.error.name).toBe('NodeOperationError');
		expect(r.error.message).toMatch(/^From: is after To/);
		expect(r.error.description).toMatch(/earlier than To/);
		const scope = await run(
			{ channelTypes: ['TWITTER'] },
			v2Credentials(sandbox, { scopes: 'conversations:read' }),
		);
		expect(scope.error.message).toMatch(/Scopes \(credential\).*social:read/);
		expect(sandbox.stats.requests).toEqual({});
	});

	it('fails a malformed record with a NodeApiError naming record and field, or rejects it to Audit', async () => {
		sandbox.faults.add({
			route: 'v2.conversations',
			nth: 2,
			type: 'invalid-record',
			variant: 'missing-id',
		});
		const failed = await run({ timeRange: 'lastDays', days: 30, returnAll: true });
		expect(failed.error.name).toBe('NodeApiError');
		expect(failed.error.message).toMatch(
			/Record .* at page 2, position \d+ is malformed: field "id" is missing/,
		);
		sandbox.reset();
		sandbox.faults.add({
			route: 'v2.conversations',
			nth: 2,
			type: 'invalid-record',
			variant: 'bad-date',
		});
		const skipped = await run({
			timeRange: 'lastDays',
			days: 30,
			returnAll: true,
			options: { skipInvalidRecords: true },
		});
		expect(skipped.run.status).toBe('success');
		const rejected = skipped.audit.filter((i: any) => i.json.action === 'RECORD_REJECTED');
		expect(rejected).toHaveLength(1);
		expect(rejected[0].json.field).toBe('createdTimestamp');
		expect(skipped.conversations).toHaveLength(299);
		expect(skipped.audit.at(-1).json).toMatchObject({ conversations: 299, rejected: 1 });
	});

	it('under Continue On Fail, keeps what was fetched and says how much in an error item', async () => {
		sandbox.faults.add({ route: 'v2.conversations', nth: 2, times: 10, type: '503' });
		const node = getConversationsNode(
			{
				timeRange: 'lastDays',
				days: 30,
				returnAll: true,
				options: { maxWaitSeconds: 1, pageSize: 100 },
			},
			NODE,
		);
		node.onError = 'continueRegularOutput';
		const result = await runWorkflow(singleNodeWorkflow(node), v2Credentials(sandbox));
		const out = nodeOutput(result.run, NODE, 0);
		expect(out).toHaveLength(101);
		expect(out[100].json).toMatchObject({ fetchedBeforeFailure: 100 });
		expect(out[100].json.error).toMatch(/still failing \(HTTP 503\)/);
		const audit = nodeOutput(result.run, NODE, 1).map((i: any) => i.json);
		expect(audit.find((e: any) => e.action === 'FETCH_FAILED')).toMatchObject({
			fetchedBeforeFailure: 100,
			status: 503,
		});
	});

	it('shows the token endpoint message when the secret is wrong, without the secret', async () => {
		const credentials = v2Credentials(sandbox, { clientSecret: 'wrong-secret-value' });
		const r = await run({}, credentials);
		expect(r.error.message).toMatch(/Client authentication failed/);
		expect(JSON.stringify(r.error)).not.toContain('wrong-secret-value');
	});
});

describe('CXone: Get Conversations, Digital Engagement (DFO 3.0)', () => {
	it('lists channels once per execution, however many input items', async () => {
		const r = await run({ timeRange: 'lastDays', days: 30, limit: 5 }, dfoCredentials(sandbox), {
			inputItems: [{ json: {} }, { json: {} }, { json: {} }],
		});
		expect(r.run.status).toBe('success');
		expect(sandbox.stats.requests['dfo.channels']).toBe(1);
		// The three queries list the same five contacts: each is output once in the run, for the
		// first item, and each repeat is an Audit record naming that item.
		expect(r.conversations).toHaveLength(5);
		expect(r.conversations.map((i: any) => i.pairedItem.item)).toEqual([0, 0, 0, 0, 0]);
		const repeats = r.audit.map((i: any) => i.json).filter((e: any) => e.action === 'DUPLICATE_SKIPPED');
		expect(repeats).toHaveLength(10);
		expect(new Set(repeats.map((e: any) => e.conversationId))).toEqual(
			new Set(r.conversations.map((i: any) => i.json.id)),
		);
		expect(repeats.every((e: any) => e.outputForItem === 0)).toBe(true);
	});

	it('returns the searched contacts with bodies from their messages and channel types from /channels', async () => {
		const r = await run(
			{
				timeRange: 'lastDays',
				days: 30,
				returnAll: true,
				statuses: ['open', 'escalated', 'new'],
				channelTypes: ['FACEBOOK', 'EMAIL', 'TWITTER'],
			},
			dfoCredentials(sandbox),
		);
		expect(r.run.status).toBe('success');
		const expected = sandbox.expectedIds({
			api: 'dfo',
			from: end - 30 * DAY,
			statuses: ['open', 'escalated', 'new'],
			channelTypes: ['FACEBOOK', 'EMAIL', 'TWITTER'],
		});
		expect(expected.length).toBeGreaterThan(10);
		expect(ids(r.conversations)).toEqual(expected);
		expect(
			r.conversations.every((i: any) => ['FACEBOOK', 'EMAIL', 'TWITTER'].includes(i.json.channel)),
		).toBe(true);
		expect(r.conversations.some((i: any) => i.json.body.length > 0)).toBe(true);
		expect(r.conversations[0].json).toHaveProperty('channelId');
		expect(r.conversations[0].json).toHaveProperty('status');
		expect(sandbox.stats.requests['dfo.channels']).toBe(1);
		expect(sandbox.stats.requests['dfo.messages']).toBe(expected.length);
	});

	it('discovers the Digital API base through cxone-configuration when no override is set', async () => {
		// The sandbox tenant answers with the documented https://api-de-{area}.{domain}, which is not
		// on this machine: the credential's token dance is run on its own, with a minimal request
		// helper, and its result checked; authenticate() must then send requests there.
		const { CXoneApi } = require('../../dist/credentials/CXoneApi.credentials.js');
		const credential = new CXoneApi();
		const helper = requestHelper;
		const data = dfoCredentials(sandbox, { digitalApiBaseUrl: '' }).cxoneApi;
		const output = await credential.preAuthentication.call(helper, data);
		expect(output.resolvedBaseUrl).toBe('https://api-de-na1.niceincontact.com/dfo/3.0');
		expect(output.accessToken.split('.')).toHaveLength(3);
		expect(sandbox.stats.requests['dfo.config']).toBe(1);
		const request = await credential.authenticate(
			{ ...data, ...output },
			{ url: '/channels', headers: {} },
		);
		expect(request.baseURL).toBe('https://api-de-na1.niceincontact.com/dfo/3.0');
		expect(request.headers.Authorization).toBe(`Bearer ${output.accessToken}`);
	});

	it('passes the credential test request for both modes, and fails it with the API message', async () => {
		const { CXoneApi } = require('../../dist/credentials/CXoneApi.credentials.js');
		const credential = new CXoneApi();
		const helper = requestHelper;
		// n8n's credential tester: preAuthentication, authenticate, then the test request.
		// The test URL is an expression: evaluate it as n8n does, with the credential's fields.
		const testUrl = (mode: string) =>
			String(
				Expression.resolveWithoutWorkflow(credential.test.request.url, {
					$credentials: { authentication: mode },
				}),
			).replace(/^=/, '');
		expect(testUrl('accessKey')).toBe('/channels?page=1&size=1');
		expect(testUrl('oauth2ClientCredentials')).toBe('/api/v2/conversations?limit=1');
		for (const data of [v2Credentials(sandbox).cxoneApi, dfoCredentials(sandbox).cxoneApi]) {
			const output = await credential.preAuthentication.call(helper, data);
			const request = await credential.authenticate(
				{ ...data, ...output },
				{ url: testUrl(data.authentication), headers: {} },
			);
			const response = await fetch(`${request.baseURL}${request.url}`, {
				headers: request.headers,
			});
			expect(response.status).toBe(200);
		}
		const wrong = { ...dfoCredentials(sandbox).cxoneApi, accessKeySecret: 'not-the-key-secret' };
		const error = await credential.preAuthentication.call(helper, wrong).catch((e: Error) => e);
		expect(error.message).toMatch(
			/access-key token request failed \(HTTP \d+ from http:\/\/127\.0\.0\.1:\d+\): .*Invalid access key/i,
		);
		expect(error.message).not.toContain('not-the-key-secret');
	});
});
