/* eslint-disable @typescript-eslint/no-require-imports */
// The CXone Trigger on n8n's engine: polls as an active workflow makes them (PollContext, then an
// execution from the trigger's items), with static data saved and reloaded between polls as n8n
// does across restarts. The simulator's inbox is live: conversations keep arriving in real time,
// some are indexed late, DFO statuses change and customers write again.
const { startSandbox } = require('../../sandbox');
const { startTicketSink } = require('../../sandbox/ticketing');
const { pollWorkflow, runWorkflow, nodeOutput, nodeError } = require('../../harness/engine');
const {
	v2Credentials,
	dfoCredentials,
	triggerNode,
	upsertNode,
	sinkCredentials,
	chain,
	secretsOf,
} = require('../../harness/fixtures');

const TRIGGER = 'CXone Trigger';
const UPSERT = 'Ticket Batch Upsert';
const SECOND = 1000;
const MIN = 60 * SECOND;
const HOUR = 60 * MIN;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const restart = (staticData: any) => JSON.parse(JSON.stringify(staticData));

describe('CXone Trigger: New Conversation (Conversations API v2)', () => {
	// One conversation every 2 seconds, from 2 hours ago until 10 minutes from now: each poll,
	// a few seconds after the last, finds the ones created in between.
	const start = Date.now();
	let sandbox: any;
	let sink: any;
	beforeAll(async () => {
		sandbox = await startSandbox({
			conversations: 3900,
			seed: 5,
			endTime: start + 10 * MIN,
			spanMs: 2 * HOUR + 10 * MIN,
		});
		sink = await startTicketSink({});
	});
	afterAll(async () => {
		await sandbox.close();
		await sink.close();
	});

	const indexOfTime = (ms: number) => {
		const gen = sandbox.generator;
		let i = 0;
		while (i < gen.count && Date.parse(gen.at(i).createdTimestamp) < ms) i++;
		return i;
	};

	it('emits each conversation once over polls with new, repeated, late and failed reads, and restarts', async () => {
		const workflow = chain(
			// Six minutes back: about 180 conversations, under Max Events per Poll.
			triggerNode({ options: { lookbackHours: 0.1, overlapMinutes: 1, includeAudit: true } }),
			upsertNode({ batchSize: 50 }),
		);
		const credentials = { ...v2Credentials(sandbox), ...sinkCredentials(sink) };
		let staticData: any = {};
		const emitted: string[] = [];
		const audits: any[] = [];
		const refused: string[] = [];
		const poll = async (label: string) => {
			const result = await pollWorkflow(workflow, credentials, {
				staticData,
				executionId: label,
				workflowId: 'wf-trigger',
			});
			staticData = restart(result.staticData);
			const items = (result.emitted ?? []).map((i: any) => i.json);
			emitted.push(...items.filter((j: any) => !j.kind).map((j: any) => j.id));
			audits.push(...items.filter((j: any) => j.kind));
			if (result.run) {
				expect(nodeError(result.run, UPSERT)).toBeUndefined();
				// Audit items reach the upsert too (same output) and are refused there, having no id.
				const failed = nodeOutput(result.run, UPSERT, 1).map((i: any) => i.json);
				refused.push(...failed.filter((j: any) => !j.kind && j.id).map((j: any) => j.id));
			}
			return result;
		};

		// A conversation created 20 seconds before the first poll is indexed only after it.
		const lateIndex = indexOfTime(Date.now() - 20 * SECOND);
		sandbox.live.hide([lateIndex]);
		const first = await poll('p1');
		const firstCursor = staticData['node:CXone Trigger'].cxoneTriggerState.cursorMs;
		const firstIds = sandbox.expectedIds({ from: firstCursor - 6 * MIN, to: firstCursor });
		expect(first.emitted.filter((i: any) => !i.json.kind).map((i: any) => i.json.id)).toEqual(
			firstIds.filter((id: string) => id !== sandbox.generator.idAt(lateIndex)),
		);
		// Every item is a Get Conversations item with what happened.
		expect(first.emitted[0].json).toMatchObject({
			channel: expect.any(String),
			body: expect.any(String),
			triggerEvent: { type: 'newConversation', key: `conversation:${firstIds[0]}` },
		});

		sandbox.live.reveal([lateIndex]);
		await wait(3 * SECOND);
		// A rate limit inside a poll is waited out; the poll still emits.
		sandbox.faults.add({ route: 'v2.conversations', type: '429', retryAfter: 0, times: 1 });
		await poll('p2');

		await wait(3 * SECOND);
		// A failing poll emits nothing and leaves the state: the next one reads the same window again.
		const before = JSON.stringify(staticData);
		sandbox.faults.add({ route: 'v2.conversations', type: '500', times: 'always' });
		const failed = await pollWorkflow(workflow, credentials, { staticData: restart(staticData) });
		expect(failed.emitted).toBeNull();
		expect(failed.error.message).toMatch(/HTTP 500/);
		expect(JSON.stringify(failed.error)).not.toContain(sandbox.clients.v2.clientSecret);
		expect(JSON.stringify(staticData)).toBe(before);
		sandbox.faults.clear();

		await wait(3 * SECOND);
		await poll('p3');
		await wait(2 * SECOND);
		await poll('p4');
		const lastCursor = staticData['node:CXone Trigger'].cxoneTriggerState.cursorMs;

		// Exactly the conversations from the first window to the last cursor, each once.
		const expected = sandbox.expectedIds({ from: firstCursor - 6 * MIN, to: lastCursor });
		expect(emitted).toContain(sandbox.generator.idAt(lateIndex));
		expect(new Set(emitted).size).toBe(emitted.length);
		expect([...emitted].sort()).toEqual([...expected].sort());
		// Every conversation reached the sink once: a ticket, or a record it refused (on the Failed output).
		expect(sink.ticketCount() + refused.length).toBe(expected.length);
		for (const id of refused) expect(sink.tickets().has(id)).toBe(false);
		// The overlap re-read records; they were recognised, not emitted again.
		const metrics = audits.filter((a) => a.kind === 'metrics');
		expect(metrics.length).toBeGreaterThanOrEqual(3);
		expect(metrics.slice(1).some((m) => m.repeats > 0)).toBe(true);
		// One token for the first poll, kept by the credential for the later ones.
		expect(metrics[0]).toMatchObject({ tokenRequests: 1, tokenRefreshes: 0 });
		for (const m of metrics.slice(1)) expect(m).toMatchObject({ tokenRequests: 0, tokenRefreshes: 0 });
		expect(audits.filter((a) => a.action === 'EVENT_EMITTED')).toHaveLength(emitted.length);
		// Memory: only the overlap's keys are remembered.
		const recent = staticData['node:CXone Trigger'].cxoneTriggerState.recent;
		for (const [, at] of recent) expect(at).toBeGreaterThanOrEqual(lastCursor - MIN);
	}, 60_000);

	it('starts from now on a first activation, and drains a backlog over polls without gaps', async () => {
		const workflow = chain(triggerNode({ options: { maxItems: 40 } }));
		const credentials = v2Credentials(sandbox);
		let staticData: any = {};
		const first = await pollWorkflow(workflow, credentials, { staticData });
		expect(first.emitted).toBeNull();
		const cursor = first.staticData['node:CXone Trigger'].cxoneTriggerState.cursorMs;
		expect(Math.abs(cursor - Date.now())).toBeLessThan(10 * SECOND);

		// Look back 10 minutes (about 300 conversations) with 40 per poll.
		staticData = {};
		const backlog = chain(triggerNode({ options: { maxItems: 40, lookbackHours: 1 / 6 } }));
		const emitted: string[] = [];
		let polls = 0;
		let state: any;
		do {
			const result = await pollWorkflow(backlog, credentials, { staticData });
			staticData = restart(result.staticData);
			state = staticData['node:CXone Trigger'].cxoneTriggerState;
			emitted.push(...(result.emitted ?? []).map((i: any) => i.json.id));
			expect((result.emitted ?? []).length).toBeLessThanOrEqual(40);
			polls++;
		} while (state.caughtUp === false && polls < 30);
		expect(polls).toBeGreaterThan(5);
		const startMs = Date.parse(sandbox.generator.at(sandbox.generator.indexOfId(emitted[0])).createdTimestamp);
		const expected = sandbox.expectedIds({ from: startMs, to: state.cursorMs });
		expect(emitted).toEqual(expected);
	}, 60_000);

	it('"Fetch Test Event" returns the most recent conversations and leaves the state alone', async () => {
		const staticData: any = { 'node:CXone Trigger': { cxoneTriggerState: { cursorMs: 1, recent: [] } } };
		const before = JSON.stringify(staticData);
		const { run } = await runWorkflow(chain(triggerNode()), v2Credentials(sandbox), {
			mode: 'manual',
			staticData,
		});
		const items = nodeOutput(run, TRIGGER, 0).map((i: any) => i.json);
		expect(items.length).toBe(5);
		const latest = sandbox.expectedIds({ from: Date.now() - HOUR, to: Date.now() }).slice(-8);
		for (const item of items) expect(latest).toContain(item.id);
		expect(JSON.stringify(staticData)).toBe(before);
	}, 30_000);

	it('refuses DFO-only events on a v2 credential, naming the fix, without a request', async () => {
		sandbox.reset();
		const result = await pollWorkflow(chain(triggerNode({ event: 'statusChanged' })), v2Credentials(sandbox), {});
		expect(result.error.message).toMatch(/Event: needs the Digital Engagement/);
		expect(result.error.description).toMatch(/Access Key/);
		expect(sandbox.stats.requests['v2.conversations']).toBeUndefined();
	});
});

describe('CXone Trigger: DFO inbound messages and status changes', () => {
	const end = Date.now() - MIN;
	let sandbox: any;
	beforeAll(async () => {
		sandbox = await startSandbox({ conversations: 60, seed: 8, endTime: end, spanMs: 30 * HOUR });
	});
	afterAll(async () => sandbox.close());

	async function cycle(workflow: any, staticData: any) {
		const result = await pollWorkflow(workflow, dfoCredentials(sandbox), { staticData });
		if (result.error) throw result.error;
		return { staticData: restart(result.staticData), items: (result.emitted ?? []).map((i: any) => i.json) };
	}

	it('emits each status change once, keyed by id, status and time', async () => {
		const workflow = chain(triggerNode({ event: 'statusChanged', watchHours: 48 }));
		let s = await cycle(workflow, {});
		expect(s.items).toEqual([]);
		// DFO times are whole seconds: changes a second or more after the activation.
		await wait(1500);
		const now = Date.now();
		sandbox.live.setStatus(50, 'resolved', now);
		sandbox.live.setStatus(55, 'escalated', now);
		s = await cycle(workflow, s.staticData);
		expect(s.items.map((i: any) => [i.id, i.status, i.triggerEvent.type])).toEqual([
			[String(1_000_050), 'resolved', 'statusChanged'],
			[String(1_000_055), 'escalated', 'statusChanged'],
		]);
		expect(s.items[0].body).toEqual(expect.any(String));
		// Polled again: nothing new. Changed again: one more event.
		s = await cycle(workflow, s.staticData);
		expect(s.items).toEqual([]);
		await wait(1500);
		sandbox.live.setStatus(50, 'closed', Date.now());
		s = await cycle(workflow, s.staticData);
		expect(s.items.map((i: any) => [i.id, i.status])).toEqual([[String(1_000_050), 'closed']]);
	}, 60_000);

	it("emits one item per new customer message, with the message's text, once", async () => {
		const workflow = chain(triggerNode({ event: 'newInboundMessage', watchHours: 48 }));
		let s = await cycle(workflow, {});
		expect(s.items).toEqual([]);
		await wait(1500);
		const id1 = sandbox.live.addMessage(40, 'Still no refund, this is urgent', Date.now());
		const id2 = sandbox.live.addMessage(41, 'Thanks, all good now', Date.now());
		s = await cycle(workflow, s.staticData);
		expect(s.items.map((i: any) => [i.id, i.triggerEvent.messageId, i.triggerEvent.messageText])).toEqual([
			[String(1_000_040), id1, 'Still no refund, this is urgent'],
			[String(1_000_041), id2, 'Thanks, all good now'],
		]);
		expect(s.items[0].raw).toBeUndefined();
		s = await cycle(workflow, s.staticData);
		expect(s.items).toEqual([]);
		const secrets = secretsOf(dfoCredentials(sandbox));
		for (const secret of secrets) expect(JSON.stringify(s)).not.toContain(secret);
	}, 60_000);
});

describe('examples/social-inbox-triage-trigger.json', () => {
	const fs = require('node:fs');
	const path = require('node:path');
	const { PACKAGE_DIR } = require('../../harness/engine');
	const { PKG } = require('../../harness/fixtures');
	const example = JSON.parse(
		fs.readFileSync(path.join(PACKAGE_DIR, 'examples', 'social-inbox-triage-trigger.json'), 'utf8'),
	);
	const start = Date.now();
	let sandbox: any;
	let sink: any;
	beforeAll(async () => {
		sandbox = await startSandbox({ conversations: 2000, seed: 9, endTime: start + 10 * MIN, spanMs: 2 * HOUR });
		sink = await startTicketSink({});
	});
	afterAll(async () => {
		await sandbox.close();
		await sink.close();
	});

	it('starts from the trigger and upserts each conversation exactly once over several polls', async () => {
		// The package part of the example, with its parameters and wiring: Trigger > Classify > Upsert.
		const nodes = example.nodes
			.filter((n: any) => n.type.startsWith(`${PKG}.`))
			.map((n: any) => ({
				...n,
				credentials: Object.fromEntries(
					Object.entries(n.credentials ?? {}).map(([type, ref]: any) => [type, { id: type, ...ref }]),
				),
			}));
		expect(nodes.map((n: any) => n.type.slice(PKG.length + 1))).toEqual([
			'cxoneTrigger',
			'classifyUrgency',
			'ticketBatchUpsert',
		]);
		const workflow = chain(...nodes);
		expect(example.connections['CXone Trigger'].main[0][0].node).toBe(nodes[1].name);
		const credentials = { ...v2Credentials(sandbox), ...sinkCredentials(sink) };
		let staticData: any = {};
		const emitted: string[] = [];
		for (let k = 0; k < 3; k++) {
			if (k) await wait(2500);
			const result = await pollWorkflow(workflow, credentials, { staticData, workflowId: 'example' });
			expect(result.error).toBeUndefined();
			staticData = restart(result.staticData);
			emitted.push(...(result.emitted ?? []).map((i: any) => i.json.id));
			if (result.run) expect(result.run.status).toBe('success');
		}
		// 24 hours back hold about 1,500 conversations: 500 per poll, the cursor at the last one.
		const { cursorMs, floorMs, caughtUp } = staticData[`node:CXone Trigger`].cxoneTriggerState;
		expect(caughtUp).toBe(false);
		const expected = sandbox.expectedIds({ from: floorMs, to: cursorMs + 1 });
		expect(emitted).toEqual(expected);
		expect(sink.ticketCount()).toBeGreaterThan(expected.length - 5);
		expect(sink.ticketCount()).toBeLessThanOrEqual(expected.length);
	}, 60_000);
});
