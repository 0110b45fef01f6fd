'use strict';
// Runs a workflow JSON on n8n's own engine (the published n8n-core / n8n-workflow), in-process, with
// this package's nodes and credentials loaded from dist/ the way n8n loads a community package.
// Used by the workflow tests, the benchmarks and `npm run demo`.
const path = require('node:path');
const {
	PackageDirectoryLoader,
	PollContext,
	WorkflowExecute,
	ExecutionLifecycleHooks,
} = require('n8n-core');
const { Workflow, ICredentialsHelper, NodeHelpers } = require('n8n-workflow');

const PACKAGE_DIR = path.resolve(__dirname, '..');
const loaders = new Map();

async function loadPackage(dir = PACKAGE_DIR) {
	if (!loaders.has(dir)) {
		const loader = new PackageDirectoryLoader(dir);
		loaders.set(
			dir,
			loader.loadAll().then(() => loader),
		);
	}
	return loaders.get(dir);
}

class NodeTypes {
	constructor(loader, extra) {
		this.loader = loader;
		this.extra = extra;
	}
	getByName(type) {
		return this.getByNameAndVersion(type);
	}
	getByNameAndVersion(type, version) {
		const name = type.slice(type.lastIndexOf('.') + 1);
		const node = this.extra[type] ?? this.extra[name] ?? this.loader.getNode(name).type;
		return NodeHelpers.getVersionedNodeType(node, version);
	}
	getKnownTypes() {
		return {};
	}
}

// Reproduces packages/cli/src/credentials-helper.ts: preAuthentication runs when the hidden
// expirable field is empty, and once more after a 401 (credentialsExpired); its output is persisted.
class CredentialsHelper extends ICredentialsHelper {
	constructor(loader, creds) {
		super();
		this.loader = loader;
		this.creds = creds;
		this.persisted = [];
	}
	type(name) {
		return this.loader.getCredential(name).type;
	}
	getParentTypes() {
		return [];
	}
	async authenticate(credentials, typeName, requestOptions, workflow, node) {
		const t = this.type(typeName);
		if (typeof t.authenticate === 'function') return t.authenticate(credentials, requestOptions);
		if (t.authenticate?.type === 'generic') {
			for (const [outer, kv] of Object.entries(t.authenticate.properties)) {
				requestOptions[outer] = requestOptions[outer] ?? {};
				for (const [k, v] of Object.entries(kv)) {
					requestOptions[outer][k] = workflow.expression.getSimpleParameterValue(
						node,
						v,
						'internal',
						{ $credentials: credentials },
						undefined,
						'',
					);
				}
			}
		}
		return requestOptions;
	}
	async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
		const t = this.type(typeName);
		const expirable = t.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
		);
		if (!expirable || typeof t.preAuthentication !== 'function') return undefined;
		if (
			credentials[expirable.name] === '' ||
			credentials[expirable.name] === undefined ||
			credentialsExpired
		) {
			const output = await t.preAuthentication.call(helpers, credentials);
			if (output[expirable.name] === undefined) return undefined;
			this.persisted.push(output);
			// n8n persists the output to the stored credential, where the next run reads it.
			if (this.creds[typeName] && this.creds[typeName] !== credentials)
				Object.assign(this.creds[typeName], output);
			return Object.assign(credentials, output);
		}
		return undefined;
	}
	async runPreAuthentication() {
		return undefined;
	}
	async getDecrypted(_additionalData, _nodeCredentials, type) {
		return this.creds[type] ?? {};
	}
	async getCredentials() {
		throw new Error('not needed');
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	getCredentialsProperties(type) {
		return this.type(type).properties;
	}
	isCredentialUsableByNode() {
		return true;
	}
}

/** The Workflow and additionalData n8n builds for one execution (or one poll). */
async function prepare(workflowJson, credentials, options, mode, executionId) {
	const loader = await loadPackage(options.packageDir);
	const nodeTypes = new NodeTypes(loader, options.extraNodeTypes ?? {});
	const credentialsHelper = new CredentialsHelper(loader, credentials);
	const workflow = new Workflow({
		id: options.workflowId ?? 'wf-test',
		nodes: workflowJson.nodes,
		connections: workflowJson.connections,
		nodeTypes,
		active: false,
		// The workflow's settings (executionOrder 'v1' decides which branch runs first) when given.
		settings: options.settings ?? {},
		staticData: options.staticData ?? {},
	});
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowJson);
	const additionalData = new Proxy(
		{
			hooks,
			credentialsHelper,
			currentNodeParameters: undefined,
			executionId,
			restApiUrl: 'http://localhost',
			instanceBaseUrl: 'http://localhost/',
			webhookBaseUrl: '',
			webhookTestBaseUrl: '',
			webhookWaitingBaseUrl: '',
			formWaitingBaseUrl: '',
			variables: {},
		},
		{ get: (t, k) => (k in t ? t[k] : undefined) },
	);
	return { workflow, hooks, additionalData, credentialsHelper };
}

/**
 * @param workflowJson {nodes, connections, staticData?}
 * @param credentials map of credential type -> data (mutated as n8n would persist tokens)
 * @param options {staticData, mode, extraNodeTypes, executionId, workflowId, settings, startNode}
 */
async function runWorkflow(workflowJson, credentials = {}, options = {}) {
	const mode = options.mode ?? 'manual';
	const executionId = options.executionId ?? String(Date.now());
	const { workflow, hooks, additionalData, credentialsHelper } = await prepare(
		workflowJson,
		credentials,
		options,
		mode,
		executionId,
	);
	let resolveDone;
	const done = new Promise((r) => (resolveDone = r));
	hooks.addHandler('workflowExecuteAfter', (run) => resolveDone(run));
	const start = workflow.getNode(options.startNode ?? workflowJson.nodes[0].name);
	const runExecutionData = {
		resultData: { runData: {} },
		executionData: {
			metadata: {},
			contextData: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [
				{ node: start, data: { main: [options.inputItems ?? [{ json: {} }]] }, source: null },
			],
		},
	};
	const we = new WorkflowExecute(additionalData, mode, runExecutionData);
	await we.processRunExecutionData(workflow);
	const run = await done;
	return { run, credentialsHelper, staticData: workflow.staticData, workflow };
}

/**
 * One poll of an active workflow, as n8n's ActiveWorkflows does it: the trigger's poll() in a
 * PollContext (mode 'trigger'); when it emits, an execution that starts at the trigger with the
 * emitted items (WorkflowExecute passes a poll node's input through outside manual mode).
 * Static data is shared between the poll and the execution, and carried by the caller from poll
 * to poll as n8n saves it. Returns {emitted (items or null), error, run?, staticData}.
 * @param options {staticData, triggerNode, executionId, activation, pollBudgetMs}
 */
async function pollWorkflow(workflowJson, credentials = {}, options = {}) {
	const triggerName = options.triggerNode ?? workflowJson.nodes[0].name;
	const staticData = options.staticData ?? {};
	const executionId = options.executionId ?? String(Date.now());
	const { workflow, additionalData } = await prepare(
		workflowJson,
		credentials,
		{ ...options, staticData },
		'trigger',
		executionId,
	);
	const node = workflow.getNode(triggerName);
	const context = new PollContext(
		workflow,
		node,
		additionalData,
		'trigger',
		options.activation ?? 'activate',
		undefined,
		undefined,
		undefined,
		undefined,
		undefined,
		options.pollBudgetMs === undefined ? undefined : () => options.pollBudgetMs,
	);
	const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	let emitted;
	try {
		emitted = await nodeType.poll.call(context);
	} catch (error) {
		return { emitted: null, error, staticData };
	}
	if (!emitted) return { emitted: null, staticData };
	const result = await runWorkflow(workflowJson, credentials, {
		...options,
		staticData,
		mode: 'trigger',
		executionId,
		startNode: triggerName,
		inputItems: emitted[0],
	});
	return { emitted: emitted[0], ...result, staticData };
}

/** Output `index` of the last run of node `name`: an array of items. */
function nodeOutput(run, name, index = 0) {
	const runs = run.data.resultData.runData[name];
	if (!runs) return [];
	const main = runs[runs.length - 1].data?.main ?? [];
	return main[index] ?? [];
}

function nodeError(run, name) {
	const runs = run.data.resultData.runData[name];
	return runs?.[runs.length - 1]?.error;
}

/**
 * The request helper a credential's preAuthentication gets (`this.helpers`), on Node's fetch:
 * enough to run the token dance on its own, outside a workflow.
 */
const requestHelper = {
	helpers: {
		httpRequest: async (options) => {
			const auth = options.auth
				? {
						authorization: `Basic ${Buffer.from(`${options.auth.username}:${options.auth.password}`).toString('base64')}`,
					}
				: {};
			const response = await fetch(options.url, {
				method: options.method,
				body: options.body,
				headers: { ...options.headers, ...auth },
				redirect: 'manual',
			});
			return { statusCode: response.status, headers: {}, body: await response.json() };
		},
	},
};

module.exports = {
	runWorkflow,
	pollWorkflow,
	nodeOutput,
	nodeError,
	loadPackage,
	requestHelper,
	PACKAGE_DIR,
};
