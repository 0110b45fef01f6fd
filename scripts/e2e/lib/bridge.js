#!/usr/bin/env node
'use strict';
// A byte-for-byte stream forwarder between a TCP port and a unix socket, used by scripts/n8n.js to
// make the editor inside the loopback-only network namespace reachable from this machine.
//
// A network namespace separates network interfaces, not the file system: a unix socket created by
// a process inside the namespace can be connected to from outside it. So one forwarder runs inside
// (listens on the unix socket, connects to 127.0.0.1:<port> there) and one outside (listens on
// 127.0.0.1:<port> of the host, connects to the unix socket). Connections only go host -> namespace;
// the namespace keeps loopback as its only interface and has no route anywhere.
//
// node scripts/e2e/lib/bridge.js --unix <socket path> --tcp <host:port>   (listen unix, connect tcp)
const fs = require('node:fs');
const net = require('node:net');

/**
 * Listens on `listen` ({ path } or { host, port }) and pipes every connection to `connect`.
 * Resolves with the server once it listens.
 */
function forward({ listen, connect }) {
	const server = net.createServer((client) => {
		const upstream = net.connect(connect);
		const close = () => {
			client.destroy();
			upstream.destroy();
		};
		client.on('error', close);
		upstream.on('error', close);
		client.pipe(upstream);
		upstream.pipe(client);
	});
	if (listen.path) {
		try {
			fs.unlinkSync(listen.path);
		} catch {
			// not there: fine
		}
	}
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(listen, () => {
			if (listen.path) fs.chmodSync(listen.path, 0o600);
			resolve(server);
		});
	});
}

module.exports = { forward };

if (require.main === module) {
	const arg = (name) => {
		const at = process.argv.indexOf(name);
		if (at === -1 || !process.argv[at + 1]) throw new Error(`${name} is required`);
		return process.argv[at + 1];
	};
	const socketPath = arg('--unix');
	const [host, port] = arg('--tcp').split(':');
	forward({ listen: { path: socketPath }, connect: { host, port: Number(port) } }).then(
		(server) => {
			console.log(`forwarding ${socketPath} -> ${host}:${port}`);
			// Open connections (keep-alive, the editor's websocket) would hold server.close() up.
			const stop = () => {
				server.close();
				process.exit(0);
			};
			process.on('SIGTERM', stop);
			process.on('SIGINT', stop);
		},
		(error) => {
			console.error(`bridge: ${error.message}`);
			process.exit(1);
		},
	);
}
