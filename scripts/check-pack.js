#!/usr/bin/env node
'use strict';
// npm run check:pack: packs the package exactly as `npm publish` would, and checks the tarball is
// what n8n installs and accepts.
//
// 1. Contents: README.md, LICENSE, package.json and dist/** only. Every file under dist/ must be
//    the build output of a source under nodes/ or credentials/ (compiled .js, .d.ts and .js.map of
//    a .ts, or an icon / codex .node.json copied by gulp), never of a test; so stale output of a
//    renamed or deleted source fails too (`npm run build` starts from an empty dist/).
// 2. package.json: no `dependencies` (n8n installs community packages without them; zod and
//    n8n-workflow come from n8n), no optional or bundled ones either; a semver `version`; a GitHub
//    `repository.url` (npm checks it against the publishing workflow's repository); every
//    path in `n8n.nodes` / `n8n.credentials` (and `main`, `types`) is in the tarball, and every
//    compiled *.node.js / *.credentials.js in the tarball is registered there.
// 3. The checks of n8n's community-package scanner (@n8n/scan-community-package, pinned in
//    devDependencies) that need no network. Its entry `analyzePackageByName` (scanner/scanner.mjs)
//    does, in order:
//      a. checkPackageProvenance (scanner/provenance.mjs): reads the registry's metadata for the
//         published version and requires an SLSA provenance attestation. Needs the registry and a
//         published version: not run here (publish.yml publishes with --provenance).
//      b. fetchSourceInfo + downloadAndExtractSource: reads the attestation from the registry,
//         downloads the attested commit from GitHub and finds the package in it. Needs network:
//         not run here; its lint (c) is run on this working tree instead, which is what that
//         commit will contain when the tag is pushed from it.
//      c. analyzePackage(sourceDir, SOURCE_FILE_PATTERNS): ESLint with buildScanConfig() (the
//         `recommended` rules of @n8n/eslint-plugin-community-nodes, no-console, and the
//         community / nodes / credentials rules of eslint-plugin-n8n-nodes-base) over package.json
//         and {nodes,credentials}/**/*.{js,ts,json}. Offline: run on the repository.
//      d. downloadAndExtractPackage: `npm pack <name>@<version>` from the registry. Replaced by
//         the local `npm pack` below.
//      e. analyzePackage(packageDir, ['**/*.js', 'package.json']): the same ESLint config over the
//         tarball's compiled JavaScript and package.json. Offline: run on the unpacked tarball.
//    c and e are called through the scanner's own exported functions, so the rules and their
//    configuration are exactly the published scanner's.
//
// Exits 1 with the reasons on any failure. Needs `npm run build` first.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['nodes', 'credentials'];
const TOP_LEVEL = ['package.json', 'README.md', 'LICENSE'];
// Never under dist/, whatever the source tree looks like.
const FORBIDDEN = [
	[
		/(^|\/)(test|tests|__tests__|__mocks__|sandbox|bench|scripts|examples|docs|coverage|\.ci|\.github)\//,
		'test, tooling or repository folder',
	],
	[/\.(test|spec)\.[cm]?[jt]s(\.map)?$/, 'test file'],
	[/\.tsbuildinfo$|\.tgz$|(^|\/)\.[^/]+$/, 'build artefact or dotfile'],
];
// semver.org's regular expression for a version.
const SEMVER =
	/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const failures = [];
const fail = (message) => failures.push(message);
const ok = (message) => console.log(`  ok  ${message}`);
const norm = (p) => p.replace(/\\/g, '/').replace(/^\.\//, '');

/** The source a dist/ file was built or copied from, or undefined when it has none. */
function sourceOf(distPath) {
	const rel = distPath.slice('dist/'.length);
	const candidates = [];
	const compiled = /^(.*?)(\.d\.ts|\.js\.map|\.js)$/.exec(rel);
	if (compiled) candidates.push(`${compiled[1]}.ts`);
	if (/\.(svg|png|json)$/.test(rel)) candidates.push(rel);
	return candidates.find(
		(c) => SOURCE_DIRS.includes(c.split('/')[0]) && fs.existsSync(path.join(ROOT, c)),
	);
}

function checkContents(files) {
	const missing = TOP_LEVEL.filter((f) => !files.includes(f));
	if (missing.length) fail(`missing from the tarball: ${missing.join(', ')}`);

	const extra = files.filter((f) => !TOP_LEVEL.includes(f) && !f.startsWith('dist/'));
	if (extra.length) {
		fail(
			`not allowed in the tarball (only ${TOP_LEVEL.join(', ')} and dist/**): ${extra.join(', ')}` +
				'\n      check `files`, `main` and `bin` in package.json (npm always packs `main` and `bin`)',
		);
	}

	const dist = files.filter((f) => f.startsWith('dist/'));
	if (dist.length === 0) fail('no dist/ files in the tarball: run `npm run build` first');
	for (const f of dist) {
		for (const [pattern, what] of FORBIDDEN) {
			if (pattern.test(f)) fail(`${what} in the tarball: ${f}`);
		}
	}
	const orphans = dist.filter((f) => !sourceOf(f));
	if (orphans.length) {
		fail(
			`dist/ files built from no source under ${SOURCE_DIRS.join('/ or ')}/ (stale output of a renamed ` +
				`or deleted file, or something else copied into dist/; \`npm run build\` rebuilds dist/ from ` +
				`scratch):\n      ${orphans.join('\n      ')}`,
		);
	}
	if (!missing.length && !extra.length && dist.length && !orphans.length) {
		ok(
			`contents: ${TOP_LEVEL.join(', ')} and ${dist.length} dist/ files, each built from ${SOURCE_DIRS.join('/ or ')}/`,
		);
	}
}

function checkManifest(pkg, files) {
	const has = new Set(files);
	const before = failures.length;

	for (const field of [
		'dependencies',
		'optionalDependencies',
		'bundleDependencies',
		'bundledDependencies',
	]) {
		const value = pkg[field];
		const count = Array.isArray(value) ? value.length : value ? Object.keys(value).length : 0;
		if (count) fail(`package.json \`${field}\` must be empty, has: ${JSON.stringify(value)}`);
	}
	if (!SEMVER.test(pkg.version ?? ''))
		fail(`package.json \`version\` is not semver: ${pkg.version}`);
	// npm publish --provenance requires repository.url to be the repository the workflow runs in,
	// and the scanner fetches the attested source from GitHub only (parseSourceRepo).
	const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
	if (!/^(git\+)?https:\/\/github\.com\/[\w.-]+\/[\w.-]+?(\.git)?$/.test(repo ?? '')) {
		fail(
			`package.json \`repository.url\` must be the package's GitHub repository (https), is: ${repo}`,
		);
	}

	const n8n = pkg.n8n ?? {};
	for (const key of ['nodes', 'credentials']) {
		const list = n8n[key];
		if (!Array.isArray(list) || (key === 'nodes' && list.length === 0)) {
			fail(`package.json \`n8n.${key}\` must be a${key === 'nodes' ? ' non-empty' : 'n'} array`);
			continue;
		}
		for (const p of list) {
			if (!has.has(norm(p)))
				fail(`package.json \`n8n.${key}\` lists ${p}, which is not in the tarball`);
		}
	}
	for (const field of ['main', 'types']) {
		if (pkg[field] && !has.has(norm(pkg[field]))) {
			fail(`package.json \`${field}\` is ${pkg[field]}, which is not in the tarball`);
		}
	}

	const registered = new Set([...(n8n.nodes ?? []), ...(n8n.credentials ?? [])].map(norm));
	for (const f of files) {
		if (/\.(node|credentials)\.js$/.test(f) && !registered.has(f)) {
			fail(
				`${f} is in the tarball but not registered in package.json \`n8n.nodes\` / \`n8n.credentials\``,
			);
		}
	}

	if (failures.length === before) {
		ok(
			`package.json: version ${pkg.version}, GitHub repository, no runtime dependencies, ` +
				`${n8n.nodes.length} nodes and ` +
				`${n8n.credentials.length} credentials registered, all in the tarball`,
		);
	}
}

async function runScanner(packageDir, tmp) {
	// The scanner creates a temporary folder when it is loaded: keep it inside ours.
	process.env.TMPDIR = tmp;
	const scannerPath = require.resolve('@n8n/scan-community-package/scanner/scanner.mjs', {
		paths: [ROOT],
	});
	const scanner = await import(require('node:url').pathToFileURL(scannerPath).href);
	const version = require(
		require.resolve('@n8n/scan-community-package/package.json', { paths: [ROOT] }),
	).version;

	const legs = [
		['tarball (compiled .js and package.json)', packageDir, ['**/*.js', 'package.json']],
		[`source (${scanner.SOURCE_FILE_PATTERNS.join(', ')})`, ROOT, scanner.SOURCE_FILE_PATTERNS],
	];
	for (const [label, dir, patterns] of legs) {
		const result = await scanner.analyzePackage(dir, patterns);
		if (result.passed) {
			ok(`@n8n/scan-community-package ${version} lint, ${label}`);
		} else {
			fail(
				`@n8n/scan-community-package ${version} lint, ${label}: ${result.message}\n${result.details ?? ''}`,
			);
		}
	}
}

async function main() {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'check-pack-'));
	try {
		const out = execFileSync(
			'npm',
			['pack', '--json', '--ignore-scripts', '--pack-destination', tmp],
			{
				cwd: ROOT,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		const [packed] = JSON.parse(out);
		const files = packed.files.map((f) => norm(f.path)).sort();
		console.log(
			`check:pack ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed`,
		);

		checkContents(files);
		checkManifest(pkg, files);

		const packageDir = path.join(tmp, 'package');
		fs.mkdirSync(packageDir);
		execFileSync('tar', [
			'-xzf',
			path.join(tmp, packed.filename),
			'-C',
			packageDir,
			'--strip-components=1',
		]);
		await runScanner(packageDir, tmp);
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}

	if (failures.length) {
		console.error(`\ncheck:pack failed (${failures.length}):`);
		for (const f of failures) console.error(`  FAIL ${f}`);
		process.exit(1);
	}
	console.log(
		'check:pack passed (provenance is checked by n8n once publish.yml has published the version)',
	);
}

main().catch((error) => {
	console.error(`check:pack could not run: ${error.stack ?? error}`);
	process.exit(1);
});
