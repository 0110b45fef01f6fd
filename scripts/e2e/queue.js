#!/usr/bin/env node
'use strict';
// Queue mode end to end: `npm run test:e2e:queue [-- --keep] [-- --strict] [-- --no-trigger]`.
//
// In one loopback-only network namespace: PostgreSQL and Redis (Debian packages, data in a
// temporary folder), the CXone simulator holding a steady stream of new conversations with slow
// pages and 429s, the ticket sink with 503s, n8n main and `n8n worker` processes
// (EXECUTIONS_MODE=queue) with this package installed from its tarball. The workflow runs on a
// short schedule so executions overlap on the workers: one worker first, then two; one worker is
// killed with SIGKILL in the middle of an execution and restarted. Then capacity bursts through a
// webhook, on one worker and on two. Then the trigger variant (left out with --no-trigger): the
// CXone Trigger workflow active on a restarted main against a fresh simulator and ticket sink,
// main polling every minute (n8n's shortest interval) and the two workers running what it queues,
// for a few polls. Then the checks (lib/queue-assertions.js) and the figures: executions per
// minute, conversations per second, per-worker memory, one worker against two, and the trigger
// variant's polls, executions and tickets.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { paths, ensureRuntime, ensureQueueServices } = require('./lib/install');
const { queueNamespaceScript } = require('./lib/queue-namespace');
const queuePipeline = require('./lib/queue-pipeline');
const checks = require('./lib/queue-assertions');
const {
	REPO,
	PORTS,
	readJson,
	parseTimeline,
	buildAndPack,
	installCommunityPackage,
	n8nEnv,
} = require('./lib/runtime');

const args = new Set(process.argv.slice(2));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const title = (text) => console.log(`\n== ${text}`);

// The load: a short schedule and slow pages make one execution last longer than the interval, so
// executions queue up behind a single worker and overlap once there are two.
const SETTINGS = {
	everySeconds: 6,
	pageSize: 50,
	batchSize: 50,
	overlapMinutes: 0.5,
	concurrency: 1,
	stream: { backlog: 60, perSecond: 2 },
	slowPageMs: 400,
	phases: { oneWorkerS: 50, twoWorkersS: 80, killAfterS: 20 },
	// Capacity: the same job (every conversation of the stream, no faults) queued this many times at
	// once, on one worker and then on two.
	capacity: { burst: 6, timeoutS: 180 },
	drainS: 90,
	// n8n main waits this long at shutdown for the executions it queued (n8n's default is 30 s).
	shutdownS: 150,
	// The trigger variant: three poll executions after the activation poll (which, with no
	// look-back, only sets the cursor) take two to three minutes. An Overlap of 1 minute makes each
	// window read the previous poll's conversations again, which the trigger must recognise. Its own
	// seed, so its conversation ids are not the first stream's.
	trigger: {
		polls: 3,
		overlapMinutes: 1,
		seed: 7,
		stream: { backlog: 10, perSecond: 2, seconds: 900 },
		activationTimeoutS: 240,
		pollDeadlineS: 270,
	},
};
// The stream starts before n8n main is ready and the second worker takes a while to start (about
// 30 and 20 s here): it ends after the second phase, so the kill falls inside it.
SETTINGS.stream.seconds = SETTINGS.phases.oneWorkerS + SETTINGS.phases.twoWorkersS + 50;

const PG = { port: 55432, user: 'n8n', database: 'n8n' };
const REDIS_PORT = 56379;
const WORKERS = [
	{ name: 'worker1', health: 5681, broker: 5691 },
	{ name: 'worker2', health: 5682, broker: 5692 },
];

/** A 429 (Retry-After 1 s) on every 12th conversations page, every page slow; first rule wins. */
function sandboxFaults() {
	const rules = [];
	for (let nth = 6; nth < 3000; nth += 12) {
		rules.push({ route: 'v2.conversations', type: '429', nth, retryAfter: 1 });
	}
	rules.push({
		route: 'v2.conversations',
		type: 'slow',
		delayMs: SETTINGS.slowPageMs,
		times: 'always',
	});
	return rules;
}

/** A 503 (Retry-After 1 s) on every 10th batch sent to the sink. */
function sinkFaults() {
	const rules = [];
	for (let nth = 4; nth < 3000; nth += 10) {
		rules.push({ route: 'generic', type: '503', nth, retryAfter: 1 });
	}
	return rules;
}

function postgresIds() {
	const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout);
	const uid = id('-u');
	if (!uid) throw new Error('no postgres user (the postgresql package creates it)');
	return { uid, gid: id('-g') };
}

function queueEnv(userFolder, work, password) {
	return {
		...n8nEnv(userFolder, work),
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(REDIS_PORT),
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		// A killed worker's job is noticed sooner than the 30 s default.
		QUEUE_WORKER_STALLED_INTERVAL: '10000',
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(PG.port),
		DB_POSTGRESDB_DATABASE: PG.database,
		DB_POSTGRESDB_USER: PG.user,
		DB_POSTGRESDB_PASSWORD: password,
		DB_SQLITE_DATABASE: '',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
		EXECUTIONS_DATA_PRUNE: 'false',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: String(SETTINGS.shutdownS),
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_OUTPUT: 'console',
	};
}

/** The trigger variant runs unless --no-trigger; the packed package must have the trigger node. */
function triggerVariant(packedFiles) {
	if (args.has('--no-trigger')) return false;
	if (!packedFiles.some((f) => /CxoneTrigger\.node\.js$/.test(f))) {
		throw new Error(
			'the packed package has no CXone Trigger node (--no-trigger leaves the variant out)',
		);
	}
	return true;
}

const quantile = (values, p) => {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
};

/** Figures for one window of the timeline. */
function phaseFigures(name, from, to, { executions, tickets, records, created }) {
	const minutes = (to - from) / 60000;
	const inWindow = (t) => t >= from && t < to;
	const done = executions.filter((e) => e.stoppedAt && inWindow(Date.parse(e.stoppedAt)));
	const durations = done
		.filter((e) => e.status === 'success')
		.map((e) => Date.parse(e.stoppedAt) - Date.parse(e.startedAt));
	const waits = done.map((e) => Date.parse(e.startedAt) - Date.parse(e.createdAt));
	const ticketed = tickets.tickets.filter((t) => inWindow(Date.parse(t.createdAt)));
	const latencies = ticketed.map((t) => Date.parse(t.createdAt) - created.get(t.external_id));
	const synced = records.filter((r) => r.action === 'SYNCED' && inWindow(Date.parse(r.timestamp)));
	return {
		name,
		seconds: Math.round((to - from) / 1000),
		executions: done.length,
		executionsPerMinute: done.length / minutes,
		newTicketsPerSecond: ticketed.length / ((to - from) / 1000),
		upsertsPerSecond: synced.length / ((to - from) / 1000),
		meanExecutionS: durations.reduce((a, b) => a + b, 0) / (durations.length || 1) / 1000,
		meanQueueWaitS: waits.reduce((a, b) => a + b, 0) / (waits.length || 1) / 1000,
		p50LatencyS: quantile(latencies, 0.5) / 1000,
		p95LatencyS: quantile(latencies, 0.95) / 1000,
	};
}

/** One capacity burst: from the first execution queued to the last one ended. */
function capacityFigures(name, from, to, executions) {
	const burst = executions.filter((e) => {
		const created = Date.parse(e.createdAt);
		return created >= from - 1000 && created <= to;
	});
	const ok = burst.filter((e) => e.status === 'success');
	const first = Math.min(...burst.map((e) => Date.parse(e.createdAt)));
	const last = Math.max(...burst.map((e) => Date.parse(e.stoppedAt)));
	const seconds = (last - first) / 1000;
	const conversations = ok.reduce((sum, e) => sum + Number(e.conversations), 0);
	return {
		name,
		executions: burst.length,
		succeeded: ok.length,
		seconds,
		executionsPerMinute: (ok.length / seconds) * 60,
		conversationsPerSecond: conversations / seconds,
		conversationsPerExecution: ok.length ? conversations / ok.length : 0,
		meanExecutionS:
			ok.reduce((sum, e) => sum + Date.parse(e.stoppedAt) - Date.parse(e.startedAt), 0) /
			(ok.length || 1) /
			1000,
	};
}

/** The access tokens the CXone credential stored, from `n8n export:credentials --decrypted`. */
const accessTokens = (credentials) =>
	credentials
		.filter((c) => c.type === 'cxoneApi')
		.map((c) => c.data?.accessToken)
		.filter((token) => typeof token === 'string' && token.length >= 16);

/** Which worker started each execution, from the workers' logs ("Worker started execution <id>"). */
function workerOf(work) {
	const ranBy = new Map();
	for (const name of fs.readdirSync(work).filter((f) => /^worker.*\.log$/.test(f))) {
		const log = fs.readFileSync(path.join(work, name), 'utf8');
		for (const [, id] of log.matchAll(/Worker started execution (\d+)/g)) {
			ranBy.set(id, name.replace(/\.log$/, ''));
		}
	}
	return ranBy;
}

/**
 * The trigger variant's checks (named "trigger variant: ...") and figures, from its evidence: its
 * executions and audit rows, the fresh sink, the conversations of its window, the static data n8n
 * queued each execution with and the workflow's at the end, main's log and the workers' logs.
 */
function triggerEvidence({ work, file, text, timeline, password }, core) {
	const { NAMES } = queuePipeline;
	const nodes = [NAMES.trigger, NAMES.classify, NAMES.upsert];
	const executions = readJson(file('trigger-executions.json'), []).map((e) => ({
		...e,
		id: String(e.id),
	}));
	const rows = readJson(file('trigger-audit-rows.json'), []);
	const polls = checks.triggerPolls(rows, NAMES.trigger);
	const tickets = readJson(file('trigger-tickets.json'), { count: 0, tickets: [] });
	const sinkStats = readJson(file('trigger-sink-stats.json'), {});
	const expectedIds = readJson(file('trigger-expected-ids.json'), { ids: [] }).ids;
	const ranBy = workerOf(work);
	const enqueued = new Set(
		[...text('main-trigger.log').matchAll(/Enqueued execution (\d+)/g)].map(([, id]) => id),
	);
	const queueEnd = readJson(file('trigger-queue-end.json'), { openExecutions: -1 });
	const tokens = accessTokens(readJson(file('credentials-final.json'), []));
	const audit = checks.checkTriggerAuditTrail({ rows, executions, nodes }, core);
	const results = [
		...checks.checkTriggerTickets({ expectedIds, tickets, sinkStats, polls }),
		...checks.checkTriggerState({
			polls,
			overlapMs: SETTINGS.trigger.overlapMinutes * 60000,
			mainStartMs: timeline['trigger-main-start'],
			activatedMs: timeline['trigger-activated'],
			minPolls: SETTINGS.trigger.polls,
		}),
		...checks.checkExecutions({
			executions,
			segments: checks.segmentsOf(rows),
			queueEnd,
			enqueued: enqueued.size,
			nodes,
			ranBy,
		}),
		...audit.results,
		...checks.checkSecrets({
			executionData: text('trigger-execution-data.txt'),
			database: text('database-final.sql'),
			secrets: ['sandbox-secret-v2', 'sink-token', password, ...tokens],
		}),
		...checks.checkTriggerStateSaved({
			saved: JSON.parse(text('trigger-static-data.json').trim() || '{}'),
			polls,
			rows,
			stateKey: `node:${NAMES.trigger}`,
		}),
	].map((r) => ({ ...r, name: `trigger variant: ${r.name}` }));

	// What n8n queued each execution with (the static data its worker starts from), against what
	// the trigger held on main after that poll: its cursor, and its chain head.
	const handed = new Map(
		readJson(file('trigger-handed-static-data.json'), []).map((h) => [String(h.id), h.staticData]),
	);
	const stateOf = (staticData) => staticData?.[`node:${NAMES.trigger}`]?.cxoneTriggerState;
	const headOf = (staticData) => staticData?.global?.cxoneSocialInboxAuditChain?.head;
	const withState = polls.filter(
		(p) => stateOf(handed.get(p.executionId))?.cursorMs === p.cursorMs,
	);
	const withHead = polls.filter(
		(p) => headOf(handed.get(p.executionId)) === p.records[p.records.length - 1].hash,
	);
	const withNone = polls.filter((p) => !handed.get(p.executionId)).length;
	const done = executions.filter((e) => e.status === 'success');
	const mean = (values) => values.reduce((a, b) => a + b, 0) / (values.length || 1);
	const created = new Map(polls.flatMap((p) => p.events.map((e) => [e.conversationId, e.atMs])));
	const latencies = tickets.tickets
		.filter((t) => created.has(t.external_id))
		.map((t) => Date.parse(t.createdAt) - created.get(t.external_id));
	const perWorker = {};
	for (const e of executions) {
		const w = ranBy.get(e.id) ?? 'none';
		perWorker[w] = (perWorker[w] ?? 0) + 1;
	}
	const figures = {
		polls: polls.map((p) => ({
			executionId: p.executionId,
			windowFrom: new Date(p.windowFromMs).toISOString(),
			cursor: new Date(p.cursorMs).toISOString(),
			read: p.conversations,
			pages: p.pages,
			emitted: p.emitted,
			repeats: p.repeats,
			worker: ranBy.get(p.executionId),
		})),
		executions: executions.length,
		conversationsEmitted: polls.reduce((sum, p) => sum + p.emitted, 0),
		tickets: tickets.count,
		meanExecutionS: mean(done.map((e) => Date.parse(e.stoppedAt) - Date.parse(e.startedAt))) / 1000,
		meanQueueWaitS: mean(done.map((e) => Date.parse(e.startedAt) - Date.parse(e.createdAt))) / 1000,
		pollToQueuedS:
			mean(
				polls.map((p) => {
					const e = executions.find((x) => x.id === p.executionId);
					return e ? Date.parse(e.createdAt) - p.windowToMs : 0;
				}),
			) / 1000,
		p50LatencyS: quantile(latencies, 0.5) / 1000,
		p95LatencyS: quantile(latencies, 0.95) / 1000,
		perWorker,
		handedTriggerState: withState.length,
		handedTriggerHead: withHead.length,
		queuedWithoutStaticData: withNone,
		workerChainStarts: audit.starts,
		seconds: (timeline['trigger-stopped'] - timeline['trigger-main-start']) / 1000,
	};
	const lines = [
		`trigger variant (${figures.seconds.toFixed(0)} s from main's start to the workers' stop): ` +
			`${polls.length} polls emitted ${figures.conversationsEmitted} conversations ` +
			`(${polls.map((p) => `${p.emitted} new of ${p.conversations} read, ${p.repeats} repeats`).join('; ')}); ` +
			`${executions.length} executions (${JSON.stringify(perWorker)}), queued ${figures.pollToQueuedS.toFixed(1)} s ` +
			`after the poll started, mean ${figures.meanExecutionS.toFixed(1)} s each after ` +
			`${figures.meanQueueWaitS.toFixed(1)} s in the queue; ${tickets.count} tickets; conversation to ticket ` +
			`p50 ${figures.p50LatencyS.toFixed(1)} s, p95 ${figures.p95LatencyS.toFixed(1)} s`,
		`trigger variant, static data: ${withNone} of ${polls.length} executions were queued with no static ` +
			`data (${withState.length} with the trigger's state as main held it after that poll, ${withHead.length} ` +
			`with its chain head); the worker side of ${audit.starts.genesis} began its audit chain at the ` +
			`genesis hash, ${audit.starts.triggerHead} at the trigger's head`,
	];
	return { results, figures, lines };
}

function rssFigures(work) {
	const out = {};
	for (const file of fs.readdirSync(work).filter((f) => f.endsWith('.rss.json'))) {
		const r = readJson(path.join(work, file), {});
		out[file.replace('.rss.json', '')] = {
			peakMb: Math.round((r.rootHwmKb ?? 0) / 1024),
			treePeakMb: Math.round((r.treeRssKb ?? 0) / 1024),
			seconds: Math.round((r.ms ?? 0) / 1000),
		};
	}
	return out;
}

function main() {
	const started = Date.now();
	const failures = [];

	title('runtime');
	const runtime = ensureRuntime();
	const services = ensureQueueServices();
	console.log(`services: ${services.postgresVersion}; ${services.redisVersion.split(' sha=')[0]}`);

	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cxone-queue-'));
	// PostgreSQL runs as its own user: its data gets a folder of its own, so the work folder (the
	// credentials of the run) stays closed to other users.
	const pgDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cxone-queue-pg-'));
	const pgUser = os.userInfo().uid === 0 ? postgresIds() : undefined;
	if (pgUser) fs.chownSync(pgDir, pgUser.uid, pgUser.gid);
	const userFolder = path.join(work, 'n8n-home');
	try {
		title('package');
		let t = Date.now();
		const { tarball, files } = buildAndPack(work);
		const packageDir = installCommunityPackage(tarball, userFolder);
		for (const worker of WORKERS) {
			worker.userFolder = path.join(work, `${worker.name}-home`);
			fs.cpSync(path.join(userFolder, '.n8n'), path.join(worker.userFolder, '.n8n'), {
				recursive: true,
			});
		}
		console.log(
			`built, packed ${path.basename(tarball)} (${files.length} files) and installed into ` +
				`${path.relative(work, packageDir)} in ${seconds(Date.now() - t)}`,
		);
		const withTrigger = triggerVariant(files);
		if (!withTrigger) console.log('trigger variant left out (--no-trigger)');

		const password = crypto.randomBytes(18).toString('base64url');
		const sandboxUrl = `http://127.0.0.1:${PORTS.sandbox}`;
		const sinkUrl = `http://127.0.0.1:${PORTS.sink}`;
		fs.writeFileSync(
			path.join(work, 'credentials.json'),
			JSON.stringify(
				queuePipeline.credentials({ sandboxUrl, sinkUrl, postgres: { ...PG, password } }),
				null,
				2,
			),
		);
		const workflowOptions = { ...SETTINGS, trigger: 'schedule' };
		for (const workflow of [
			queuePipeline.workflow(workflowOptions),
			queuePipeline.capacityWorkflow(workflowOptions),
			...(withTrigger
				? [
						queuePipeline.workflow({
							...workflowOptions,
							overlapMinutes: SETTINGS.trigger.overlapMinutes,
							trigger: 'cxoneTrigger',
						}),
					]
				: []),
		]) {
			fs.writeFileSync(path.join(work, `${workflow.id}.json`), JSON.stringify(workflow, null, 2));
		}
		const script = path.join(work, 'namespace.sh');
		fs.writeFileSync(
			script,
			queueNamespaceScript({
				repo: REPO,
				work,
				node: paths.node,
				n8nBin: paths.n8nBin,
				rssMonitor: path.join(__dirname, 'lib', 'rss-monitor.js'),
				pg: { ...PG, password, bin: services.postgresBin, dir: pgDir },
				redis: { server: services.redisServer, port: REDIS_PORT },
				ports: PORTS,
				workers: WORKERS,
				concurrency: SETTINGS.concurrency,
				stream: SETTINGS.stream,
				sandboxFaults: sandboxFaults(),
				sinkFaults: sinkFaults(),
				workflowId: queuePipeline.QUEUE_IDS.workflow,
				auditTableSql: queuePipeline.AUDIT_TABLE_SQL,
				phases: SETTINGS.phases,
				drainS: SETTINGS.drainS,
				shutdownS: SETTINGS.shutdownS,
				capacity: {
					...SETTINGS.capacity,
					workflowId: queuePipeline.QUEUE_IDS.capacity,
					path: queuePipeline.CAPACITY_PATH,
				},
				trigger: withTrigger
					? {
							...SETTINGS.trigger,
							workflowId: queuePipeline.QUEUE_IDS.trigger,
							nodeName: queuePipeline.NAMES.trigger,
						}
					: undefined,
			}),
			{ mode: 0o700 },
		);

		title('queue mode in a loopback-only network namespace');
		t = Date.now();
		const env = queueEnv(userFolder, work, password);
		const unshare = process.getuid?.() === 0 ? ['-n'] : ['-r', '-n'];
		const ns = spawnSync('unshare', [...unshare, 'bash', script], { stdio: 'inherit', env });
		console.log(`namespace finished with exit ${ns.status} in ${seconds(Date.now() - t)}`);
		if (ns.status !== 0) failures.push(`namespace script exit ${ns.status ?? ns.signal}`);

		const core = require(REPO);
		const file = (name) => path.join(work, name);
		const text = (name) => (fs.existsSync(file(name)) ? fs.readFileSync(file(name), 'utf8') : '');
		const executions = readJson(file('executions.json'), []).map((e) => ({
			...e,
			id: String(e.id),
		}));
		const rows = readJson(file('audit-rows.json'), []);
		const records = rows.map((r) => r.record);
		const segments = checks.segmentsOf(rows);
		const tickets = readJson(file('tickets.json'), { count: 0, tickets: [] });
		const expectedIds = readJson(file('expected-ids.json'), { ids: [] }).ids;
		const staticData = JSON.parse(text('static-data.json').trim() || '{}');
		const killedRaw = readJson(file('killed.json'), undefined);
		const killed = killedRaw && { ...killedRaw, executionId: String(killedRaw.executionId) };
		const queueEnd = readJson(file('queue-end.json'), { openExecutions: -1 });
		const credentialsAfter = readJson(file('credentials-after.json'), []);
		const tokens = accessTokens(credentialsAfter);
		const secrets = ['sandbox-secret-v2', 'sink-token', password, ...tokens];

		const timeline = parseTimeline(text('timeline.txt'));
		const trigger = withTrigger
			? triggerEvidence({ work, file, text, timeline, password }, core)
			: undefined;

		title('checks');
		const results = [
			...checks.checkTickets({ expectedIds, tickets }),
			...checks.checkExecutions({
				executions,
				segments,
				killed,
				queueEnd,
				// Every execution main queued, from its log ("Enqueued execution <id>").
				enqueued: (text('main.log').match(/Enqueued execution \d+/g) ?? []).length,
			}),
			...checks.checkWatermark({ records, expectedIds }),
			...checks.checkAuditTrail({ segments, staticData, killed }, core),
			...checks.checkSecrets({
				executionData: text('execution-data.txt'),
				database: text('database.sql'),
				secrets,
			}),
			...checks.checkKilledWorker({ killed, executions, records, tickets }),
			...checks.checkCarryOver({ executions, segments }, core),
			...(trigger?.results ?? []),
		];
		const strict = args.has('--strict');
		for (const r of results) {
			const label = r.ok ? 'ok  ' : r.known && !strict ? 'KNOWN' : 'FAIL';
			console.log(`${label} ${r.name}${r.detail ? `: ${r.detail}` : ''}`);
			if (!r.ok && !(r.known && !strict)) failures.push(r.name);
		}

		title('figures');
		const evidence = { executions, tickets, records, created: checks.createdTimes(records) };
		const phases = [
			phaseFigures(
				'one worker',
				timeline['phase-one-worker'],
				timeline['phase-two-workers'],
				evidence,
			),
			phaseFigures('two workers', timeline['phase-two-workers'], timeline['stream-end'], evidence),
		];
		for (const p of phases) {
			console.log(
				`${p.name} (${p.seconds} s): ${p.executions} executions finished, ` +
					`${p.executionsPerMinute.toFixed(1)}/min, mean ${p.meanExecutionS.toFixed(1)} s each after ` +
					`${p.meanQueueWaitS.toFixed(1)} s in the queue; new conversations ticketed ` +
					`${p.newTicketsPerSecond.toFixed(2)}/s, upserts ${p.upsertsPerSecond.toFixed(2)}/s; ` +
					`conversation to ticket p50 ${p.p50LatencyS.toFixed(1)} s, p95 ${p.p95LatencyS.toFixed(1)} s`,
			);
		}
		const capacityExecutions = readJson(file('capacity-executions.json'), []);
		const capacity = ['one-worker', 'two-workers'].map((name) =>
			capacityFigures(
				name.replace('-', ' '),
				timeline[`capacity-${name}-start`],
				timeline[`capacity-${name}-end`],
				capacityExecutions,
			),
		);
		for (const c of capacity) {
			console.log(
				`capacity, ${c.name}: ${c.succeeded}/${c.executions} executions of ${c.conversationsPerExecution.toFixed(0)} ` +
					`conversations in ${c.seconds.toFixed(1)} s: ${c.executionsPerMinute.toFixed(1)} executions/min, ` +
					`${c.conversationsPerSecond.toFixed(0)} conversations/s, mean ${c.meanExecutionS.toFixed(1)} s each`,
			);
		}
		if (capacity.every((c) => c.succeeded === SETTINGS.capacity.burst)) {
			console.log(
				`two workers / one: ${(capacity[1].conversationsPerSecond / capacity[0].conversationsPerSecond).toFixed(2)}x`,
			);
		} else {
			failures.push('capacity bursts: not every execution succeeded');
		}
		const rss = rssFigures(work);
		for (const [name, r] of Object.entries(rss)) {
			console.log(
				`${name}: peak RSS ${r.peakMb} MB (with its task runner ${r.treePeakMb} MB) over ${r.seconds} s`,
			);
		}
		const all = executions.filter((e) => e.stoppedAt);
		const span = (timeline.stopped - timeline['phase-one-worker']) / 1000;
		console.log(
			`whole run: ${all.length} executions in ${span.toFixed(0)} s (${((all.length / span) * 60).toFixed(1)}/min), ` +
				`${tickets.count} conversations (stream ${SETTINGS.stream.perSecond}/s after a backlog of ${SETTINGS.stream.backlog})`,
		);
		if (trigger) for (const line of trigger.lines) console.log(line);
		fs.writeFileSync(
			file('figures.json'),
			JSON.stringify(
				{ settings: SETTINGS, phases, capacity, rss, timeline, trigger: trigger?.figures },
				null,
				2,
			),
		);

		title('summary');
		console.log(
			`runtime: Node ${runtime.node}, n8n ${runtime.n8n}; ${services.postgresVersion.replace('postgres ', '')}; ${services.redisVersion.split(' sha=')[0]}`,
		);
		console.log(`${results.filter((r) => r.ok).length}/${results.length} checks`);
		console.log(`total ${seconds(Date.now() - started)}`);
		if (failures.length) {
			console.log(`\nFAILED (${failures.length}):\n  ${failures.join('\n  ')}`);
			console.log(`evidence kept in ${work}`);
			process.exitCode = 1;
		} else {
			console.log('\nall queue-mode checks passed');
		}
	} finally {
		if (!process.exitCode && !args.has('--keep')) fs.rmSync(work, { recursive: true, force: true });
		else if (args.has('--keep')) console.log(`work folder kept: ${work} (database: ${pgDir})`);
		if (!args.has('--keep')) fs.rmSync(pgDir, { recursive: true, force: true });
	}
}

if (require.main === module) {
	try {
		main();
	} catch (error) {
		console.error(`\ne2e:queue: ${error.message}`);
		process.exitCode = 1;
	}
}

module.exports = { SETTINGS, triggerEvidence };
