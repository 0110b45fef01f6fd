/* eslint-disable @typescript-eslint/no-require-imports */
import { NodeHelpers } from 'n8n-workflow';

import { GENESIS_HASH, verifyAuditTrail } from '../../nodes/core/audit';

const { startSandbox } = require('../../sandbox');
const { runWorkflow, nodeOutput, nodeError } = require('../../harness/engine');
const {
	PKG,
	v2Credentials,
	getConversationsNode: getConversationsNodeAnyAudit,
	perRecordAudit,
} = require('../../harness/fixtures');
// These tests read one Audit item per record: Audit Detail "Per Record" (the default is a summary
// per page or batch).
const getConversationsNode = (parameters: any = {}, ...rest: any[]) =>
	getConversationsNodeAnyAudit(perRecordAudit(parameters), ...rest);

const NODE = 'Classify Urgency';
const CHAIN_KEY = 'cxoneSocialInboxAuditChain';

function classifyNode(
	parameters: Record<string, unknown> = {},
	extra: Record<string, unknown> = {},
) {
	return {
		id: 'n-classify',
		name: NODE,
		type: `${PKG}.classifyUrgency`,
		typeVersion: 1,
		position: [400, 0],
		parameters: perRecordAudit(parameters),
		...extra,
	};
}

const asItems = (rows: Array<Record<string, unknown>>) => rows.map((json) => ({ json }));

/** Runs the Classify node alone, started with `rows` as its input items. */
async function classify(
	rows: Array<Record<string, unknown>>,
	parameters: Record<string, unknown> = {},
	options: Record<string, unknown> = {},
	extra: Record<string, unknown> = {},
) {
	const node = classifyNode(parameters, extra);
	const result = await runWorkflow(
		{ nodes: [node], connections: {} },
		{},
		{
			inputItems: (options.items as unknown[]) ?? asItems(rows),
			...options,
		},
	);
	const route = parameters.mode === 'routeByPriority';
	const dataOutputs = route ? 3 : 1;
	const outputs = Array.from({ length: dataOutputs }, (_, i) => nodeOutput(result.run, NODE, i));
	return {
		...result,
		outputs,
		data: outputs.flat(),
		audit: nodeOutput(result.run, NODE, dataOutputs).map((i: any) => i.json),
		error: nodeError(result.run, NODE),
		outputNames: NodeHelpers.getNodeOutputs(
			result.workflow,
			result.workflow.getNode(NODE),
			result.workflow.nodeTypes.getByNameAndVersion(node.type, 1).description,
		).map((o: any) => o.displayName),
	};
}

const ROUTE = { mode: 'routeByPriority' };
const URGENT = 'please help, urgent!';
const THANKS = 'Thanks, great service';
// Mildly negative, with no urgent term or complaint cue (a missing order is a complaint: HIGH).
const MILD = 'the music in the app is boring';

describe('Classify Urgency, Add Fields mode', () => {
	it('adds the result under Result Field and a top-level priority, one item per input, paired', async () => {
		const rows = [
			{ id: 'c1', subject: 'Order', body: URGENT, channel: 'EMAIL' },
			{ id: 'c2', subject: '', body: THANKS },
		];
		const r = await classify(rows);
		expect(r.run.status).toBe('success');
		expect(r.outputNames).toEqual(['Classified', 'Audit']);
		expect(r.data).toHaveLength(2);
		const [first, second] = r.data;
		expect(first.pairedItem).toEqual({ item: 0 });
		expect(second.pairedItem).toEqual({ item: 1 });
		expect(first.json).toMatchObject({
			id: 'c1',
			subject: 'Order',
			body: URGENT,
			channel: 'EMAIL',
		});
		expect(Object.keys(first.json.urgency)).toEqual([
			'priority',
			'score',
			'sentiment',
			'keywords',
			'reasons',
			'language',
			'scored',
		]);
		expect(first.json.urgency).toMatchObject({ priority: 'HIGH', keywords: ['urgent'] });
		expect(first.json.urgency.score).toBeGreaterThanOrEqual(2 / 3);
		expect(first.json.priority).toBe('HIGH');
		expect(second.json.urgency.priority).toBe('LOW');
		expect(second.json.urgency.sentiment).toBeGreaterThan(0.5);
		expect(second.json.priority).toBe('LOW');
	});

	it('writes to another Result Field, can leave priority alone, and keeps binary data', async () => {
		const binary = { file: { data: 'aGVsbG8=', mimeType: 'text/plain', fileName: 'a.txt' } };
		const r = await classify(
			[],
			{ resultField: 'triage', options: { setTopLevelPriority: false } },
			{ items: [{ json: { subject: 'x', body: URGENT }, binary }] },
		);
		expect(r.data[0].json.triage.priority).toBe('HIGH');
		expect(r.data[0].json).not.toHaveProperty('urgency');
		expect(r.data[0].json).not.toHaveProperty('priority');
		expect(r.data[0].binary).toEqual(binary);
	});

	it('reads nested paths and array elements, joining several fields', async () => {
		const r = await classify(
			[
				{ message: { text: URGENT } },
				{ message: { text: 'fine' }, messages: [{ text: 'hello' }, { text: 'I want a refund' }] },
			],
			{ textFields: 'message.text, messages[1].text', treatMissingAsEmpty: true },
		);
		expect(r.data[0].json.urgency.keywords).toEqual(['urgent']);
		expect(r.data[1].json.urgency.keywords).toEqual(['refund']);
	});

	it('reads parameters given as expressions for each item', async () => {
		const r = await classify(
			[
				{ target: 'first', body: URGENT, subject: '' },
				{ target: 'second', body: THANKS, subject: '' },
			],
			{ resultField: '={{ $json.target }}' },
		);
		expect(r.run.status).toBe('success');
		expect(r.data[0].json.first.priority).toBe('HIGH');
		expect(r.data[1].json.second.priority).toBe('LOW');
		expect(r.data[1].json).not.toHaveProperty('first');
	});
});

describe('Classify Urgency, Route by Priority mode', () => {
	it('sends each item to exactly one of High, Medium and Low', async () => {
		const texts = [
			URGENT,
			THANKS,
			MILD,
			'I want a refund now',
			'Love it 🙂',
			'a bit disappointing',
		];
		const rows = texts.map((body, i) => ({ id: `c${i}`, subject: '', body }));
		const r = await classify(rows, ROUTE);
		expect(r.outputNames).toEqual(['High', 'Medium', 'Low', 'Audit']);
		const [high, medium, low] = r.outputs.map((out: any[]) => out.map((i) => i.json.id));
		expect(high).toEqual(expect.arrayContaining(['c0', 'c3']));
		expect(medium).toContain('c2');
		expect(low).toEqual(expect.arrayContaining(['c1', 'c4']));
		expect([...high, ...medium, ...low].sort()).toEqual(rows.map((row) => row.id).sort());
		for (const [index, out] of r.outputs.entries()) {
			const priority = ['HIGH', 'MEDIUM', 'LOW'][index];
			for (const item of out) {
				expect(item.json.priority).toBe(priority);
				expect(item.pairedItem).toEqual({ item: Number(item.json.id.slice(1)) });
			}
		}
	});

	it('changes routing with extra terms, removed terms, overrides, patterns and thresholds', async () => {
		const rows = [
			{ id: 'voucher', subject: '', body: 'the voucher is gone' },
			{ id: 'urgent', subject: '', body: URGENT },
			{ id: 'mild', subject: '', body: MILD },
			{ id: 'order', subject: '', body: 'Where is ORDER #4411 ?' },
		];
		const where = (r: any) =>
			Object.fromEntries(r.data.map((i: any) => [i.json.id, i.json.priority as string]));
		const defaults = where(await classify(rows, ROUTE));
		expect(defaults).toEqual({ voucher: 'LOW', urgent: 'HIGH', mild: 'MEDIUM', order: 'LOW' });

		const custom = await classify(rows, {
			...ROUTE,
			options: {
				extraUrgentTerms: 'voucher is gone, chargeback',
				removeTerms: 'urgent',
				urgentPatterns: '\n/order #\\d+/i\n',
				highBelow: -0.2,
				mediumBelow: 0,
			},
		});
		expect(where(custom)).toEqual({ voucher: 'HIGH', urgent: 'LOW', mild: 'HIGH', order: 'HIGH' });
		expect(custom.data.find((i: any) => i.json.id === 'order').json.urgency.keywords).toEqual([
			'order #4411',
		]);

		const lenient = await classify(rows, {
			...ROUTE,
			options: { highBelow: -0.9, mediumBelow: -0.5, lexiconOverrides: '{"gone": -3}' },
		});
		expect(where(lenient)).toEqual({ voucher: 'MEDIUM', urgent: 'HIGH', mild: 'LOW', order: 'LOW' });
	});

	it('classifies numbers, arrays, objects, null, empty, 100 KB, Japanese, emoji and markup', async () => {
		const big = 'The service was slow and the staff were rude to me. '.repeat(2000);
		expect(big.length).toBeGreaterThan(100_000);
		const rows: Array<Record<string, unknown>> = [
			{ id: 'number', subject: 42, body: 3.5 },
			{ id: 'array', subject: ['refund', 7, null, ['urgent']], body: [] },
			{ id: 'object', subject: { text: 'urgent refund' }, body: null },
			{ id: 'empty', subject: '', body: '' },
			{ id: 'boolean', subject: true, body: false },
			{ id: 'big', subject: '', body: big },
			{ id: 'japanese', subject: '至急', body: '商品が届きません。返金してください。' },
			{ id: 'emoji', subject: '', body: '😡😡😡' },
			{ id: 'smile', subject: '', body: '🙂🙂' },
			{ id: 'markup', subject: '<script>alert(1)</script>', body: '{{ $json }} ${x} \u0000\ud800' },
			{ id: 'rtl', subject: 'مرحبا', body: '\u202e refund \u202c' },
		];
		const r = await classify(rows, ROUTE);
		expect(r.run.status).toBe('success');
		expect(r.data).toHaveLength(rows.length);
		const byId = Object.fromEntries(r.data.map((i: any) => [i.json.id, i.json.urgency]));
		expect(byId.number).toMatchObject({ priority: 'LOW', keywords: [] });
		expect(byId.array).toMatchObject({ priority: 'HIGH', keywords: ['refund', 'urgent'] });
		expect(byId.object).toMatchObject({ priority: 'LOW', keywords: [], sentiment: 0 });
		expect(byId.empty).toMatchObject({ priority: 'LOW', sentiment: 0, keywords: [] });
		expect(byId.boolean).toMatchObject({ priority: 'LOW', sentiment: 0 });
		expect(byId.big.priority).toBe('HIGH');
		expect(byId.big.sentiment).toBeLessThan(-0.4);
		expect(['HIGH', 'MEDIUM', 'LOW']).toContain(byId.japanese.priority);
		expect(byId.emoji.priority).toBe('HIGH');
		expect(byId.smile.priority).toBe('LOW');
		// Markup with no word the engine knows ("json") is not understood: a person looks.
		expect(byId.markup).toMatchObject({ priority: 'MEDIUM', reasons: ['language not identified'] });
		expect(byId.rtl.keywords).toEqual(['refund']);
		for (const item of r.data) expect(Number.isFinite(item.json.urgency.score)).toBe(true);
	});
});

describe('Classify Urgency, errors', () => {
	it('fails an item that lacks a text field, naming the field, item and fix', async () => {
		const rows = [
			{ id: 'ok', subject: 's', body: URGENT },
			{ id: 'no-body', subject: 'only a subject' },
		];
		const r = await classify(rows);
		expect(r.run.status).toBe('error');
		expect(r.error.name).toBe('NodeOperationError');
		expect(r.error.message).toBe('Text Fields: the item has no field "body"');
		expect(r.error.description).toMatch(/Turn on "Treat Missing As Empty" or fix the path/);
		expect(r.error.description).toContain('"id", "subject"');
		expect(r.error.context.itemIndex).toBe(1);

		const lenient = await classify(rows, { treatMissingAsEmpty: true });
		expect(lenient.run.status).toBe('success');
		expect(lenient.data).toHaveLength(2);
		expect(lenient.data[1].json.urgency.priority).toBe('LOW');
	});

	it('never overwrites an existing result field or a different top-level priority silently', async () => {
		const existing = { id: 'x', subject: '', body: URGENT, urgency: 'keep me' };
		const r = await classify([existing]);
		expect(r.error.message).toMatch(/already has a field "urgency", which was not overwritten/);
		expect(r.error.description).toMatch(/Overwrite Existing Field/);

		const conflict = await classify([{ id: 'x', subject: '', body: URGENT, priority: 'LOW' }]);
		expect(conflict.error.message).toMatch(
			/already has a field "priority", which was not overwritten/,
		);
		expect(conflict.error.description).toMatch(/^It holds "LOW"\. Turn off "Also Set Top-Level/);

		const same = await classify([{ id: 'x', subject: '', body: URGENT, priority: 'HIGH' }]);
		expect(same.run.status).toBe('success');

		const untouched = await classify([{ id: 'x', subject: '', body: URGENT, priority: 'p1' }], {
			options: { setTopLevelPriority: false },
		});
		expect(untouched.data[0].json.priority).toBe('p1');

		const overwritten = await classify([{ ...existing, priority: 'LOW' }], {
			options: { overwriteExisting: true },
		});
		expect(overwritten.data[0].json.urgency.priority).toBe('HIGH');
		expect(overwritten.data[0].json.priority).toBe('HIGH');

		const clash = await classify([existing], { resultField: 'priority' });
		expect(clash.error.message).toMatch(/^Result Field: "priority" is also the top-level/);
	});

	it('names an invalid regular expression before classifying any item', async () => {
		const r = await classify([{ subject: '', body: URGENT }], {
			options: { urgentPatterns: 'refund\n/order (#\\d+/i' },
		});
		expect(r.run.status).toBe('error');
		expect(r.error.name).toBe('NodeOperationError');
		expect(r.error.message).toContain('Regular Expressions: line 2, "/order (#\\\\d+/i"');
		expect(r.error.description).toMatch(/escape special characters/);
		// No item was classified: the audit chain never moved.
		expect(r.staticData[CHAIN_KEY]).toBeUndefined();
	});

	it('names bad lexicon overrides, thresholds and text fields', async () => {
		const message = async (options: Record<string, unknown>, parameters = {}) =>
			(await classify([{ subject: '', body: 'x' }], { ...parameters, options })).error?.message;
		expect(await message({ lexiconOverrides: '{"bad": 9}' })).toMatch(
			/^Lexicon Overrides: the value of "bad" \(9\) is not a number from -4 to 4/,
		);
		expect(await message({ lexiconOverrides: '{oops' })).toMatch(
			/^Lexicon Overrides: not valid JSON/,
		);
		expect(await message({ lexiconOverrides: '{"two words": 1}' })).toMatch(/not a single word/);
		expect(await message({ highBelow: 0.5, mediumBelow: 0.1 })).toMatch(
			/^High Below: 0.5 is above Medium Below \(0.1\)/,
		);
		expect(await message({}, { textFields: ' , ' })).toMatch(/^Text Fields: no field/);
		expect(await message({}, { textFields: 'message..text' })).toMatch(
			/"message..text" is not a valid/,
		);
	});

	const FAILING = [
		{ id: 'a', subject: '', body: THANKS },
		{ id: 'b', subject: 'no body' },
		{ id: 'c', subject: '', body: URGENT, urgency: 'taken' },
		{ id: 'd', subject: '', body: MILD },
	];

	it('under Continue in Route mode, never puts a failed item on a priority output; Audit has it', async () => {
		const r = await classify(FAILING, ROUTE, {}, { onError: 'continueRegularOutput' });
		expect(r.run.status).toBe('success');
		const [high, medium, low] = r.outputs;
		expect(low.map((i: any) => i.json.id)).toEqual(['a']);
		expect(medium.map((i: any) => i.json.id)).toEqual(['d']);
		expect(high).toEqual([]);
		const failed = r.audit.filter((e: any) => e.action === 'CLASSIFY_FAILED');
		expect(failed.map((e: any) => [e.conversationId, e.itemIndex])).toEqual([
			['b', 1],
			['c', 2],
		]);
		expect(failed[0].reason).toBe('Text Fields: the item has no field "body"');
		expect(failed[1].reason).toMatch(/already has a field "urgency"/);
		expect(r.audit.at(-1)).toMatchObject({
			kind: 'metrics',
			items: 4,
			failed: 2,
			low: 1,
			medium: 1,
		});
	});

	it('under Continue in Add Fields mode, sends failed items with their error to Classified', async () => {
		const r = await classify(FAILING, {}, {}, { onError: 'continueRegularOutput' });
		expect(r.run.status).toBe('success');
		const byId = Object.fromEntries(r.data.map((i: any) => [i.json.id, i]));
		expect(byId.b.json).toEqual({
			id: 'b',
			subject: 'no body',
			error: 'Text Fields: the item has no field "body"',
		});
		expect(byId.b.pairedItem).toEqual({ item: 1 });
		expect(byId.c.json.urgency).toBe('taken');
		expect(byId.c.json.error).toMatch(/already has a field "urgency"/);
	});

	it('with "Continue (using error output)", sends failed items to the error output only', async () => {
		const r = await classify(FAILING, ROUTE, {}, { onError: 'continueErrorOutput' });
		expect(r.run.status).toBe('success');
		const [high, medium, low] = r.outputs;
		expect([high, medium, low].map((o: any[]) => o.map((i) => i.json.id))).toEqual([
			[],
			['d'],
			['a'],
		]);
		// Outputs: High, Medium, Low, Audit, then n8n's error output.
		// (n8n merges the input item's fields back in when the node has a source node.)
		const errors = nodeOutput(r.run, NODE, 4);
		expect(errors.map((i: any) => i.pairedItem)).toEqual([{ item: 1 }, { item: 2 }]);
		expect(errors[0].json.error).toBe('Text Fields: the item has no field "body"');
		expect(errors[1].json.error).toMatch(/already has a field "urgency"/);
	});

	it('passes an upstream error item on as an error, never as a message to classify', async () => {
		const rows = [
			{ error: 'The service was not able to process your request', message: 'HTTP 503' },
			{ id: 'x', subject: '', body: URGENT },
		];
		const added = await classify(rows, {}, {}, { onError: 'continueRegularOutput' });
		expect(added.data[0].json.error).toMatch(/error of an earlier node: HTTP 503/);
		expect(added.data[0].json).not.toHaveProperty('urgency');
		expect(added.data[1].json.priority).toBe('HIGH');
		const routed = await classify(rows, ROUTE, {}, { onError: 'continueErrorOutput' });
		expect(routed.outputs[0].map((i: any) => i.json.id)).toEqual(['x']);
		expect(nodeOutput(routed.run, NODE, 4).map((i: any) => i.pairedItem)).toEqual([{ item: 0 }]);
	});

	it('under Continue, an invalid constant option fails every item, and none reaches a priority', async () => {
		const bad = { ...ROUTE, options: { urgentPatterns: '(a+)+$' } };
		const r = await classify(FAILING, bad, {}, { onError: 'continueRegularOutput' });
		expect(r.run.status).toBe('success');
		expect(r.outputs.flat()).toEqual([]);
		const failed = r.audit.filter((e: any) => e.action === 'CLASSIFY_FAILED');
		expect(failed).toHaveLength(4);
		expect(failed[0].reason).toMatch(/^Regular Expressions: line 1, "\(a\+\)\+\$" is refused/);
	});
});

describe('Classify Urgency, audit output', () => {
	const rows = [
		{ id: 'a1', subject: 'Refund for order 5512', body: 'I want a refund, the parcel is broken' },
		{ id: 'a2', subject: 'Thanks', body: 'Thanks, great service from Jane at the desk' },
		{ id: 'a3', subject: 'Delay', body: MILD },
		{ id: 'a4', subject: 'VIP', body: 'Customer VIP-99812 says the app is slow' },
	];

	it('emits one event per item and a metrics item, without message text, in a valid chain', async () => {
		const r = await classify(rows, { ...ROUTE, options: { urgentPatterns: 'VIP-\\d+' } });
		expect(r.audit).toHaveLength(rows.length + 1);
		const events = r.audit.slice(0, -1);
		expect(events.map((e: any) => [e.action, e.conversationId])).toEqual(
			rows.map((row) => ['CLASSIFIED', row.id]),
		);
		const byId = Object.fromEntries(r.data.map((i: any) => [i.json.id, i.json.urgency]));
		for (const event of events) {
			const result = byId[event.conversationId];
			expect(event).toMatchObject({
				kind: 'audit',
				priority: result.priority,
				score: result.score,
				sentiment: result.sentiment,
				actor: { workflowId: 'wf-test', nodeName: NODE },
			});
		}
		// The pattern's match is message text: the item has it, the audit says only "pattern".
		expect(byId.a4.keywords).toEqual(['vip-99812']);
		expect(events[3].keywords).toEqual(['pattern']);
		expect(events[0].keywords).toEqual(['refund', 'broken']);
		const serialised = JSON.stringify(r.audit).toLowerCase();
		for (const fragment of ['order 5512', 'parcel', 'jane', 'vip-99812', 'app is slow', 'thanks']) {
			expect(serialised).not.toContain(fragment);
		}
		for (const event of r.audit) {
			expect(event).not.toHaveProperty('body');
			expect(event).not.toHaveProperty('subject');
		}
		expect(verifyAuditTrail(r.audit, GENESIS_HASH)).toEqual({ valid: true, checked: 5 });
		const paired = nodeOutput(r.run, NODE, 3).map((i: any) => i.pairedItem.item);
		expect(paired).toEqual([0, 1, 2, 3, 0]);
	});

	it('counts the run in the metrics item', async () => {
		const r = await classify(rows, ROUTE);
		const metrics = r.audit.at(-1);
		const priorities = r.data.map((i: any) => i.json.priority);
		const sentiments = r.data.map((i: any) => i.json.urgency.sentiment);
		const mean = sentiments.reduce((a: number, b: number) => a + b, 0) / sentiments.length;
		expect(metrics).toMatchObject({
			kind: 'metrics',
			action: 'RUN_METRICS',
			items: 4,
			high: priorities.filter((p: string) => p === 'HIGH').length,
			medium: priorities.filter((p: string) => p === 'MEDIUM').length,
			low: priorities.filter((p: string) => p === 'LOW').length,
			failed: 0,
		});
		expect(metrics.high + metrics.medium + metrics.low).toBe(4);
		expect(metrics.high).toBeGreaterThan(0);
		expect(metrics.meanSentiment).toBeCloseTo(mean, 4);
		expect(metrics.durationMs).toBeGreaterThan(0);
		expect(metrics.itemsPerSecond).toBeGreaterThan(0);
	});

	it('continues the chain kept in static data from one run to the next', async () => {
		const staticData = {};
		const first = await classify(rows, {}, { staticData });
		const second = await classify(rows, {}, { staticData });
		expect(second.audit[0].prevHash).toBe(first.audit.at(-1).hash);
		expect(second.audit[0].seq).toBe(first.audit.at(-1).seq + 1);
		expect(verifyAuditTrail([...first.audit, ...second.audit], GENESIS_HASH).valid).toBe(true);
		const tampered = [...first.audit, ...second.audit].map((e: any) => ({ ...e }));
		tampered[2].priority = 'LOW';
		expect(verifyAuditTrail(tampered, GENESIS_HASH)).toMatchObject({ valid: false, brokenAt: 2 });
	});
});

describe('CXone: Get Conversations -> Classify Urgency', () => {
	const FETCH = 'CXone: Get Conversations';
	const DAY = 86_400_000;
	let sandbox: any;
	const end = Date.now() - 60_000;

	beforeAll(async () => {
		sandbox = await startSandbox({ conversations: 120, seed: 11, endTime: end, spanMs: 10 * DAY });
	});
	afterAll(async () => sandbox.close());

	it('routes every fetched conversation once, continuing one audit chain across both nodes', async () => {
		const fetchNode = getConversationsNode({
			timeRange: 'lastDays',
			days: 30,
			returnAll: true,
			options: { pageSize: 50 },
		});
		const workflow = {
			nodes: [fetchNode, classifyNode(ROUTE)],
			connections: { [FETCH]: { main: [[{ node: NODE, type: 'main', index: 0 }]] } },
		};
		const { run } = await runWorkflow(workflow, v2Credentials(sandbox));
		expect(run.status).toBe('success');
		const fetched = nodeOutput(run, FETCH, 0);
		expect(fetched).toHaveLength(120);
		const routed = [0, 1, 2].map((i) => nodeOutput(run, NODE, i));
		const ids = routed.flat().map((i: any) => i.json.id);
		expect(ids.sort()).toEqual(fetched.map((i: any) => i.json.id).sort());
		expect(routed.every((out: any[]) => out.length > 0)).toBe(true);
		for (const item of routed.flat()) {
			expect(fetched[item.pairedItem.item].json.id).toBe(item.json.id);
			expect(item.json.urgency.priority).toBe(item.json.priority);
		}

		const fetchAudit = nodeOutput(run, FETCH, 1).map((i: any) => i.json);
		const classifyAudit = nodeOutput(run, NODE, 3).map((i: any) => i.json);
		expect(classifyAudit).toHaveLength(121);
		expect(classifyAudit[0].prevHash).toBe(fetchAudit.at(-1).hash);
		expect(classifyAudit[0].seq).toBe(fetchAudit.at(-1).seq + 1);
		expect(verifyAuditTrail([...fetchAudit, ...classifyAudit], GENESIS_HASH)).toEqual({
			valid: true,
			checked: fetchAudit.length + 121,
		});
		const bodies = fetched.map((i: any) => i.json.body).filter((b: string) => b.length > 30);
		const serialised = JSON.stringify(classifyAudit);
		for (const body of bodies) expect(serialised).not.toContain(body.slice(0, 30));
		expect(classifyAudit.at(-1)).toMatchObject({
			kind: 'metrics',
			items: 120,
			failed: 0,
			high: routed[0].length,
			medium: routed[1].length,
			low: routed[2].length,
		});
	});
});
