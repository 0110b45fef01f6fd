#!/usr/bin/env node
'use strict';
// `npm run bench:e2e [-- --conversations 10000] [-- --rounds 2] [-- --keep]`
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
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { paths, ensureRuntime } = require('../scripts/e2e/lib/install');
const { namespaceScript } = require('../scripts/e2e/lib/namespace');
const { REPO, PORTS, readJson, buildAndPack, installCommunityPackage, n8nEnv } = require('../scripts/e2e/lib/runtime');
const pipeline = require('../scripts/e2e/lib/pipeline');
const { parseExecution, outputOf } = require('../scripts/e2e/lib/assertions');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
	const k = argv.indexOf(name);
	return k >= 0 && argv[k + 1] !== undefined ? Number(argv[k + 1]) : fallback;
};
const CONVERSATIONS = option('--conversations', 10000);
const ROUNDS = option('--rounds', 2);
const PAGE_SIZE = 100;
const BATCH_SIZE = 50;
const KEEP = argv.includes('--keep');

const IDS = {
	package: 'benchPackageFlow',
	diy: 'benchDiyStockFlw',
	basic: 'benchCxoneBasic1',
	header: 'benchSinkHeader1',
};
const VARIANTS = {
	package: { id: IDS.package, label: '(a) package nodes' },
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

/** (a): the end-to-end pipeline without its Slack branch, pages of 100, batches of 50. */
function packageWorkflow() {
	const wf = pipeline.workflow({
		slackUrl: 'http://127.0.0.1:1',
		pageSize: PAGE_SIZE,
		batchSize: BATCH_SIZE,
	});
	const keep = new Set([
		pipeline.NAMES.trigger,
		pipeline.NAMES.get,
		pipeline.NAMES.classify,
		pipeline.NAMES.upsert,
	]);
	const to = (node) => ({ node, type: 'main', index: 0 });
	return {
		...wf,
		id: IDS.package,
		name: 'Bench (a): CXone package nodes',
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

function phases() {
	const list = [];
	for (let round = 1; round <= ROUNDS; round++) {
		for (const variant of ['package', 'diy']) {
			list.push({
				name: `clean-${variant}-${round}`,
				variant,
				kind: 'clean',
				workflowId: VARIANTS[variant].id,
				sandboxFaults: [],
				sinkFaults: [],
			});
		}
	}
	for (const variant of ['package', 'diy']) {
		list.push({
			name: `faults-${variant}`,
			variant,
			kind: 'faults',
			workflowId: VARIANTS[variant].id,
			...FAULTS,
		});
	}
	// The DIY workflow stops at the 429 before it sends anything, so the sink's 503 alone as well.
	for (const variant of ['package', 'diy']) {
		list.push({
			name: `sink503-${variant}`,
			variant,
			kind: 'faults',
			workflowId: VARIANTS[variant].id,
			sandboxFaults: [],
			sinkFaults: FAULTS.sinkFaults,
		});
	}
	return list;
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
	try {
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
		wallMs: Number(text('ms').trim() || 0),
		execMs: startedAt && stoppedAt ? stoppedAt - startedAt : undefined,
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

function markdown(rows) {
	const head = [
		'run',
		'workflow',
		'`n8n execute` wall',
		'execution (startedAt..stoppedAt)',
		'peak RSS n8n (VmHWM)',
		'peak RSS n8n + task runner',
		'tickets / expected',
		'lost',
		'duplicated (creates > 1)',
		'error reported',
	];
	const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
	for (const r of rows) {
		lines.push(
			`| ${[
				r.name,
				r.label,
				sec(r.wallMs),
				sec(r.execMs),
				mb(r.rootHwmMb),
				mb(r.treeRssMb),
				`${r.tickets} / ${r.expected}`,
				r.lost,
				r.duplicated +
					(r.appliedTwice !== r.duplicated ? ` (${r.appliedTwice} applied twice)` : ''),
				r.error ? `yes: ${r.errorText.replace(/\|/g, '\\|')}` : 'no',
			].join(' | ')} |`,
		);
	}
	for (const variant of Object.keys(VARIANTS)) {
		const clean = rows.filter((r) => r.variant === variant && r.kind === 'clean');
		if (clean.length < 2) continue;
		const mean = (key) => {
			const values = clean.map((r) => r[key]).filter((v) => v !== undefined);
			return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
		};
		lines.push(
			`| clean mean (${clean.length} runs) | ${VARIANTS[variant].label} | ${sec(mean('wallMs'))} | ` +
				`${sec(mean('execMs'))} | ${mb(mean('rootHwmMb'))} | ${mb(mean('treeRssMb'))} | | | | |`,
		);
	}
	return lines.join('\n');
}

function main() {
	const started = Date.now();
	title('runtime');
	const runtime = ensureRuntime();
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cxone-bench-'));
	const userFolder = path.join(work, 'n8n-home');
	let failed = false;
	try {
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
		const workflows = [packageWorkflow(), diyWorkflow(urls)];
		fs.writeFileSync(path.join(work, 'workflow.json'), JSON.stringify(workflows, null, 2));
		fs.writeFileSync(path.join(work, 'diy-workflow.json'), JSON.stringify(workflows[1], null, 2));

		const list = phases();
		const script = path.join(work, 'namespace.sh');
		fs.writeFileSync(
			script,
			namespaceScript({
				repo: REPO,
				work,
				node: paths.node,
				n8nBin: paths.n8nBin,
				ports: PORTS,
				conversations: CONVERSATIONS,
				workflowId: IDS.package,
				phases: list,
				executeTimeout: 1200,
				monitor: path.join(__dirname, '..', 'scripts', 'e2e', 'lib', 'rss-monitor.js'),
				exportCredentials: false,
			}),
			{ mode: 0o755 },
		);

		title(
			`n8n in a loopback-only network namespace: ${CONVERSATIONS} conversations, ` +
				`${list.length} runs (${ROUNDS} clean round(s) of a and b, then a and b under faults, then sink fault only)`,
		);
		const env = n8nEnv(userFolder, work);
		const unshare = process.getuid?.() === 0 ? ['-n'] : ['-r', '-n'];
		const ns = spawnSync('unshare', [...unshare, 'bash', script], { stdio: 'inherit', env });
		if (ns.status !== 0) {
			failed = true;
			console.log(`namespace script exit ${ns.status ?? ns.signal}`);
		}

		const rows = list.map((phase) => measure(work, phase));
		title('results');
		for (const r of rows) {
			console.log(
				`${r.name.padEnd(16)} ${r.label.padEnd(22)} wall ${sec(r.wallMs).padStart(7)}  exec ${sec(r.execMs).padStart(7)}  ` +
					`RSS n8n ${mb(r.rootHwmMb).padStart(7)}  n8n+runner ${mb(r.treeRssMb).padStart(7)}  ` +
					`tickets ${r.tickets}/${r.expected}  lost ${r.lost}  dup ${r.duplicated}  ` +
					`error ${r.error ? `yes (${r.errorText})` : 'no'}`,
			);
			console.log(
				`${' '.repeat(17)}requests: token ${r.requests.token}, conversations ${r.requests.conversations}, ` +
					`sink batches ${r.requests.batches}; faults fired: sandbox [${r.faultsFired.sandbox.join(', ')}], ` +
					`sink [${r.faultsFired.sink.join(', ')}]` +
					(r.retries
						? `; package retries: ${r.retries}; Upsert failure output ${r.failedOutput}`
						: ''),
			);
			if (r.kind === 'clean' && (r.error || r.lost || r.duplicated)) failed = true;
		}
		fs.writeFileSync(path.join(work, 'results.json'), JSON.stringify(rows, null, 2));
		title('markdown');
		console.log(
			`Node ${runtime.node}, n8n ${runtime.n8n}, ${os.cpus().length} CPUs; ${CONVERSATIONS} conversations, ` +
				`pages of ${PAGE_SIZE}, batches of ${BATCH_SIZE}; total ${seconds(Date.now() - started)}\n`,
		);
		console.log(markdown(rows));
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
