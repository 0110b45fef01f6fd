'use strict';
// bench:fetch: 100,000 conversations in pages of 100 from the sandbox over loopback, fetched by
// "CXone: Get Conversations" on n8n's engine and by a bare loop with Node's fetch, side by side in
// one run (alternating, each run in a fresh process). Prints the time ratio, requests per second and
// peak RSS per 10k conversations; memory is measured at several sizes to show it is linear.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { startSandboxProcess, median } = require('./lib/sandbox-process');

const args = process.argv.slice(2);
const COUNT = Number(args[args.indexOf('--count') + 1] || 100_000) || 100_000;
const PAGE = 100;
const ROUNDS = Number(args[args.indexOf('--rounds') + 1] || 5) || 5;

function measure(mode, url, count) {
	const out = execFileSync(
		process.execPath,
		[
			'--expose-gc',
			path.join(__dirname, 'fetch-worker.js'),
			mode,
			url,
			String(count),
			String(PAGE),
		],
		{
			env: { ...process.env, N8N_LOG_LEVEL: 'error' },
			stdio: ['ignore', 'pipe', 'inherit'],
			maxBuffer: 1 << 20,
		},
	).toString();
	return JSON.parse(out.trim().split('\n').at(-1));
}

async function main() {
	const sandbox = await startSandboxProcess(['--conversations', String(COUNT), '--seed', '42']);
	try {
		measure('bare', sandbox.url, 2000);
		measure('node', sandbox.url, 2000);
		const runs = { node: [], bare: [], helpers: [], minimal: [] };
		for (let round = 0; round < ROUNDS; round++) {
			const order =
				round % 2 ? ['node', 'minimal', 'helpers', 'bare'] : ['bare', 'helpers', 'minimal', 'node'];
			for (const mode of order) runs[mode].push(measure(mode, sandbox.url, COUNT));
		}
		for (const r of [...runs.node, ...runs.bare, ...runs.helpers, ...runs.minimal])
			if (r.items !== COUNT) throw new Error(`${r.mode} fetched ${r.items}, expected ${COUNT}`);
		const nodeMs = median(runs.node.map((r) => r.ms));
		const bareMs = median(runs.bare.map((r) => r.ms));
		const helpersMs = median(runs.helpers.map((r) => r.ms));
		const minimalMs = median(runs.minimal.map((r) => r.ms));
		// The runs of one round are back to back: medians of per-round ratios are steadier than
		// ratios of medians when the machine's speed drifts.
		const perRound = (a, b) => median(runs[a].map((r, i) => r.ms / runs[b][i].ms));
		const ratio = perRound('node', 'bare');
		const rawBytes = runs.bare[0].bytes;
		const requests = runs.node[0].requests;
		const sizes = [COUNT / 10, COUNT / 2, COUNT].map(Math.round);
		const memory = sizes.map((n) => {
			const node = n === COUNT ? runs.node[0] : measure('node', sandbox.url, n);
			const bare = n === COUNT ? runs.bare[0] : measure('bare', sandbox.url, n);
			return {
				n,
				node: (node.peakKb - node.baselineKb) * 1024,
				bare: (bare.peakKb - bare.baselineKb) * 1024,
				nodeHeld: node.heldBytes,
				bareHeld: bare.heldBytes,
				raw: (bare.bytes * n) / bare.items,
			};
		});
		const mb = (b) => (b / 1048576).toFixed(1);
		const per10k = (bytes, n) => mb((bytes / n) * 10_000);
		console.log(
			`\nbench:fetch  ${COUNT} conversations, pages of ${PAGE}, ${requests} requests, raw JSON ${mb(rawBytes)} MB, median of ${ROUNDS} alternating runs`,
		);
		console.log(
			`  node (CXone: Get Conversations on n8n's engine)  ${(nodeMs / 1000).toFixed(2)} s  ${Math.round(requests / (nodeMs / 1000))} req/s  ${Math.round(COUNT / (nodeMs / 1000))} conv/s`,
		);
		console.log(
			`  bare loop (Node fetch + JSON.parse)              ${(bareMs / 1000).toFixed(2)} s  ${Math.round(requests / (bareMs / 1000))} req/s  ${Math.round(COUNT / (bareMs / 1000))} conv/s`,
		);
		console.log(
			`  same loop on n8n's HTTP helpers (axios)          ${(helpersMs / 1000).toFixed(2)} s  ${Math.round(requests / (helpersMs / 1000))} req/s  ${Math.round(COUNT / (helpersMs / 1000))} conv/s`,
		);
		console.log(
			`  minimal node: same loop on n8n's engine, authenticated ${(minimalMs / 1000).toFixed(2)} s  ${Math.round(requests / (minimalMs / 1000))} req/s  ${Math.round(COUNT / (minimalMs / 1000))} conv/s`,
		);
		console.log(
			`  time ratio node / bare loop: ${ratio.toFixed(2)}  (median of per-round ratios; target <= 1.3)`,
		);
		console.log(
			`  split: helpers loop / bare loop ${perRound('helpers', 'bare').toFixed(2)} (n8n's HTTP stack); minimal node / bare loop ${perRound('minimal', 'bare').toFixed(2)} (plus n8n's engine and credential handling); node / minimal node ${perRound('node', 'minimal').toFixed(2)} (this node's own work)`,
		);
		console.log('  peak RSS above baseline:');
		for (const m of memory) {
			console.log(
				`    ${String(m.n).padStart(7)} conv: node ${mb(m.node).padStart(6)} MB (${per10k(m.node, m.n)} MB per 10k, ${(m.node / m.raw).toFixed(2)}x raw JSON)   bare ${mb(m.bare).padStart(6)} MB (${(m.bare / m.raw).toFixed(2)}x raw)`,
			);
		}
		console.log(
			'  heap still held after a full garbage collection (what the result costs to keep):',
		);
		for (const m of memory) {
			console.log(
				`    ${String(m.n).padStart(7)} conv: node ${mb(m.nodeHeld).padStart(6)} MB (${(m.nodeHeld / m.raw).toFixed(2)}x raw JSON)   bare ${mb(m.bareHeld).padStart(6)} MB (${(m.bareHeld / m.raw).toFixed(2)}x raw)`,
			);
		}
		const slopeSmall = memory[0].node / memory[0].n;
		const slopeLarge = (memory[2].node - memory[0].node) / (memory[2].n - memory[0].n);
		console.log(
			`  memory per conversation: ${(slopeSmall / 1024).toFixed(2)} KB at ${memory[0].n}, ${(slopeLarge / 1024).toFixed(2)} KB marginal up to ${COUNT} (linear when the two agree; target <= 3x raw JSON)`,
		);
		if (args.includes('--check')) {
			const ok = ratio <= 1.3 && memory[2].node / memory[2].raw <= 3;
			if (!ok) process.exitCode = 1;
		}
	} finally {
		sandbox.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
