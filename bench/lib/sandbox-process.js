'use strict';
// Runs the sandbox in its own process so that server work does not share the event loop (or the
// RSS) of what is being measured.
const { spawn } = require('node:child_process');
const path = require('node:path');

function startSandboxProcess(args = []) {
	const child = spawn(
		process.execPath,
		[path.join(__dirname, '../../sandbox/cli.js'), '--port', '0', ...args],
		{
			stdio: ['ignore', 'pipe', 'inherit'],
		},
	);
	return new Promise((resolve, reject) => {
		let out = '';
		child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${out}`)));
		child.stdout.on('data', (chunk) => {
			out += chunk;
			const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
			if (match) {
				child.stdout.removeAllListeners('data');
				child.stdout.resume();
				child.removeAllListeners('exit');
				resolve({ url: match[1], stop: () => child.kill('SIGTERM') });
			}
		});
	});
}

async function v2Token(url, clientId = 'sandbox-client', clientSecret = 'sandbox-secret-v2') {
	const response = await fetch(`${url}/oauth2/token`, {
		method: 'POST',
		headers: {
			authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
			'content-type': 'application/x-www-form-urlencoded',
		},
		body: 'grant_type=client_credentials',
	});
	return (await response.json()).access_token;
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

module.exports = { startSandboxProcess, v2Token, median };
