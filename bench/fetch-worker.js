'use strict';
// One measured fetch of `count` conversations, in a fresh process, so that its peak RSS is its own.
// usage: node bench/fetch-worker.js <node|bare|helpers|minimal> <sandboxUrl> <count> <pageSize>
const path = require('node:path');
const { v2Token } = require('./lib/sandbox-process');

const DAY = 86_400_000;

/**
 * The loop every baseline runs: request pages until the cursor runs out, parse them, keep the
 * records. `getPage(qs)` resolves to a page's text; only the bare loop counts bytes (raw JSON size).
 */
async function collect(getPage, count, pageSize, countBytes = false) {
	const from = new Date(Date.now() - 31 * DAY).toISOString();
	const to = new Date().toISOString();
	const items = [];
	let cursor = '';
	let bytes = 0;
	let requests = 0;
	do {
		const qs = { from, to, limit: String(Math.min(pageSize, count - items.length)) };
		if (cursor) qs.nextPageToken = cursor;
		const text = await getPage(qs);
		requests++;
		if (countBytes) bytes += Buffer.byteLength(text);
		const page = JSON.parse(text);
		for (const item of page.data) items.push(item);
		cursor = page.nextPageToken;
	} while (cursor && items.length < count);
	return { items: items.length, ...(countBytes ? { bytes } : {}), requests, held: items };
}

async function bare(url, count, pageSize) {
	const token = await v2Token(url);
	const getPage = async (qs) => {
		const response = await fetch(`${url}/api/v2/conversations?${new URLSearchParams(qs)}`, {
			headers: { authorization: `Bearer ${token}` },
		});
		return await response.text();
	};
	return await collect(getPage, count, pageSize, true);
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
	const getPage = async (qs) => {
		const response = await httpRequest({
			method: 'GET',
			url: `${url}/api/v2/conversations`,
			qs,
			headers: { authorization: `Bearer ${token}` },
			encoding: 'text',
			returnFullResponse: true,
		});
		return response.body;
	};
	return await collect(getPage, count, pageSize);
}

// The same loop again, in a node on n8n's engine that does nothing else: adds n8n's engine and
// credential handling (httpRequestWithAuthentication, the token in preAuthentication) to the above.
async function minimalNode(url, count, pageSize) {
	const { runMinimalNode } = require('./lib/minimal-node');
	return await runMinimalNode('cxoneApi', cxoneCredentials(url), async (request) => {
		const getPage = async (qs) => {
			const response = await request({
				method: 'GET',
				url: '/api/v2/conversations',
				qs,
				encoding: 'text',
				returnFullResponse: true,
			});
			return response.body;
		};
		return await collect(getPage, count, pageSize);
	});
}

function cxoneCredentials(url) {
	return {
		cxoneApi: {
			authentication: 'oauth2ClientCredentials',
			environment: url,
			clientId: 'sandbox-client',
			clientSecret: 'sandbox-secret-v2',
			scopes: 'conversations:read',
			accessToken: '',
		},
	};
}

async function viaNode(url, count, pageSize) {
	const { runWorkflow, nodeOutput } = require('../harness/engine');
	const { getConversationsNode, singleNodeWorkflow } = require('../harness/fixtures');
	const credentials = cxoneCredentials(url);
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
	const run = { node: viaNode, bare, helpers: helperLoop, minimal: minimalNode }[mode];
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
