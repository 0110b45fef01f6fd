#!/usr/bin/env node
'use strict';
// npm run demo: the example workflow (examples/social-inbox-triage.json) on a machine without a
// CXone tenant. The CXone simulator and the ticket sink listen on 127.0.0.1 (random ports); the
// example's three package nodes run on n8n's engine in-process, as one scheduled execution.
//
//   node scripts/demo.js [--conversations N] [--seed S]
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, '.demo');
const AUDIT_FILE = path.join(OUT_DIR, 'audit.jsonl');

/**
 * n8n-core keeps a user folder with an encryption key: give it a throwaway one (never the home
 * directory). Call before n8n-core is loaded; returns the folder to remove afterwards.
 */
function throwawayN8nUserFolder() {
	process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
	if (process.env.N8N_USER_FOLDER) return undefined;
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cxone-demo-n8n-'));
	process.env.N8N_USER_FOLDER = folder;
	process.env.N8N_ENCRYPTION_KEY ??= crypto.randomBytes(24).toString('hex');
	return folder;
}

const HOUR = 3_600_000;

function parseArgs(argv) {
	const options = { conversations: 2000, seed: 7 };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const value = () => inline ?? argv[++i];
		if (flag === '--conversations' || flag === '-n') options.conversations = Number(value());
		else if (flag === '--seed') options.seed = Number(value());
		else if (flag === '--help' || flag === '-h') options.help = true;
		else throw new Error(`unknown argument ${argv[i]} (try --help)`);
	}
	if (!Number.isInteger(options.conversations) || options.conversations < 1) {
		throw new Error('--conversations: give a whole number of at least 1');
	}
	if (!Number.isInteger(options.seed)) throw new Error('--seed: give a whole number');
	return options;
}

const int = (n) => n.toLocaleString('en-US');
/** `2,000 batches`, `1 batch`. */
const count = (n, one, many = `${one}s`) => `${int(n)} ${n === 1 ? one : many}`;
/** Whitespace collapsed; the first `max` characters, with an ellipsis when there was more. */
const oneLine = (text, max) => {
	const flat = String(text ?? '')
		.replace(/\s+/g, ' ')
		.trim();
	return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};
const API_NAMES = {
	'conversations-v2': 'Conversations API v2',
	dfo: 'Digital Engagement API (DFO 3.0)',
};

function missingBuild() {
	const needed = [
		'dist/nodes/CXone/Cxone.node.js',
		'dist/nodes/ClassifyUrgency/ClassifyUrgency.node.js',
		'dist/nodes/TicketBatchUpsert/TicketBatchUpsert.node.js',
	];
	return needed.filter((file) => !fs.existsSync(path.join(ROOT, file)));
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	if (options.help) {
		console.log('usage: npm run demo -- [--conversations N] [--seed S]');
		return 0;
	}
	const missing = missingBuild();
	if (missing.length) {
		console.error(
			`demo: ${missing.join(', ')} missing; run \`npm run build\` first (npm run demo does).`,
		);
		return 1;
	}

	const userFolder = throwawayN8nUserFolder();
	const { startSandbox } = require('../sandbox');
	const { startTicketSink } = require('../sandbox/ticketing');
	const { verifyAuditTrail, GENESIS_HASH } = require('..');
	const {
		runPipeline,
		loadExample,
		writeAuditFile,
		readAuditFile,
		PACKAGE_TYPES,
	} = require('../harness/pipeline');

	const example = loadExample();
	const lookbackHours =
		example.nodes.find((n) => n.type === PACKAGE_TYPES.get)?.parameters.initialLookbackHours ?? 24;
	// Conversations spread over the first sync's look-back window (3 days in the example), ending a
	// minute ago.
	const end = Date.now() - 60_000;
	const spanMs = lookbackHours * HOUR - 5 * 60_000;

	let sandbox;
	let sink;
	try {
		sandbox = await startSandbox({
			conversations: options.conversations,
			seed: options.seed,
			endTime: end,
			spanMs,
		});
		sink = await startTicketSink({});

		const staticData = {};
		const r = await runPipeline({ sandbox, sink, staticData, executionId: 'demo-1', example });
		if (r.status !== 'success') {
			throw new Error(
				`the execution ended "${r.status}": ${r.errors.join('; ') || 'see the run data'}`,
			);
		}

		// Audit trail: every Audit output item, one JSON line each, then read back and verified.
		writeAuditFile(AUDIT_FILE, r.audit);
		const stored = readAuditFile(AUDIT_FILE).sort((a, b) => a.seq - b.seq);
		const verification = verifyAuditTrail(stored, GENESIS_HASH);
		if (!verification.valid) {
			throw new Error(
				`audit trail did not verify at record ${verification.brokenAt}: ${verification.reason}`,
			);
		}

		const counts = { HIGH: 0, MEDIUM: 0, LOW: 0 };
		for (const item of r.classified) counts[item.json.urgency.priority] += 1;
		const mostUrgent = [...r.classified]
			.map((item) => item.json)
			.sort(
				(a, b) => b.urgency.score - a.urgency.score || a.urgency.sentiment - b.urgency.sentiment,
			)
			.slice(0, 5);
		const sinkStats = sink.stats;
		const tickets = sink.tickets();
		const upsertMetrics = r.metrics.upsert ?? {};
		const fetchMetrics = r.metrics.get ?? {};
		const watermark = r.audit.find(
			(e) => e.action === 'WATERMARK_ADVANCED' || e.action === 'WATERMARK_HELD',
		);
		const total = r.classified.length || 1;
		const pct = (n) => `${((100 * n) / total).toFixed(1)}%`;

		const lines = [];
		lines.push('CXone social inbox triage: demo run of examples/social-inbox-triage.json');
		lines.push('');
		lines.push(
			`Fetched        ${count(r.fetched.length, 'conversation')} from the simulated CXone ${API_NAMES[fetchMetrics.api] ?? fetchMetrics.api} (${sandbox.url}),`,
		);
		lines.push(
			`               Since Last Successful Sync, first run: last ${lookbackHours} h; ${count(fetchMetrics.pages ?? 0, 'page')}, ${count(fetchMetrics.requests ?? 0, 'request')}`,
		);
		lines.push(
			`Classified     HIGH ${int(counts.HIGH)} (${pct(counts.HIGH)})   MEDIUM ${int(counts.MEDIUM)} (${pct(counts.MEDIUM)})   LOW ${int(counts.LOW)} (${pct(counts.LOW)})`,
		);
		lines.push('');
		lines.push('Most urgent');
		mostUrgent.forEach((c, i) => {
			const terms = c.urgency.keywords.length ? c.urgency.keywords.join(', ') : '-';
			lines.push(
				`  ${i + 1}. [${c.urgency.score.toFixed(3)}] ${oneLine(c.subject || '(no subject)', 70)}  (${c.channel})`,
			);
			lines.push(`     terms: ${terms}; sentiment ${c.urgency.sentiment.toFixed(2)}`);
			lines.push(`     "${oneLine(c.body, 80)}"`);
		});
		lines.push('');
		lines.push(
			`HIGH branch    ${count(r.high.length, 'conversation')} for the Slack alert (Filter: priority == HIGH)`,
		);
		lines.push(
			"               n8n's Schedule, Filter and Slack nodes are not in the in-process engine: this branch is the Filter's condition applied to the Classify output",
		);
		lines.push('');
		lines.push(
			`Tickets        sink (${sink.url}): ${count(tickets.size, 'ticket')}, ${int(sinkStats.creates)} created, ${int(sinkStats.updates)} updated, ${count(sinkStats.batches, 'batch', 'batches')}`,
		);
		lines.push(
			`               node metrics: ${int(upsertMetrics.created ?? 0)} created, ${int(upsertMetrics.updated ?? 0)} updated, ${int(upsertMetrics.failed ?? 0)} failed, ${count(upsertMetrics.batches ?? 0, 'batch', 'batches')}, ${count(upsertMetrics.retries ?? 0, 'retry', 'retries')}`,
		);
		if (watermark) {
			lines.push(
				`               sync watermark: ${watermark.action === 'WATERMARK_ADVANCED' ? 'advanced to' : 'held at'} ${watermark.watermark}`,
			);
		}
		lines.push('');
		lines.push(
			`Audit trail    ${path.relative(process.cwd(), AUDIT_FILE) || AUDIT_FILE}: ${int(stored.length)} records from ${new Set(stored.map((e) => e.actor.nodeName)).size} nodes, hash chain verified`,
		);
		lines.push(
			`Wall time      ${process.uptime().toFixed(1)} s (start to report, servers included)`,
		);
		console.log(lines.join('\n'));
		return 0;
	} finally {
		await Promise.all([sandbox?.close(), sink?.close()]);
		if (userFolder) fs.rmSync(userFolder, { recursive: true, force: true });
	}
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error) => {
		console.error(`demo failed: ${error.message}`);
		process.exitCode = 1;
	},
);
