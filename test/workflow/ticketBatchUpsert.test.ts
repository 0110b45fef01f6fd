/* eslint-disable @typescript-eslint/no-require-imports */
import { GENESIS_HASH, verifyAuditTrail } from '../../nodes/core/audit';

const { startSandbox } = require('../../sandbox');
const { startTicketSink } = require('../../sandbox/ticketing');
const { runWorkflow, nodeOutput, nodeError } = require('../../harness/engine');
const {
	v2Credentials,
	getConversationsNode: getConversationsNodeAnyAudit,
	upsertNode: upsertNodeAnyAudit,
	sinkCredentials,
	chain,
	singleNodeWorkflow,
	perRecordAudit,
} = require('../../harness/fixtures');
// These tests read one Audit item per record: Audit Detail "Per Record" (the default is a summary
// per page or batch).
const getConversationsNode = (parameters: any = {}, ...rest: any[]) => getConversationsNodeAnyAudit(perRecordAudit(parameters), ...rest);
const upsertNode = (parameters: any = {}, ...rest: any[]) => upsertNodeAnyAudit(perRecordAudit(parameters), ...rest);

const GET = 'CXone: Get Conversations';
const UPSERT = 'Ticket Batch Upsert';
const DAY = 86_400_000;
const end = Date.now() - 60_000;
let sandbox: any;
let sink: any;

beforeAll(async () => {
	sandbox = await startSandbox({ conversations: 120, seed: 5, endTime: end, spanMs: 5 * DAY });
	sink = await startTicketSink({});
});
afterAll(async () => {
	await sandbox.close();
	await sink.close();
});
beforeEach(() => {
	sandbox.reset();
	sink.reset();
});

const fetchAll = (extra: Record<string, unknown> = {}) =>
	getConversationsNode({ timeRange: 'lastDays', days: 6, returnAll: true, ...extra });

async function pipeline(
	upsertParameters: Record<string, unknown> = {},
	options: Record<string, unknown> = {},
	getParameters = {},
) {
	const credentials = { ...v2Credentials(sandbox), ...sinkCredentials(sink) };
	// Unclassified conversations with neither subject nor body would have nothing to send: tag
	// every record with its source so the whole fetched set is deliverable.
	const parameters = {
		options: { addFields: { field: [{ name: 'source', value: 'cxone' }] } },
		...upsertParameters,
	};
	const result = await runWorkflow(
		chain(fetchAll(getParameters), upsertNode(parameters)),
		credentials,
		options,
	);
	return {
		...result,
		fetched: nodeOutput(result.run, GET, 0),
		succeeded: nodeOutput(result.run, UPSERT, 0),
		failed: nodeOutput(result.run, UPSERT, 1),
		audit: nodeOutput(result.run, UPSERT, 2),
	};
}

function expectAccounted(r: any) {
	const indexes = [...r.succeeded, ...r.failed]
		.map((i: any) => i.pairedItem.item)
		.sort((a: number, b: number) => a - b);
	expect(indexes).toEqual(r.fetched.map((_: unknown, i: number) => i));
}

function expectSinkExactlyOnce(ids: string[]) {
	const tickets = sink.tickets();
	expect([...tickets.keys()].sort()).toEqual([...ids].sort());
	for (const id of ids) expect(tickets.get(id).creates).toBe(1);
}

describe('Ticket Batch Upsert, generic JSON endpoint', () => {
	it('delivers every conversation once, in batches, with ticket ids, in input order', async () => {
		const r = await pipeline({ batchSize: 25 });
		expect(r.run.status).toBe('success');
		expect(r.fetched).toHaveLength(120);
		expect(r.succeeded).toHaveLength(120);
		expect(r.failed).toHaveLength(0);
		expect(r.succeeded.map((i: any) => i.pairedItem.item)).toEqual([...Array(120).keys()]);
		expect(r.succeeded[0].json.delivery).toMatchObject({
			operation: 'created',
			status: 200,
			batch: 1,
		});
		expect(r.succeeded[0].json.delivery.ticketId).toMatch(/^T-\d+$/);
		expectSinkExactlyOnce(r.fetched.map((i: any) => i.json.id));
		expect(sink.stats.batches).toBe(5);
		const metrics = r.audit.at(-1).json;
		expect(metrics).toMatchObject({
			kind: 'metrics',
			records: 120,
			batches: 5,
			created: 120,
			updated: 0,
			failed: 0,
			retries: 0,
		});
		expect(r.audit.filter((i: any) => i.json.action === 'SYNCED')).toHaveLength(120);
	});

	it('updates instead of duplicating on a second run, and sends the same Idempotency-Key for the same batch', async () => {
		await pipeline({ batchSize: 40 });
		const again = await pipeline({ batchSize: 40 });
		expect(again.succeeded).toHaveLength(120);
		expectSinkExactlyOnce(again.fetched.map((i: any) => i.json.id));
		expect(sink.stats.replays).toBe(3);
	});

	it('sends a mapped record with renamed and added fields', async () => {
		const r = await pipeline({
			batchSize: 50,
			options: {
				renameFields: { rename: [{ from: 'body', to: 'description' }] },
				addFields: { field: [{ name: 'source', value: 'cxone' }] },
			},
		});
		expect(r.succeeded).toHaveLength(120);
		const stored = sink.tickets().get(r.fetched[0].json.id).last;
		expect(stored).toMatchObject({
			external_id: r.fetched[0].json.id,
			source: 'cxone',
			subject: r.fetched[0].json.subject,
		});
		expect(stored).toHaveProperty('description');
		expect(stored).not.toHaveProperty('body');
	});

	it('sends an item without an id to Failed, without sending it', async () => {
		const items = [
			{ json: { id: 'conv-aaaa0001', subject: 'Refund', body: 'x' } },
			{ json: { subject: 'no id here' } },
			{ json: { id: 'conv-aaaa0002' } },
		];
		const { run } = await runWorkflow(
			singleNodeWorkflow(upsertNode({ batchSize: 10 })),
			sinkCredentials(sink),
			{ inputItems: items },
		);
		const failed = nodeOutput(run, UPSERT, 1);
		expect(failed.map((i: any) => i.pairedItem.item)).toEqual([1, 2]);
		expect(failed[0].json.delivery.reason).toMatch(/no external id at "id"/);
		expect(failed[1].json.delivery.reason).toMatch(/nothing to send/);
		expect([...sink.tickets().keys()]).toEqual(['conv-aaaa0001']);
	});

	it('fails a configuration error before anything is sent', async () => {
		const { run } = await runWorkflow(
			singleNodeWorkflow(upsertNode({ url: 'ftp://example.test/x' })),
			sinkCredentials(sink),
			{
				inputItems: [{ json: { id: 'conv-1' } }],
			},
		);
		expect(run.status).toBe('error');
		expect(nodeError(run, UPSERT).message).toMatch(/^URL: .* must use https/);
		expect(sink.stats.requests.generic ?? 0).toBe(0);
	});

	it('continues the audit hash chain of Get Conversations', async () => {
		const r = await pipeline({ batchSize: 60 });
		const fetchAudit = nodeOutput(r.run, GET, 1).map((i: any) => i.json);
		const all = [...fetchAudit, ...r.audit.map((i: any) => i.json)];
		expect(verifyAuditTrail(all, GENESIS_HASH)).toEqual({ valid: true, checked: all.length });
		expect(JSON.stringify(r.audit)).not.toContain(r.fetched[0].json.body.slice(0, 30) || '@@@');
	});
});

describe('Ticket Batch Upsert, HubSpot', () => {
	it('upserts by the unique property, reads new/updated, and fails only the records HubSpot rejects', async () => {
		const items = ['conv-h1', 'conv-h2', 'conv-h3'].map((id, i) => ({
			json: {
				id,
				subject: `Subject ${i}`,
				body: 'text',
				urgency: { priority: ['HIGH', 'LOW', 'MEDIUM'][i] },
			},
		}));
		const first = await runWorkflow(
			singleNodeWorkflow(upsertNode({ target: 'hubspot' })),
			sinkCredentials(sink),
			{ inputItems: items },
		);
		expect(nodeOutput(first.run, UPSERT, 0).map((i: any) => i.json.delivery.operation)).toEqual([
			'created',
			'created',
			'created',
		]);
		expect(
			sink.tickets().get('conv-h1').last.properties ?? sink.tickets().get('conv-h1').properties,
		).toMatchObject({ hs_ticket_priority: 'HIGH' });
		sink.faults.add({ route: 'hubspot', type: 'reject-records', match: ['conv-h2'] });
		const second = await runWorkflow(
			singleNodeWorkflow(upsertNode({ target: 'hubspot', pipelineStage: '2' })),
			sinkCredentials(sink),
			{ inputItems: items },
		);
		const ok = nodeOutput(second.run, UPSERT, 0);
		const failed = nodeOutput(second.run, UPSERT, 1);
		expect(ok.map((i: any) => [i.json.id, i.json.delivery.operation])).toEqual([
			['conv-h1', 'updated'],
			['conv-h3', 'updated'],
		]);
		expect(failed).toHaveLength(1);
		expect(failed[0].json.delivery).toMatchObject({ status: 207, retryable: false });
		expect(failed[0].pairedItem).toEqual({ item: 1 });
	});
});

describe('audit chain across a failed run', () => {
	it('does not move the chain head when a node fails, so the stored trail stays verifiable', async () => {
		const staticData: Record<string, any> = {};
		const ok = getConversationsNode({ timeRange: 'lastDays', days: 6, limit: 5 });
		const first = await runWorkflow(singleNodeWorkflow(ok), v2Credentials(sandbox), { staticData });
		const head = { ...staticData.global.cxoneSocialInboxAuditChain };
		const bad = getConversationsNode({
			timeRange: 'between',
			from: '2026-11-02T00:00:00Z',
			to: '2026-11-01T00:00:00Z',
		});
		const failed = await runWorkflow(singleNodeWorkflow(bad), v2Credentials(sandbox), {
			staticData,
		});
		expect(failed.run.status).toBe('error');
		expect(staticData.global.cxoneSocialInboxAuditChain).toEqual(head);
		const third = await runWorkflow(singleNodeWorkflow(ok), v2Credentials(sandbox), { staticData });
		const stored = [...nodeOutput(first.run, GET, 1), ...nodeOutput(third.run, GET, 1)].map(
			(i: any) => i.json,
		);
		expect(verifyAuditTrail(stored, GENESIS_HASH)).toEqual({ valid: true, checked: stored.length });
	});
});

describe('configuration errors under Continue On Fail', () => {
	it('sends every item to Failed with the reason, and sends nothing', async () => {
		const node = upsertNode({ url: 'ftp://example.test/x' });
		node.onError = 'continueRegularOutput';
		const items = [{ json: { id: 'conv-c1' } }, { json: { id: 'conv-c2' } }];
		const { run } = await runWorkflow(singleNodeWorkflow(node), sinkCredentials(sink), {
			inputItems: items,
		});
		expect(run.status).toBe('success');
		expect(nodeOutput(run, UPSERT, 0)).toEqual([]);
		const failed = nodeOutput(run, UPSERT, 1);
		expect(failed.map((i: any) => i.pairedItem.item)).toEqual([0, 1]);
		expect(failed[0].json.delivery).toMatchObject({
			retryable: false,
			reason: expect.stringMatching(/^URL: .* must use https/),
		});
		expect(nodeOutput(run, UPSERT, 2).filter((i: any) => i.json.action === 'FAILED')).toHaveLength(
			2,
		);
		expect(sink.stats.requests.generic ?? 0).toBe(0);
	});
});

describe('Target and Authentication', () => {
	const items = [{ json: { id: 'conv-m1', subject: 'S', body: 'B' } }];
	const failure = async (parameters: Record<string, unknown>) => {
		const { run } = await runWorkflow(
			singleNodeWorkflow(upsertNode(parameters)),
			sinkCredentials(sink),
			{
				inputItems: items,
			},
		);
		return nodeError(run, UPSERT);
	};

	it('sends with the HubSpot credential chosen under Authentication', async () => {
		const { run } = await runWorkflow(
			singleNodeWorkflow(upsertNode({ target: 'hubspot', authentication: 'hubSpotTicketsApi' })),
			sinkCredentials(sink),
			{ inputItems: items },
		);
		expect(nodeOutput(run, UPSERT, 0).map((i: any) => i.json.delivery.operation)).toEqual([
			'created',
		]);
	});

	it('names Authentication when it does not fit the target, before sending anything', async () => {
		const hubspotWithout = await failure({ target: 'hubspot', authentication: 'none' });
		expect(hubspotWithout.message).toMatch(/^Authentication: the HubSpot Tickets target needs/);
		expect(hubspotWithout.description).toMatch(/HubSpot Private App Token/);
		const genericWithHubspot = await failure({ authentication: 'hubSpotTicketsApi' });
		expect(genericWithHubspot.message).toMatch(
			/^Authentication: a HubSpot credential only works with the HubSpot Tickets target/,
		);
		expect(sink.stats.requests).toEqual({});
	});
});
