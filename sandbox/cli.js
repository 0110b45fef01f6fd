#!/usr/bin/env node
'use strict';
// node sandbox/cli.js [--port 4010] [--conversations 1000] [--seed 42] [--token-ttl 3600]
const { startSandbox } = require('./index');

function parseArgs(argv) {
	const names = {
		'--port': 'port',
		'--conversations': 'conversations',
		'--seed': 'seed',
		'--token-ttl': 'tokenTtlSeconds',
		'--retention-days': 'retentionDays',
		'--dfo-page-size': 'dfoPageSize',
	};
	const options = { port: 4010, conversations: 1000 };
	for (let k = 0; k < argv.length; k++) {
		const [flag, inline] = argv[k].split('=');
		if (flag === '--help' || flag === '-h') {
			console.log(
				`usage: node sandbox/cli.js ${Object.keys(names)
					.map((n) => `[${n} N]`)
					.join(' ')}`,
			);
			process.exit(0);
		}
		if (!names[flag]) throw new Error(`Unknown option ${flag}`);
		const value = Number(inline ?? argv[++k]);
		if (!Number.isFinite(value)) throw new Error(`${flag} needs a number`);
		options[names[flag]] = value;
	}
	return options;
}

async function main() {
	const sandbox = await startSandbox(parseArgs(process.argv.slice(2)));
	const { v2, dfo } = sandbox.clients;
	console.log(`CXone sandbox listening on ${sandbox.url} (${sandbox.generator.count} conversations)

Flavour A (Conversations API v2)
  token URL      ${sandbox.url}/oauth2/token
  API base       ${sandbox.url}/api/v2
  client id      ${v2.clientId}
  client secret  ${v2.clientSecret}
  scopes         ${v2.scopes.join(' ')}

Flavour B (Digital Engagement DFO 3.0)
  discovery      ${sandbox.url}/.well-known/openid-configuration
  token URL      ${sandbox.url}/auth/token
  API base       ${sandbox.url}/dfo/3.0
  client id      ${dfo.clientId}
  client secret  ${dfo.clientSecret}
  access key id  ${dfo.accessKeyId}
  access secret  ${dfo.accessKeySecret}
  tenant id      ${sandbox.tenantId}

Admin: GET ${sandbox.url}/__sandbox/stats, POST /__sandbox/faults, POST /__sandbox/reset
Ctrl-C to stop.`);
	const stop = () => sandbox.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((err) => {
	console.error(err.message);
	process.exit(1);
});
