/* eslint-disable @typescript-eslint/no-require-imports */
// examples/social-inbox-triage.json: a workflow n8n imports as it is, whose package nodes use only
// parameters their descriptions have, and whose package part, run on n8n's engine against the
// CXone simulator and the ticket sink, delivers every conversation exactly once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeHelpers, Workflow, safeParseWorkflowStructure } from 'n8n-workflow';

import { GENESIS_HASH, auditFacts, verifyAuditTrail } from '../../nodes/core/audit';

const { startSandbox } = require('../../sandbox');
const { startTicketSink } = require('../../sandbox/ticketing');
const { PACKAGE_DIR } = require('../../harness/engine');
const { PKG } = require('../../harness/fixtures');
const {
	PACKAGE_TYPES,
	HIGH_FILTER,
	loadExample,
	packageWorkflow,
	runPipeline,
} = require('../../harness/pipeline');

const example = loadExample();
const packageJson = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8'));

/** Instances of the package's node and credential classes, loaded from dist/ as n8n loads them. */
function loadClasses(files: string[]): any[] {
	return files.map((file) => {
		const exported = require(path.join(PACKAGE_DIR, file));
		const [Class] = Object.values(exported) as Array<new () => any>;
		return new Class();
	});
}
const nodeTypes = new Map<string, any>(
	loadClasses(packageJson.n8n.nodes).map((node) => [`${PKG}.${node.description.name}`, node]),
);
const credentialTypes = new Set(loadClasses(packageJson.n8n.credentials).map((c) => c.name));

const byName = (name: string) => example.nodes.find((n: any) => n.name === name);
const byType = (type: string) => example.nodes.filter((n: any) => n.type === type);
const single = (type: string) => {
	const found = byType(type);
	expect(found).toHaveLength(1);
	return found[0];
};
const isPackageNode = (node: any) => node.type.startsWith(`${PKG}.`);
const packageNodes = example.nodes.filter(isPackageNode);

/** Targets of output `index` of node `name`. */
const targetsOf = (name: string, index = 0): string[] =>
	(example.connections[name]?.main?.[index] ?? []).map((c: any) => c.node);

/** Output display names of a package node as n8n computes them from its parameters. */
function outputNames(node: any): string[] {
	const nodeType = nodeTypes.get(node.type);
	const types = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: types as any,
	});
	return NodeHelpers.getNodeOutputs(workflow, node, nodeType.description).map(
		(output: any, i: number) =>
			typeof output === 'string' ? nodeType.description.outputNames[i] : output.displayName,
	);
}

/**
 * n8n's own expression engine, on one input item, as the node `nodeName` would see it. n8n-core
 * gives expressions `$execution.mode` as 'test' for manual runs and 'production' otherwise.
 */
function evaluate(
	nodeName: string,
	value: string,
	json: Record<string, unknown>,
	executionMode: 'test' | 'production' = 'production',
) {
	const stub = { description: { properties: [], inputs: ['main'], outputs: ['main'], version: 1 } };
	const types = {
		getByName: () => stub,
		getByNameAndVersion: () => stub,
		getKnownTypes: () => ({}),
	};
	const node = { ...byName(nodeName), type: 'stub.stub' };
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: types as any,
	});
	return workflow.expression.getParameterValue(
		value,
		null,
		0,
		0,
		nodeName,
		[{ json }],
		executionMode === 'test' ? 'manual' : 'trigger',
		{ $execution: { id: 'e1', mode: executionMode } } as any,
	);
}

describe('examples/social-inbox-triage.json, as n8n imports it', () => {
	it('passes the structure check n8n applies on import, as a full export', () => {
		const parsed = safeParseWorkflowStructure(example);
		expect(parsed.success ? [] : parsed.issues).toEqual([]);
		expect(example.name).toEqual(expect.any(String));
		expect(example.settings).toEqual({ executionOrder: 'v1' });
		expect(example.pinData).toEqual({});
		for (const node of example.nodes) {
			expect(node.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
			expect(typeof node.typeVersion).toBe('number');
			expect(node.position).toEqual([expect.any(Number), expect.any(Number)]);
			expect(node.parameters).toEqual(expect.any(Object));
		}
		expect(new Set(example.nodes.map((n: any) => n.id)).size).toBe(example.nodes.length);
	});

	it('connects only existing nodes, main to main, into single-input nodes', () => {
		const names = new Set(example.nodes.map((n: any) => n.name));
		for (const [source, byConnectionType] of Object.entries<any>(example.connections)) {
			expect(names).toContain(source);
			expect(Object.keys(byConnectionType)).toEqual(['main']);
			for (const bucket of byConnectionType.main) {
				for (const connection of bucket ?? []) {
					expect(names).toContain(connection.node);
					expect(connection).toEqual({ node: connection.node, type: 'main', index: 0 });
					expect(byName(connection.node).type).not.toMatch(/stickyNote|Trigger$/);
				}
			}
		}
	});

	it('references credentials by name only, and holds no secret', () => {
		for (const node of example.nodes) {
			for (const reference of Object.values<any>(node.credentials ?? {})) {
				expect(reference).toEqual({ name: expect.any(String) });
			}
		}
		const secretKeys: string[] = [];
		const walk = (value: unknown, at: string) => {
			if (value === null || typeof value !== 'object') return;
			for (const [key, inner] of Object.entries(value)) {
				if (/secret|password|token|apikey|accesskey/i.test(key)) secretKeys.push(`${at}.${key}`);
				walk(inner, `${at}.${key}`);
			}
		};
		for (const node of example.nodes) walk(node.parameters, node.name);
		expect(secretKeys).toEqual([]);
		expect(JSON.stringify(example)).not.toMatch(/sandbox-secret|sink-token|pat-sandbox|Bearer /);
	});

	it('runs every 15 minutes: Schedule Trigger -> Create Audit Table -> Get Conversations -> Classify Urgency', () => {
		const trigger = single('n8n-nodes-base.scheduleTrigger');
		expect(trigger.parameters.rule.interval).toEqual([{ field: 'minutes', minutesInterval: 15 }]);
		const get = single(PACKAGE_TYPES.get);
		const classify = single(PACKAGE_TYPES.classify);
		const upsert = single(PACKAGE_TYPES.upsert);
		const createTable = byName('Create Audit Table');
		expect(targetsOf(trigger.name)).toEqual([createTable.name]);
		expect(targetsOf(createTable.name)).toEqual([get.name]);
		expect(targetsOf(get.name, 0)).toEqual([classify.name]);
		expect(targetsOf(classify.name, 0)).toEqual([upsert.name]);
		// HIGH alerts come from both ticket outputs: with the ticket, or saying why it is not there
		// yet, so a ticketing outage never holds one back (and no output's item count sits unconnected
		// beside its name on the canvas).
		const filter = single('n8n-nodes-base.filter').name;
		expect(targetsOf(upsert.name, 0)).toEqual([filter]);
		expect(targetsOf(upsert.name, 1)).toEqual([filter]);
	});
});

describe('the package nodes of the example', () => {
	it.each(packageNodes.map((n: any) => [n.name, n]))(
		'%s: type, version, credentials and every parameter exist in its description',
		(_name: string, node: any) => {
			const nodeType = nodeTypes.get(node.type);
			expect(nodeType).toBeDefined();
			const { description } = nodeType;
			expect([description.version].flat()).toContain(node.typeVersion);

			const declared = (description.credentials ?? []).map((c: any) => c.name);
			for (const type of Object.keys(node.credentials ?? {})) {
				expect(declared).toContain(type);
				expect(credentialTypes).toContain(type);
			}

			// Every name used is a property (or an option of a collection) of the description.
			const checkNames = (values: Record<string, any>, properties: any[], at: string) => {
				for (const [name, value] of Object.entries(values)) {
					const matches = properties.filter((p) => p.name === name);
					expect({ at, name, known: matches.length > 0 }).toEqual({ at, name, known: true });
					const property =
						matches.find((p) =>
							NodeHelpers.displayParameter(node.parameters, p, node, description),
						) ?? matches[0];
					if (property.type === 'collection') checkNames(value, property.options, `${at}.${name}`);
					if (property.type === 'fixedCollection') {
						for (const [group, entries] of Object.entries<any>(value)) {
							const option = property.options.find((o: any) => o.name === group);
							expect({ at: `${at}.${name}`, group, known: !!option }).toEqual({
								at: `${at}.${name}`,
								group,
								known: true,
							});
							for (const entry of [entries].flat()) {
								checkNames(entry, option.values, `${at}.${name}.${group}`);
							}
						}
					}
					if (property.type === 'options' && !String(value).startsWith('=')) {
						expect(property.options.map((o: any) => o.value)).toContain(value);
					}
				}
			};
			checkNames(node.parameters, description.properties, node.name);

			// n8n drops parameters that are unknown or not displayed for the chosen options when it
			// loads a node: everything the example sets must survive that.
			const resolved = NodeHelpers.getNodeParameters(
				description.properties,
				node.parameters,
				true,
				false,
				node,
				description,
			);
			expect(resolved).toMatchObject(node.parameters);
		},
	);

	it('uses the example configuration: since last sync, all pages, Add Fields, generic endpoint', () => {
		const get = single(PACKAGE_TYPES.get);
		expect(get.parameters).toMatchObject({ timeRange: 'sinceLastSync', returnAll: true });
		expect(single(PACKAGE_TYPES.classify).parameters.mode).toBe('addFields');
		expect(single(PACKAGE_TYPES.upsert).parameters).toMatchObject({
			target: 'generic',
			authentication: 'ticketingApi',
		});
	});

	it('sends the Audit output, the last output of each package node, to the audit table', () => {
		const audit = single('n8n-nodes-base.set');
		for (const node of packageNodes) {
			const names = outputNames(node);
			expect(names.at(-1)).toBe('Audit');
			const main = example.connections[node.name].main;
			expect(main.length).toBeLessThanOrEqual(names.length);
			expect(targetsOf(node.name, names.length - 1)).toEqual([audit.name]);
			// Audit items go nowhere else, and nothing else goes to the audit branch.
			for (let i = 0; i < names.length - 1; i++)
				expect(targetsOf(node.name, i)).not.toContain(audit.name);
		}
		expect(outputNames(single(PACKAGE_TYPES.classify))).toEqual(['Classified', 'Audit']);
		const sources = Object.keys(example.connections).filter((name) =>
			example.connections[name].main.some((bucket: any) =>
				(bucket ?? []).some((c: any) => c.node === audit.name),
			),
		);
		expect(sources.sort()).toEqual(packageNodes.map((n: any) => n.name).sort());
	});

	it('is what the demo pipeline runs, with the same parameters and wiring', () => {
		const workflow = packageWorkflow(example);
		expect(workflow.nodes.map((n: any) => n.name)).toEqual(
			[PACKAGE_TYPES.get, PACKAGE_TYPES.classify, PACKAGE_TYPES.upsert].map((t) => single(t).name),
		);
		for (const node of workflow.nodes)
			expect(node.parameters).toEqual(byName(node.name).parameters);
		const [get, classify, upsert] = workflow.nodes.map((n: any) => n.name);
		expect(workflow.connections[get].main[0]).toEqual([{ node: classify, type: 'main', index: 0 }]);
		expect(workflow.connections[classify].main[0]).toEqual([
			{ node: upsert, type: 'main', index: 0 },
		]);
	});
});

describe('the n8n nodes around them', () => {
	it('keeps priority == HIGH (Filter v2) and posts subject, score and reasons to Slack', () => {
		const filter = single('n8n-nodes-base.filter');
		expect(filter.typeVersion).toBe(2);
		expect(filter.parameters.conditions.combinator).toBe('and');
		expect(filter.parameters.conditions.conditions).toEqual([
			expect.objectContaining({
				leftValue: `={{ $json.${HIGH_FILTER.field} }}`,
				rightValue: HIGH_FILTER.equals,
				operator: { type: 'string', operation: 'equals' },
			}),
		]);
		const slack = single('n8n-nodes-base.slack');
		expect(targetsOf(filter.name, 0)).toEqual([slack.name]);
		expect(slack.typeVersion).toBeGreaterThanOrEqual(2.2);
		expect(slack.parameters).toMatchObject({
			resource: 'message',
			operation: 'post',
			select: 'channel',
		});
		for (const field of ['$json.subject', '$json.urgency.score', '$json.urgency.reasons']) {
			expect(slack.parameters.text).toContain(field);
		}
		const text = evaluate(slack.name, slack.parameters.text, {
			id: 'conv-1',
			channel: 'FACEBOOK',
			subject: 'Charged twice!!',
			priority: 'HIGH',
			urgency: { priority: 'HIGH', score: 0.9612, reasons: ['charged twice', 'refund'] },
		});
		expect(text).toContain('Charged twice!!');
		expect(text).toContain('0.96');
		expect(text).toContain('charged twice, refund');
		const item = {
			id: 'conv-1',
			channel: 'FACEBOOK',
			subject: 'Charged twice!!',
			priority: 'HIGH',
			urgency: { priority: 'HIGH', score: 0.9612, reasons: ['charged twice'] },
		};
		const created = evaluate(slack.name, slack.parameters.text, {
			...item,
			delivery: { status: 200, ticketId: 'T-7', operation: 'created' },
		});
		expect(created).toContain('Ticket: T-7 (created)');
		const failed = evaluate(slack.name, slack.parameters.text, {
			...item,
			delivery: { status: 503, reason: 'the ticketing system is unavailable', retryable: true },
		});
		expect(failed).toContain(
			'Ticket: not created yet (the ticketing system is unavailable); the next run sends it again',
		);
		// A target that accepts the batch without naming its tickets: delivered, not "not created".
		const accepted = evaluate(slack.name, slack.parameters.text, {
			...item,
			delivery: { status: 200, ticketId: null, operation: null },
		});
		expect(accepted).toContain('Ticket: sent');
		expect(accepted).not.toMatch(/not created|null|undefined/);
		// The CXone Trigger emits each conversation once: nothing sends a failed ticket again, and
		// the trigger example's alert says so.
		const triggerExample = JSON.parse(
			fs.readFileSync(path.join(__dirname, '../../examples/social-inbox-triage-trigger.json'), 'utf8'),
		);
		const triggerSlack = triggerExample.nodes.find((n: any) => n.type === 'n8n-nodes-base.slack');
		const lost = evaluate(slack.name, triggerSlack.parameters.text, {
			...item,
			delivery: { status: 422, reason: 'missing subject', retryable: false },
		});
		expect(lost).toContain('Ticket: NOT created (missing subject): the trigger will not send it again');
		expect(lost).not.toMatch(/next run/);
		expect(
			evaluate(slack.name, triggerSlack.parameters.text, {
				...item,
				delivery: { status: 200, ticketId: 'T-9', operation: 'updated' },
			}),
		).toContain('Ticket: T-9 (updated)');
	});

	it('stores each audit record whole, one row of a Data Table the workflow creates itself', () => {
		const [createTable, insert] = ['Create Audit Table', 'Append to Audit Table'].map(byName);
		const row = single('n8n-nodes-base.set');
		for (const node of [createTable, insert]) expect(node.type).toBe('n8n-nodes-base.dataTable');
		expect(createTable.parameters).toMatchObject({
			resource: 'table',
			operation: 'create',
			options: { createIfNotExists: true },
		});
		expect(targetsOf(row.name)).toEqual([insert.name]);
		// The insert finds the table by name, which n8n looks up in lower case.
		const table = createTable.parameters.tableName;
		expect(table).toBe(table.toLowerCase());
		expect(insert.parameters).toMatchObject({
			resource: 'row',
			operation: 'insert',
			dataTableId: { __rl: true, mode: 'name', value: table },
			columns: { mappingMode: 'autoMapInputData' },
		});
		// The row's fields are exactly the table's columns, with the same types.
		const assignments = row.parameters.assignments.assignments;
		expect(row.parameters.includeOtherFields).toBe(false);
		expect(assignments.map((a: any) => [a.name, a.type])).toEqual(
			createTable.parameters.columns.column.map((c: any) => [c.name, c.type]),
		);

		// On n8n's expression engine, a record becomes a row whose `record` is the record whole.
		const record = {
			kind: 'event',
			seq: 7,
			action: 'CLASSIFIED',
			keywords: ['refund'],
			latencyMs: { p50: 3 },
			note: 'line\nbreak',
			hash: 'abc',
		};
		const value = (name: string, mode: 'test' | 'production') =>
			evaluate(row.name, assignments.find((a: any) => a.name === name).value, record, mode);
		expect(value('seq', 'production')).toBe(7);
		expect(value('action', 'production')).toBe('CLASSIFIED');
		expect(value('hash', 'production')).toBe('abc');
		expect(JSON.parse(value('record', 'production') as string)).toEqual(record);
		// Manual runs are marked: n8n does not keep their chain head, so they branch the chain.
		expect(value('mode', 'production')).toBe('production');
		expect(value('mode', 'test')).toBe('test');
	});
});

describe('the example pipeline on n8n engine, against the CXone simulator and the ticket sink', () => {
	const HOUR = 3_600_000;
	const COUNT = 300;
	const end = Date.now() - 60_000;
	let sandbox: any;
	let sink: any;

	beforeAll(async () => {
		const lookback = single(PACKAGE_TYPES.get).parameters.initialLookbackHours;
		sandbox = await startSandbox({
			conversations: COUNT,
			seed: 11,
			endTime: end,
			spanMs: lookback * HOUR - 5 * 60_000,
		});
		sink = await startTicketSink({});
	});
	afterAll(async () => {
		await sandbox.close();
		await sink.close();
	});

	it('delivers every conversation exactly once, across two scheduled runs, with one verified audit chain', async () => {
		const allIds = Array.from({ length: COUNT }, (_, i) => sandbox.generator.at(i).id);
		const staticData: Record<string, any> = {};

		const first = await runPipeline({ sandbox, sink, staticData, executionId: 'e1', example });
		expect(first.errors).toEqual([]);
		expect(first.status).toBe('success');
		const fetchedIds = first.fetched.map((i: any) => i.json.id);
		expect(fetchedIds).toEqual(allIds);
		expect(first.classified.map((i: any) => i.json.id)).toEqual(allIds);
		expect(first.succeeded).toHaveLength(COUNT);
		expect(first.failed).toEqual([]);

		const tickets = sink.tickets();
		expect([...tickets.keys()].sort()).toEqual([...allIds].sort());
		for (const id of allIds) expect(tickets.get(id)).toMatchObject({ creates: 1, updates: 0 });

		// What a ticket holds: the classification and the fields the example adds.
		const sample = first.classified[0].json;
		expect(tickets.get(sample.id).last).toMatchObject({
			external_id: sample.id,
			subject: sample.subject,
			priority: sample.urgency.priority,
			channel: sample.channel,
			source: 'cxone-social-inbox',
		});
		expect(Number(tickets.get(sample.id).last.urgency_score)).toBeCloseTo(sample.urgency.score, 6);

		// The HIGH branch (the example's Filter) is what Classify counted as HIGH.
		expect(first.high.length).toBe(first.metrics.classify.high);
		expect(first.high.every((i: any) => i.json.urgency.priority === 'HIGH')).toBe(true);

		// Audit (the example keeps the nodes' default detail, a summary per page or batch): one fact
		// per conversation per node, three metrics items, the watermark event.
		const actions = first.audit.map((r: any) => r.action);
		const facts = auditFacts(first.audit).map((f) => f.action);
		expect(facts.filter((a: string) => a === 'CONVERSATION_RETRIEVED')).toHaveLength(COUNT);
		expect(facts.filter((a: string) => a === 'CLASSIFIED')).toHaveLength(COUNT);
		expect(facts.filter((a: string) => a === 'SYNCED')).toHaveLength(COUNT);
		expect(first.audit.length).toBeLessThan(COUNT);
		expect(actions.filter((a: string) => a === 'RUN_METRICS')).toHaveLength(3);
		expect(actions).toContain('WATERMARK_ADVANCED');
		// What the example's audit branch stores: one row per record, the record whole as JSON.
		const rows = first.audit.map((r: any) => ({ seq: r.seq, record: JSON.stringify(r) }));

		// The next scheduled run: only the overlap window again, updated, never duplicated.
		const second = await runPipeline({ sandbox, sink, staticData, executionId: 'e2', example });
		expect(second.status).toBe('success');
		expect(second.failed).toEqual([]);
		expect(second.fetched.length).toBeLessThan(COUNT / 10);
		const after = sink.tickets();
		expect(after.size).toBe(COUNT);
		for (const id of allIds) expect(after.get(id).creates).toBe(1);
		expect(sink.stats.updates).toBe(second.succeeded.length);
		rows.push(...second.audit.map((r: any) => ({ seq: r.seq, record: JSON.stringify(r) })));

		// Read back as examples/README.md says: sort by seq, parse `record`, verify.
		const stored = rows
			.sort((a: any, b: any) => a.seq - b.seq)
			.map((r: any) => JSON.parse(r.record));
		expect(stored).toHaveLength(first.audit.length + second.audit.length);
		expect(verifyAuditTrail(stored, GENESIS_HASH)).toEqual({ valid: true, checked: stored.length });
		expect(JSON.stringify(stored)).not.toContain(String(sample.body).slice(0, 40) || '@@@');
	});
});
