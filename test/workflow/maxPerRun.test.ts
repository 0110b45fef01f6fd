/* eslint-disable @typescript-eslint/no-require-imports */
// "Max Conversations per Run": a first sync over a long look-back is spread over several runs.
// Each run stops after the maximum, the window counts as covered up to the last record fetched,
// and the next run continues from the watermark: across the runs every conversation reaches the
// sink, none is created twice. Static data is carried from run to run as n8n does for
// production executions; the audit trail of all runs verifies as one chain.
const { startSandbox } = require('../../sandbox');
const { startTicketSink } = require('../../sandbox/ticketing');
const { runWorkflow, nodeOutput } = require('../../harness/engine');
const { v2Credentials, getConversationsNode, upsertNode, sinkCredentials, chain } = require('../../harness/fixtures');
const { verifyAuditTrail, auditFacts, GENESIS_HASH } = require('../../dist/nodes/core');

const GET = 'CXone: Get Conversations';
const UPSERT = 'Ticket Batch Upsert';
const HOUR = 3_600_000;
const end = Date.now() - 60_000;
let sandbox: any;
let sink: any;

beforeAll(async () => {
	sandbox = await startSandbox({ conversations: 230, seed: 5, endTime: end, spanMs: 60 * HOUR });
	sink = await startTicketSink({});
});
afterAll(async () => {
	await sandbox.close();
	await sink.close();
});

function workflow(audit: Record<string, string>) {
	return chain(
		getConversationsNode({
			timeRange: 'sinceLastSync',
			initialLookbackHours: 72,
			returnAll: true,
			maxPerRun: 100,
			options: { pageSize: 30, ...audit },
		}),
		// Records with neither subject nor body would have nothing to send: every record gets its source.
		upsertNode({ batchSize: 25, options: { ...audit, addFields: { field: [{ name: 'source', value: 'cxone' }] } } }),
	);
}

async function syncUntilDone(audit: Record<string, string>) {
	sink.reset();
	const staticData: Record<string, any> = {};
	const credentials = { ...v2Credentials(sandbox), ...sinkCredentials(sink) };
	const perRun: number[] = [];
	const trail: any[] = [];
	for (let k = 1; k <= 6; k++) {
		const { run } = await runWorkflow(workflow(audit), credentials, {
			staticData,
			mode: 'trigger',
			executionId: `m${k}`,
		});
		expect(run.status).toBe('success');
		perRun.push(nodeOutput(run, GET, 0).length);
		expect(nodeOutput(run, UPSERT, 1)).toEqual([]);
		trail.push(...nodeOutput(run, GET, 1).map((i: any) => i.json));
		trail.push(...nodeOutput(run, UPSERT, 2).map((i: any) => i.json));
	}
	return { staticData, perRun, trail };
}

it.each([
	['Per Page Summary (default)', {}],
	['Per Record', { auditDetail: 'record' }],
])('continues from the watermark run after run: nothing lost, nothing created twice (audit %s)', async (_label, audit) => {
	const all: string[] = sandbox.expectedIds({ from: end - 72 * HOUR });
	expect(all).toHaveLength(230);
	const { staticData, perRun, trail } = await syncUntilDone(audit);
	// 230 conversations at 100 per run: three runs (each re-reads the 15-minute overlap), then
	// only the overlap and new records.
	expect(perRun[0]).toBe(100);
	expect(perRun[1]).toBe(100);
	expect(perRun.slice(0, 3).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(230);
	expect(perRun[5]).toBeLessThan(100);
	for (const id of all) {
		const ticket = sink.tickets().get(id);
		expect(ticket).toBeDefined();
		expect(ticket.creates).toBe(1);
	}
	expect(staticData.global.cxoneSocialInboxSync.watermarkMs).toBeGreaterThan(end - HOUR);
	// Six runs of two nodes, one chain; every fetched and synced id is a fact in it.
	const result = verifyAuditTrail(trail, GENESIS_HASH, staticData.global.cxoneSocialInboxAuditChain.head);
	expect(result).toMatchObject({ valid: true });
	const facts = auditFacts(trail);
	const retrieved = new Set(facts.filter((f: any) => f.action === 'CONVERSATION_RETRIEVED').map((f: any) => f.conversationId));
	const synced = new Set(facts.filter((f: any) => f.action === 'SYNCED').map((f: any) => f.conversationId));
	for (const id of all) {
		expect(retrieved.has(id)).toBe(true);
		expect(synced.has(id)).toBe(true);
	}
	const summaries = trail.filter((r: any) => r.action === 'RECORDS_AUDITED').length;
	if (audit.auditDetail === 'record') expect(summaries).toBe(0);
	else expect(trail.length).toBeLessThan(facts.length / 5);
});

it('moves the watermark when the input items query the same window, the last one cut at the maximum', async () => {
	// Two input items with the same query: the second lists what the first output, skips it as a
	// repeat, and its window must still count as covered up to its last record, or the watermark
	// would be held every run.
	sink.reset();
	const staticData: Record<string, any> = {};
	const credentials = { ...v2Credentials(sandbox), ...sinkCredentials(sink) };
	const { run } = await runWorkflow(workflow({}), credentials, {
		staticData,
		mode: 'trigger',
		executionId: 'twice-1',
		inputItems: [{ json: {} }, { json: {} }],
	});
	expect(run.status).toBe('success');
	const output = nodeOutput(run, GET, 0);
	expect(output).toHaveLength(100);
	expect(output.every((i: any) => i.pairedItem.item === 0)).toBe(true);
	const first = staticData.global.cxoneSocialInboxSync.watermarkMs;
	expect(first).toBe(Date.parse(output[99].json.createdTimestamp));
	const next = await runWorkflow(workflow({}), credentials, {
		staticData,
		mode: 'trigger',
		executionId: 'twice-2',
		inputItems: [{ json: {} }, { json: {} }],
	});
	expect(next.run.status).toBe('success');
	expect(staticData.global.cxoneSocialInboxSync.watermarkMs).toBeGreaterThan(first);
});
