#!/usr/bin/env node
'use strict';
// `npm run bench:e2e [-- --sizes 10000,50000,100000] [-- --rounds 2] [-- --heap-run 100000]
//   [-- --no-faults] [-- --per-record-max 50000] [-- --keep]` (`--conversations N` = `--sizes N`)
//
// The same job in the same real n8n (scripts/e2e: Node 24, n8n 2.41.1, the packed package installed
// as a community package, everything inside one loopback-only network namespace), side by side:
//   (a) this package's nodes: Manual Trigger -> CXone: Get Conversations (Last Days 31, Return All,
//       pages of 100) -> Classify Urgency (Add Fields) -> Ticket Batch Upsert (batches of 50);
//   (b) what an operator builds from stock nodes (diyWorkflow below): HTTP Request for the token,
//       HTTP Request with its built-in pagination, Split Out, a Code node classifying with a keyword
//       list and a tiny sentiment word list, a Code node grouping 50 per batch, HTTP Request per batch.
//       Retry On Fail is left at n8n's default (off) on every node.
// Each run is `n8n execute --id` (alternating a and b, `--rounds` clean rounds), then one run of each
// under the same injected faults, then one of each with only the sink's fault. Measured: wall time of `n8n execute`, the execution's own
// startedAt..stoppedAt, peak RSS (n8n's VmHWM and the summed RSS of n8n plus its task runner,
// sampled every 50 ms by rss-monitor.js), conversations lost and duplicated at the sink, and
// whether the execution reported an error.
// At every size (--sizes): (a) with the nodes' defaults (Audit Detail: summary per page / batch),
// (a') the same with Audit Detail "Per Record" (up to --per-record-max conversations) and (b); the
// faults runs at the first size only. Also measured: the execution data n8n stored (bytes of
// execution_data.data in its sqlite database) and where the wall time goes (n8n's start until the
// execution's startedAt, the execution, then saving the run data and exiting).
// --heap-run N: a first "Since Last Successful Sync" over N conversations in an n8n limited to a
// 2 GB heap (NODE_OPTIONS=--max-old-space-size=2048), the package's defaults (Max Conversations
// per Run 20,000): `n8n execute` again and again until a run fetches fewer than the maximum; the
// sink keeps its tickets between the runs, so lost and duplicated count over the whole sync.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { paths, ensureRuntime } = require('../scripts/e2e/lib/install');
const { namespaceScript } = require('../scripts/e2e/lib/namespace');
const {
	REPO,
	PORTS,
	readJson,
	buildAndPack,
	installCommunityPackage,
	n8nEnv,
} = require('../scripts/e2e/lib/runtime');
const pipeline = require('../scripts/e2e/lib/pipeline');
const { parseExecution, outputOf } = require('../scripts/e2e/lib/assertions');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
	const k = argv.indexOf(name);
	return k >= 0 && argv[k + 1] !== undefined ? Number(argv[k + 1]) : fallback;
};
const listOption = (name, fallback) => {
	const k = argv.indexOf(name);
	return k >= 0 && argv[k + 1] !== undefined ? argv[k + 1].split(',').map(Number) : fallback;
};
const SIZES = listOption('--sizes', [option('--conversations', 10000)]);
const ROUNDS = option('--rounds', 2);
const FAULTS_RUNS = !argv.includes('--no-faults');
const PER_RECORD_MAX = option('--per-record-max', 50000);
const HEAP_RUN = option('--heap-run', 0);
// --measure-only <work folder>: the tables again from a kept work folder (same flags as its run).
const MEASURE_ONLY = argv.includes('--measure-only')
	? argv[argv.indexOf('--measure-only') + 1]
	: '';
const MAX_PER_RUN = 20000;
const PAGE_SIZE = 100;
const BATCH_SIZE = 50;
const KEEP = argv.includes('--keep');

const IDS = {
	package: 'benchPackageFlow',
	packageRecord: 'benchPackageRecd',
	sync: 'benchPackageSync',
	diy: 'benchDiyStockFlw',
	basic: 'benchCxoneBasic1',
	header: 'benchSinkHeader1',
};
const VARIANTS = {
	package: { id: IDS.package, label: '(a) package nodes' },
	packageRecord: { id: IDS.packageRecord, label: "(a') package, audit per record" },
	sync: { id: IDS.sync, label: '(c) package, since last sync' },
	diy: { id: IDS.diy, label: '(b) stock nodes (DIY)' },
};

// Sandbox: a 429 (Retry-After 1 s) on the 3rd conversations request and a 503 on the 8th, which
// is the 7th page for a client that retried the 3rd once. Sink: a 503 on the 5th batch request.
const FAULTS = {
	sandboxFaults: [
		{ route: 'v2.conversations', type: '429', nth: 3, retryAfter: 1 },
		{ route: 'v2.conversations', type: '503', nth: 8 },
	],
	sinkFaults: [{ route: 'generic', type: '503', nth: 5 }],
};

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const title = (text) => console.log(`\n== ${text}`);

/**
 * (a): the end-to-end pipeline without its Slack branch, pages of 100, batches of 50, the nodes'
 * Audit Detail at its default; (a') the same with Audit Detail "Per Record"; (c) Since Last
 * Successful Sync from 31 days back, everything else at the nodes' defaults.
 */
function packageWorkflow(variant = 'package') {
	const wf = pipeline.workflow({
		slackUrl: 'http://127.0.0.1:1',
		pageSize: PAGE_SIZE,
		batchSize: BATCH_SIZE,
		auditDetail: variant === 'packageRecord' ? 'record' : null,
	});
	if (variant === 'sync') {
		const get = wf.nodes.find((n) => n.name === pipeline.NAMES.get);
		get.parameters = {
			resource: 'conversation',
			operation: 'getConversations',
			timeRange: 'sinceLastSync',
			initialLookbackHours: 31 * 24,
			returnAll: true,
		};
		const upsert = wf.nodes.find((n) => n.name === pipeline.NAMES.upsert);
		upsert.parameters = { ...upsert.parameters, batchSize: 50, options: {} };
	}
	const keep = new Set([
		pipeline.NAMES.trigger,
		pipeline.NAMES.get,
		pipeline.NAMES.classify,
		pipeline.NAMES.upsert,
	]);
	const to = (node) => ({ node, type: 'main', index: 0 });
	return {
		...wf,
		id: VARIANTS[variant].id,
		name: `Bench ${VARIANTS[variant].label}`,
		nodes: wf.nodes.filter((n) => keep.has(n.name)),
		connections: {
			[pipeline.NAMES.trigger]: { main: [[to(pipeline.NAMES.get)]] },
			[pipeline.NAMES.get]: { main: [[to(pipeline.NAMES.classify)], []] },
			[pipeline.NAMES.classify]: { main: [[to(pipeline.NAMES.upsert)], []] },
		},
	};
}

const DIY = {
	trigger: 'Manual Trigger',
	token: 'Get token',
	fetch: 'Get conversations',
	split: 'Split Out conversations',
	classify: 'Classify (Code)',
	group: 'Group by 50 (Code)',
	post: 'POST batch to sink',
};

const CLASSIFY_CODE = `// Priority from a few urgent keywords and a tiny sentiment word list.
const URGENT = ['urgent', 'asap', 'immediately', 'emergency', 'outage', 'down', 'broken',
  'not working', 'refund', 'charged twice', 'cancel', 'fraud', 'lawyer', 'complaint'];
const NEGATIVE = ['angry', 'terrible', 'awful', 'worst', 'hate', 'disappointed',
  'unacceptable', 'ridiculous', 'frustrated', 'useless', 'never again'];
const POSITIVE = ['thanks', 'thank you', 'great', 'love', 'awesome', 'happy', 'excellent'];
const hits = (text, words) => words.filter((w) => text.includes(w)).length;

return $input.all().map(({ json }) => {
  const text = \`\${json.subject ?? ''} \${json.body ?? ''}\`.toLowerCase();
  const urgent = hits(text, URGENT);
  const sentiment = hits(text, POSITIVE) - hits(text, NEGATIVE);
  let priority = 'LOW';
  if (urgent >= 2 || (urgent >= 1 && sentiment < 0)) priority = 'HIGH';
  else if (urgent >= 1 || sentiment < 0) priority = 'MEDIUM';
  return {
    json: {
      external_id: json.id,
      channel: json.channel,
      subject: json.subject,
      body: json.body,
      created_at: json.createdTimestamp,
      priority,
    },
  };
});`;

const GROUP_CODE = `// One item per batch of 50 tickets; the next node sends each batch as a JSON array.
const tickets = $input.all().map((item) => item.json);
const batches = [];
for (let i = 0; i < tickets.length; i += 50) {
  batches.push({ json: { tickets: tickets.slice(i, i + 50) } });
}
return batches;`;

/** (b): stock nodes only, every setting not named here at n8n's default (Retry On Fail off). */
function diyWorkflow({ sandboxUrl, sinkUrl }) {
	const node = (n, name, type, typeVersion, parameters, extra = {}) => ({
		id: `c2000000-0000-4000-8000-00000000000${n}`,
		name,
		type,
		typeVersion,
		position: [n * 220, 0],
		parameters,
		...extra,
	});
	const nodes = [
		node(1, DIY.trigger, 'n8n-nodes-base.manualTrigger', 1, {}),
		node(
			2,
			DIY.token,
			'n8n-nodes-base.httpRequest',
			4.2,
			{
				method: 'POST',
				url: `${sandboxUrl}/oauth2/token`,
				authentication: 'genericCredentialType',
				genericAuthType: 'httpBasicAuth',
				sendBody: true,
				contentType: 'form-urlencoded',
				bodyParameters: { parameters: [{ name: 'grant_type', value: 'client_credentials' }] },
				options: {},
			},
			{ credentials: { httpBasicAuth: { id: IDS.basic, name: 'CXone client (Basic)' } } },
		),
		node(3, DIY.fetch, 'n8n-nodes-base.httpRequest', 4.2, {
			url: `${sandboxUrl}/api/v2/conversations`,
			sendQuery: true,
			queryParameters: {
				parameters: [
					{ name: 'from', value: '={{ $now.minus({ days: 31 }).toUTC().toISO() }}' },
					{ name: 'limit', value: String(PAGE_SIZE) },
				],
			},
			sendHeaders: true,
			headerParameters: {
				parameters: [{ name: 'Authorization', value: '=Bearer {{ $json.access_token }}' }],
			},
			options: {
				pagination: {
					pagination: {
						paginationMode: 'updateAParameterInEachRequest',
						parameters: {
							parameters: [
								{
									type: 'qs',
									name: 'nextPageToken',
									value: '={{ $response.body.nextPageToken }}',
								},
							],
						},
						paginationCompleteWhen: 'other',
						completeExpression: '={{ !$response.body.nextPageToken }}',
					},
				},
			},
		}),
		node(4, DIY.split, 'n8n-nodes-base.splitOut', 1, { fieldToSplitOut: 'data', options: {} }),
		node(5, DIY.classify, 'n8n-nodes-base.code', 2, { jsCode: CLASSIFY_CODE }),
		node(6, DIY.group, 'n8n-nodes-base.code', 2, { jsCode: GROUP_CODE }),
		node(
			7,
			DIY.post,
			'n8n-nodes-base.httpRequest',
			4.2,
			{
				method: 'POST',
				url: `${sinkUrl}/tickets/batch`,
				authentication: 'genericCredentialType',
				genericAuthType: 'httpHeaderAuth',
				sendBody: true,
				specifyBody: 'json',
				jsonBody: '={{ JSON.stringify($json.tickets) }}',
				options: {},
			},
			{ credentials: { httpHeaderAuth: { id: IDS.header, name: 'Ticket sink (Bearer header)' } } },
		),
	];
	const order = Object.values(DIY);
	const connections = {};
	for (let k = 0; k < order.length - 1; k++) {
		connections[order[k]] = { main: [[{ node: order[k + 1], type: 'main', index: 0 }]] };
	}
	return {
		id: IDS.diy,
		name: 'Bench (b): stock nodes (HTTP Request, Split Out, Code)',
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

function credentials(urls) {
	return [
		...pipeline.credentials(urls),
		{
			id: IDS.basic,
			name: 'CXone client (Basic)',
			type: 'httpBasicAuth',
			data: { user: 'sandbox-client', password: 'sandbox-secret-v2' },
		},
		{
			id: IDS.header,
			name: 'Ticket sink (Bearer header)',
			type: 'httpHeaderAuth',
			data: { name: 'Authorization', value: 'Bearer sink-token' },
		},
	];
}

function phases(size, first) {
	const list = [];
	const clean = ['package', ...(size <= PER_RECORD_MAX ? ['packageRecord'] : []), 'diy'];
	for (let round = 1; round <= ROUNDS; round++) {
		for (const variant of clean) {
			list.push({
				name: `${size}-clean-${variant}-${round}`,
				size,
				variant,
				kind: 'clean',
				workflowId: VARIANTS[variant].id,
				sandboxFaults: [],
				sinkFaults: [],
			});
		}
	}
	if (!first || !FAULTS_RUNS) return list;
	for (const variant of ['package', 'diy']) {
		list.push({
			name: `${size}-faults-${variant}`,
			size,
			variant,
			kind: 'faults',
			workflowId: VARIANTS[variant].id,
			...FAULTS,
		});
	}
	// The DIY workflow stops at the 429 before it sends anything, so the sink's 503 alone as well.
	for (const variant of ['package', 'diy']) {
		list.push({
			name: `${size}-sink503-${variant}`,
			size,
			variant,
			kind: 'faults',
			workflowId: VARIANTS[variant].id,
			sandboxFaults: [],
			sinkFaults: FAULTS.sinkFaults,
		});
	}
	return list;
}

/** Runs of one first sync: the simulators keep their state from the second run on. */
function heapPhases(size) {
	const runs = Math.ceil(size / MAX_PER_RUN) + 1;
	return Array.from({ length: runs }, (_, k) => ({
		name: `${size}-heap2g-sync-${k + 1}`,
		size,
		variant: 'sync',
		kind: 'heap',
		workflowId: IDS.sync,
		sandboxFaults: [],
		sinkFaults: [],
		keepState: k > 0,
	}));
}

/**
 * Bytes of run data n8n stored per execution (execution_data.data), for the executions after
 * `afterId`, in order, with their workflow: each phase is one execution, in phase order.
 */
function storedExecutions(database, afterId) {
	const sql =
		'SELECT e.id, e.workflowId, length(CAST(d.data AS BLOB)), e.status, e.startedAt, e.stoppedAt ' +
		'FROM execution_entity e JOIN execution_data d ON d.executionId = e.id ' +
		`WHERE e.id > ${Number(afterId)} ORDER BY e.id;`;
	const out = spawnSync('sqlite3', ['-separator', '\t', database, sql], { encoding: 'utf8' });
	if (out.status !== 0) return [];
	// sqlite keeps the times as UTC text without a zone.
	const utc = (text) => (text ? Date.parse(`${text.replace(' ', 'T')}Z`) : undefined);
	return out.stdout
		.trim()
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [id, workflowId, bytes, status, startedAt, stoppedAt] = line.split('\t');
			return {
				id: Number(id),
				workflowId,
				bytes: Number(bytes),
				status,
				startedAt: utc(startedAt),
				stoppedAt: utc(stoppedAt),
			};
		});
}

/**
 * Pairs phases with the stored executions, in order, by workflow; the stored times and status
 * stand in for the printed execution when it was too large to read back.
 */
function attachStored(rows, executions) {
	let k = 0;
	for (const row of rows) {
		while (k < executions.length && executions[k].workflowId !== row.workflowId) k++;
		if (k >= executions.length) break;
		const stored = executions[k++];
		row.storedBytes = stored.bytes;
		if (row.execMs === undefined && stored.startedAt && stored.stoppedAt) {
			row.execMs = stored.stoppedAt - stored.startedAt;
			if (row.t0) {
				row.startupMs = stored.startedAt - row.t0;
				row.afterMs = row.t0 + row.wallMs - stored.stoppedAt;
			}
		}
		if (row.status === 'no output' || row.status === '(none)') {
			row.status = stored.status;
			row.error = row.exitCode !== 0 || stored.status !== 'success';
			if (row.error && !row.errorText)
				row.errorText = `status ${stored.status}, exit ${row.exitCode}`;
		}
	}
}

/** The execution JSON; on a failed execution n8n prints error lines after it. */
function readExecution(stdout) {
	try {
		return parseExecution(stdout);
	} catch (error) {
		const start = stdout.search(/^\{/m);
		const end = stdout.slice(start).search(/^\}/m);
		if (start === -1 || end === -1) throw error;
		return JSON.parse(stdout.slice(start, start + end + 1));
	}
}

/** The package's metrics item on an audit output, if the node ran. */
function metrics(execution, node, index) {
	return (outputOf(execution, node, index) ?? []).find((r) => r?.kind === 'metrics');
}

function measure(work, phase) {
	const file = (suffix) => path.join(work, `${phase.name}.${suffix}`);
	const text = (suffix) =>
		fs.existsSync(file(suffix)) ? fs.readFileSync(file(suffix), 'utf8') : '';
	const exitCode = Number(text('exit').trim() || -1);
	const expected = readJson(file('expected-ids.json'), { ids: [] }).ids;
	const tickets = readJson(file('tickets.json'), { tickets: [] }).tickets;
	const rss = readJson(file('rss.json'), {});
	const sandboxStats = readJson(file('sandbox-stats.json'), {});
	const sinkStats = readJson(file('sink-stats.json'), {});
	let execution;
	let parseError;
	// `--rawOutput` prints the whole run data: past a few hundred MB it is not read back (a string
	// that long is beyond V8); times and status then come from the database (attachStored).
	const stdoutBytes = fs.existsSync(file('stdout')) ? fs.statSync(file('stdout')).size : 0;
	try {
		if (stdoutBytes > 300 * 1048576)
			throw new Error(`printed execution of ${stdoutBytes} bytes not read`);
		execution = readExecution(text('stdout'));
	} catch (error) {
		parseError = error.message;
	}
	const byId = new Map(tickets.map((t) => [t.external_id, t]));
	const lost = expected.filter((id) => !byId.has(id)).length;
	const duplicated = tickets.filter((t) => t.creates > 1).length;
	const appliedTwice = tickets.filter((t) => t.creates + t.updates > 1).length;
	const resultError = execution?.data?.resultData?.error;
	const errorNode = resultError?.node?.name ?? execution?.data?.resultData?.lastNodeExecuted;
	const errorText = resultError
		? `${errorNode ? `${errorNode}: ` : ''}${String(resultError.message).split('\n')[0].slice(0, 90)}`
		: exitCode !== 0
			? `exit ${exitCode}${parseError ? ` (${parseError})` : ''}`
			: '';
	const startedAt = execution?.startedAt && Date.parse(execution.startedAt);
	const stoppedAt = execution?.stoppedAt && Date.parse(execution.stoppedAt);
	let retries = '';
	let failedOutput = '';
	if (phase.variant === 'package' && execution) {
		const get = metrics(execution, pipeline.NAMES.get, 1);
		const up = metrics(execution, pipeline.NAMES.upsert, 2);
		retries = `fetch ${get?.retries ?? '?'}, upsert ${up?.retries ?? '?'}`;
		failedOutput = String((outputOf(execution, pipeline.NAMES.upsert, 1) ?? []).length);
	}
	return {
		...phase,
		label: VARIANTS[phase.variant].label,
		exitCode,
		t0: Number(text('t0')) || undefined,
		wallMs: Number(text('ms').trim() || 0),
		execMs: startedAt && stoppedAt ? stoppedAt - startedAt : undefined,
		// Where the wall time goes: n8n's start until the execution starts, and from its end
		// until the process exits (saving the run data, printing it, shutting down).
		startupMs: startedAt && Number(text('t0')) ? startedAt - Number(text('t0')) : undefined,
		afterMs:
			stoppedAt && Number(text('t0'))
				? Number(text('t0')) + Number(text('ms').trim() || 0) - stoppedAt
				: undefined,
		fetched:
			phase.variant === 'sync' && execution
				? (outputOf(execution, pipeline.NAMES.get, 0) ?? []).length
				: undefined,
		status: execution?.status ?? (execution ? '(none)' : 'no output'),
		rootHwmMb: rss.rootHwmKb ? rss.rootHwmKb / 1024 : undefined,
		treeRssMb: rss.treeRssKb ? rss.treeRssKb / 1024 : undefined,
		expected: expected.length,
		tickets: tickets.length,
		lost,
		duplicated,
		appliedTwice,
		error:
			Boolean(resultError) ||
			exitCode !== 0 ||
			(execution?.status && execution.status !== 'success'),
		errorText,
		retries,
		failedOutput,
		faultsFired: {
			sandbox: (sandboxStats.faultsFired ?? []).map((f) => `${f.type}@${f.match ?? '?'}`),
			sink: (sinkStats.faultsFired ?? []).map((f) => `${f.type}@${f.match ?? '?'}`),
		},
		requests: {
			conversations: sandboxStats.requests?.['v2.conversations'] ?? 0,
			token: sandboxStats.requests?.['v2.token'] ?? 0,
			batches: sinkStats.requests?.generic ?? 0,
		},
	};
}

const mb = (v) => (v === undefined ? 'n/a' : `${Math.round(v)} MB`);
const sec = (v) => (v === undefined ? 'n/a' : `${(v / 1000).toFixed(1)} s`);
const bytes = (v) => (v === undefined ? 'n/a' : `${(v / 1048576).toFixed(1)} MB`);

function markdown(rows) {
	const head = [
		'run',
		'workflow',
		'`n8n execute` wall',
		'n8n start',
		'execution',
		'save + exit',
		'peak RSS n8n (VmHWM)',
		'peak RSS n8n + task runner',
		'execution data stored',
		'tickets / expected',
		'lost',
		'duplicated',
		'error reported',
	];
	const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
	for (const r of rows) {
		lines.push(
			`| ${[
				r.name,
				r.label,
				sec(r.wallMs),
				sec(r.startupMs),
				sec(r.execMs),
				sec(r.afterMs),
				mb(r.rootHwmMb),
				mb(r.treeRssMb),
				bytes(r.storedBytes),
				`${r.tickets} / ${r.expected}`,
				r.lost,
				r.duplicated +
					(r.appliedTwice !== r.duplicated ? ` (${r.appliedTwice} applied twice)` : ''),
				r.error ? `yes: ${r.errorText.replace(/\|/g, '\\|')}` : 'no',
			].join(' | ')} |`,
		);
	}
	return lines.join('\n');
}

/** Per size, the clean runs' means of each variant, and (a)/(b) ratios. */
function summary(rows) {
	const mean = (list, key) => {
		const values = list.map((r) => r[key]).filter((v) => v !== undefined);
		return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
	};
	const head = [
		'conversations',
		'workflow',
		'runs',
		'wall',
		'n8n start',
		'execution',
		'save + exit',
		'peak RSS n8n',
		'n8n + task runner',
		'execution data stored',
	];
	const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
	const ratios = [];
	for (const size of [...new Set(rows.map((r) => r.size))]) {
		const means = {};
		for (const variant of ['package', 'packageRecord', 'diy']) {
			const clean = rows.filter(
				(r) => r.size === size && r.variant === variant && r.kind === 'clean',
			);
			if (!clean.length) continue;
			const m = {};
			for (const key of [
				'wallMs',
				'startupMs',
				'execMs',
				'afterMs',
				'rootHwmMb',
				'treeRssMb',
				'storedBytes',
			])
				m[key] = mean(clean, key);
			means[variant] = m;
			lines.push(
				`| ${size} | ${VARIANTS[variant].label} | ${clean.length} | ${sec(m.wallMs)} | ${sec(m.startupMs)} | ` +
					`${sec(m.execMs)} | ${sec(m.afterMs)} | ${mb(m.rootHwmMb)} | ${mb(m.treeRssMb)} | ${bytes(m.storedBytes)} |`,
			);
		}
		const ratio = (a, key) =>
			means[a]?.[key] && means.diy?.[key] ? (means[a][key] / means.diy[key]).toFixed(2) : 'n/a';
		for (const a of ['package', 'packageRecord']) {
			if (!means[a]) continue;
			ratios.push(
				`${size} ${VARIANTS[a].label} / (b): wall ${ratio(a, 'wallMs')}, execution ${ratio(a, 'execMs')}, ` +
					`peak RSS n8n + runner ${ratio(a, 'treeRssMb')}, stored ${ratio(a, 'storedBytes')}`,
			);
		}
	}
	return `${lines.join('\n')}\n\n${ratios.join('\n')}`;
}

/** One namespace run: the simulators with `size` conversations, then the phases. */
function runNamespace(work, size, list, env, name) {
	const script = path.join(work, `namespace-${name}.sh`);
	fs.writeFileSync(
		script,
		namespaceScript({
			repo: REPO,
			work,
			node: paths.node,
			n8nBin: paths.n8nBin,
			ports: PORTS,
			conversations: size,
			workflowId: IDS.package,
			phases: list,
			executeTimeout: 1800,
			monitor: path.join(__dirname, '..', 'scripts', 'e2e', 'lib', 'rss-monitor.js'),
			exportCredentials: false,
		}),
		{ mode: 0o755 },
	);
	title(
		`n8n in a loopback-only network namespace: ${size} conversations, ${list.length} runs (${name})`,
	);
	const unshare = process.getuid?.() === 0 ? ['-n'] : ['-r', '-n'];
	const ns = spawnSync('unshare', [...unshare, 'bash', script], { stdio: 'inherit', env });
	if (ns.status !== 0) console.log(`namespace script exit ${ns.status ?? ns.signal}`);
	return ns.status === 0;
}

function printRow(r) {
	console.log(
		`${r.name.padEnd(28)} ${r.label.padEnd(30)} wall ${sec(r.wallMs).padStart(7)} (start ${sec(r.startupMs)}, ` +
			`exec ${sec(r.execMs)}, save+exit ${sec(r.afterMs)})  RSS n8n ${mb(r.rootHwmMb).padStart(7)}  ` +
			`n8n+runner ${mb(r.treeRssMb).padStart(7)}  stored ${bytes(r.storedBytes)}  ` +
			`tickets ${r.tickets}/${r.expected}  lost ${r.lost}  dup ${r.duplicated}  ` +
			`error ${r.error ? `yes (${r.errorText})` : 'no'}`,
	);
	console.log(
		`${' '.repeat(29)}requests: token ${r.requests.token}, conversations ${r.requests.conversations}, ` +
			`sink batches ${r.requests.batches}; faults fired: sandbox [${r.faultsFired.sandbox.join(', ')}], ` +
			`sink [${r.faultsFired.sink.join(', ')}]` +
			(r.retries
				? `; package retries: ${r.retries}; Upsert failure output ${r.failedOutput}`
				: '') +
			(r.fetched !== undefined ? `; fetched ${r.fetched}` : ''),
	);
}

function main() {
	const started = Date.now();
	title('runtime');
	const runtime = ensureRuntime();
	const work = MEASURE_ONLY || fs.mkdtempSync(path.join(os.tmpdir(), 'cxone-bench-'));
	const userFolder = path.join(work, 'n8n-home');
	const database = path.join(userFolder, '.n8n', 'database.sqlite');
	let failed = false;
	try {
		const lists = SIZES.map((size, k) => ({ size, list: phases(size, k === 0) }));
		const heapList = HEAP_RUN > 0 ? heapPhases(HEAP_RUN) : [];
		if (!MEASURE_ONLY) {
			title('package');
			const { tarball } = buildAndPack(work);
			installCommunityPackage(tarball, userFolder);
			console.log(`packed and installed ${path.basename(tarball)}`);

			const urls = {
				sandboxUrl: `http://127.0.0.1:${PORTS.sandbox}`,
				sinkUrl: `http://127.0.0.1:${PORTS.sink}`,
			};
			fs.writeFileSync(
				path.join(work, 'credentials.json'),
				JSON.stringify(credentials(urls), null, 2),
			);
			const workflows = [
				packageWorkflow('package'),
				packageWorkflow('packageRecord'),
				packageWorkflow('sync'),
				diyWorkflow(urls),
			];
			fs.writeFileSync(path.join(work, 'workflow.json'), JSON.stringify(workflows, null, 2));
			fs.writeFileSync(path.join(work, 'diy-workflow.json'), JSON.stringify(workflows[3], null, 2));
			const env = n8nEnv(userFolder, work);
			for (const { size, list } of lists) {
				if (!runNamespace(work, size, list, env, `size-${size}`)) failed = true;
			}
			if (heapList.length) {
				// n8n and its task runner inherit the limit, as NODE_OPTIONS set for an instance would.
				const heapEnv = { ...env, NODE_OPTIONS: '--max-old-space-size=2048' };
				runNamespace(work, HEAP_RUN, heapList, heapEnv, 'heap-2g');
			}
		}
		// Every phase is one execution, in phase order.
		const rows = lists.flatMap(({ list }) => list.map((phase) => measure(work, phase)));
		const heapRows = heapList.map((phase) => measure(work, phase));
		attachStored([...rows, ...heapRows], storedExecutions(database, 0));

		title('results');
		for (const r of [...rows, ...heapRows]) {
			printRow(r);
			if (r.kind === 'clean' && (r.error || r.lost || r.duplicated)) failed = true;
		}
		fs.writeFileSync(
			path.join(work, 'results.json'),
			JSON.stringify([...rows, ...heapRows], null, 2),
		);
		title('markdown');
		console.log(
			`Node ${runtime.node}, n8n ${runtime.n8n}, ${os.cpus().length} CPUs, load average ` +
				`${os
					.loadavg()
					.map((v) => v.toFixed(1))
					.join(' ')}; sizes ${SIZES.join(', ')}, ` +
				`pages of ${PAGE_SIZE}, batches of ${BATCH_SIZE}; total ${seconds(Date.now() - started)}\n`,
		);
		console.log(markdown(rows));
		console.log(`\n${summary(rows)}`);
		if (heapRows.length) {
			const last = heapRows[heapRows.length - 1];
			const peak = Math.max(...heapRows.map((r) => r.treeRssMb ?? 0));
			const completed = heapRows.every((r) => !r.error);
			console.log(
				`\nfirst sync over ${HEAP_RUN} conversations, NODE_OPTIONS=--max-old-space-size=2048, defaults ` +
					`(Max Conversations per Run ${MAX_PER_RUN}): ${heapRows.length} runs, fetched ` +
					`${heapRows.map((r) => r.fetched ?? '?').join(' + ')}; every run completed: ${completed ? 'yes' : 'no'}; ` +
					`peak RSS n8n + task runner ${mb(peak)}; at the end the sink holds ${last.tickets} / ${last.expected}, ` +
					`lost ${last.lost}, created twice ${last.duplicated}\n`,
			);
			console.log(markdown(heapRows));
			if (!completed || last.lost || last.duplicated) failed = true;
		}
		if (failed) {
			console.log(
				`\na clean run failed or the namespace script did not finish; evidence in ${work}`,
			);
			process.exitCode = 1;
		}
	} finally {
		if (KEEP || process.exitCode) console.log(`work folder kept: ${work}`);
		else fs.rmSync(work, { recursive: true, force: true });
	}
}

try {
	main();
} catch (error) {
	console.error(`\nbench:e2e: ${error.message}`);
	process.exitCode = 1;
}
