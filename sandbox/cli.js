#!/usr/bin/env node
'use strict';
// node sandbox/cli.js [--port 4010] [--conversations 1000] [--seed 42] [--token-ttl 3600]
//   [--tickets [--tickets-port 4011]]  also start the ticket sink (sandbox/ticketing)
//   [--stream-per-second N [--stream-seconds 3600]]  new conversations keep appearing: N a second
//     for that long, after the --conversations that exist at start
const { startSandbox } = require('./index');
const { startTicketSink, describeAuth, HUBSPOT_PATH } = require('./ticketing');

function parseArgs(argv) {
	const names = {
		'--port': 'port',
		'--conversations': 'conversations',
		'--seed': 'seed',
		'--token-ttl': 'tokenTtlSeconds',
		'--retention-days': 'retentionDays',
		'--dfo-page-size': 'dfoPageSize',
		'--dfo-scan-limit': 'dfoScanLimit',
		'--tickets-port': 'ticketsPort',
		'--stream-per-second': 'streamPerSecond',
		'--stream-seconds': 'streamSeconds',
	};
	const options = { port: 4010, conversations: 1000 };
	for (let k = 0; k < argv.length; k++) {
		const [flag, inline] = argv[k].split('=');
		if (flag === '--help' || flag === '-h') {
			console.log(
				`usage: node sandbox/cli.js ${Object.keys(names)
					.map((n) => `[${n} N]`)
					.join(' ')} [--tickets]`,
			);
			process.exit(0);
		}
		if (flag === '--tickets') {
			options.tickets = true;
			continue;
		}
		if (!names[flag]) throw new Error(`Unknown option ${flag}`);
		const value = Number(inline ?? argv[++k]);
		if (!Number.isFinite(value)) throw new Error(`${flag} needs a number`);
		options[names[flag]] = value;
	}
	return options;
}

async function startTickets(options) {
	const port = options.ticketsPort ?? (options.port ? options.port + 1 : 0);
	const sink = await startTicketSink({ port });
	console.log(`
Ticket sink listening on ${sink.url}
  generic        POST|PUT ${sink.genericUrl}  (JSON array, upsert by external_id)
  generic auth   ${describeAuth(sink.auth)}
  HubSpot-like   POST ${sink.url}${HUBSPOT_PATH}
  HubSpot auth   Authorization: Bearer ${sink.hubspotToken}
  Admin          GET ${sink.url}/__sink/stats, POST /__sink/faults, POST /__sink/reset, GET /__sink/tickets`);
	return sink;
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const { tickets, ticketsPort, ...sandboxOptions } = options;
	const sandbox = await startSandbox(sandboxOptions);
	const { v2, dfo } = sandbox.clients;
	const streaming = options.streamPerSecond
		? `, ${options.conversations} now and ${options.streamPerSecond} new a second`
		: '';
	console.log(`CXone sandbox listening on ${sandbox.url} (${sandbox.generator.count} conversations${streaming})

v2 (Conversations API v2)
  token URL      ${sandbox.url}/oauth2/token
  API base       ${sandbox.url}/api/v2
  client id      ${v2.clientId}
  client secret  ${v2.clientSecret}
  scopes         ${v2.scopes.join(' ')}

dfo (Digital Engagement DFO 3.0)
  discovery      ${sandbox.url}/.well-known/openid-configuration
  token URL      ${sandbox.url}/auth/token
  API base       ${sandbox.url}/dfo/3.0
  client id      ${dfo.clientId}
  client secret  ${dfo.clientSecret}
  access key id  ${dfo.accessKeyId}
  access secret  ${dfo.accessKeySecret}
  tenant id      ${sandbox.tenantId}

Admin: GET ${sandbox.url}/__sandbox/stats, POST /__sandbox/faults, POST /__sandbox/reset`);
	const sink = tickets ? await startTickets(options) : null;
	console.log('Ctrl-C to stop.');
	const stop = () =>
		Promise.all([sandbox.close(), sink && sink.close()]).then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((err) => {
	console.error(err.message);
	process.exit(1);
});
