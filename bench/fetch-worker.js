'use strict';
// One measured fetch of `count` conversations, in a fresh process, so that its peak RSS is its own.
// usage: node bench/fetch-worker.js <node|bare> <sandboxUrl> <count> <pageSize>
const path = require('node:path');
const { v2Token } = require('./lib/sandbox-process');

const DAY = 86_400_000;

async function bare(url, count, pageSize) {
	const token = await v2Token(url);
	const from = new Date(Date.now() - 31 * DAY).toISOString();
	const to = new Date().toISOString();
	const items = [];
	let cursor = '';
	let bytes = 0;
	let requests = 0;
	do {
		const qs = new URLSearchParams({
			from,
			to,
			limit: String(Math.min(pageSize, count - items.length)),
		});
		if (cursor) qs.set('nextPageToken', cursor);
		const response = await fetch(`${url}/api/v2/conversations?${qs}`, {
			headers: { authorization: `Bearer ${token}` },
		});
		const text = await response.text();
		requests++;
		bytes += Buffer.byteLength(text);
		const page = JSON.parse(text);
		for (const item of page.data) items.push(item);
		cursor = page.nextPageToken;
	} while (cursor && items.length < count);
	return { items: items.length, bytes, requests, held: items };
}

// The same loop through the HTTP stack n8n gives nodes (axios, a new agent per request), without
// validation, normalising, audit or the workflow engine: separates the platform's cost from ours.
async function helperLoop(url, count, pageSize) {
	// The copy of @n8n/backend-network that n8n-core itself loads (it may nest its own version).
	const network = require.resolve('@n8n/backend-network', {
		paths: [path.dirname(require.resolve('n8n-core'))],
	});
	const { httpRequest } = require(network.replace(/index\.js$/, 'http/axios/request.js'));
	const token = await v2Token(url);
	const from = new Date(Date.now() - 31 * DAY).toISOString();
	const to = new Date().toISOString();
	const items = [];
	let cursor = '';
	let requests = 0;
	do {
		const qs = { from, to, limit: Math.min(pageSize, count - items.length) };
		if (cursor) qs.nextPageToken = cursor;
		const response = await httpRequest({
			method: 'GET',
			url: `${url}/api/v2/conversations`,
			qs,
			headers: { authorization: `Bearer ${token}` },
			encoding: 'text',
			returnFullResponse: true,
		});
		requests++;
		const page = JSON.parse(response.body);
		for (const item of page.data) items.push(item);
		cursor = page.nextPageToken;
	} while (cursor && items.length < count);
	return { items: items.length, requests, held: items };
}

async function viaNode(url, count, pageSize) {
	const { runWorkflow, nodeOutput } = require('../test/helpers/harness');
	const { getConversationsNode, singleNodeWorkflow } = require('../test/helpers/fixtures');
	const credentials = {
		cxoneApi: {
			authentication: 'oauth2ClientCredentials',
			environment: url,
			clientId: 'sandbox-client',
			clientSecret: 'sandbox-secret-v2',
			scopes: 'conversations:read',
			accessToken: '',
		},
	};
	const node = getConversationsNode({
		timeRange: 'lastDays',
		days: 31,
		returnAll: false,
		limit: count,
		options: { pageSize },
	});
	const { run } = await runWorkflow(singleNodeWorkflow(node), credentials);
	if (run.status !== 'success') throw new Error(JSON.stringify(run.data.resultData.error));
	const out = nodeOutput(run, node.name, 0);
	const metrics = nodeOutput(run, node.name, 1).at(-1).json;
	return {
		items: out.length,
		requests: metrics.requests,
		audit: nodeOutput(run, node.name, 1).length,
		held: run,
	};
}

async function main() {
	const [mode, url, count, pageSize] = process.argv.slice(2);
	// Warm up (module loading, JIT) before the baseline, so the figures are what the fetch itself
	// costs, as in a long-running n8n.
	const run = { node: viaNode, bare, helpers: helperLoop }[mode];
	await run(url, 300, Number(pageSize));
	global.gc?.();
	const baselineKb = process.resourceUsage().maxRSS;
	const baselineHeap = process.memoryUsage().heapUsed;
	const started = performance.now();
	const cpuBefore = process.cpuUsage();
	const eluBefore = performance.eventLoopUtilization();
	const { held, ...result } = await run(url, Number(count), Number(pageSize));
	const ms = performance.now() - started;
	const cpu = process.cpuUsage(cpuBefore);
	const cpuMs = (cpu.user + cpu.system) / 1000;
	const idleMs = performance.eventLoopUtilization(eluBefore).idle;
	const peakKb = process.resourceUsage().maxRSS;
	// What the result still holds once garbage is collected (the output items, or the bare loop's
	// parsed records), as opposed to the peak, which includes garbage between collections.
	global.gc?.();
	const heldBytes = process.memoryUsage().heapUsed - baselineHeap;
	process.stdout.write(
		`${JSON.stringify({ mode, ms, cpuMs, idleMs, ...result, baselineKb, peakKb, heldBytes, kept: held !== undefined })}\n`,
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
