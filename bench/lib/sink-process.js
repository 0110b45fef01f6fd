'use strict';
// The ticket sink in its own process, for the upsert benchmark.
const { spawn } = require('node:child_process');
const path = require('node:path');

const SCRIPT = `
const { startTicketSink } = require(${JSON.stringify(path.join(__dirname, '../../sandbox/ticketing'))});
startTicketSink({ maxBodyBytes: 64 * 1024 * 1024 }).then((sink) => console.log('sink listening on ' + sink.url));
`;

function startSinkProcess() {
	const child = spawn(process.execPath, ['-e', SCRIPT], { stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolve, reject) => {
		let out = '';
		child.once('exit', (code) => reject(new Error(`sink exited with ${code}: ${out}`)));
		child.stdout.on('data', (chunk) => {
			out += chunk;
			const match = /sink listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
			if (match) {
				child.removeAllListeners('exit');
				resolve({ url: match[1], stop: () => child.kill('SIGTERM') });
			}
		});
	});
}

module.exports = { startSinkProcess };
