'use strict';
// bench:upsert: 100,000 records to the ticket sink, batches of 50, with 1 and 4 batches in flight,
// by "Ticket Batch Upsert" on n8n's engine and by a bare loop posting the same batches with Node's
// fetch, side by side in one run (alternating, each run in a fresh process).
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { startSinkProcess } = require('./lib/sink-process');
const { median } = require('./lib/sandbox-process');

const args = process.argv.slice(2);
const COUNT = Number(args[args.indexOf('--count') + 1] || 100_000) || 100_000;
const ROUNDS = Number(args[args.indexOf('--rounds') + 1] || 5) || 5;
const BATCH = 50;

function measure(mode, url, concurrency) {
	const out = execFileSync(
		process.execPath,
		[
			path.join(__dirname, 'upsert-worker.js'),
			mode,
			url,
			String(COUNT),
			String(BATCH),
			String(concurrency),
		],
		{
			env: { ...process.env, N8N_LOG_LEVEL: 'error' },
			stdio: ['ignore', 'pipe', 'inherit'],
		},
	).toString();
	const result = JSON.parse(out.trim().split('\n').at(-1));
	if (result.delivered !== COUNT || result.creates !== COUNT)
		throw new Error(
			`${mode}: delivered ${result.delivered}, sink created ${result.creates}, expected ${COUNT}`,
		);
	return result;
}

async function main() {
	const sink = await startSinkProcess();
	let failed = false;
	try {
		console.log(
			`\nbench:upsert  ${COUNT} records, batches of ${BATCH}, median of ${ROUNDS} alternating runs`,
		);
		for (const concurrency of [1, 4]) {
			const runs = { node: [], bare: [], minimal: [] };
			for (let round = 0; round < ROUNDS; round++) {
				for (const mode of round % 2 ? ['node', 'minimal', 'bare'] : ['bare', 'minimal', 'node'])
					runs[mode].push(measure(mode, sink.url, concurrency));
			}
			const nodeMs = median(runs.node.map((r) => r.ms));
			const bareMs = median(runs.bare.map((r) => r.ms));
			// Each round's two runs are back to back: the median of their ratios is steadier than the
			// ratio of medians when the machine's speed drifts.
			const ratio = median(runs.node.map((r, i) => r.ms / runs.bare[i].ms));
			const rate = (ms) => Math.round(COUNT / (ms / 1000));
			console.log(
				`  concurrency ${concurrency}: node ${(nodeMs / 1000).toFixed(2)} s (${rate(nodeMs)} records/s)   bare loop ${(bareMs / 1000).toFixed(2)} s (${rate(bareMs)} records/s)   ratio node / bare ${ratio.toFixed(2)} (median of per-round ratios; target <= 1.2)`,
			);
			const minimalMs = median(runs.minimal.map((r) => r.ms));
			const perRound = (a, b) => median(runs[a].map((r, i) => r.ms / runs[b][i].ms));
			console.log(
				`      minimal node (same posts on n8n's engine, authenticated) ${(minimalMs / 1000).toFixed(2)} s (${rate(minimalMs)} records/s): minimal / bare ${perRound('minimal', 'bare').toFixed(2)} (n8n's engine, credential handling and HTTP stack), node / minimal ${perRound('node', 'minimal').toFixed(2)} (this node's own work)`,
			);
			if (ratio > 1.2) failed = true;
		}
		if (args.includes('--check') && failed) process.exitCode = 1;
	} finally {
		sink.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
