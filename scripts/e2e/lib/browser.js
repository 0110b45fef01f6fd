'use strict';
// Runs inside the namespace beside `n8n start`: headless Chromium logs in as the owner (POST
// /rest/login), opens the workflow, checks that every node is drawn and that this package's icons
// are served, and saves a screenshot. Configured by run.js through E2E_* variables.
const fs = require('node:fs');
const path = require('node:path');

const env = (name) => {
	const value = process.env[name];
	if (!value) throw new Error(`${name} is not set`);
	return value;
};

const PKG = 'n8n-nodes-cxone-social-inbox';

async function main() {
	const { chromium } = require(env('E2E_PLAYWRIGHT'));
	const base = env('E2E_N8N_URL');
	const workflowId = env('E2E_WORKFLOW_ID');
	const screenshot = env('E2E_SCREENSHOT');
	const profile = fs.mkdtempSync(path.join(env('E2E_WORK'), 'chromium-'));

	const context = await chromium.launchPersistentContext(profile, {
		executablePath: env('E2E_CHROMIUM'),
		headless: true,
		viewport: { width: 1600, height: 820 },
		deviceScaleFactor: 1,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		const icons = new Map();
		page.on('response', (response) => {
			const url = response.url();
			if (url.includes(`/icons/${PKG}/`)) icons.set(new URL(url).pathname, response.status());
		});

		const login = await page.request.post(`${base}/rest/login`, {
			data: {
				emailOrLdapLoginId: env('E2E_OWNER_EMAIL'),
				password: env('E2E_OWNER_PASSWORD'),
			},
		});
		if (!login.ok()) throw new Error(`POST /rest/login answered ${login.status()}`);
		const workflow = await page.request.get(`${base}/rest/workflows/${workflowId}`);
		if (!workflow.ok()) throw new Error(`GET /rest/workflows/${workflowId}: ${workflow.status()}`);
		const { data } = await workflow.json();
		// Sticky notes are drawn apart from the nodes.
		const expected = data.nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote').length;

		await page.goto(`${base}/workflow/${workflowId}`, { waitUntil: 'domcontentloaded' });
		const nodes = page.locator('[data-test-id="canvas-node"]');
		await page
			.waitForFunction(
				(n) => document.querySelectorAll('[data-test-id="canvas-node"]').length >= n,
				expected,
				{ timeout: 60_000 },
			)
			.catch(async (error) => {
				await page.screenshot({ path: path.join(env('E2E_WORK'), 'browser-failure.png') });
				throw error;
			});
		const drawn = await nodes.count();
		// Let the icons and the fit-to-view settle; close any notice the editor opens on first load.
		await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => {});
		await page.keyboard.press('Escape');
		await page.waitForTimeout(500);

		const ours = data.nodes.filter((n) => n.type.startsWith(`${PKG}.`)).map((n) => n.name);
		const broken = await page.evaluate(() =>
			[...document.querySelectorAll('[data-test-id="canvas-node"] img')]
				.filter((img) => !img.complete || img.naturalWidth === 0)
				.map((img) => img.getAttribute('src')),
		);
		const failedIcons = [...icons].filter(([, status]) => status !== 200);

		fs.mkdirSync(path.dirname(screenshot), { recursive: true });
		await page.screenshot({ path: screenshot });

		console.log(
			`logged in as the owner, opened "${data.name}": ${drawn} of ${expected} nodes drawn`,
		);
		console.log(
			`package icons served: ${[...icons.keys()].map((p) => path.basename(p)).join(', ') || 'none'}`,
		);
		console.log(`screenshot: ${screenshot}`);
		const problems = [];
		if (drawn !== expected) problems.push(`${drawn} nodes drawn, ${expected} expected`);
		if (ours.length && icons.size === 0) problems.push(`no icon of ${PKG} was requested`);
		if (failedIcons.length)
			problems.push(`icons failed: ${failedIcons.map(([p, s]) => `${p} ${s}`)}`);
		if (broken.length) problems.push(`images not rendered: ${broken.join(', ')}`);
		if (problems.length) throw new Error(problems.join('; '));
	} finally {
		await context.close();
	}
}

main().catch((error) => {
	console.error(`browser check failed: ${error.message}`);
	process.exit(1);
});
