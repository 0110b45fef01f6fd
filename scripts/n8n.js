#!/usr/bin/env node
'use strict';
// A real n8n 2.x editor with this package installed, for trying it by hand: `npm run n8n`.
//
//   node scripts/n8n.js            start, print the URL and the login, run until Ctrl-C
//   node scripts/n8n.js --check    start, log in through the API, find the example workflow, stop
//   node scripts/n8n.js --keep     keep the work folder (n8n's user folder, logs) afterwards
//   node scripts/n8n.js --editor-test [--refresh-pictures]
//                                  start, walk the editor as an operator would with headless
//                                  Chromium (scripts/e2e/lib/editor.js), stop; screenshots go to
//                                  $E2E_ARTEFACTS or a new temporary folder, docs/workflow.png only
//                                  with --refresh-pictures
//   N8N_DEMO_EMAIL / N8N_DEMO_PASSWORD   the owner account (default owner@example.com and a
//                                        generated password, printed)
//
// Reuses the end-to-end machinery: Node 24 and n8n 2.41.1 from the cache folder (scripts/e2e/
// install.js), the package built, packed and installed as a community package, and n8n's quiet,
// local environment (scripts/e2e/run.js), the credentials of scripts/e2e/lib/pipeline.js.
//
// Network: everything runs inside ONE loopback-only network namespace (`unshare -n`): the CXone
// simulator with 1000 conversations and the ticket sink (sandbox/cli.js, ports 4010/4011), the Slack
// stand-in (4012), the n8n imports and `n8n start` on 127.0.0.1:5678. The namespace has `lo` and
// nothing else (the generated script refuses to run otherwise), so n8n has no route off the
// machine. A namespace's 127.0.0.1 is its own, so the editor is not reachable from the host by
// itself. The bridge (scripts/e2e/lib/bridge.js) uses the one thing the two sides share, the file
// system: inside the namespace a forwarder listens on a unix socket in the work folder (mode 0600,
// folder 0700) and connects to 127.0.0.1:5678 there; this process listens on the host's
// 127.0.0.1:5678 and connects to that socket. Connections go host -> namespace only; no veth, no
// route, no extra package (socat), and it works without root too (`unshare -r -n`).
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const { paths, ensureRuntime, ensurePlaywright, ensureChromium } = require('./e2e/lib/install');
const { shellHelpers } = require('./e2e/lib/namespace');
const { REPO, PORTS, buildAndPack, installCommunityPackage, n8nEnv } = require('./e2e/lib/runtime');
const { forward } = require('./e2e/lib/bridge');
const pipeline = require('./e2e/lib/pipeline');

const CONVERSATIONS = 1000;
// Where the editor's copy of the example posts its Slack alerts (the stand-in keeps them).
const SLACK_PATH = '/services/T0LOCAL/B0LOCAL/example';
const EXAMPLE_FILE = path.join(REPO, 'examples', 'social-inbox-triage.json');
// n8n ids: 16 characters, letters and digits.
const EXAMPLE_ID = 'cxoneExampleFlow';
const CREDENTIAL_NAMES = { cxoneApi: 'NICE CXone API', ticketingApi: 'Ticketing Endpoint' };
const HOST = '127.0.0.1';
// The editor inside the namespace; the host side of the bridge is BASE (the same port, except for
// --editor-test, which takes any free one so that it can run beside a `npm run n8n` session).
const INSIDE = `http://${HOST}:${PORTS.n8n}`;
let BASE = INSIDE;
const START_TIMEOUT_MS = 180_000;

const args = new Set(process.argv.slice(2));
const editorTest = args.has('--editor-test');
const check = args.has('--check') || editorTest;
const q = (value) => `'${String(value).replace(/'/g, "'\\''")}'`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// A timer that does not keep this process alive on its own.
const deadline = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

function owner() {
	const email = process.env.N8N_DEMO_EMAIL || 'owner@example.com';
	// n8n's password rules: 8 to 64 characters, at least one digit and one capital letter.
	const password =
		process.env.N8N_DEMO_PASSWORD || `Demo-${crypto.randomBytes(9).toString('base64url')}-7Q`;
	return { email, password, generated: !process.env.N8N_DEMO_PASSWORD };
}

/** The sandbox credentials of the pipeline test, under the names the example workflow uses. */
function credentials() {
	return pipeline
		.credentials({
			sandboxUrl: `http://127.0.0.1:${PORTS.sandbox}`,
			sinkUrl: `http://127.0.0.1:${PORTS.sink}`,
		})
		.map((c) => ({ ...c, name: `${CREDENTIAL_NAMES[c.type] ?? c.name} (sandbox)` }));
}

/**
 * The example as the editor set-up imports it, so that "Execute workflow" runs green on the first
 * click: Slack goes to the local stand-in (an HTTP Request with the same name, text and channel;
 * a Slack node cannot be pointed at another host), and a sticky note says so. The file users
 * import is left as it is.
 */
function forEditor(example) {
	const copy = structuredClone(example);
	const slack = copy.nodes.find((n) => n.type === 'n8n-nodes-base.slack');
	if (slack) {
		const { text, channelId } = slack.parameters;
		Object.assign(slack, {
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: {
				method: 'POST',
				url: `http://127.0.0.1:${PORTS.slack}${SLACK_PATH}`,
				sendBody: true,
				contentType: 'json',
				specifyBody: 'keypair',
				bodyParameters: {
					parameters: [
						{ name: 'channel', value: channelId?.value ?? '#support-urgent' },
						{ name: 'text', value: text },
					],
				},
				options: {},
			},
		});
		delete slack.credentials;
		copy.nodes.push({
			parameters: {
				content: `## Local stand-in (npm run n8n only)\n**${slack.name}** posts to a Slack stand-in on 127.0.0.1:${PORTS.slack} here, so the example runs without a Slack workspace. The file in examples/ uses n8n's Slack node.`,
				height: 200,
				width: 360,
				color: 3,
			},
			id: 'e9d1c3b5-7a2f-4e6d-8c1b-0f2e4d6a8c10',
			name: 'Local Stand-In',
			type: 'n8n-nodes-base.stickyNote',
			typeVersion: 1,
			position: [slack.position[0] + 260, slack.position[1] - 120],
		});
	}
	return copy;
}

/** Points every node's credential of a type we import at the imported one, by id. */
function wire(workflow, creds) {
	const byType = Object.fromEntries(creds.map((c) => [c.type, { id: c.id, name: c.name }]));
	for (const node of workflow.nodes) {
		for (const type of Object.keys(node.credentials ?? {})) {
			if (byType[type]) node.credentials[type] = byType[type];
		}
	}
	return workflow;
}

function namespaceScript({ work, socket }) {
	return `#!/usr/bin/env bash
# Generated by scripts/n8n.js; runs under \`unshare -n\`, so loopback is the only network.
set -uo pipefail
REPO=${q(REPO)}
WORK=${q(work)}
NODE=${q(paths.node)}
N8N_BIN=${q(paths.n8nBin)}
SOCKET=${q(socket)}
HOST_PID=${process.pid}
PIDS=''
SLEEP_PID=''

${shellHelpers()}
step "simulators: CXone sandbox (${CONVERSATIONS} conversations, :${PORTS.sandbox}), ticket sink (:${PORTS.sink}), Slack stand-in (:${PORTS.slack})"
node "$REPO/sandbox/cli.js" --port ${PORTS.sandbox} --conversations ${CONVERSATIONS} --tickets --tickets-port ${PORTS.sink} > "$WORK/sandbox.log" 2>&1 &
PIDS="$PIDS $!"
node "$REPO/scripts/e2e/lib/slack-stub.js" --port ${PORTS.slack} > "$WORK/slack.log" 2>&1 &
PIDS="$PIDS $!"
wait_http "http://127.0.0.1:${PORTS.sandbox}/__sandbox/stats" 300 || exit 4
wait_http "http://127.0.0.1:${PORTS.sink}/__sink/stats" 300 || exit 4
wait_http "http://127.0.0.1:${PORTS.slack}/__slack/messages" 300 || exit 4

step 'n8n import:credentials, import:workflow (example and end-to-end pipeline)'
n8n import:credentials --input="$WORK/credentials.json" > "$WORK/import.log" 2>&1 || { cat "$WORK/import.log"; exit 5; }
n8n import:workflow --input="$WORK/example.json" >> "$WORK/import.log" 2>&1 || { cat "$WORK/import.log"; exit 5; }
n8n import:workflow --input="$WORK/pipeline.json" >> "$WORK/import.log" 2>&1 || { cat "$WORK/import.log"; exit 5; }

step "n8n start on 127.0.0.1:${PORTS.n8n}, bridged to the host through $SOCKET"
# Started directly, so that $! is n8n itself; stopped first on the way out.
"$NODE" "$N8N_BIN" start > "$WORK/n8n.log" 2>&1 &
N8N_PID=$!
echo "$N8N_PID" > "$WORK/n8n.pid"
PIDS="$N8N_PID $PIDS"
"$NODE" "$REPO/scripts/e2e/lib/bridge.js" --unix "$SOCKET" --tcp 127.0.0.1:${PORTS.n8n} > "$WORK/bridge.log" 2>&1 &
PIDS="$PIDS $!"

# Until n8n exits, scripts/n8n.js asks us to stop (SIGTERM), or it is gone without asking.
trap 'kill "$SLEEP_PID" 2>/dev/null; exit 0' TERM INT HUP
while kill -0 "$N8N_PID" 2>/dev/null && kill -0 "$HOST_PID" 2>/dev/null; do
	sleep 1 &
	SLEEP_PID=$!
	wait "$SLEEP_PID"
done
kill -0 "$N8N_PID" 2>/dev/null || { echo 'n8n exited; last lines of n8n.log:' >&2; tail -n 20 "$WORK/n8n.log" >&2; exit 6; }
`;
}

/** Processes of the namespace's process group, or with the work folder on their command line. */
function leftovers(pgid, work) {
	const found = [];
	for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
		if (Number(pid) === process.pid) continue;
		try {
			const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
			if (Number(fields[2]) === pgid || cmdline.includes(work)) found.push(`${pid} ${cmdline}`);
		} catch {
			// gone meanwhile
		}
	}
	return found;
}

/** Runs a command without blocking the event loop; resolves with { status, stdout }. */
function capture(command, commandArgs) {
	return new Promise((resolve) => {
		const proc = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
		let stdout = '';
		proc.stdout.on('data', (chunk) => (stdout += chunk));
		proc.on('error', () => resolve({ status: -1, stdout }));
		proc.on('close', (status) => resolve({ status, stdout }));
	});
}

async function waitFor(url, { timeoutMs, alive }) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (!alive()) return false;
		try {
			const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
			if (response.ok) return true;
		} catch {
			// not up yet
		}
		await sleep(250);
	}
	return false;
}

/** n8n's network namespace (inspected as root, through nsenter) must have no way off loopback. */
function isolationChecks(n8nPid) {
	const results = [];
	const ns = `/proc/${n8nPid}/ns/net`;
	const inNs = (command) =>
		spawnSync('nsenter', [`--net=${ns}`, ...command], { encoding: 'utf8', timeout: 10_000 });
	results.push({
		name: 'n8n runs in its own network namespace',
		ok: fs.readlinkSync(ns) !== fs.readlinkSync('/proc/self/ns/net'),
	});
	const links = inNs(['ip', '-o', 'link', 'show']).stdout.trim().split('\n');
	results.push({
		name: 'its only interface is lo',
		ok: links.length === 1 && links[0].includes(': lo:'),
		detail: links.map((l) => l.split(':')[1]?.trim()).join(', '),
	});
	const targets = ['1.1.1.1'];
	for (const addresses of Object.values(os.networkInterfaces())) {
		for (const a of addresses ?? [])
			if (!a.internal && a.family === 'IPv4') targets.push(a.address);
	}
	// A route lookup sends nothing: it only asks the kernel whether a packet could leave.
	for (const target of targets) {
		const route = inNs(['ip', 'route', 'get', target]);
		results.push({
			name: `from inside, there is no route to ${target}`,
			ok: route.status !== 0,
			detail: `ip route get exit ${route.status}`,
		});
	}
	return results;
}

async function apiChecks(login) {
	const results = [];
	const timings = {};
	const browserId = crypto.randomUUID();
	let t = Date.now();
	const response = await fetch(`${BASE}/rest/login`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'browser-id': browserId },
		body: JSON.stringify({ emailOrLdapLoginId: login.email, password: login.password }),
	});
	timings.login = Date.now() - t;
	const cookie = (response.headers.getSetCookie?.() ?? [])
		.map((c) => c.split(';')[0])
		.filter((c) => c.startsWith('n8n-auth='))
		.join('; ');
	results.push({
		name: `POST /rest/login as ${login.email}`,
		ok: response.ok && cookie !== '',
		detail: `${response.status}${cookie ? ', n8n-auth cookie set' : ', no cookie'}`,
	});
	if (!response.ok) return { results, timings };
	const get = (p) => fetch(`${BASE}${p}`, { headers: { cookie, 'browser-id': browserId } });

	t = Date.now();
	const list = await get('/rest/workflows');
	const workflows = list.ok ? ((await list.json()).data ?? []) : [];
	timings.workflows = Date.now() - t;
	const example = workflows.find((w) => w.id === EXAMPLE_ID);
	results.push({
		name: 'GET /rest/workflows lists the example workflow',
		ok: Boolean(example),
		detail: `${list.status}: ${workflows.map((w) => `"${w.name}" (${w.id})`).join(', ')}`,
	});

	const one = await get(`/rest/workflows/${EXAMPLE_ID}`);
	const nodes = one.ok ? (await one.json()).data.nodes : [];
	const creds = credentials();
	const wired = nodes
		.filter((n) => n.credentials)
		.flatMap((n) => Object.entries(n.credentials))
		.filter(([type]) => creds.some((c) => c.type === type));
	results.push({
		name: 'its CXone and ticketing credentials point at the imported ones by id',
		ok:
			wired.length === 2 &&
			wired.every(([type, ref]) => creds.find((c) => c.type === type).id === ref.id),
		detail: wired.map(([type, ref]) => `${type} -> ${ref.id}`).join(', '),
	});

	const types = await get('/types/nodes.json');
	const known = types.ok ? (await types.json()).map((n) => n.name) : [];
	// The three nodes package.json declares (n8n adds a "...Tool" variant of each as well).
	const expected = ['cxone', 'classifyUrgency', 'ticketBatchUpsert'].map(
		(n) => `${pipeline.PKG}.${n}`,
	);
	const missing = expected.filter((n) => !known.includes(n));
	results.push({
		name: 'the editor knows the package nodes (GET /types/nodes.json)',
		ok: missing.length === 0,
		detail: missing.length
			? `missing ${missing.join(', ')}`
			: `${known.filter((n) => n.startsWith(`${pipeline.PKG}.`)).length} node types of ${pipeline.PKG}`,
	});
	return { results, timings };
}

/**
 * The browser test (scripts/e2e/lib/editor.js) inside n8n's network namespace: Chromium, n8n, the
 * simulators and the Slack stand-in share its 127.0.0.1, and the browser has no network either.
 */
async function runEditorTest({ n8nPid, login }) {
	const name = 'the editor walked by headless Chromium (scripts/e2e/lib/editor.js)';
	if (process.getuid?.() !== 0) return { name, ok: false, detail: 'needs root (nsenter)' };
	const chromium = ensureChromium();
	const playwright = ensurePlaywright();
	if (!playwright) return { name, ok: false, detail: 'playwright-core could not be installed' };
	const artefacts =
		process.env.E2E_ARTEFACTS || fs.mkdtempSync(path.join(os.tmpdir(), 'cxone-editor-artefacts-'));
	const picture = path.join(REPO, 'docs', 'workflow.png');
	const env = {
		...process.env,
		E2E_N8N_URL: INSIDE,
		E2E_OWNER_EMAIL: login.email,
		E2E_OWNER_PASSWORD: login.password,
		E2E_PLAYWRIGHT: playwright,
		E2E_CHROMIUM: chromium,
		E2E_ARTEFACTS: artefacts,
		E2E_EXAMPLE_ID: EXAMPLE_ID,
		E2E_SANDBOX_URL: `http://127.0.0.1:${PORTS.sandbox}`,
		E2E_SLACK_URL: `http://127.0.0.1:${PORTS.slack}`,
		E2E_N8N_MODULES: path.join(paths.n8nPrefix, 'node_modules'),
		E2E_CLIENT_SECRET: credentials().find((c) => c.type === 'cxoneApi').data.clientSecret,
		E2E_REFRESH_PICTURE: args.has('--refresh-pictures') ? picture : '',
	};
	console.log(`\neditor test (screenshots in ${artefacts}):`);
	const proc = spawn(
		'nsenter',
		[
			`--net=/proc/${n8nPid}/ns/net`,
			process.execPath,
			path.join(__dirname, 'e2e', 'lib', 'editor.js'),
		],
		{ env, stdio: ['ignore', 'inherit', 'inherit'] },
	);
	const status = await new Promise((resolve) => proc.on('close', resolve));
	return { name, ok: status === 0, detail: `exit ${status}; screenshots in ${artefacts}` };
}

async function main() {
	const started = Date.now();
	const timings = {};
	const login = owner();

	let t = Date.now();
	ensureRuntime();
	timings.runtime = Date.now() - t;

	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cxone-n8n-'));
	const socket = path.join(work, 'n8n.sock');
	const userFolder = path.join(work, 'n8n-home');

	// The host side of the bridge first: it fails at once when 5678 is taken on this machine.
	const open = new Set();
	let hostBridge;
	try {
		hostBridge = await forward({
			listen: { host: HOST, port: editorTest ? 0 : PORTS.n8n },
			connect: { path: socket },
		});
		if (editorTest) BASE = `http://${HOST}:${hostBridge.address().port}`;
	} catch (error) {
		fs.rmSync(work, { recursive: true, force: true });
		throw new Error(`cannot listen on ${HOST}:${PORTS.n8n} (${error.code ?? error.message})`);
	}
	hostBridge.on('connection', (c) => {
		open.add(c);
		c.on('close', () => open.delete(c));
	});

	let child;
	let failed = false;
	let stopping;
	const shutdown = (reason) => {
		if (stopping) return stopping;
		stopping = (async () => {
			const t0 = Date.now();
			if (reason) console.log(`\nstopping (${reason}) ...`);
			if (child && child.exitCode === null && child.signalCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				// bash stops n8n (SIGTERM, SIGKILL after 20 s), the bridge and the simulators.
				await Promise.race([exited, deadline(40_000)]);
			}
			if (child) {
				try {
					process.kill(-child.pid, 'SIGKILL'); // anything left in the namespace's group
				} catch {
					// nothing left: the usual case
				}
			}
			hostBridge.close();
			for (const c of open) c.destroy();
			timings.shutdown = Date.now() - t0;
			const left = child ? leftovers(child.pid, work) : [];
			if (left.length) {
				failed = true;
				console.log(`processes left behind:\n  ${left.join('\n  ')}`);
			}
			if (args.has('--keep') || failed) console.log(`work folder kept: ${work}`);
			else fs.rmSync(work, { recursive: true, force: true });
			return left;
		})();
		return stopping;
	};
	process.on('SIGINT', () => {
		if (stopping) {
			console.log('second Ctrl-C: killing the namespace now');
			if (child) {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {
					// gone
				}
			}
			return;
		}
		shutdown('Ctrl-C').then(() => process.exit(failed ? 1 : 0));
	});
	process.on('SIGTERM', () => shutdown('SIGTERM').then(() => process.exit(failed ? 1 : 0)));

	try {
		t = Date.now();
		const { tarball } = buildAndPack(work);
		installCommunityPackage(tarball, userFolder);
		timings.pack = Date.now() - t;

		const creds = credentials();
		fs.writeFileSync(path.join(work, 'credentials.json'), JSON.stringify(creds, null, 2));
		const example = JSON.parse(fs.readFileSync(EXAMPLE_FILE, 'utf8'));
		fs.writeFileSync(
			path.join(work, 'example.json'),
			JSON.stringify(
				wire({ ...forEditor(example), id: EXAMPLE_ID, active: false }, creds),
				null,
				2,
			),
		);
		const e2e = pipeline.workflow({ slackUrl: `http://127.0.0.1:${PORTS.slack}` });
		fs.writeFileSync(path.join(work, 'pipeline.json'), JSON.stringify(wire(e2e, creds), null, 2));
		const script = path.join(work, 'namespace.sh');
		fs.writeFileSync(script, namespaceScript({ work, socket }), { mode: 0o755 });

		const env = n8nEnv(userFolder, work);
		for (const key of Object.keys(env)) if (key.startsWith('E2E_')) delete env[key];
		const bcrypt = require(path.join(paths.n8nPrefix, 'node_modules', 'bcryptjs'));
		Object.assign(env, {
			N8N_INSTANCE_OWNER_EMAIL: login.email,
			N8N_INSTANCE_OWNER_FIRST_NAME: 'Demo',
			N8N_INSTANCE_OWNER_LAST_NAME: 'Owner',
			N8N_INSTANCE_OWNER_PASSWORD_HASH: bcrypt.hashSync(login.password, 10),
		});

		t = Date.now();
		const unshare = process.getuid?.() === 0 ? ['-n'] : ['-r', '-n'];
		// Its own process group: Ctrl-C reaches this process only, which then stops the namespace
		// in order (n8n gets one SIGTERM, not a SIGINT from the terminal as well).
		child = spawn('unshare', [...unshare, 'bash', script], {
			env,
			detached: true,
			stdio: ['ignore', 'inherit', 'inherit'],
		});
		const alive = () => child.exitCode === null && child.signalCode === null;
		if (!(await waitFor(`${BASE}/healthz`, { timeoutMs: START_TIMEOUT_MS, alive }))) {
			throw new Error(
				alive()
					? `n8n did not answer on ${BASE}/healthz within ${seconds(START_TIMEOUT_MS)}`
					: `the namespace script exited (${child.exitCode ?? child.signalCode}) before n8n answered`,
			);
		}
		timings.healthz = Date.now() - t;
		if (!(await waitFor(`${BASE}/healthz/readiness`, { timeoutMs: START_TIMEOUT_MS, alive }))) {
			throw new Error('n8n answered /healthz but never became ready');
		}
		timings.ready = Date.now() - t;
		// Not spawnSync: the host side of the bridge lives in this process's event loop.
		const curl = await capture('curl', ['-s', '-m', '10', `${BASE}/healthz`]);

		console.log(`
n8n ${BASE}  (healthz from the host: ${curl.stdout.trim() || `curl exit ${curl.status}`})
  login     ${login.email}
  password  ${login.password}${login.generated ? '  (generated; set N8N_DEMO_PASSWORD to choose one)' : ''}
  workflows "CXone Social Inbox Triage" (${BASE}/workflow/${EXAMPLE_ID}), and
            "${e2e.name}" (${BASE}/workflow/${e2e.id}: Manual Trigger, runs offline)
  logs      ${work}/{n8n,sandbox,slack,import,bridge}.log
`);

		if (!check) {
			console.log('Ctrl-C to stop.');
			await new Promise((resolve) => child.once('exit', resolve));
			if (!stopping) {
				failed = true;
				console.log(`the namespace script exited (${child.exitCode ?? child.signalCode})`);
				await shutdown();
				process.exitCode = 1;
			}
			return;
		}

		const results = [];
		results.push({
			name: `curl -s ${BASE}/healthz from the host`,
			ok: curl.status === 0 && curl.stdout.includes('ok'),
			detail: curl.stdout.trim(),
		});
		const api = await apiChecks(login);
		results.push(...api.results);
		Object.assign(timings, api.timings);
		const n8nPid = Number(fs.readFileSync(path.join(work, 'n8n.pid'), 'utf8'));
		if (process.getuid?.() === 0) results.push(...isolationChecks(n8nPid));
		else
			results.push({ name: 'isolation checks (nsenter needs root)', ok: true, detail: 'skipped' });

		if (editorTest) results.push(await runEditorTest({ n8nPid, login }));

		// Decided before shutdown, which keeps the work folder (logs) of a failed check.
		failed = results.some((r) => !r.ok);
		const left = await shutdown();
		results.push({ name: 'no process left after shutdown', ok: left.length === 0 });
		for (const r of results) {
			console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.detail ? `: ${r.detail}` : ''}`);
		}
		const line = (name, ms) => `  ${name.padEnd(34)} ${seconds(ms)}`;
		console.log(
			[
				'\ntimings',
				line('runtime (cached or installed)', timings.runtime),
				line('build, npm pack, install package', timings.pack),
				line('namespace start -> /healthz', timings.healthz),
				line('namespace start -> ready', timings.ready),
				line('POST /rest/login', timings.login ?? 0),
				line('GET /rest/workflows', timings.workflows ?? 0),
				line('shutdown', timings.shutdown),
				line('total', Date.now() - started),
			].join('\n'),
		);
		if (results.some((r) => !r.ok)) {
			failed = true;
			process.exitCode = 1;
		} else {
			console.log('\nn8n --check passed');
		}
	} catch (error) {
		failed = true;
		process.exitCode = 1;
		console.error(`\nn8n: ${error.message}`);
		const log = path.join(work, 'n8n.log');
		if (fs.existsSync(log)) {
			console.error(fs.readFileSync(log, 'utf8').trim().split('\n').slice(-20).join('\n'));
		}
		await shutdown();
	}
}

main().catch((error) => {
	console.error(`n8n: ${error.message}`);
	process.exitCode = 1;
});
