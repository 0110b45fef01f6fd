'use strict';
// Checks on one end-to-end phase: what n8n printed (`n8n execute --rawOutput`) and what the
// simulators saw (ticket sink, Slack stand-in, CXone sandbox). Each check is named and explained;
// the runner prints them and fails on any that does not hold.
const { NAMES } = require('./pipeline');

/** The execution JSON printed by `n8n execute --rawOutput`: log lines come before it. */
function parseExecution(stdout) {
	const start = stdout.search(/^\{/m);
	if (start === -1) throw new Error('no JSON object in the output of n8n execute');
	return JSON.parse(stdout.slice(start));
}

function outputOf(execution, node, index) {
	const runs = execution?.data?.resultData?.runData?.[node];
	if (!runs) return undefined;
	return runs.flatMap((run) => (run.data?.main?.[index] ?? []).map((item) => item.json));
}

/** The text Classify Urgency reads with its default Text Fields ("subject, body"). */
const classifiedText = (conversation) =>
	[conversation.subject, conversation.body]
		.filter((part) => part !== '' && part != null)
		.join('\n');

function counts(values) {
	const map = new Map();
	for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
	return map;
}

function sameSet(actual, expected) {
	const a = counts(actual);
	const missing = expected.filter((id) => !a.has(id));
	const extra = [...a.keys()].filter((id) => !expected.includes(id));
	const repeated = [...a.entries()].filter(([, n]) => n > 1).map(([id]) => id);
	const problems = [];
	if (missing.length)
		problems.push(`missing ${missing.length} (${missing.slice(0, 3).join(', ')})`);
	if (extra.length) problems.push(`unexpected ${extra.length} (${extra.slice(0, 3).join(', ')})`);
	if (repeated.length)
		problems.push(`repeated ${repeated.length} (${repeated.slice(0, 3).join(', ')})`);
	return problems.join('; ');
}

/**
 * Returns the checks and the audit chain's head (the last record's hash), which the next
 * execution of the workflow continues from: n8n saves static data after CLI executions.
 * @param phase {{ name, exitCode, stdout, stderr, expectedIds: string[], tickets, sinkStats,
 *   sandboxStats, slack, secrets: string[], faults?: { sandbox: number, sink: number },
 *   tokens: { before?: string, after?: string }, previousHead?: string }}
 * @param core the package's programmatic entry (`classify`, `verifyAuditTrail`)
 */
function checkPhase(phase, core) {
	const results = [];
	const check = (name, fn) => {
		try {
			const detail = fn();
			results.push({ name, ok: true, detail: detail ?? '' });
		} catch (error) {
			results.push({ name, ok: false, detail: error.message });
		}
	};
	const fail = (message) => {
		throw new Error(message);
	};

	let execution;
	let head;
	check('n8n execute succeeded', () => {
		if (phase.exitCode !== 0) {
			const tail = `${phase.stdout}\n${phase.stderr}`.trim().split('\n').slice(-15).join('\n');
			fail(`exit code ${phase.exitCode}:\n${tail}`);
		}
		execution = parseExecution(phase.stdout);
		const error = execution.data?.resultData?.error;
		if (error) fail(`execution error: ${error.message}`);
		if (execution.status && execution.status !== 'success') fail(`status ${execution.status}`);
		const ran = Object.keys(execution.data?.resultData?.runData ?? {});
		const missing = Object.values(NAMES).filter((n) => !ran.includes(n));
		if (missing.length) fail(`nodes that did not run: ${missing.join(', ')}`);
		return `status ${execution.status ?? '(none)'}, mode ${execution.mode}, ${ran.length} nodes ran`;
	});
	if (!execution) return { results, head };

	const expected = phase.expectedIds;
	const fetched = outputOf(execution, NAMES.get, 0);
	const byId = new Map(fetched.map((c) => [c.id, c]));
	const classified = outputOf(execution, NAMES.classify, 0);
	const priorityOf = new Map(
		[...byId.values()].map((c) => [c.id, core.classify(classifiedText(c)).priority]),
	);
	const highIds = [...priorityOf].filter(([, p]) => p === 'HIGH').map(([id]) => id);

	check('Get Conversations returned every sandbox conversation once', () => {
		if (expected.length === 0) fail('the sandbox reported no conversations');
		const problem = sameSet(
			fetched.map((c) => c.id),
			expected,
		);
		if (problem) fail(problem);
		return `${fetched.length} of ${expected.length}`;
	});

	check("Classify Urgency matches the package's classify() on subject + body", () => {
		if (classified.length !== expected.length) fail(`${classified.length} classified items`);
		const wrong = classified.filter(
			(item) =>
				item.priority !== priorityOf.get(item.id) || item.urgency?.priority !== item.priority,
		);
		if (wrong.length) {
			const w = wrong[0];
			fail(
				`${wrong.length} differ, e.g. ${w.id}: priority ${w.priority}, urgency.priority ${w.urgency?.priority}, classify() ${priorityOf.get(w.id)}`,
			);
		}
		const found = counts(classified.map((i) => i.priority));
		return ['HIGH', 'MEDIUM', 'LOW'].map((p) => `${p} ${found.get(p) ?? 0}`).join(', ');
	});

	check('every conversation became exactly one ticket with the right priority', () => {
		const tickets = phase.tickets.tickets;
		const problem = sameSet(
			tickets.map((t) => t.external_id),
			expected,
		);
		if (problem) fail(problem);
		const wrong = tickets.filter((t) => {
			const c = byId.get(t.external_id);
			return (
				t.creates !== 1 ||
				t.updates !== 0 ||
				t.last.priority !== priorityOf.get(t.external_id) ||
				t.last.subject !== c.subject ||
				t.last.body !== c.body
			);
		});
		if (wrong.length) {
			const t = wrong[0];
			fail(
				`${wrong.length} tickets wrong, e.g. ${t.external_id}: creates ${t.creates}, updates ${t.updates}, priority ${t.last.priority} (expected ${priorityOf.get(t.external_id)})`,
			);
		}
		const upserted = outputOf(execution, NAMES.upsert, 0);
		const failed = outputOf(execution, NAMES.upsert, 1);
		if (upserted.length !== expected.length || failed.length !== 0) {
			fail(`Ticket Batch Upsert: ${upserted.length} succeeded, ${failed.length} failed`);
		}
		return `${tickets.length} tickets, ${phase.sinkStats.batches} batches applied`;
	});

	check('HIGH conversations reached the Slack stand-in, once each', () => {
		const messages = phase.slack.messages;
		const problem = sameSet(
			messages.map((m) => m.body.conversation_id),
			highIds,
		);
		if (problem) fail(problem);
		const filtered = outputOf(execution, NAMES.filter, 0);
		const posted = outputOf(execution, NAMES.slack, 0);
		if (filtered.length !== highIds.length || posted.length !== highIds.length) {
			fail(`filter passed ${filtered.length}, HTTP Request output ${posted.length}`);
		}
		if (messages.some((m) => !/^Urgent /.test(m.body.text))) fail('a message without its text');
		return `${messages.length} messages`;
	});

	const tally = counts([...priorityOf.values()]);
	const audits = {
		[NAMES.get]: {
			records: outputOf(execution, NAMES.get, 1),
			action: 'CONVERSATION_RETRIEVED',
			metrics: { conversations: expected.length, rejected: 0 },
		},
		[NAMES.classify]: {
			records: outputOf(execution, NAMES.classify, 1),
			action: 'CLASSIFIED',
			metrics: {
				items: expected.length,
				high: tally.get('HIGH') ?? 0,
				medium: tally.get('MEDIUM') ?? 0,
				low: tally.get('LOW') ?? 0,
				failed: 0,
			},
		},
		[NAMES.upsert]: {
			records: outputOf(execution, NAMES.upsert, 2),
			action: 'SYNCED',
			metrics: { records: expected.length, created: expected.length, updated: 0, failed: 0 },
		},
	};
	for (const [node, { records, action, metrics: wanted }] of Object.entries(audits)) {
		check(`${node}: Audit holds one ${action} per record and one metrics item`, () => {
			const events = records.filter((r) => r.kind === 'audit');
			const metrics = records.filter((r) => r.kind === 'metrics');
			const others = events.filter((e) => e.action !== action && !/^WATERMARK_/.test(e.action));
			if (others.length) fail(`unexpected events: ${[...counts(others.map((e) => e.action))]}`);
			const problem = sameSet(
				events.filter((e) => e.action === action).map((e) => e.conversationId),
				expected,
			);
			if (problem) fail(problem);
			if (metrics.length !== 1) fail(`${metrics.length} metrics items`);
			if (action === 'CLASSIFIED') {
				const wrong = events.filter((e) => e.priority !== priorityOf.get(e.conversationId));
				if (wrong.length) fail(`${wrong.length} events with another priority`);
			}
			const m = metrics[0];
			const off = Object.entries(wanted).filter(([k, v]) => m[k] !== v);
			if (off.length) fail(`metrics ${off.map(([k, v]) => `${k} ${m[k]} (expected ${v})`)}`);
			const shown = Object.keys(wanted)
				.concat(['pages', 'requests', 'batches', 'retries'])
				.filter((k) => m[k] !== undefined)
				.map((k) => `${k} ${m[k]}`);
			return `${events.length} events; metrics: ${shown.join(', ')}`;
		});
	}

	check('audit hash chain is intact across the three nodes', () => {
		const all = Object.values(audits)
			.flatMap((a) => a.records)
			.sort((a, b) => a.seq - b.seq);
		if (all.length === 0) fail('no audit records');
		for (let i = 1; i < all.length; i++) {
			if (all[i].seq !== all[i - 1].seq + 1)
				fail(`seq jumps from ${all[i - 1].seq} to ${all[i].seq}`);
		}
		const start = all[0].prevHash;
		if (phase.previousHead && start !== phase.previousHead) {
			fail(`starts from ${start.slice(0, 12)}..., not the previous execution's head`);
		}
		if (!phase.previousHead && start !== core.GENESIS_HASH) {
			fail(`a fresh instance starts from ${start.slice(0, 12)}..., not the genesis hash`);
		}
		const result = core.verifyAuditTrail(all, start);
		if (!result.valid) fail(`broken at ${result.brokenAt}: ${result.reason}`);
		if (result.checked !== all.length) fail(`checked ${result.checked} of ${all.length}`);
		const order = [NAMES.get, NAMES.classify, NAMES.upsert];
		const nodesInOrder = [...new Set(all.map((r) => r.actor.nodeName))];
		if (nodesInOrder.join() !== order.join()) fail(`chain order ${nodesInOrder.join(' > ')}`);
		head = all.at(-1).hash;
		const from =
			start === core.GENESIS_HASH
				? 'genesis'
				: `the previous execution's head ${start.slice(0, 12)}...`;
		return `${all.length} records, seq ${all[0].seq}..${all.at(-1).seq}, from ${from}`;
	});

	check('audit records carry no message text', () => {
		const text = JSON.stringify(Object.values(audits).flatMap((a) => a.records));
		const leaked = fetched
			.flatMap((c) => [c.subject, c.body])
			.filter((t) => typeof t === 'string' && t.length >= 24 && text.includes(t));
		if (leaked.length) fail(`${leaked.length} texts found, e.g. "${leaked[0].slice(0, 40)}"`);
		return `${fetched.length} subjects and bodies checked`;
	});

	check('no secret in the execution output, tickets or Slack messages', () => {
		const haystacks = {
			'execute stdout': phase.stdout,
			'execute stderr': phase.stderr,
			'sink tickets': JSON.stringify(phase.tickets),
			'Slack messages': JSON.stringify(phase.slack),
		};
		const found = [];
		for (const [where, text] of Object.entries(haystacks)) {
			for (const secret of phase.secrets) {
				if (secret && text.includes(secret)) found.push(`${where} holds ${secret.slice(0, 4)}...`);
			}
			if (/Bearer\s+[A-Za-z0-9._~+/=-]{8,}/.test(text)) found.push(`${where} holds a Bearer token`);
		}
		if (found.length) fail(found.join('; '));
		const tokens = phase.secrets.length - phase.fixedSecrets;
		return `${phase.secrets.length} secrets (${tokens} access tokens) and Bearer headers looked for`;
	});

	if (phase.faults) {
		check('the injected faults fired and were recovered from', () => {
			const sandboxFired = phase.sandboxStats.faultsFired ?? [];
			const sinkFired = phase.sinkStats.faultsFired ?? [];
			const firedCount = (f) => (Array.isArray(f) ? f.length : Number(f));
			if (firedCount(sandboxFired) !== phase.faults.sandbox) {
				fail(`sandbox faults fired: ${JSON.stringify(sandboxFired)}`);
			}
			if (firedCount(sinkFired) !== phase.faults.sink) {
				fail(`sink faults fired: ${JSON.stringify(sinkFired)}`);
			}
			const getMetrics = audits[NAMES.get].records.find((r) => r.kind === 'metrics');
			const upsertMetrics = audits[NAMES.upsert].records.find((r) => r.kind === 'metrics');
			if (!(getMetrics.retries >= 2)) fail(`Get Conversations retries ${getMetrics.retries}`);
			if (!(upsertMetrics.retries >= 1))
				fail(`Ticket Batch Upsert retries ${upsertMetrics.retries}`);
			const { before, after } = phase.tokens;
			if (!before || !after) fail('no access token stored in the credential');
			if (before === after) fail('the 401 did not lead to a new token being stored');
			return (
				`sandbox ${firedCount(sandboxFired)}, sink ${firedCount(sinkFired)} faults; ` +
				`retries: fetch ${getMetrics.retries}, upsert ${upsertMetrics.retries}; token refreshed after the 401`
			);
		});
	}
	return { results, head };
}

module.exports = { checkPhase, parseExecution, outputOf, classifiedText };
