#!/usr/bin/env node
'use strict';
// End-to-end test in a real n8n 2.x:
// `npm run test:e2e [-- --no-browser] [-- --keep]`.
//
// 1. Node 24 and n8n in a cache folder outside the repository (installed once, then reused).
// 2. This package built, packed with `npm pack` and installed into $N8N_USER_FOLDER/.n8n/nodes
//    the way Settings > Community Nodes installs it, so a file missing from the tarball or an import
//    n8n cannot resolve fails here.
// 3. In one loopback-only network namespace: the CXone simulator, the ticket sink and a Slack
//    stand-in; `n8n import:credentials`, `n8n import:workflow`, then `n8n execute` of the pipeline,
//    once clean and once with faults injected (429s and a 401 mid-pagination, a 503 from the sink).
// 4. Checks on the execution JSON and on what the simulators received (scripts/e2e/lib/assertions.js).
// 5. `n8n start`, a headless browser (Debian's chromium, installed here when missing) logs in and
//    photographs the workflow into the artefacts folder ($E2E_ARTEFACTS or a new temporary one),
//    never into the tracked tree (the README picture comes from `npm run test:e2e:editor --
//    --refresh-pictures`). A browser step that cannot run fails the run; --no-browser leaves it
//    out and says so.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { paths, ensureRuntime, ensurePlaywright, ensureChromium } = require('./lib/install');
const { namespaceScript } = require('./lib/namespace');
const pipeline = require('./lib/pipeline');
const { checkPhase } = require('./lib/assertions');
const {
	REPO,
	PORTS,
	sh,
	readJson,
	buildAndPack,
	installCommunityPackage,
	n8nEnv,
} = require('./lib/runtime');

const CONVERSATIONS = 300;
const FIXED_SECRETS = ['sandbox-secret-v2', 'sink-token'];

const PHASES = [
	{ name: 'clean', sandboxFaults: [], sinkFaults: [] },
	{
		name: 'faults',
		// Requests 2 and 3 to the conversations list get 429 (Retry-After 1 s), request 5 a 401
		// that also invalidates the token; the second batch sent to the sink gets a 503.
		sandboxFaults: [
			{ route: 'v2.conversations', type: '429', nth: 2, times: 2, retryAfter: 1 },
			{ route: 'v2.conversations', type: '401', nth: 5 },
		],
		sinkFaults: [{ route: 'generic', type: '503', nth: 2, retryAfter: 1 }],
		expectFaults: { sandbox: 3, sink: 1 },
	},
];

const args = new Set(process.argv.slice(2));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const title = (text) => console.log(`\n== ${text}`);

/** An importable example workflow of the repository, if there is one, for the screenshot. */
function exampleWorkflow(work) {
	const dir = path.join(REPO, 'examples');
	const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
	// The scheduled example first: the trigger's (social-inbox-triage-trigger.json) sorts before it.
	const file = files.find((f) => f === 'social-inbox-triage.json') ?? files[0];
	if (!file) return undefined;
	const workflow = readJson(path.join(dir, file));
	if (!workflow?.nodes) return undefined;
	const copy = { ...workflow, id: workflow.id || 'e2eExampleFlow01', active: false };
	const target = path.join(work, 'example-workflow.json');
	fs.writeFileSync(target, JSON.stringify(copy, null, 2));
	return { file: target, id: copy.id, source: path.relative(REPO, path.join(dir, file)) };
}

function browserPlan(work) {
	if (args.has('--no-browser')) return { skipped: '--no-browser' };
	const chromium = ensureChromium();
	const playwright = ensurePlaywright();
	if (!playwright) throw new Error('playwright-core could not be installed for the browser step');
	const example = exampleWorkflow(work);
	const artefacts =
		process.env.E2E_ARTEFACTS || fs.mkdtempSync(path.join(os.tmpdir(), 'cxone-e2e-artefacts-'));
	return {
		script: path.join(__dirname, 'lib', 'browser.js'),
		extraWorkflow: example?.file,
		workflowId: example?.id ?? pipeline.IDS.workflow,
		source: example?.source ?? 'scripts/e2e/lib/pipeline.js',
		playwright,
		chromium,
		screenshot: path.join(artefacts, 'workflow.png'),
	};
}

function collectPhase(work, phase) {
	const file = (suffix) => path.join(work, `${phase.name}.${suffix}`);
	const text = (suffix) =>
		fs.existsSync(file(suffix)) ? fs.readFileSync(file(suffix), 'utf8') : '';
	const credentials = readJson(file('credentials.json'), []);
	const token = credentials.find((c) => c.type === 'cxoneApi')?.data?.accessToken || undefined;
	return {
		name: phase.name,
		exitCode: Number(text('exit').trim() || -1),
		ms: Number(text('ms').trim() || 0),
		stdout: text('stdout'),
		stderr: text('stderr'),
		expectedIds: readJson(file('expected-ids.json'), { ids: [] }).ids,
		tickets: readJson(file('tickets.json'), { count: 0, tickets: [] }),
		sinkStats: readJson(file('sink-stats.json'), {}),
		sandboxStats: readJson(file('sandbox-stats.json'), {}),
		slack: readJson(file('slack.json'), { count: 0, messages: [] }),
		faults: phase.expectFaults,
		token,
	};
}

function main() {
	const started = Date.now();
	const failures = [];

	title('runtime');
	const runtime = ensureRuntime();

	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cxone-e2e-'));
	const userFolder = path.join(work, 'n8n-home');
	try {
		title('package');
		let t = Date.now();
		const { tarball, files } = buildAndPack(work);
		const packageDir = installCommunityPackage(tarball, userFolder);
		console.log(
			`built, packed ${path.basename(tarball)} (${files.length} files) and installed into ` +
				`${path.relative(work, packageDir)} in ${seconds(Date.now() - t)}`,
		);

		const sandboxUrl = `http://127.0.0.1:${PORTS.sandbox}`;
		const sinkUrl = `http://127.0.0.1:${PORTS.sink}`;
		const slackUrl = `http://127.0.0.1:${PORTS.slack}`;
		fs.writeFileSync(
			path.join(work, 'credentials.json'),
			JSON.stringify(pipeline.credentials({ sandboxUrl, sinkUrl }), null, 2),
		);
		fs.writeFileSync(
			path.join(work, 'workflow.json'),
			JSON.stringify(pipeline.workflow({ slackUrl }), null, 2),
		);

		const browser = browserPlan(work);
		const runsBrowser = browser && !browser.skipped;
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
				workflowId: pipeline.IDS.workflow,
				phases: PHASES,
				browser: runsBrowser ? browser : undefined,
			}),
			{ mode: 0o755 },
		);

		title('n8n in a loopback-only network namespace');
		t = Date.now();
		const env = n8nEnv(userFolder, work);
		if (runsBrowser) {
			Object.assign(env, {
				E2E_PLAYWRIGHT: browser.playwright,
				E2E_CHROMIUM: browser.chromium,
				E2E_WORKFLOW_ID: browser.workflowId,
				E2E_SCREENSHOT: browser.screenshot,
			});
		}
		const unshare = process.getuid?.() === 0 ? ['-n'] : ['-r', '-n'];
		const ns = spawnSync('unshare', [...unshare, 'bash', script], { stdio: 'inherit', env });
		console.log(`namespace finished with exit ${ns.status} in ${seconds(Date.now() - t)}`);
		if (ns.status !== 0) failures.push(`namespace script exit ${ns.status ?? ns.signal}`);

		const core = require(REPO);
		const collected = PHASES.map((phase) => collectPhase(work, phase));
		const tokens = collected.map((p) => p.token).filter(Boolean);
		const summary = [];
		let previousHead;
		collected.forEach((phase, i) => {
			title(`phase ${phase.name} (n8n execute ${seconds(phase.ms)})`);
			const { results, head } = checkPhase(
				{
					...phase,
					secrets: [...FIXED_SECRETS, ...tokens],
					fixedSecrets: FIXED_SECRETS.length,
					tokens: { before: collected[i - 1]?.token, after: phase.token },
					previousHead,
				},
				core,
			);
			previousHead = head;
			for (const r of results) {
				console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.detail ? `: ${r.detail}` : ''}`);
				if (!r.ok) failures.push(`${phase.name}: ${r.name}`);
			}
			summary.push(`${phase.name}: ${results.filter((r) => r.ok).length}/${results.length} checks`);
		});

		if (browser) {
			title('browser');
			if (browser.skipped) {
				console.log(`skipped on request (${browser.skipped})`);
				summary.push(`browser: skipped (${browser.skipped})`);
			} else {
				const read = (name) =>
					fs.existsSync(path.join(work, name))
						? fs.readFileSync(path.join(work, name), 'utf8').trim()
						: '';
				const exit = read('browser.exit');
				console.log(read('browser.log') || 'the browser step left no log');
				if (exit !== '0')
					failures.push(`browser: screenshot of the workflow (exit ${exit || 'none'})`);
				else summary.push(`browser: ${browser.screenshot} (${browser.source})`);
			}
		}

		title('summary');
		console.log(
			`runtime: Node ${runtime.node}, n8n ${runtime.n8n} (${runtime.fresh ? 'installed' : 'cached'} in ${seconds(runtime.seconds * 1000)})`,
		);
		for (const line of summary) console.log(line);
		console.log(`total ${seconds(Date.now() - started)}`);
		if (failures.length) {
			console.log(`\nFAILED (${failures.length}):\n  ${failures.join('\n  ')}`);
			console.log(`evidence kept in ${work}`);
			process.exitCode = 1;
		} else {
			console.log(
				browser.skipped
					? `\nall end-to-end checks passed, except the browser step, left out (${browser.skipped})`
					: '\nall end-to-end checks passed',
			);
		}
	} finally {
		if (!process.exitCode && !args.has('--keep')) fs.rmSync(work, { recursive: true, force: true });
		else if (args.has('--keep')) console.log(`work folder kept: ${work}`);
	}
}

if (require.main === module) {
	try {
		main();
	} catch (error) {
		console.error(`\ne2e: ${error.message}`);
		process.exitCode = 1;
	}
}
