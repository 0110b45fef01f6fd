'use strict';
// The real-n8n runtime shared by the end-to-end runner, `npm run n8n` and bench/e2e.js: packing and
// installing the package the way Settings > Community Nodes does, and the environment that keeps
// n8n quiet and local.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { paths, node24Env } = require('./install');

const REPO = path.resolve(__dirname, '..', '..', '..');
const PORTS = { sandbox: 4010, sink: 4011, slack: 4012, n8n: 5678 };
const OWNER = { email: 'owner@e2e.example.com', password: 'E2e-owner-passw0rd' };

function sh(command, commandArgs, options = {}) {
	const result = spawnSync(command, commandArgs, { encoding: 'utf8', ...options });
	if (result.status !== 0) {
		const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30);
		throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${output.join('\n')}`);
	}
	return result.stdout ?? '';
}

function readJson(file, fallback) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return fallback;
	}
}

function buildAndPack(work) {
	sh('npm', ['run', 'build'], { cwd: REPO });
	const [packed] = JSON.parse(
		sh('npm', ['pack', '--json', '--pack-destination', work], { cwd: REPO }),
	);
	return {
		tarball: path.join(work, packed.filename),
		files: packed.files.map((f) => f.path),
		packed,
	};
}

/**
 * What n8n 2.41 does on Settings > Community Nodes > Install (CommunityPackagesService
 * downloadPackage): unpack the tarball into .n8n/nodes/node_modules/<name>, drop dev, peer and
 * optional dependencies from its package.json, `npm install` there without scripts, and record
 * the package in .n8n/nodes/package.json. n8n loads every package under that node_modules.
 */
function installCommunityPackage(tarball, userFolder) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const manifest = readJson(path.join(REPO, 'package.json'));
	const packageDir = path.join(nodesDir, 'node_modules', manifest.name);
	fs.mkdirSync(packageDir, { recursive: true });
	sh('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);
	const packageJsonPath = path.join(packageDir, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...installed } =
		readJson(packageJsonPath);
	fs.writeFileSync(packageJsonPath, JSON.stringify(installed, null, 2));
	sh(
		'npm',
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
		],
		{ cwd: packageDir, env: node24Env() },
	);
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify(
			{
				name: 'installed-nodes',
				private: true,
				dependencies: { [manifest.name]: manifest.version },
			},
			null,
			2,
		),
	);
	return packageDir;
}

function ownerPasswordHash() {
	const bcrypt = require(path.join(paths.n8nPrefix, 'node_modules', 'bcryptjs'));
	return bcrypt.hashSync(OWNER.password, 10);
}

/** Everything n8n needs to stay quiet and local; see the reference notes on running n8n. */
function n8nEnv(userFolder, work) {
	const env = node24Env({
		N8N_USER_FOLDER: userFolder,
		DB_TYPE: 'sqlite',
		DB_SQLITE_DATABASE: path.join(userFolder, '.n8n', 'database.sqlite'),
		N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_DISABLED_MODULES: 'mcp-registry',
		EXTERNAL_FRONTEND_HOOKS_URLS: '',
		N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
		N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PORT: String(PORTS.n8n),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_SECURE_COOKIE: 'false',
		N8N_PYTHON_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		// Left at n8n's default (on). Packages under .n8n/nodes/node_modules load either way (the
		// community-packages module's loader ignores this flag); it governs the UI and the
		// install / missing-package checks, which is how a real instance runs.
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		// The editor would ask n8n's API for the list of verified community nodes.
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: OWNER.email,
		N8N_INSTANCE_OWNER_FIRST_NAME: 'End',
		N8N_INSTANCE_OWNER_LAST_NAME: 'ToEnd',
		N8N_INSTANCE_OWNER_PASSWORD_HASH: ownerPasswordHash(),
		E2E_N8N_URL: `http://127.0.0.1:${PORTS.n8n}`,
		E2E_OWNER_EMAIL: OWNER.email,
		E2E_OWNER_PASSWORD: OWNER.password,
		E2E_WORK: work,
	});
	for (const key of Object.keys(env)) {
		if (/^(https?|no|all)_proxy$/i.test(key)) delete env[key];
	}
	delete env.NODE_OPTIONS;
	return env;
}

/** The marks of a namespace script's timeline.txt ("name epoch-ms" per line), by name. */
function parseTimeline(content) {
	return Object.fromEntries(
		content
			.trim()
			.split('\n')
			.filter(Boolean)
			.map((line) => line.split(' '))
			.map(([k, v]) => [k, Number(v)]),
	);
}

module.exports = {
	REPO,
	PORTS,
	OWNER,
	sh,
	readJson,
	parseTimeline,
	buildAndPack,
	installCommunityPackage,
	n8nEnv,
};
