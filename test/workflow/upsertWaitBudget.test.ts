/* eslint-disable @typescript-eslint/no-require-imports */
// "Retry Wait Budget" is one budget for the run, shared by every batch: throttled batches stop
// waiting once the run's budget is spent, and are reported as retryable instead.
const { startTicketSink } = require('../../sandbox/ticketing');
const { runWorkflow, nodeOutput } = require('../../harness/engine');
const { upsertNode, sinkCredentials, chain } = require('../../harness/fixtures');

const UPSERT = 'Ticket Batch Upsert';

it('shares one wait budget across all batches of a run', async () => {
	const sink = await startTicketSink();
	try {
		// Every request is throttled for 1 s; 8 batches of 5 with a 2-second budget. A budget per
		// batch would wait about 16 s in all.
		sink.faults.add({ type: '429', nth: 1, times: 1000, retryAfter: 1 });
		const items = Array.from({ length: 40 }, (_, i) => ({
			json: { id: `c${i}`, subject: 's', body: 'b', createdTimestamp: '2026-11-01T10:00:00Z' },
		}));
		const { run } = await runWorkflow(
			chain(upsertNode({ batchSize: 5, options: { maxWaitSeconds: 2 } })),
			sinkCredentials(sink),
			{ inputItems: items },
		);
		expect(run.status).toBe('success');
		const failed = nodeOutput(run, UPSERT, 1);
		const audit = nodeOutput(run, UPSERT, 2).map((i: any) => i.json);
		const metrics = audit.find((e: any) => e.kind === 'metrics');
		expect(nodeOutput(run, UPSERT, 0)).toHaveLength(0);
		expect(failed).toHaveLength(40);
		expect(failed.every((i: any) => i.json.delivery.retryable === true)).toBe(true);
		expect(metrics.throttledWaitMs).toBeLessThanOrEqual(2000);
		expect(metrics.batches).toBe(8);
	} finally {
		await sink.close();
	}
});
