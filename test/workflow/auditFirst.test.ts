/* eslint-disable @typescript-eslint/no-require-imports */
// The audit branch of every shipped workflow runs before the next step of the main line. n8n's
// execution order v1 runs, of the nodes one output feeds, the top one first (then the left one),
// depth first: a store placed below the main line would run only after everything above it, and an
// execution that stops on the way (a Slack outage, a database that drops, a worker killed) would
// keep none of the records of the steps it had already taken, or a later node's records without the
// earlier ones, a trail that no longer starts where the chain does. Run here on n8n's own engine
// with the workflows' own layout and settings; n8n's built-in nodes are stand-ins that record what
// they store, the package nodes are real, against the CXone simulator and the ticket sink.
import * as fs from 'node:fs';
import * as path from 'node:path';

import { GENESIS_HASH, verifyAuditTrail } from '../../nodes/core/audit';

const { startSandbox } = require('../../sandbox');
const { startTicketSink } = require('../../sandbox/ticketing');
const { runWorkflow, pollWorkflow } = require('../../harness/engine');
const { v2Credentials, sinkCredentials } = require('../../harness/fixtures');
const queuePipeline = require('../../scripts/e2e/lib/queue-pipeline');

const HOUR = 3_600_000;
const end = Date.now() - 60_000;
let sandbox: any;
let sink: any;

beforeAll(async () => {
	sandbox = await startSandbox({ conversations: 60, seed: 33, endTime: end, spanMs: 48 * HOUR });
	sink = await startTicketSink({});
});
afterAll(async () => {
	await sandbox.close();
	await sink.close();
});

const example = (file: string) =>
	JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples', file), 'utf8'));

/** A workflow as the harness runs it: without its sticky notes (they never run). */
const runnable = (workflow: any) => ({
	...workflow,
	nodes: workflow.nodes.filter((n: any) => n.type !== 'n8n-nodes-base.stickyNote'),
});

const description = (name: string, inputs: string[] = ['main']) => ({
	displayName: name,
	name,
	group: ['transform'],
	version: 1,
	description: `${name} stand-in`,
	defaults: { name },
	inputs,
	outputs: ['main'],
	properties: [],
});

/** Which stand-in throws, after how many successful runs, with what message. */
type FailOn = { type: string; after: number; message: string };

/**
 * Stand-ins for n8n's own nodes. `stored` receives one batch per run of a node that writes the
 * audit trail (a Data Table insert, a Postgres query in one transaction, a file append);
 * `failOn` names the node type that throws, and after how many successful runs.
 */
function standIns(workflow: any, stored: any[][], failOn: FailOn) {
	// n8n keeps only the parameters a node type describes (in place, on the workflow it is given);
	// the stand-ins read the file's own.
	const original = structuredClone(workflow);
	const parameters = (ctx: any) =>
		original.nodes.find((n: any) => n.name === ctx.getNode().name).parameters;
	const runs = new Map<string, number>();
	const counted = (type: string) => {
		const n = (runs.get(type) ?? 0) + 1;
		runs.set(type, n);
		if (failOn.type === type && n > failOn.after) throw new Error(failOn.message);
	};
	const node = (
		type: string,
		run: (ctx: any, items: any[]) => any[],
		inputs: string[] = ['main'],
	) => ({
		description: description(type, inputs),
		async execute(this: any) {
			counted(type);
			return [run(this, this.getInputData())];
		},
	});
	const store = (ctx: any, items: any[], toRecord: (json: any, i: number) => any) => {
		stored.push(items.map((item, i) => toRecord(item.json, i)));
		return items;
	};
	return {
		'n8n-nodes-base.scheduleTrigger': node('scheduleTrigger', (_ctx, items) => items, []),
		'n8n-nodes-base.dataTable': node('dataTable', (ctx, items) =>
			parameters(ctx).operation === 'insert'
				? store(ctx, items, (json) => JSON.parse(json.record))
				: items,
		),
		// Edit Fields: the node's own assignments, evaluated by n8n's expression engine per item.
		'n8n-nodes-base.set': node('set', (ctx, items) =>
			items.map((_item, i) => ({
				json: Object.fromEntries(
					parameters(ctx).assignments.assignments.map((a: any) => [
						a.name,
						typeof a.value === 'string' && a.value.startsWith('=')
							? ctx.evaluateExpression(a.value.slice(1), i)
							: a.value,
					]),
				),
				pairedItem: { item: i },
			})),
		),
		'n8n-nodes-base.filter': node('filter', (_ctx, items) =>
			items.filter((item) => item.json.priority === 'HIGH'),
		),
		'n8n-nodes-base.slack': node('slack', (_ctx, items) => items),
		'n8n-nodes-base.aggregate': node('aggregate', (_ctx, items) => [
			{ json: { records: items.map((item) => item.json) } },
		]),
		// Convert to File (To Text) then a file append: the text the file receives, one line a record.
		'n8n-nodes-base.convertToFile': node('convertToFile', (ctx, items) =>
			items.map((item) => ({ json: { text: item.json[parameters(ctx).sourceProperty] } })),
		),
		'n8n-nodes-base.readWriteFile': node('readWriteFile', (ctx, items) => {
			stored.push(
				items.flatMap((item) =>
					item.json.text
						.split('\n')
						.filter((line: string) => line !== '')
						.map((line: string) => JSON.parse(line)),
				),
			);
			return items;
		}),
		'n8n-nodes-base.postgres': node('postgres', (ctx, items) => store(ctx, items, (json) => json)),
	};
}

/** The records a stopped execution kept: a whole trail from the genesis hash, no seq gap. */
function expectPrefixOfChain(batches: any[][]) {
	const records = batches.flat().sort((a, b) => a.seq - b.seq);
	expect(records.length).toBeGreaterThan(0);
	expect(records[0].prevHash).toBe(GENESIS_HASH);
	records.forEach((r, k) => expect(r.seq).toBe(records[0].seq + k));
	expect(verifyAuditTrail(records, GENESIS_HASH)).toEqual({ valid: true, checked: records.length });
	return records;
}

const credentials = () => ({ ...v2Credentials(sandbox), ...sinkCredentials(sink) });

const SLACK_DOWN: FailOn = { type: 'slack', after: 0, message: 'Slack: service unavailable' };

/**
 * One scheduled execution of `workflow` from `startNode`, with its own layout and settings and
 * the stand-ins failing as `failOn` says: the run and the batches the audit store received.
 */
async function runStopping(workflow: any, startNode: string, executionId: string, failOn: FailOn) {
	const stored: any[][] = [];
	const { run } = await runWorkflow(structuredClone(workflow), credentials(), {
		mode: 'trigger',
		executionId,
		settings: workflow.settings,
		startNode,
		staticData: {},
		extraNodeTypes: standIns(workflow, stored, failOn),
	});
	return { run, stored };
}

describe('examples/social-inbox-triage.json', () => {
	const workflow = runnable(example('social-inbox-triage.json'));

	it('keeps the audit of every step it took when Slack is down and the execution stops there', async () => {
		const { run, stored } = await runStopping(
			workflow,
			'Every 15 Minutes',
			'slack-down',
			SLACK_DOWN,
		);
		expect(run.status).toBe('error');
		expect(run.data.resultData.lastNodeExecuted).toBe('Alert Support on Slack');
		// Get Conversations, Classify Urgency and Ticket Batch Upsert each stored their records.
		expect(stored).toHaveLength(3);
		const records = expectPrefixOfChain(stored);
		const nodes = new Set(records.map((r) => r.actor?.nodeName));
		expect(nodes).toEqual(
			new Set(['CXone: Get Conversations', 'Classify Urgency', 'Ticket Batch Upsert']),
		);
		expect(records.at(-1).hash).toBe(
			run.data.resultData.runData['Ticket Batch Upsert'][0].data.main[2].at(-1).json.hash,
		);
	});

	it("stores a node's audit before the next step starts, so a table that fails mid-run keeps a whole trail", async () => {
		for (const after of [1, 2]) {
			// The Create Audit Table run counts too: `after` inserts succeed.
			const { run, stored } = await runStopping(workflow, 'Every 15 Minutes', `table-${after}`, {
				type: 'dataTable',
				after: after + 1,
				message: 'Data Table: insert failed',
			});
			expect(run.status).toBe('error');
			expect(stored).toHaveLength(after);
			expectPrefixOfChain(stored);
		}
	});
});

describe('examples/social-inbox-triage-trigger.json', () => {
	const workflow = runnable(example('social-inbox-triage-trigger.json'));

	it('keeps the audit of Classify Urgency and Ticket Batch Upsert when Slack is down', async () => {
		const stored: any[][] = [];
		const result = await pollWorkflow(structuredClone(workflow), credentials(), {
			executionId: 'trigger-slack-down',
			settings: workflow.settings,
			triggerNode: 'CXone Trigger',
			staticData: {},
			extraNodeTypes: standIns(workflow, stored, SLACK_DOWN),
		});
		expect(result.emitted.length).toBeGreaterThan(0);
		expect(result.run.status).toBe('error');
		expect(stored).toHaveLength(2);
		// The trigger's own records are off in this example: the trail starts at Classify Urgency.
		const records = stored.flat().sort((a, b) => a.seq - b.seq);
		expect(new Set(records.map((r) => r.actor?.nodeName))).toEqual(
			new Set(['Classify Urgency', 'Ticket Batch Upsert']),
		);
		expect(verifyAuditTrail(records, records[0].prevHash)).toEqual({
			valid: true,
			checked: records.length,
		});
	});
});

describe('the queue-mode pipeline (scripts/e2e/lib/queue-pipeline.js)', () => {
	const workflow = queuePipeline.workflow({ pageSize: 25, batchSize: 25 });

	it("stores each node's audit in its own transaction before the next node runs", async () => {
		for (const after of [1, 2]) {
			const { run, stored } = await runStopping(
				workflow,
				queuePipeline.NAMES.schedule,
				`queue-${after}`,
				{ type: 'postgres', after, message: 'terminating connection due to administrator command' },
			);
			expect(run.status).toBe('error');
			expect(stored).toHaveLength(after);
			const records = expectPrefixOfChain(stored);
			// What was stored is what the nodes before the stop emitted, in their order.
			const order = [queuePipeline.NAMES.get, queuePipeline.NAMES.classify].slice(0, after);
			expect([...new Set(records.map((r) => r.actor?.nodeName))]).toEqual(order);
		}
	});
});
