'use strict';
// bench:soak: N conversations (default 1,000,000) through Get Conversations, Classify Urgency and
// Ticket Batch Upsert on n8n's engine, against the CXone simulator and the ticket sink (each in its
// own process), with faults injected on both sides about every `--fault-every` requests. Reports
// lost and duplicated records, peak memory (per 10k conversations) and wall time.
//
//   npm run bench:soak -- --conversations 100000 [--page-size 100] [--batch 100]
//     [--concurrency 4] [--fault-every 1000]
const { startSandboxProcess, v2Token } = require('./lib/sandbox-process');
const { startSinkProcess } = require('./lib/sink-process');
const { runWorkflow, nodeOutput, nodeError } = require('../harness/engine');
const {
	PKG,
	v2Credentials,
	getConversationsNode,
	upsertNode,
	sinkCredentials,
	chain,
} = require('../harness/fixtures');

function flag(name, fallback) {
	const args = process.argv.slice(2);
	const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
	if (at < 0) return fallback;
	const value = Number(args[at].includes('=') ? args[at].split('=')[1] : args[at + 1]);
	if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number >= 1`);
	return value;
}

const N = flag('--conversations', 1_000_000);
const PAGE = flag('--page-size', 100);
const BATCH = flag('--batch', 100);
const CONCURRENCY = flag('--concurrency', 4);
const EVERY = flag('--fault-every', 1000);
const DAYS = 31;

// Fault kinds, in rotation. Every one is recoverable by the nodes' retry rules; the CXone side
// answers 500 as final (documented), so the 5xx there are the gateway ones.
const CXONE_FAULTS = [
	{ type: '429', retryAfter: 1 },
	{ type: '429-no-retry-after' },
	{ type: '502' },
	{ type: '503' },
	{ type: '504' },
	{ type: 'reset' },
	{ type: 'malformed-json' },
	{ type: 'slow', delayMs: 300 },
];
const SINK_FAULTS = [
	{ type: '429', retryAfter: 1 },
	{ type: '429-http-date', retryAfter: 1 },
	{ type: '500' },
	{ type: '503' },
	{ type: 'reset' },
	{ type: 'timeout', delayMs: 3000 },
	{ type: '413' },
	{ type: 'accept-then-500' },
	{ type: 'reject-records' },
];

async function post(url, body) {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
	return response.json();
}

/** A few conversation ids of the window, for the sink's per-record rejections. */
async function someIds(sandboxUrl, count) {
	const token = await v2Token(sandboxUrl);
	const from = new Date(Date.now() - DAYS * 86_400_000 + 3_600_000).toISOString();
	const response = await fetch(
		`${sandboxUrl}/api/v2/conversations?limit=${Math.min(1000, count * 10)}&createdFrom=${encodeURIComponent(from)}`,
		{ headers: { authorization: `Bearer ${token}` } },
	);
	const body = await response.json();
	const ids = (body.data ?? body.conversations ?? []).map((c) => c.id).filter(Boolean);
	return ids.filter((_, i) => i % 10 === 0).slice(0, count);
}

async function injectFaults(sandboxUrl, sinkUrl) {
	const cxonePages = Math.ceil(N / PAGE);
	const sinkBatches = Math.ceil(N / BATCH);
	const injected = { cxone: {}, sink: {} };
	for (let k = 0, nth = EVERY; nth <= cxonePages; k++, nth += EVERY) {
		const fault = CXONE_FAULTS[k % CXONE_FAULTS.length];
		await post(`${sandboxUrl}/__sandbox/faults`, { route: 'v2.conversations', nth, ...fault });
		injected.cxone[fault.type] = (injected.cxone[fault.type] ?? 0) + 1;
	}
	const rejectIds = await someIds(sandboxUrl, 20);
	let rejected = 0;
	for (let k = 0, nth = EVERY; nth <= sinkBatches; k++, nth += EVERY) {
		const fault = SINK_FAULTS[k % SINK_FAULTS.length];
		const rule = { route: 'generic', nth, ...fault };
		if (fault.type === 'reject-records') {
			if (rejected >= rejectIds.length) continue;
			// The sink rejects these ids whenever they arrive in the matching request.
			rule.match = [rejectIds[rejected++]];
			rule.times = 'always';
			delete rule.nth;
		}
		await post(`${sinkUrl}/__sink/faults`, rule);
		injected.sink[fault.type] = (injected.sink[fault.type] ?? 0) + 1;
	}
	return injected;
}

async function main() {
	console.log(
		`\nbench:soak  ${N} conversations, pages of ${PAGE}, batches of ${BATCH} (${CONCURRENCY} in flight), a fault about every ${EVERY} requests per side`,
	);
	const sandbox = await startSandboxProcess(['--conversations', String(N)]);
	const sink = await startSinkProcess();
	let peakRss = 0;
	let peakHeap = 0;
	const sample = () => {
		const m = process.memoryUsage();
		peakRss = Math.max(peakRss, m.rss);
		peakHeap = Math.max(peakHeap, m.heapUsed);
	};
	const sampler = setInterval(sample, 100);
	try {
		const injected = await injectFaults(sandbox.url, sink.url);
		const baseRss = process.memoryUsage().rss;
		const get = getConversationsNode({
			timeRange: 'lastDays',
			days: DAYS,
			returnAll: true,
			options: { pageSize: PAGE, maxPages: 1_000_000, maxWaitSeconds: 600 },
		});
		const classify = {
			id: 'n-classify',
			name: 'Classify Urgency',
			type: `${PKG}.classifyUrgency`,
			typeVersion: 1,
			position: [400, 0],
			parameters: {},
		};
		const upsert = upsertNode({
			batchSize: BATCH,
			options: {
				concurrency: CONCURRENCY,
				timeoutSeconds: 2,
				maxWaitSeconds: 600,
				addFields: { field: [{ name: 'source', value: 'cxone' }] },
			},
		});
		const started = Date.now();
		const credentials = {
			...v2Credentials({
				url: sandbox.url,
				clients: { v2: { clientId: 'sandbox-client', clientSecret: 'sandbox-secret-v2' } },
			}),
			...sinkCredentials({ url: sink.url }),
		};
		const { run } = await runWorkflow(chain(get, classify, upsert), credentials);
		const wallMs = Date.now() - started;
		sample();
		for (const name of [get.name, classify.name, upsert.name]) {
			const error = nodeError(run, name);
			if (error) throw new Error(`${name} failed: ${error.message}`);
		}
		const fetched = nodeOutput(run, get.name, 0);
		const succeeded = nodeOutput(run, upsert.name, 0);
		const failed = nodeOutput(run, upsert.name, 1);
		// Lost: a fetched conversation on neither output; duplicated: on both, or twice on one.
		const seen = new Uint8Array(fetched.length);
		for (const item of succeeded) seen[item.pairedItem.item]++;
		for (const item of failed) seen[item.pairedItem.item]++;
		let lost = 0;
		let duplicated = 0;
		for (const n of seen) {
			if (n === 0) lost++;
			if (n > 1) duplicated++;
		}
		const stats = await (await fetch(`${sink.url}/__sink/stats`)).json();
		const tickets = await (await fetch(`${sink.url}/__sink/tickets?fields=external_id,creates`)).json();
		const ids = new Set(fetched.map((i) => i.json.id));
		const byId = new Map((tickets.tickets ?? []).map((t) => [t.external_id, t]));
		// Delivered more than once: a second create of one external id (updates are idempotent).
		const createdTwice = (tickets.tickets ?? []).filter((t) => (t.creates ?? 1) > 1).length;
		const succeededMissing = succeeded.filter((i) => !byId.has(i.json.id)).length;
		const report = {
			conversations: N,
			fetched: fetched.length,
			fetchedDistinct: ids.size,
			succeeded: succeeded.length,
			failed: failed.length,
			failedReasons: [...new Set(failed.map((i) => i.json.delivery.reason))].slice(0, 5),
			lost,
			duplicated,
			sinkTickets: tickets.count,
			sinkCreatedTwice: createdTwice,
			succeededButNotInSink: succeededMissing,
			sinkReplays: stats.replays,
			faultsInjected: injected,
			wallSeconds: +(wallMs / 1000).toFixed(1),
			peakRssMb: Math.round(peakRss / 2 ** 20),
			peakHeapMb: Math.round(peakHeap / 2 ** 20),
			rssGrowthMbPer10k: +((peakRss - baseRss) / 2 ** 20 / (N / 10_000)).toFixed(1),
			heapMbPer10k: +(peakHeap / 2 ** 20 / (N / 10_000)).toFixed(1),
		};
		console.log(JSON.stringify(report, null, 2));
		const ok =
			lost === 0 &&
			duplicated === 0 &&
			fetched.length === N &&
			ids.size === N &&
			createdTwice === 0 &&
			succeededMissing === 0;
		console.log(ok ? 'soak: OK (0 lost, 0 duplicated)' : 'soak: FAILED');
		if (!ok) process.exitCode = 1;
	} finally {
		clearInterval(sampler);
		sandbox.stop();
		sink.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
