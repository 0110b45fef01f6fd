'use strict';
// One measured delivery of `count` records to the sink, in a fresh process.
// usage: node bench/upsert-worker.js <node|bare> <sinkUrl> <count> <batchSize> <concurrency>
const { createGenerator } = require('../sandbox/cxone/generator');

function items(count) {
	const generator = createGenerator({
		seed: 7,
		count,
		endTime: Date.UTC(2026, 10, 20),
		spanMs: 30 * 86_400_000,
	});
	const priorities = ['HIGH', 'MEDIUM', 'LOW'];
	return Array.from({ length: count }, (_, i) => {
		const c = generator.at(i);
		const { kind, ...conversation } = c;
		return {
			json: {
				...conversation,
				urgency: {
					priority: priorities[i % 3],
					score: 0.5,
					sentiment: -0.2,
					keywords: kind === 'urgent' ? ['refund'] : [],
					reasons: [],
				},
			},
		};
	});
}

// What the node sends for each item (the default generic mapping), built the same way here.
function record(json) {
	return {
		external_id: json.id,
		subject: json.subject,
		body: json.body,
		priority: json.urgency.priority,
		sentiment_score: json.urgency.sentiment,
		keywords: json.urgency.keywords,
	};
}

async function bare(url, input, batchSize, concurrency) {
	const batches = [];
	for (let i = 0; i < input.length; i += batchSize)
		batches.push(input.slice(i, i + batchSize).map((item) => record(item.json)));
	let next = 0;
	let delivered = 0;
	const worker = async () => {
		while (next < batches.length) {
			const batch = batches[next++];
			const response = await fetch(`${url}/tickets/batch`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: 'Bearer sink-token' },
				body: JSON.stringify(batch),
			});
			const body = await response.json();
			if (response.status !== 200) throw new Error(`sink answered ${response.status}`);
			delivered += body.results.length;
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return { delivered, requests: batches.length };
}

// The same batches from a node on n8n's engine that does nothing else: every post goes through
// httpRequestWithAuthentication with the package's ticketing credential (the body as bytes, as
// Ticket Batch Upsert sends it). The floor n8n itself puts under a node.
async function minimalNode(url, input, batchSize, concurrency) {
	const { runMinimalNode } = require('./lib/minimal-node');
	const batches = [];
	for (let i = 0; i < input.length; i += batchSize)
		batches.push(input.slice(i, i + batchSize).map((item) => record(item.json)));
	return await runMinimalNode('ticketingApi', sinkCredentials(url), async (request) => {
		let next = 0;
		let delivered = 0;
		const worker = async () => {
			while (next < batches.length) {
				const batch = batches[next++];
				const response = await request({
					method: 'POST',
					url: `${url}/tickets/batch`,
					body: Buffer.from(JSON.stringify(batch)),
					headers: { 'content-type': 'application/json' },
					json: true,
					returnFullResponse: true,
				});
				if (response.statusCode !== 200) throw new Error(`sink answered ${response.statusCode}`);
				delivered += response.body.results.length;
			}
		};
		await Promise.all(Array.from({ length: concurrency }, worker));
		return { delivered, requests: batches.length };
	});
}

function sinkCredentials(url) {
	return { ticketingApi: { baseUrl: url, authType: 'bearer', token: 'sink-token' } };
}

async function viaNode(url, input, batchSize, concurrency) {
	const { runWorkflow, nodeOutput } = require('../harness/engine');
	const { upsertNode, singleNodeWorkflow } = require('../harness/fixtures');
	const node = upsertNode({ batchSize, options: { concurrency } });
	const { run } = await runWorkflow(singleNodeWorkflow(node), sinkCredentials(url), {
		inputItems: input,
	});
	if (run.status !== 'success') throw new Error(JSON.stringify(run.data.resultData.error));
	const failed = nodeOutput(run, node.name, 1).length;
	if (failed) throw new Error(`${failed} records failed`);
	return {
		delivered: nodeOutput(run, node.name, 0).length,
		requests: nodeOutput(run, node.name, 2).at(-1).json.requests,
	};
}

async function main() {
	const [mode, url, count, batchSize, concurrency] = process.argv.slice(2);
	const run = { node: viaNode, bare, minimal: minimalNode }[mode];
	await run(url, items(200), Number(batchSize), Number(concurrency));
	await fetch(`${url}/__sink/reset`, { method: 'POST' });
	const input = items(Number(count));
	const started = performance.now();
	const result = await run(url, input, Number(batchSize), Number(concurrency));
	const ms = performance.now() - started;
	const stats = await (await fetch(`${url}/__sink/stats`)).json();
	await fetch(`${url}/__sink/reset`, { method: 'POST' });
	process.stdout.write(`${JSON.stringify({ mode, ms, ...result, creates: stats.creates })}\n`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
