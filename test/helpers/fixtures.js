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
	return [c.clientSecret, c.accessKeySecret, ...(credentials.persistedTokens ?? [])].filter(Boolean);
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

function singleNodeWorkflow(node) {
	return { nodes: [node], connections: {} };
}

module.exports = { PKG, v2Credentials, dfoCredentials, secretsOf, getConversationsNode, singleNodeWorkflow };
