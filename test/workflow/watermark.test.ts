/* eslint-disable @typescript-eslint/no-require-imports */
// "Since last successful sync": the watermark only advances once every record up to it was
// delivered, and never past an undelivered one. Static data is carried from run to run as n8n does
// for production executions.
const { startSandbox } = require('../../sandbox');
const { startTicketSink } = require('../../sandbox/ticketing');
const { runWorkflow, nodeOutput } = require('../../harness/engine');
const { v2Credentials, getConversationsNode, upsertNode, sinkCredentials, chain } = require('../../harness/fixtures');

const GET = 'CXone: Get Conversations';
const UPSERT = 'Ticket Batch Upsert';
const HOUR = 3_600_000;
const end = Date.now() - 60_000;
let sandbox: any;
let sink: any;

beforeAll(async () => {
	sandbox = await startSandbox({ conversations: 48, seed: 21, endTime: end, spanMs: 48 * HOUR });
	sink = await startTicketSink({});
});
afterAll(async () => {
	await sandbox.close();
	await sink.close();
});

// Audit Detail "Per Record": the last test counts one audit record per conversation and node.
const workflow = chain(
	getConversationsNode({ timeRange: 'sinceLastSync', initialLookbackHours: 72, overlapMinutes: 30, returnAll: true, options: { auditDetail: 'record' } }),
	upsertNode({ batchSize: 10, options: { auditDetail: 'record', addFields: { field: [{ name: 'source', value: 'cxone' }] } } }),
);

async function run(staticData: Record<string, any>, executionId: string) {
	const credentials = { ...v2Credentials(sandbox), ...sinkCredentials(sink) };
	const { run } = await runWorkflow(workflow, credentials, { staticData, mode: 'trigger', executionId });
	expect(run.status).toBe('success');
	return {
		fetched: nodeOutput(run, GET, 0).map((i: any) => i.json),
		failed: nodeOutput(run, UPSERT, 1).map((i: any) => i.json),
		audit: nodeOutput(run, UPSERT, 2).map((i: any) => i.json),
	};
}

it('holds the watermark before an undelivered record, then moves on once it is delivered', async () => {
	const staticData: Record<string, any> = {};
	const all = sandbox.expectedIds({ from: end - 72 * HOUR });
	const stuck = all[20];
	sink.faults.add({ route: 'generic', type: 'reject-records', match: [stuck], times: 'always' });

	const first = await run(staticData, 'e1');
	expect(first.fetched.map((c: any) => c.id)).toEqual(all);
	expect(first.failed.map((c: any) => c.id)).toEqual([stuck]);
	const stuckCreated = Date.parse(first.fetched[20].createdTimestamp);
	expect(staticData.global.cxoneSocialInboxSync.watermarkMs).toBe(stuckCreated - 1);
	expect(first.audit.find((e: any) => e.action === 'WATERMARK_ADVANCED').watermark).toBe(new Date(stuckCreated - 1).toISOString());

	sink.faults.clear();
	const second = await run(staticData, 'e2');
	const secondIds = second.fetched.map((c: any) => c.id);
	expect(secondIds).toContain(stuck);
	expect(secondIds[0]).toBe(all.find((_: string, i: number) => Date.parse(sandbox.generator.at(i).createdTimestamp) >= stuckCreated - 1 - 30 * 60_000));
	expect(second.failed).toEqual([]);
	expect(staticData.global.cxoneSocialInboxSync.watermarkMs).toBeGreaterThan(end - 60_000);
	expect(staticData.global.cxoneSocialInboxSync.pending).toBeUndefined();
	for (const id of all) expect(sink.tickets().get(id).creates).toBe(1);
	// The audit chain continued from run to run through the static data.
	expect(staticData.global.cxoneSocialInboxAuditChain.seq).toBeGreaterThan(2 * all.length);
});

it('does not move a watermark for records that never reached the upsert node', async () => {
	const staticData: Record<string, any> = { global: { cxoneSocialInboxSync: { watermarkMs: end - 10 * HOUR } } };
	const partial = chain(
		getConversationsNode({ timeRange: 'sinceLastSync', overlapMinutes: 0, returnAll: true }),
		upsertNode({ batchSize: 10, options: { addFields: { field: [{ name: 'source', value: 'cxone' }] } } }),
	);
	// An upsert that receives fewer items than were fetched (here: the input is cut to one item).
	const credentials = { ...v2Credentials(sandbox), ...sinkCredentials(sink) };
	const { run: r } = await runWorkflow(partial, credentials, {
		staticData,
		mode: 'trigger',
		executionId: 'e3',
	});
	// The whole chain delivered everything: the watermark moved to the end of the window.
	expect(staticData.global.cxoneSocialInboxSync.watermarkMs).toBeGreaterThan(end - 60_000);
	expect(r.status).toBe('success');
	const fetched = nodeOutput(r, GET, 0).length;
	expect(fetched).toBeGreaterThan(1);
	// Same execution, but the upsert node only sees the first item.
	const heldState: Record<string, any> = { global: { cxoneSocialInboxSync: { watermarkMs: end - 10 * HOUR, pending: { executionId: 'e4', fromMs: end - 10 * HOUR, toMs: end, count: fetched } } } };
	const { run: cut } = await runWorkflow(chain(upsertNode({ batchSize: 10, options: { addFields: { field: [{ name: 'source', value: 'cxone' }] } } })), credentials, {
		staticData: heldState,
		mode: 'trigger',
		executionId: 'e4',
		inputItems: [nodeOutput(r, GET, 0)[0]],
	});
	const held = nodeOutput(cut, UPSERT, 2).map((i: any) => i.json).find((e: any) => e.action === 'WATERMARK_HELD');
	expect(held.reason).toMatch(new RegExp(`${fetched} conversations were fetched but only 1 reached this node`));
	// Held means held: the stored watermark and the pending window stay as they were.
	expect(heldState.global.cxoneSocialInboxSync.watermarkMs).toBe(end - 10 * HOUR);
	expect(heldState.global.cxoneSocialInboxSync.pending).toMatchObject({ executionId: 'e4', count: fetched });
	expect(held.watermark).toBe(new Date(end - 10 * HOUR).toISOString());
});
