#!/usr/bin/env node
'use strict';
// A stand-in for a Slack incoming webhook on 127.0.0.1: POST /services/<path> with a JSON body
// answers 'ok' as Slack does, and keeps the message. GET /__slack/messages lists them,
// POST /__slack/reset forgets them.
// node scripts/e2e/lib/slack-stub.js [--port 4012]
const http = require('node:http');

function startSlackStub({ port = 0 } = {}) {
	let messages = [];
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const reply = (status, body, type = 'application/json') => {
				res.writeHead(status, { 'Content-Type': type });
				res.end(typeof body === 'string' ? body : JSON.stringify(body));
			};
			const url = req.url || '/';
			if (req.method === 'GET' && url === '/__slack/messages') {
				return reply(200, { count: messages.length, messages });
			}
			if (req.method === 'POST' && url === '/__slack/reset') {
				messages = [];
				return reply(200, { reset: true });
			}
			if (req.method !== 'POST' || !url.startsWith('/services/')) {
				return reply(404, 'no_service', 'text/plain');
			}
			let body;
			try {
				body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
			} catch {
				return reply(400, 'invalid_payload', 'text/plain');
			}
			if (!body || typeof body.text !== 'string' || body.text === '') {
				return reply(400, 'no_text', 'text/plain');
			}
			messages.push({ path: url, contentType: req.headers['content-type'] ?? '', body });
			return reply(200, 'ok', 'text/plain');
		});
	});
	return new Promise((resolve) => {
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			resolve({
				url: `http://127.0.0.1:${address.port}`,
				close: () => new Promise((done) => server.close(done)),
			});
		});
	});
}

module.exports = { startSlackStub };

if (require.main === module) {
	const at = process.argv.indexOf('--port');
	const port = at === -1 ? 4012 : Number(process.argv[at + 1]);
	startSlackStub({ port }).then((stub) => {
		console.log(`Slack stand-in listening on ${stub.url}`);
		const stop = () => stub.close().then(() => process.exit(0));
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	});
}
