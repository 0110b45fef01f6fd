#!/usr/bin/env node
'use strict';
// The CXone Trigger in a real n8n: `npm run test:e2e:trigger [-- --keep]`.
//
// In one loopback-only network namespace: the CXone simulator holding a stream of new
// conversations and the ticket sink; `n8n start` (single instance, sqlite) with a published
// workflow CXone Trigger (New Conversation, every minute, n8n's shortest poll interval) > Classify
// Urgency > Ticket Batch Upsert. n8n polls on its own schedule; after a few poll executions it is
// stopped and the evidence checked: every conversation created after the activation and before
// the last poll is exactly one ticket, none from before n8n started, the poll executions
// succeeded, and no secret is in the execution data.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { paths, ensureRuntime } = require('./lib/install');
const { triggerNamespaceScript } = require('./lib/trigger-namespace');
const { PKG, IDS, credentials, cxoneTriggerNode } = require('./lib/pipeline');
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

const WORKFLOW_ID = 'e2eCxoneTrigger1';
const FIXED_SECRETS = ['sandbox-secret-v2', 'sink-token'];

const SETTINGS = {
	// n8n 2.41 refuses a poll trigger that fires more than once a minute (a cron with a seconds
	// step included), so the run takes minutes: two poll executions after the activation poll.
	polls: 2,
	// Every poll re-reads the last 15 minutes (the default overlap): from the second poll on, the
	// conversations the earlier ones emitted come back from the API and must not be emitted again.
	overlapMinutes: 15,
	// The stream outlasts the run, so each poll has new conversations and thus an execution.
	stream: { backlog: 10, perSecond: 1, seconds: 600 },
	activationTimeoutS: 180,
	// The activation poll, then a poll at a random second of each minute: the second execution
	// starts at most two minutes after the activation.
	pollDeadlineS: 200,
	// The poll reads the list up to its own clock and the execution is created after it: only
	// conversations a little older than the last execution are sure to have been in its window.
	cutoffMarginMs: 3000,
	batchSize: 50,
};

function workflow() {
	const to = (node) => ({ node, type: 'main', index: 0 });
	return {
		id: WORKFLOW_ID,
		name: 'CXone Trigger to tickets (end to end)',
		active: false,
		nodes: [
			cxoneTriggerNode({
				id: 'd1000000-0000-4000-8000-000000000001',
				options: { overlapMinutes: SETTINGS.overlapMinutes },
			}),
			{
				id: 'd1000000-0000-4000-8000-000000000002',
				name: 'Classify Urgency',
				type: `${PKG}.classifyUrgency`,
				typeVersion: 1,
				position: [260, 0],
				parameters: { mode: 'addFields' },
			},
			{
				id: 'd1000000-0000-4000-8000-000000000003',
				name: 'Ticket Batch Upsert',
				type: `${PKG}.ticketBatchUpsert`,
				typeVersion: 1,
				position: [520, 0],
				parameters: {
					target: 'generic',
					authentication: 'ticketingApi',
					url: '/tickets/batch',
					method: 'POST',
					batchSize: SETTINGS.batchSize,
				},
				credentials: { ticketingApi: { id: IDS.ticketing, name: 'Ticket sink' } },
			},
		],
		connections: {
			'CXone Trigger': { main: [[to('Classify Urgency')]] },
			'Classify Urgency': { main: [[to('Ticket Batch Upsert')]] },
		},
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
		pinData: {},
	};
}

function check(name, ok, detail) {
	return { name, ok: Boolean(ok), detail };
}

const sample = (ids) => ids.slice(0, 5).join(', ') + (ids.length > 5 ? ', ...' : '');

function checks(e) {
	const results = [];
	results.push(check('namespace script', e.exit === 0, e.exit === 0 ? '' : `exit ${e.exit}`));

	const failed = e.executions.filter((x) => x.status !== 'success');
	const trigger = e.executions.filter((x) => x.mode === 'trigger');
	const kinds = e.executions.map((x) => `${x.mode} ${x.status}`).join(', ');
	results.push(
		check(
			'poll executions',
			e.executions.length >= SETTINGS.polls &&
				!failed.length &&
				trigger.length === e.executions.length,
			`${e.executions.length} executions (${kinds}), ` +
				`at least ${SETTINGS.polls} successful trigger executions needed`,
		),
	);
	const gaps = e.executions
		.slice(1)
		.map((x, k) => (x.startedMs - e.executions[k].startedMs) / 1000);
	results.push(
		check(
			'polled on the schedule, about a minute apart',
			gaps.every((s) => s >= 45 && s <= 75),
			gaps.length
				? `${gaps.map((s) => `${s.toFixed(0)} s`).join(', ')} between executions`
				: 'one execution',
		),
	);

	// The activation poll stores its clock as the floor no later poll reads below: it must lie
	// between n8n's start and the activation mark, or the expected window would start too late.
	const floorMs = e.state?.floorMs;
	results.push(
		check(
			'the activation poll set the cursor, between the start of n8n and the activation mark',
			floorMs >= e.timeline['n8n-start'] && floorMs <= e.timeline.activated,
			`cursor ${floorMs ? new Date(floorMs).toISOString() : 'missing'}, n8n started ` +
				`${new Date(e.timeline['n8n-start']).toISOString()}, activation mark ` +
				`${new Date(e.timeline.activated).toISOString()}`,
		),
	);

	const byId = new Map(e.tickets.tickets.map((t) => [t.external_id, t]));
	const missing = e.expectedIds.filter((id) => !byId.has(id));
	results.push(
		check(
			'every conversation created after the activation is a ticket',
			e.expectedIds.length > 0 && !missing.length,
			`${e.expectedIds.length - missing.length}/${e.expectedIds.length} created between the ` +
				`activation and the last poll` +
				(missing.length ? `; missing ${sample(missing)}` : ''),
		),
	);
	const twice = e.tickets.tickets.filter(
		(t) => t.creates !== 1 || t.updates !== 0 || t.version !== 1,
	);
	results.push(
		check(
			'no conversation sent twice',
			!twice.length && e.sinkStats.updates === 0 && e.sinkStats.creates === e.tickets.count,
			`${e.sinkStats.creates} creates, ${e.sinkStats.updates} updates for ${e.tickets.count} tickets` +
				(twice.length
					? `; written more than once: ${sample(twice.map((t) => t.external_id))}`
					: ''),
		),
	);
	const before = new Set(e.beforeIds);
	const early = e.tickets.tickets.filter((t) => before.has(t.external_id));
	results.push(
		check(
			'nothing from before n8n started (no look-back on activation)',
			!early.length && before.size > 0,
			`${before.size} conversations existed before; ${early.length} of them ticketed`,
		),
	);
	const known = new Set(e.allIds);
	const unknown = e.tickets.tickets.filter((t) => !known.has(t.external_id));
	results.push(
		check(
			'every ticket is a conversation of the simulator',
			!unknown.length,
			unknown.length
				? `unknown: ${sample(unknown.map((t) => t.external_id))}`
				: `${e.tickets.count} tickets`,
		),
	);

	const leaked = e.secrets.filter((s) => e.executionData.includes(s));
	results.push(
		check(
			'no secret in the execution data',
			e.executionData.length > 0 && !leaked.length,
			`${e.secrets.length} secrets looked for in ${e.executionData.length} characters` +
				(leaked.length ? `; found ${leaked.length}` : ''),
		),
	);
	return results;
}

function main() {
	const started = Date.now();
	const failures = [];

	title('runtime');
	const runtime = ensureRuntime();

	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cxone-trigger-'));
	const userFolder = path.join(work, 'n8n-home');
	try {
		title('package');
		let t = Date.now();
		const { tarball, files } = buildAndPack(work);
		if (!files.some((f) => /CxoneTrigger\.node\.js$/.test(f))) {
			throw new Error('the packed package has no CXone Trigger node');
		}
		const packageDir = installCommunityPackage(tarball, userFolder);
		console.log(
			`built, packed ${path.basename(tarball)} (${files.length} files) and installed into ` +
				`${path.relative(work, packageDir)} in ${seconds(Date.now() - t)}`,
		);

		const sandboxUrl = `http://127.0.0.1:${PORTS.sandbox}`;
		const sinkUrl = `http://127.0.0.1:${PORTS.sink}`;
		fs.writeFileSync(
			path.join(work, 'credentials.json'),
			JSON.stringify(credentials({ sandboxUrl, sinkUrl }), null, 2),
		);
		fs.writeFileSync(path.join(work, 'workflow.json'), JSON.stringify(workflow(), null, 2));
		const env = {
			...n8nEnv(userFolder, work),
			EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
			EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
			EXECUTIONS_DATA_PRUNE: 'false',
			// The activation poll shows only at debug level (see lib/trigger-namespace.js).
			N8N_LOG_LEVEL: 'debug',
			N8N_LOG_OUTPUT: 'console',
		};
		const script = path.join(work, 'namespace.sh');
		fs.writeFileSync(
			script,
			triggerNamespaceScript({
				repo: REPO,
				work,
				node: paths.node,
				n8nBin: paths.n8nBin,
				db: env.DB_SQLITE_DATABASE,
				ports: PORTS,
				workflowId: WORKFLOW_ID,
				stream: SETTINGS.stream,
				polls: SETTINGS.polls,
				activationTimeoutS: SETTINGS.activationTimeoutS,
				pollDeadlineS: SETTINGS.pollDeadlineS,
				cutoffMarginMs: SETTINGS.cutoffMarginMs,
			}),
			{ mode: 0o700 },
		);

		title('n8n start with the CXone Trigger active, in a loopback-only network namespace');
		t = Date.now();
		const unshare = process.getuid?.() === 0 ? ['-n'] : ['-r', '-n'];
		const ns = spawnSync('unshare', [...unshare, 'bash', script], { stdio: 'inherit', env });
		console.log(`namespace finished with exit ${ns.status} in ${seconds(Date.now() - t)}`);

		const file = (name) => path.join(work, name);
		const text = (name) => (fs.existsSync(file(name)) ? fs.readFileSync(file(name), 'utf8') : '');
		const tokens = readJson(file('credentials-after.json'), [])
			.filter((c) => c.type === 'cxoneApi')
			.map((c) => c.data?.accessToken)
			.filter((token) => typeof token === 'string' && token.length >= 16);
		const evidence = {
			exit: ns.status,
			executions: readJson(file('executions.json'), []),
			tickets: readJson(file('tickets.json'), { count: 0, tickets: [] }),
			sinkStats: readJson(file('sink-stats.json'), {}),
			expectedIds: readJson(file('expected-ids.json'), { ids: [] }).ids,
			beforeIds: readJson(file('before-ids.json'), { ids: [] }).ids,
			allIds: readJson(file('all-ids.json'), { ids: [] }).ids,
			executionData: text('execution-data.txt'),
			state: readJson(file('static-data.json'), {})?.['node:CXone Trigger']?.cxoneTriggerState,
			timeline: parseTimeline(text('timeline.txt')),
			secrets: [...FIXED_SECRETS, ...tokens],
		};

		title('checks');
		const results = checks(evidence);
		for (const r of results) {
			console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.detail ? `: ${r.detail}` : ''}`);
			if (!r.ok) failures.push(r.name);
		}

		title('summary');
		console.log(`runtime: Node ${runtime.node}, n8n ${runtime.n8n}`);
		console.log(`${results.filter((r) => r.ok).length}/${results.length} checks`);
		console.log(`total ${seconds(Date.now() - started)}`);
		if (failures.length) {
			console.log(`\nFAILED (${failures.length}):\n  ${failures.join('\n  ')}`);
			console.log(`evidence kept in ${work}`);
			process.exitCode = 1;
		} else {
			console.log('\nall CXone Trigger checks passed');
		}
	} finally {
		if (args.has('--keep')) console.log(`work folder kept: ${work}`);
		else if (!process.exitCode) fs.rmSync(work, { recursive: true, force: true });
	}
}

if (require.main === module) {
	try {
		main();
	} catch (error) {
		console.error(`\ne2e:trigger: ${error.message}`);
		process.exitCode = 1;
	}
}

module.exports = { SETTINGS, workflow };
