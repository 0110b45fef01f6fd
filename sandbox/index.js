'use strict';
// startSandbox(): the CXone simulator on 127.0.0.1 (never any other interface).
const http = require('node:http');
const { createCxoneHandler, DEFAULT_CLIENTS } = require('./cxone');
const { createGenerator, conversationAt } = require('./generator');

async function startSandbox(options = {}) {
	const sandbox = createCxoneHandler(options);
	const server = http.createServer({ keepAliveTimeout: 30000 }, sandbox.handler);
	const sockets = new Set();
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', resolve);
	});
	const { port } = server.address();
	const url = `http://127.0.0.1:${port}`;
	sandbox.ctx.url = url;
	let closing = null;
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
		clients: sandbox.ctx.clients,
		tenantId: sandbox.ctx.tenantId,
		expireTokens: () => sandbox.ctx.auth.expireAll(),
		close() {
			closing ??= new Promise((resolve) => {
				server.close(() => resolve());
				for (const socket of sockets) socket.destroy();
			});
			return closing;
		},
	};
}

module.exports = {
	startSandbox,
	createCxoneHandler,
	createGenerator,
	conversationAt,
	DEFAULT_CLIENTS,
};
