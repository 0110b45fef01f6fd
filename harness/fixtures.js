'use strict';
// Workflow and credential fixtures shared by workflow tests, benchmarks and the demo.
const PKG = 'n8n-nodes-cxone-social-inbox';

function v2Credentials(sandbox, overrides = {}) {
	const c = sandbox.clients.v2;
	return {
		cxoneApi: {
			authentication: 'oauth2ClientCredentials',
			environment: sandbox.url,
			tokenUrl: '',
			clientId: c.clientId,
			clientSecret: c.clientSecret,
			scopes: 'conversations:read social:read',
			accessToken: '',
			resolvedBaseUrl: '',
			...overrides,
		},
	};
}

function dfoCredentials(sandbox, overrides = {}) {
	const c = sandbox.clients.dfo;
	return {
		cxoneApi: {
			authentication: 'accessKey',
			clientId: c.clientId,
			clientSecret: c.clientSecret,
			accessKeyId: c.accessKeyId,
			accessKeySecret: c.accessKeySecret,
			issuer: sandbox.url,
			digitalApiBaseUrl: `${sandbox.url}/dfo/3.0`,
			accessToken: '',
			resolvedBaseUrl: '',
			...overrides,
		},
	};
}

function secretsOf(credentials) {
	const c = credentials.cxoneApi ?? {};
	return [c.clientSecret, c.accessKeySecret, ...(credentials.persistedTokens ?? [])].filter(
		Boolean,
	);
}

function getConversationsNode(parameters = {}, name = 'CXone: Get Conversations') {
	return {
		id: 'n-cxone',
		name,
		type: `${PKG}.cxone`,
		typeVersion: 1,
		position: [200, 0],
		parameters: { resource: 'conversation', operation: 'getConversations', ...parameters },
		credentials: { cxoneApi: { id: 'cred-1', name: 'CXone sandbox' } },
	};
}

/**
 * The parameters with Audit Detail "Per Record" (one Audit item per record), unless they set it:
 * for tests that count or read audit events one item each.
 */
function perRecordAudit(parameters = {}) {
	const options = parameters.options ?? {};
	return { ...parameters, options: { auditDetail: 'record', ...options } };
}

function singleNodeWorkflow(node) {
	return { nodes: [node], connections: {} };
}

module.exports = {
	PKG,
	v2Credentials,
	dfoCredentials,
	secretsOf,
	getConversationsNode,
	singleNodeWorkflow,
	perRecordAudit,
};

function upsertNode(parameters = {}, name = 'Ticket Batch Upsert') {
	const target = parameters.target ?? 'generic';
	return {
		id: 'n-upsert',
		name,
		type: `${PKG}.ticketBatchUpsert`,
		typeVersion: 1,
		position: [600, 0],
		parameters: {
			target,
			...(target === 'generic'
				? { authentication: 'ticketingApi', url: '/tickets/batch', method: 'POST' }
				: {}),
			...parameters,
		},
		credentials:
			target === 'hubspot'
				? { hubSpotTicketsApi: { id: 'cred-3', name: 'HubSpot sandbox' } }
				: { ticketingApi: { id: 'cred-2', name: 'Ticket sink' } },
	};
}

function sinkCredentials(sink, overrides = {}) {
	return {
		ticketingApi: {
			baseUrl: sink.url,
			authType: 'bearer',
			token: 'sink-token',
			testPath: '/',
			...overrides,
		},
		hubSpotTicketsApi: { accessToken: 'pat-sandbox-hubspot', baseUrl: sink.url },
	};
}

/** nodes in order, each node's first output wired to the next node's input. */
function chain(...nodes) {
	const connections = {};
	for (let i = 0; i < nodes.length - 1; i++) {
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	}
	return { nodes, connections };
}

module.exports.upsertNode = upsertNode;
module.exports.sinkCredentials = sinkCredentials;
module.exports.chain = chain;

function triggerNode(parameters = {}, name = 'CXone Trigger') {
	return {
		id: 'n-cxone-trigger',
		name,
		type: `${PKG}.cxoneTrigger`,
		typeVersion: 1,
		position: [0, 0],
		parameters: {
			pollTimes: { item: [{ mode: 'everyMinute' }] },
			event: 'newConversation',
			...parameters,
		},
		credentials: { cxoneApi: { id: 'cred-1', name: 'CXone sandbox' } },
	};
}

module.exports.triggerNode = triggerNode;
