'use strict';
// The package part of examples/social-inbox-triage.json, run on n8n's engine in-process: its three
// package nodes, with the parameters and wiring the example gives them, against the CXone simulator
// and the ticket sink. Shared by `npm run demo` and test/workflow/example.test.ts.
const fs = require('node:fs');
const path = require('node:path');

const { runWorkflow, nodeOutput, nodeError, PACKAGE_DIR } = require('./engine');
const { PKG, v2Credentials, sinkCredentials } = require('./fixtures');

const EXAMPLE_PATH = path.join(PACKAGE_DIR, 'examples', 'social-inbox-triage.json');

/** Package node types in the order the example runs them. */
const PACKAGE_TYPES = {
	get: `${PKG}.cxone`,
	classify: `${PKG}.classifyUrgency`,
	upsert: `${PKG}.ticketBatchUpsert`,
};

/** What the example's Filter node keeps; n8n's Filter node is not part of the in-process engine. */
const HIGH_FILTER = { field: 'priority', equals: 'HIGH' };

function loadExample(file = EXAMPLE_PATH) {
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function findPackageNode(example, key) {
	const node = example.nodes.find((n) => n.type === PACKAGE_TYPES[key]);
	if (!node) throw new Error(`the example has no ${PACKAGE_TYPES[key]} node`);
	return node;
}

/**
 * The example's package nodes and the connections between them, as a workflow the harness runs.
 * Credentials keep their type and name; the harness resolves them by type, so each gets an id.
 */
function packageWorkflow(example = loadExample()) {
	const nodes = Object.keys(PACKAGE_TYPES).map((key) => {
		const node = structuredClone(findPackageNode(example, key));
		for (const [type, ref] of Object.entries(node.credentials ?? {})) {
			node.credentials[type] = { id: `example-${type}`, name: ref.name };
		}
		return node;
	});
	const names = new Set(nodes.map((n) => n.name));
	const connections = {};
	for (const name of names) {
		const main = example.connections[name]?.main ?? [];
		const kept = main.map((targets) => (targets ?? []).filter((t) => names.has(t.node)));
		if (kept.some((targets) => targets.length > 0)) connections[name] = { main: kept };
	}
	return { nodes, connections };
}

/** Every output of a node's last run: an array per output index. */
function outputsOf(run, name) {
	const runs = run.data.resultData.runData[name];
	return runs?.[runs.length - 1]?.data?.main ?? [];
}

/**
 * Runs Get Conversations -> Classify Urgency -> Ticket Batch Upsert once, as a production (trigger)
 * execution of the example would: the static data object carries the sync watermark and the audit
 * chain head from one run to the next.
 */
async function runPipeline({
	sandbox,
	sink,
	staticData = {},
	executionId = `demo-${Date.now()}`,
	example = loadExample(),
}) {
	const workflow = packageWorkflow(example);
	const [get, classify, upsert] = workflow.nodes.map((n) => n.name);
	const credentials = { ...v2Credentials(sandbox), ...sinkCredentials(sink) };
	const result = await runWorkflow(workflow, credentials, {
		staticData,
		mode: 'trigger',
		executionId,
		workflowId: 'social-inbox-triage',
		// What the Schedule Trigger hands the first node.
		inputItems: [{ json: { timestamp: new Date().toISOString() } }],
	});
	const { run } = result;
	const errors = [get, classify, upsert]
		.map((name) => [name, nodeError(run, name)])
		.filter(([, error]) => error)
		.map(([name, error]) => `${name}: ${error.message}`);
	// The Audit output is each package node's last output.
	const audit = [get, classify, upsert]
		.flatMap((name) => outputsOf(run, name).at(-1) ?? [])
		.map((item) => item.json)
		.sort((a, b) => a.seq - b.seq);
	const metricsOf = (name) =>
		(outputsOf(run, name).at(-1) ?? []).map((i) => i.json).find((r) => r.kind === 'metrics');
	const classified = nodeOutput(run, classify, 0);
	return {
		run,
		status: run.status,
		errors,
		staticData: result.staticData,
		names: { get, classify, upsert },
		fetched: nodeOutput(run, get, 0),
		classified,
		high: classified.filter((item) => item.json[HIGH_FILTER.field] === HIGH_FILTER.equals),
		succeeded: nodeOutput(run, upsert, 0),
		failed: nodeOutput(run, upsert, 1),
		audit,
		metrics: { get: metricsOf(get), classify: metricsOf(classify), upsert: metricsOf(upsert) },
	};
}

/** One JSON line per audit record, as the example's audit branch appends them. */
function writeAuditFile(file, records, { append = false } = {}) {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const text =
		records.map((record) => JSON.stringify(record)).join('\n') + (records.length ? '\n' : '');
	if (append) fs.appendFileSync(file, text);
	else fs.writeFileSync(file, text);
}

function readAuditFile(file) {
	return fs
		.readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line));
}

module.exports = {
	EXAMPLE_PATH,
	PACKAGE_TYPES,
	HIGH_FILTER,
	loadExample,
	packageWorkflow,
	runPipeline,
	writeAuditFile,
	readAuditFile,
};
