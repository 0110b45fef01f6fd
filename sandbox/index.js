'use strict';
// startSandbox(): the CXone simulator on 127.0.0.1 (never any other interface).
const { listenLoopback } = require('./lib/http');
const { createCXoneHandler, DEFAULT_CLIENTS } = require('./cxone');
const { createGenerator, conversationAt } = require('./cxone/generator');

async function startSandbox(options = {}) {
	const sandbox = createCXoneHandler(options);
	const { server, port, url, close } = await listenLoopback(sandbox.handler, options.port ?? 0);
	sandbox.ctx.url = url;
	return {
		url,
		port,
		server,
		generator: sandbox.generator,
		faults: sandbox.faults,
		get stats() {
			return sandbox.stats();
		},
		reset: sandbox.reset,
		expectedIds: sandbox.expectedIds,
		dfo: sandbox.ctx.dfo,
		live: sandbox.live,
		clients: sandbox.ctx.clients,
		tenantId: sandbox.ctx.tenantId,
		expireTokens: () => sandbox.ctx.auth.expireAll(),
		close,
	};
}

module.exports = {
	startSandbox,
	createCXoneHandler,
	createGenerator,
	conversationAt,
	DEFAULT_CLIENTS,
};
