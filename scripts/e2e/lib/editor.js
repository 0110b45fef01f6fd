'use strict';
// The operator's first hour in the real n8n editor, walked by headless Chromium (playwright-core
// with Debian's chromium). Run by `node scripts/n8n.js --editor-test` inside n8n's loopback-only
// network namespace, so the browser, n8n, the simulators and the Slack stand-in all share one
// 127.0.0.1 and nothing reaches the network. Every step saves a screenshot to E2E_ARTEFACTS; the
// README picture (docs/workflow.png) is written only when E2E_REFRESH_PICTURE names it.
//
// Configured through E2E_* variables: N8N_URL, OWNER_EMAIL, OWNER_PASSWORD, PLAYWRIGHT, CHROMIUM,
// ARTEFACTS, EXAMPLE_ID, SANDBOX_URL, SLACK_URL, N8N_MODULES (n8n's node_modules, for flatted),
// REFRESH_PICTURE (optional), CLIENT_SECRET (the sandbox's client secret).
const fs = require('node:fs');
const path = require('node:path');

const env = (name) => {
	const value = process.env[`E2E_${name}`];
	if (!value) throw new Error(`E2E_${name} is not set`);
	return value;
};

const PKG = 'n8n-nodes-cxone-social-inbox';
const STEP_TIMEOUT = 60_000;
const WRONG_SECRET = 'wrong-secret-Zq81x';

class StepFailure extends Error {}
const expect = (condition, message) => {
	if (!condition) throw new StepFailure(message);
};

async function main() {
	const { chromium } = require(env('PLAYWRIGHT'));
	const base = env('N8N_URL');
	const artefacts = env('ARTEFACTS');
	fs.mkdirSync(artefacts, { recursive: true });
	const profile = fs.mkdtempSync(path.join(artefacts, '.chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: env('CHROMIUM'),
		headless: true,
		viewport: { width: 1600, height: 900 },
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
	context.setDefaultTimeout(20_000);
	const page = context.pages()[0] ?? (await context.newPage());
	const results = [];

	/** Runs one step; its screenshot is taken whether it passes or not. */
	async function step(name, screenshot, fn) {
		const started = Date.now();
		let error;
		let detail;
		try {
			detail = await Promise.race([
				fn(),
				new Promise((_, reject) =>
					setTimeout(
						() => reject(new Error(`step took over ${STEP_TIMEOUT / 1000} s`)),
						STEP_TIMEOUT,
					).unref(),
				),
			]);
		} catch (e) {
			error = e;
		}
		const file = path.join(artefacts, screenshot);
		await page.screenshot({ path: file }).catch(() => {});
		if (error) {
			fs.writeFileSync(file.replace(/\.png$/, '.html'), await page.content().catch(() => ''));
		}
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		results.push({
			name,
			screenshot,
			ok: !error,
			detail: error ? error.message.split('\n')[0] : detail,
		});
		console.log(
			`${error ? 'FAIL' : 'ok  '} ${name} (${seconds} s, ${screenshot})${
				error ? `: ${error.message.split('\n')[0]}` : detail ? `: ${detail}` : ''
			}`,
		);
		return !error;
	}

	const creator = () => page.locator('[data-test-id="node-creator"]');
	const itemNamed = (name) =>
		creator().locator('[data-test-id="node-creator-item-name"]', {
			hasText: new RegExp(`^${name}$`),
		});
	/**
	 * The node panel's search: cleared first until the node is not listed (the empty panel shows
	 * categories), so that a result is never left over from the previous term.
	 */
	const search = async (term, nodeName) => {
		const bar = page.locator('[data-test-id="node-creator-search-bar"]');
		await bar.fill('');
		await itemNamed(nodeName).first().waitFor({ state: 'hidden', timeout: 5000 });
		await bar.fill(term);
		const found = await itemNamed(nodeName)
			.first()
			.waitFor({ timeout: 5000 })
			.then(() => true)
			.catch(() => false);
		return {
			found,
			names: await creator().locator('[data-test-id="node-creator-item-name"]').allInnerTexts(),
		};
	};
	/** Searches by every term, expecting the node each time, then adds it (and its action). */
	async function addNode(terms, nodeName, action) {
		const found = [];
		for (const term of terms) {
			const { found: listed, names } = await search(term, nodeName);
			expect(
				listed,
				`searching "${term}" does not find ${nodeName} (${names.slice(0, 6).join(', ')})`,
			);
			found.push(term);
		}
		await itemNamed(nodeName).first().click();
		// A node with operations lists them; one without shows its details and "Add to workflow".
		if (action) {
			// With the CXone Trigger in the package, the panel lists the triggers first and folds
			// the actions under "Actions (n)": unfold them when the action is not in view.
			const entry = creator().getByText(action, { exact: true }).first();
			if (!(await entry.isVisible())) {
				await creator()
					.getByText(/^Actions \(\d+\)$/)
					.first()
					.click()
					.catch(() => undefined);
			}
			await entry.click();
		}
		else await creator().getByRole('button', { name: 'Add to workflow' }).click();
		await page.locator('[data-test-id="ndv"]').waitFor();
		await closeNdv();
		return found;
	}
	const closeNdv = async () => {
		await page.locator('[data-test-id="ndv-close-button"]').first().click();
		await page.locator('[data-test-id="ndv"]').waitFor({ state: 'hidden' });
	};
	const canvasNode = (name) =>
		page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`);
	const subtitleOf = async (name) =>
		(await canvasNode(name).locator('[class*="_subtitle_"]').first().innerText()).trim();
	const openNode = async (name) => {
		await canvasNode(name).dblclick();
		await page.locator('[data-test-id="ndv"]').waitFor();
	};
	/** The "+" of an output of a node on the canvas (by output index). */
	const outputPlus = (name, index = 0) =>
		canvasNode(name).locator(
			`[data-test-id="canvas-node-output-handle"][data-index="${index}"] [data-test-id="canvas-handle-plus-wrapper"]`,
		);
	// The output's name is drawn over the left of the "+" area: click the "+" itself, at the right.
	const clickPlus = async (name, index) => {
		const plus = outputPlus(name, index);
		const box = await plus.boundingBox();
		await plus.click({ position: { x: box.width - 10, y: box.height / 2 } });
	};
	const parameter = (name) => page.locator(`[data-test-id="parameter-input-${name}"]`);
	async function choose(parameterName, optionText) {
		await parameter(parameterName).click();
		await page
			.locator('.el-select-dropdown__item:visible, [role="option"]:visible')
			.filter({ hasText: new RegExp(`^\\s*${optionText}`) })
			.first()
			.click();
	}

	// The package's icons, as the editor loads them: every one must be served.
	const icons = new Map();
	page.on('response', (response) => {
		if (response.url().includes(`/icons/${PKG}/`))
			icons.set(new URL(response.url()).pathname, response.status());
	});

	const login = await page.request.post(`${base}/rest/login`, {
		data: { emailOrLdapLoginId: env('OWNER_EMAIL'), password: env('OWNER_PASSWORD') },
	});
	if (!login.ok()) throw new Error(`POST /rest/login answered ${login.status()}`);

	// 1. Find each package node from an empty workflow, by name and by alias, and check subtitles.
	await page.goto(`${base}/workflow/new`, { waitUntil: 'domcontentloaded' });
	await page.locator('[data-test-id="canvas-add-button"]').first().click();
	await step(
		'find CXone by name and aliases ("NICE", "conversations"), add it',
		'01-find-cxone.png',
		async () => {
			const terms = await addNode(['CXone', 'NICE', 'conversations'], 'CXone', 'Get conversations');
			const subtitle = await subtitleOf('Get conversations');
			expect(subtitle === 'Last 24 hours', `subtitle "${subtitle}", expected "Last 24 hours"`);
			return `found by ${terms.join(', ')}; subtitle "${subtitle}"`;
		},
	);
	await step(
		'find Classify Urgency by name and aliases ("sentiment", "triage"), add it',
		'02-find-classify-urgency.png',
		async () => {
			await clickPlus('Get conversations', 0);
			const terms = await addNode(['Classify Urgency', 'sentiment', 'triage'], 'Classify Urgency');
			const subtitle = await subtitleOf('Classify Urgency');
			expect(
				subtitle === 'Add urgency fields',
				`subtitle "${subtitle}", expected "Add urgency fields"`,
			);
			return `found by ${terms.join(', ')}; subtitle "${subtitle}"`;
		},
	);
	await step(
		'find Ticket Batch Upsert by name and aliases ("HubSpot", "helpdesk"), add it',
		'03-find-ticket-batch-upsert.png',
		async () => {
			await clickPlus('Classify Urgency', 0);
			const terms = await addNode(
				['Ticket Batch Upsert', 'HubSpot', 'helpdesk'],
				'Ticket Batch Upsert',
			);
			const subtitle = await subtitleOf('Ticket Batch Upsert');
			expect(
				subtitle === 'JSON endpoint, batches of 50',
				`subtitle "${subtitle}", expected "JSON endpoint, batches of 50"`,
			);
			return `found by ${terms.join(', ')}; subtitle "${subtitle}"`;
		},
	);

	// 2. A NICE CXone API credential against the simulator: the test passes, then fails on a wrong
	// secret with a message that says what to fix and does not show the secret.
	const credentialDialog = () => page.locator('[data-test-id="editCredential-modal"]');
	const credentialField = (name) =>
		credentialDialog().locator(`[data-test-id="parameter-input-${name}"] input`).first();
	/**
	 * Saves the dialog and waits for the credential test n8n runs after saving. Returns the test's
	 * banner with its details opened (not the field labels below it, which name every field).
	 */
	const saveAndReadTest = async () => {
		const tested = page.waitForResponse((r) => r.url().includes('/rest/credentials/test'), {
			timeout: 45_000,
		});
		await credentialDialog().locator('[data-test-id="credential-save-button"]').click();
		await tested;
		await page.waitForTimeout(500);
		if (!(await credentialDialog().isVisible())) return '(dialog closed)';
		const details = credentialDialog().getByText('More details', { exact: true });
		if (await details.isVisible()) {
			await details.click();
			await page.waitForTimeout(300);
		}
		const text = await credentialDialog().innerText();
		const start = text.search(/Connection tested successfully|Couldn.t connect/);
		const end = text.indexOf('\nAuthentication\n', start);
		return start === -1 ? text : text.slice(start, end === -1 ? undefined : end).trim();
	};
	await step(
		'create a NICE CXone API credential against the simulator; its test succeeds',
		'04-credential-test-succeeds.png',
		async () => {
			await openNode('Get conversations');
			await page.locator('[data-test-id="node-credentials-select"]').click();
			await page
				.getByText(/Create new credential/i)
				.first()
				.click();
			await credentialDialog().waitFor();
			await credentialField('environment').fill(env('SANDBOX_URL'));
			await credentialField('clientId').fill('sandbox-client');
			await credentialField('clientSecret').fill(env('CLIENT_SECRET'));
			// n8n tests a new credential as it saves it, and closes the dialog when the test passes;
			// opened again, the dialog shows the result.
			await saveAndReadTest();
			await credentialDialog().waitFor({ state: 'hidden', timeout: 10_000 });
			await page.locator('[data-test-id="credential-edit-button"]').first().click();
			await credentialDialog().waitFor();
			await credentialDialog()
				.getByText('Connection tested successfully')
				.waitFor({ timeout: 30_000 });
			const text = await credentialDialog().innerText();
			expect(
				/Connection tested successfully/i.test(text),
				`credential test did not succeed: ${text.slice(0, 300)}`,
			);
			return 'Connection tested successfully';
		},
	);
	await step(
		'change the secret to a wrong one; the test fails naming what to fix, without the secret',
		'05-credential-test-fails-on-wrong-secret.png',
		async () => {
			await credentialField('clientSecret').fill(WRONG_SECRET);
			const text = await saveAndReadTest();
			expect(
				!/Connection tested successfully/i.test(text),
				'the credential test still says "Connection tested successfully" after the secret was changed to a wrong one',
			);
			expect(
				/Client Secret/.test(text),
				`the failure does not name the Client Secret: ${text.slice(0, 300)}`,
			);
			expect(
				!text.includes(WRONG_SECRET) && !text.includes(env('CLIENT_SECRET')),
				'the failure shows a secret',
			);
			return text
				.split('\n')
				.find((l) => /Client Secret/.test(l))
				?.trim();
		},
	);
	const closeCredentialDialog = async () => {
		if (!(await credentialDialog().isVisible())) return;
		await credentialDialog()
			.locator('button[aria-label="Close this dialog"], .el-dialog__headerbtn')
			.first()
			.click()
			.catch(() => page.keyboard.press('Escape'));
		await credentialDialog().waitFor({ state: 'hidden', timeout: 5000 });
	};
	/** A new NICE CXone API credential from the node's credential list, saved; the dialog's text. */
	const newCredential = async (fields) => {
		await page.locator('[data-test-id="node-credentials-select"]').click();
		await page
			.getByText(/Create new credential/i)
			.first()
			.click();
		await credentialDialog().waitFor();
		for (const [name, value] of Object.entries(fields)) await credentialField(name).fill(value);
		return saveAndReadTest();
	};
	await closeCredentialDialog().catch(() => {});

	// The failure message on its own, where no earlier token can hide it: a new credential whose
	// secret is wrong, and one whose environment does not exist.
	await step(
		'a new credential with a wrong secret: the test fails naming the Client Secret, without the secret',
		'05b-credential-new-with-wrong-secret.png',
		async () => {
			const text = await newCredential({
				environment: env('SANDBOX_URL'),
				clientId: 'sandbox-client',
				clientSecret: WRONG_SECRET,
			});
			expect(!/Connection tested successfully/i.test(text), 'the test passed with a wrong secret');
			expect(
				/Client Secret/.test(text),
				`the failure does not name the Client Secret: ${text.slice(0, 300)}`,
			);
			expect(!text.includes(WRONG_SECRET), 'the failure shows the secret');
			return text
				.split('\n')
				.find((l) => /Client Secret/.test(l))
				?.trim();
		},
	);
	await closeCredentialDialog().catch(() => {});
	await step(
		'a credential for an unknown environment: the test says in words what failed and what to check',
		'05c-credential-unknown-environment.png',
		async () => {
			const text = await newCredential({
				environment: 'na9-unknown',
				clientId: 'sandbox-client',
				clientSecret: WRONG_SECRET,
			});
			const line =
				text
					.split('\n')
					.find((l) => /could not reach/.test(l))
					?.trim() ?? '';
			expect(
				/host name|DNS|reached|network route/i.test(line),
				`no words for the failure: ${text.slice(0, 300)}`,
			);
			expect(/Check /.test(line), `nothing to check: ${line}`);
			return line;
		},
	);
	await closeCredentialDialog().catch(() => {});
	if (await page.locator('[data-test-id="ndv"]').isVisible()) await closeNdv().catch(() => {});

	// 3. Ticket Batch Upsert: HubSpot is picked in the panel, and its fields appear.
	await step(
		'Ticket Batch Upsert: pick the HubSpot target in the panel and see its fields',
		'06-ticket-batch-upsert-hubspot.png',
		async () => {
			await openNode('Ticket Batch Upsert');
			expect(await parameter('target').isVisible(), 'Target is not in the panel');
			await choose('target', 'HubSpot Tickets');
			for (const field of ['idProperty', 'pipeline', 'pipelineStage', 'authentication']) {
				await parameter(field)
					.waitFor({ timeout: 5000 })
					.catch(() => {
						throw new StepFailure(`field ${field} is not shown for the HubSpot target`);
					});
			}
			const authentication = await parameter('authentication')
				.locator('input')
				.first()
				.inputValue();
			expect(
				authentication === 'HubSpot Private App Token',
				`Authentication shows "${authentication}", not the HubSpot token`,
			);
			expect(!(await parameter('url').isVisible()), 'the generic URL field is still shown');
			await closeNdv();
			const subtitle = await subtitleOf('Ticket Batch Upsert');
			expect(subtitle === 'HubSpot, batches of 50', `subtitle "${subtitle}"`);
			return `ID Property, Pipeline, Pipeline Stage, Authentication shown; subtitle "${subtitle}"`;
		},
	);

	// 4. Get Conversations with From after To fails naming the field.
	await step(
		'Get Conversations: From after To gives the field-named error',
		'07-from-after-to-error.png',
		async () => {
			await openNode('Get conversations');
			await choose('timeRange', 'Between');
			const day = 86_400_000;
			const iso = (ms) => new Date(ms).toISOString().slice(0, 19);
			for (const [name, value] of [
				['from', iso(Date.now() - 1 * day)],
				['to', iso(Date.now() - 2 * day)],
			]) {
				const input = parameter(name).locator('input').first();
				await input.click();
				await input.fill(value);
				await input.press('Enter');
				await page.keyboard.press('Escape').catch(() => {});
			}
			await page.locator('[data-test-id="node-execute-button"]').first().click();
			const message = page.locator('[data-test-id="ndv"]').getByText(/^From: is after To/);
			await message.first().waitFor({ timeout: 30_000 });
			const text = (await message.first().innerText()).trim();
			await closeNdv();
			return text;
		},
	);

	// 5. The imported example runs green on the first click.
	await step(
		'open the imported example and click "Execute workflow": every node green',
		'08-example-executed.png',
		async () => {
			const exampleId = env('EXAMPLE_ID');
			await page.goto(`${base}/workflow/${exampleId}`, { waitUntil: 'domcontentloaded' });
			const workflow = await (await page.request.get(`${base}/rest/workflows/${exampleId}`)).json();
			const nodes = workflow.data.nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote');
			await page.waitForFunction(
				(n) => document.querySelectorAll('[data-test-id="canvas-node"]').length >= n,
				nodes.length,
				{ timeout: 60_000 },
			);
			await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => {});
			await page.keyboard.press('Escape');
			await page.request.post(`${env('SLACK_URL')}/__slack/reset`, { data: {} });
			await page.locator('[data-test-id="execute-workflow-button"]').first().click();
			await page.waitForFunction(
				(n) =>
					document.querySelectorAll('[data-test-id="canvas-node-status-success"]').length >= n ||
					document.querySelector('[data-test-id="canvas-node-status-error"]') !== null,
				nodes.length,
				{ timeout: 120_000 },
			);
			await page.waitForTimeout(1500);
			const badIcons = [...icons].filter(([, status]) => status !== 200);
			expect(
				icons.size > 0 && badIcons.length === 0,
				`package icons: ${JSON.stringify([...icons])}`,
			);
			const green = await page.locator('[data-test-id="canvas-node-status-success"]').count();
			const failed = await page.locator('[data-test-id="canvas-node-status-error"]').count();
			await page
				.locator('[data-test-id="zoom-to-fit"]')
				.click()
				.catch(() => {});
			await page.waitForTimeout(800);
			const picture = process.env.E2E_REFRESH_PICTURE;
			if (picture) {
				// The README shows the workflow, not the passing "executed successfully" notice.
				const hide = await page.addStyleTag({ content: '.el-notification { display: none; }' });
				await page.screenshot({ path: picture });
				await hide.evaluate((style) => style.remove());
			}
			expect(
				failed === 0 && green === nodes.length,
				`${green} of ${nodes.length} nodes green, ${failed} failed`,
			);
			return `${green} of ${nodes.length} nodes green${picture ? `; README picture refreshed: ${picture}` : ''}`;
		},
	);
	await step(
		'items on Conversations, Classified, Succeeded and Audit; Slack stand-in called for HIGH only',
		'09-example-items-and-slack.png',
		async () => {
			const exampleId = env('EXAMPLE_ID');
			const list = await (
				await page.request.get(
					`${base}/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: exampleId }))}&limit=1`,
				)
			).json();
			const summary = (list.data?.results ?? list.data ?? [])[0];
			expect(summary, 'no execution of the example was stored');
			const one = await (await page.request.get(`${base}/rest/executions/${summary.id}`)).json();
			const { parse } = require(path.join(env('N8N_MODULES'), 'flatted'));
			const run = parse(one.data.data).resultData.runData;
			const out = (node, index) =>
				(run[node] ?? []).reduce((sum, r) => sum + (r.data?.main?.[index]?.length ?? 0), 0);
			const counts = {
				Conversations: out('CXone: Get Conversations', 0),
				'Conversations Audit': out('CXone: Get Conversations', 1),
				Classified: out('Classify Urgency', 0),
				'Classify Audit': out('Classify Urgency', 1),
				Succeeded: out('Ticket Batch Upsert', 0),
				Failed: out('Ticket Batch Upsert', 1),
				'Upsert Audit': out('Ticket Batch Upsert', 2),
				'HIGH Priority Only': out('HIGH Priority Only', 0),
			};
			expect(counts.Conversations > 0, 'no conversations');
			expect(counts.Classified === counts.Conversations, 'Classified differs from Conversations');
			expect(
				counts.Succeeded === counts.Conversations && counts.Failed === 0,
				'not every ticket succeeded',
			);
			// Audit Detail defaults to a summary per page or batch: at least one summary and the
			// run's metrics item on each Audit output.
			for (const audit of ['Conversations Audit', 'Classify Audit', 'Upsert Audit'])
				expect(counts[audit] >= 2, `${audit} has ${counts[audit]} items`);
			// The counts on the canvas, as the operator reads them: no item count over an output's
			// name, at the fitted zoom and zoomed out.
			await page.locator('[data-test-id="canvas-node"]').first().waitFor();
			const overlaps = () =>
				page.evaluate(() => {
					const rects = (selector) =>
						[...document.querySelectorAll(selector)]
							.filter((e) => e.textContent.trim() !== '')
							.map((e) => ({ text: e.textContent.trim(), r: e.getBoundingClientRect() }));
					const counts = rects('[class*="_runDataLabel_"]');
					const names = rects('[class*="_outputLabel_"]');
					// Touching counts too: a count stacked right on a name reads as one label.
					const gap = 3;
					const hits = [];
					for (const c of counts)
						for (const n of names)
							if (
								c.r.left < n.r.right + gap &&
								n.r.left < c.r.right + gap &&
								c.r.top < n.r.bottom + gap &&
								n.r.top < c.r.bottom + gap
							)
								hits.push(`"${c.text}" on "${n.text}"`);
					return { hits, counts: counts.length, names: names.length };
				});
			const fitted = await overlaps();
			for (let k = 0; k < 3; k++) {
				await page.locator('[data-test-id="zoom-out-button"]').click({ timeout: 10_000 });
				await page.waitForTimeout(300);
			}
			const zoomedOut = await overlaps();
			expect(
				fitted.names > 0 &&
					fitted.counts > 0 &&
					zoomedOut.counts > 0 &&
					fitted.hits.length === 0 &&
					zoomedOut.hits.length === 0,
				`item counts over output names: fitted ${JSON.stringify(fitted)}, zoomed out ${JSON.stringify(zoomedOut)}`,
			);
			const slack = await (await page.request.get(`${env('SLACK_URL')}/__slack/messages`)).json();
			expect(
				slack.count === counts['HIGH Priority Only'],
				`Slack stand-in got ${slack.count} messages, HIGH ${counts['HIGH Priority Only']}`,
			);
			expect(
				slack.messages.every((m) => /HIGH urgency/.test(m.body.text)),
				'a Slack message is not a HIGH alert',
			);
			expect(
				slack.messages.every((m) => /Ticket: \S+ \((created|updated)\)/.test(m.body.text)),
				'a Slack alert does not name its ticket',
			);
			return Object.entries(counts)
				.map(([k, v]) => `${k} ${v}`)
				.concat(`Slack ${slack.count}`)
				.join(', ');
		},
	);

	await context.close();
	fs.rmSync(profile, { recursive: true, force: true });
	const failed = results.filter((r) => !r.ok);
	fs.writeFileSync(path.join(artefacts, 'results.json'), JSON.stringify(results, null, 2));
	console.log(
		`\n${results.length - failed.length} of ${results.length} editor steps passed; screenshots in ${artefacts}`,
	);
	if (failed.length) process.exitCode = 1;
}

main().catch((error) => {
	console.error(`editor test failed: ${error.stack ?? error.message}`);
	process.exit(1);
});
