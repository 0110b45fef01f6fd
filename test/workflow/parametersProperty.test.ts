/* eslint-disable @typescript-eslint/no-require-imports */
/*
 * Every parameter of every node, given values of every JSON type (directly and through an
 * expression), out-of-range numbers, empty and huge strings. Whatever the value, the run either
 * stops with a NodeOperationError that names a field of the node as the panel shows it, or
 * accounts for every input item on exactly one data output. No TypeError reaches the operator.
 */
import fc from 'fast-check';

const { startSandbox } = require('../../sandbox');
const { startTicketSink } = require('../../sandbox/ticketing');
const { runWorkflow } = require('../../harness/engine');
const {
	PKG,
	v2Credentials,
	getConversationsNode,
	upsertNode,
	sinkCredentials,
	singleNodeWorkflow,
} = require('../../harness/fixtures');

const DAY = 86_400_000;
let sandbox: any;
let sink: any;

beforeAll(async () => {
	sandbox = await startSandbox({
		conversations: 8,
		seed: 3,
		endTime: Date.now() - 60_000,
		spanMs: DAY,
	});
	sink = await startTicketSink({});
});
afterAll(async () => {
	await sandbox.close();
	await sink.close();
});

// Messages that only a bug produces.
const BUG =
	/TypeError|is not a function|Cannot read prop|Cannot convert|\[object Object\]|undefined is|of undefined|of null/;

interface Parameter {
	path: string;
	displayName: string;
}

/** Every parameter of a node description, collection options as `options.name`. */
function parametersOf(description: any): Parameter[] {
	const out: Parameter[] = [];
	for (const p of description.properties) {
		if (p.type === 'notice') continue;
		out.push({ path: p.name, displayName: p.displayName });
		if (p.type === 'collection') {
			for (const o of p.options)
				out.push({ path: `${p.name}.${o.name}`, displayName: o.displayName });
		}
	}
	return out;
}

const plainString = fc
	.string({ maxLength: 24 })
	.filter((s) => !s.includes('{{') && !s.includes('}}') && !s.startsWith('='));
const scalar = fc.oneof(
	fc.constant(null),
	fc.boolean(),
	fc.integer({ min: -1_000_000, max: 1_000_000 }),
	fc.constantFrom(0, -1, 0.5, -0.25, 1e9, 1e21, 2 ** 53, Number.MAX_VALUE),
	plainString,
	fc.constantFrom('', ' ', '0', '1e3', 'NaN', 'true', 'x'.repeat(5_000)),
);
const jsonValue = fc.oneof(
	{ weight: 4, arbitrary: scalar },
	fc.array(scalar, { maxLength: 3 }),
	fc.dictionary(plainString, scalar, { maxKeys: 3 }),
);
// Raw values n8n never stores but an API or a bad import could: NaN, Infinity, undefined.
const rawOnly = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, undefined);
const parameterValue = fc.oneof(
	{ weight: 3, arbitrary: jsonValue.map((v) => ({ value: v as unknown, how: 'raw' })) },
	{
		weight: 3,
		arbitrary: jsonValue.map((v) => ({
			value: `={{ ${JSON.stringify(v)} }}` as unknown,
			how: 'expression',
		})),
	},
	{ weight: 1, arbitrary: rawOnly.map((v) => ({ value: v as unknown, how: 'raw' })) },
);

function setPath(target: Record<string, any>, path: string, value: unknown) {
	const [head, tail] = path.split('.');
	if (tail === undefined) target[head] = value;
	else target[head] = { ...(target[head] ?? {}), [tail]: value };
}

interface NodeUnderTest {
	label: string;
	node: (parameters: Record<string, unknown>) => any;
	base: Record<string, unknown>;
	description: () => any;
	credentials: () => Record<string, unknown>;
	items: () => any[];
	/** Whether every input item must come out on a data output (false for a source node). */
	accounts: boolean;
	/** Extra names an error may start with (credential fields). */
	extraNames?: string[];
	/** Whether an error from the remote API (NodeApiError) is an acceptable end. */
	apiErrors: boolean;
}

const conversations = (n: number) =>
	Array.from({ length: n }, (_, i) => ({
		json: { id: `c-${i}`, subject: `Subject ${i}`, body: `Please help, the order ${i} is late` },
	}));

const nodes: NodeUnderTest[] = [
	{
		label: 'Get Conversations',
		node: (parameters) => getConversationsNode(parameters),
		base: { timeRange: 'lastDays', days: 3, returnAll: true },
		description: () => new (require('../../dist/nodes/CXone/Cxone.node.js').Cxone)().description,
		credentials: () => v2Credentials(sandbox),
		items: () => [{ json: {} }],
		accounts: false,
		apiErrors: true,
	},
	{
		label: 'Classify Urgency',
		node: (parameters) => ({
			id: 'n-classify',
			name: 'Classify Urgency',
			type: `${PKG}.classifyUrgency`,
			typeVersion: 1,
			position: [400, 0],
			parameters,
		}),
		base: {},
		description: () =>
			new (require('../../dist/nodes/ClassifyUrgency/ClassifyUrgency.node.js').ClassifyUrgency)()
				.description,
		credentials: () => ({}),
		items: () => conversations(4),
		accounts: true,
		apiErrors: false,
	},
	{
		label: 'Ticket Batch Upsert',
		node: (parameters) => upsertNode(parameters),
		base: { target: 'generic', url: '/tickets/batch' },
		description: () =>
			new (require('../../dist/nodes/TicketBatchUpsert/TicketBatchUpsert.node.js').TicketBatchUpsert)()
				.description,
		credentials: () => sinkCredentials(sink),
		items: () => conversations(4),
		accounts: true,
		extraNames: ['Base URL (credential)'],
		apiErrors: false,
	},
];

for (const under of nodes) {
	describe(`${under.label}: every parameter, any value`, () => {
		it('stops with a NodeOperationError naming a field, or accounts for every item', async () => {
			const parameters = parametersOf(under.description());
			const ends = { ran: 0, fieldError: 0, apiError: 0, refused: 0 };
			const names = [...parameters.map((p) => p.displayName), ...(under.extraNames ?? [])];
			await fc.assert(
				fc.asyncProperty(
					fc.array(fc.tuple(fc.constantFrom(...parameters), parameterValue), {
						minLength: 1,
						maxLength: 3,
					}),
					async (changes) => {
						const p = structuredClone(under.base) as Record<string, any>;
						for (const [parameter, { value }] of changes) setPath(p, parameter.path, value);
						const node = under.node(p);
						const items = under.items();
						let run: any;
						try {
							({ run } = await runWorkflow(singleNodeWorkflow(node), under.credentials(), {
								inputItems: items,
							}));
						} catch (error: any) {
							// n8n itself refuses to start a workflow whose required parameter is empty,
							// naming it: as clear as the node's own check.
							expect(error.name).toBe('WorkflowHasIssuesError');
							expect(names.some((name) => error.message.includes(`"${name}"`))).toBe(true);
							ends.refused++;
							return;
						}
						const task = run.data.resultData.runData[node.name]?.[0];
						const error = task?.error;
						if (error) {
							expect(error.message).not.toMatch(BUG);
							expect(String(error.description ?? '')).not.toMatch(BUG);
							if (error.name === 'NodeApiError' && under.apiErrors) {
								ends.apiError++;
								return;
							}
							expect(error.name).toBe('NodeOperationError');
							expect(names.some((name) => error.message.startsWith(`${name}: `))).toBe(true);
							ends.fieldError++;
							return;
						}
						const main: any[][] = task?.data?.main ?? [];
						// The Audit output is the node's last; before it, the data outputs.
						const data = main.slice(0, -1).flat();
						for (const item of data) expect(JSON.stringify(item.json)).not.toMatch(BUG);
						ends.ran++;
						if (!under.accounts) return;
						const seen = data.map((item) => item.pairedItem.item).sort((a, b) => a - b);
						expect(seen).toEqual(items.map((_, i) => i));
					},
				),
				{
					numRuns: Number(process.env.PARAMETER_RUNS ?? 150),
					seed: Number(process.env.PARAMETER_SEED ?? 20261202),
				},
			);
			// Not vacuous: some values were refused with the field named, and some runs went through.
			expect(ends.fieldError).toBeGreaterThan(0);
			expect(ends.ran).toBeGreaterThan(0);
		}, 120_000);
	});
}
