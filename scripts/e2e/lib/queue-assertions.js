'use strict';
// Checks of a queue-mode run, on what it left behind: the ticket sink's tickets, the executions and
// the audit rows read back from PostgreSQL, the workflow's static data, a dump of the database and
// the worker that was killed; for the trigger variant, its polls as its own audit records tell
// them. Each check returns { name, ok, detail }.

const OPEN_STATUSES = new Set(['new', 'running', 'waiting']);
const NODES = ['CXone: Get Conversations', 'Classify Urgency', 'Ticket Batch Upsert'];

const check = (name, ok, detail) => ({ name, ok: Boolean(ok), detail });
const ms = (iso) => Date.parse(iso);
const sample = (list, n = 5) => list.slice(0, n).join(', ') + (list.length > n ? ', ...' : '');

/**
 * When each conversation was created, from the CONVERSATION_RETRIEVED audit events (the tickets
 * the sink holds carry the mapped fields only).
 */
function createdTimes(records) {
	const created = new Map();
	for (const r of records) {
		if (r.action === 'CONVERSATION_RETRIEVED')
			created.set(r.conversationId, ms(r.createdTimestamp));
	}
	return created;
}

/** Audit records grouped by execution, each in the order it was written (seq). */
function segmentsOf(rows) {
	const byExecution = new Map();
	for (const row of rows) {
		if (!byExecution.has(row.execution_id)) byExecution.set(row.execution_id, []);
		byExecution.get(row.execution_id).push(row.record);
	}
	for (const records of byExecution.values()) records.sort((a, b) => a.seq - b.seq);
	return byExecution;
}

function checkTickets({ expectedIds, tickets }) {
	const expected = new Set(expectedIds);
	const byId = new Map();
	for (const t of tickets.tickets) byId.set(t.external_id, (byId.get(t.external_id) ?? 0) + 1);
	const missing = expectedIds.filter((id) => !byId.has(id));
	const duplicated = [...byId].filter(([, n]) => n > 1).map(([id]) => id);
	const unknown = [...byId.keys()].filter((id) => !expected.has(id));
	const createdTwice = tickets.tickets.filter((t) => t.creates !== 1).map((t) => t.external_id);
	return [
		check(
			'every conversation became exactly one ticket',
			expectedIds.length > 0 &&
				!missing.length &&
				!duplicated.length &&
				!unknown.length &&
				!createdTwice.length,
			`${expectedIds.length} conversations, ${tickets.count} tickets` +
				(missing.length ? `; missing ${missing.length}: ${sample(missing)}` : '') +
				(duplicated.length ? `; duplicated ${sample(duplicated)}` : '') +
				(unknown.length ? `; unknown ${sample(unknown)}` : '') +
				(createdTwice.length ? `; created more than once ${sample(createdTwice)}` : ''),
		),
	];
}

/**
 * `nodes`: the nodes whose Audit output every successful execution stored. `ranBy` (execution id
 * to worker), given, also requires every execution to have been started by a worker.
 */
function checkExecutions({
	executions,
	segments,
	killed,
	queueEnd,
	enqueued,
	nodes = NODES,
	ranBy,
}) {
	const open = executions.filter((e) => OPEN_STATUSES.has(e.status));
	const failed = executions.filter((e) => e.status !== 'success' && e.id !== killed?.executionId);
	// An execution that ran to its end stored the Audit output of all three nodes.
	const incomplete = executions
		.filter((e) => e.status === 'success')
		.filter((e) => {
			const metrics = (segments.get(e.id) ?? []).filter((r) => r.kind === 'metrics');
			return nodes.some((node) => !metrics.some((r) => r.actor.nodeName === node));
		})
		.map((e) => e.id);
	const statuses = {};
	for (const e of executions) statuses[e.status] = (statuses[e.status] ?? 0) + 1;
	const notOnWorker = ranBy ? executions.filter((e) => !ranBy.has(e.id)).map((e) => e.id) : [];
	const perWorker = {};
	for (const e of executions) {
		const worker = ranBy?.get(e.id);
		if (worker) perWorker[worker] = (perWorker[worker] ?? 0) + 1;
	}
	return [
		check(
			'no execution lost or stuck',
			executions.length > 0 &&
				enqueued === executions.length &&
				!open.length &&
				!failed.length &&
				!incomplete.length &&
				!notOnWorker.length &&
				queueEnd.openExecutions === 0 &&
				!queueEnd.redisJobs &&
				!queueEnd.redisActive,
			`main enqueued ${enqueued}, PostgreSQL has ${executions.length} executions ` +
				`${JSON.stringify(statuses)}; open ${open.length}, ` +
				`failed${killed ? ' (besides the killed one)' : ''} ${failed.length}, success without all ` +
				`${nodes.length} Audit outputs stored ${incomplete.length}; ` +
				(ranBy
					? `run by ${JSON.stringify(perWorker)}${notOnWorker.length ? `, not by a worker: ${sample(notOnWorker)}` : ''}; `
					: '') +
				`Redis jobs waiting ${queueEnd.redisJobs}, active ${queueEnd.redisActive}`,
		),
	];
}

/**
 * Every WATERMARK_ADVANCED event says "everything created before W is delivered": check it against
 * when each conversation was first synced (its SYNCED event in any execution, before the event).
 */
function checkWatermark({ records, expectedIds }) {
	const created = createdTimes(records);
	const unseen = expectedIds.filter((id) => !created.has(id));
	const firstSynced = new Map();
	for (const r of records) {
		if (r.action !== 'SYNCED') continue;
		const at = ms(r.timestamp);
		if (!(firstSynced.get(r.conversationId) <= at)) firstSynced.set(r.conversationId, at);
	}
	const advances = records.filter((r) => r.action === 'WATERMARK_ADVANCED' && r.watermark);
	const violations = [];
	const byCreated = [...created].sort((a, b) => a[1] - b[1]);
	for (const a of advances) {
		const w = ms(a.watermark);
		const t = ms(a.timestamp);
		for (const [id, c] of byCreated) {
			if (c >= w) break;
			if (!(firstSynced.get(id) <= t)) {
				violations.push(`${a.actor.executionId}: ${a.watermark} passed ${id}`);
				break;
			}
		}
	}
	return [
		check(
			'the watermark never passed an undelivered record',
			advances.length > 0 && !violations.length && !unseen.length,
			`${advances.length} advances checked against ${created.size} conversations` +
				(unseen.length ? `; ${unseen.length} conversations never retrieved` : '') +
				(violations.length ? `; ${violations.length} violations: ${sample(violations, 3)}` : ''),
		),
	];
}

/**
 * The trail read back from PostgreSQL, under overlap: executions that run side by side each start
 * from the head the workflow's static data held when they started, so the chain forks. Each
 * execution's records form one segment that must verify on its own (verifyAuditTrail), start at
 * the genesis hash or at the head another execution ended with, and have no gap in seq. A
 * segment-aware verifier in the package would take `segments` and these rules as they are.
 */
function checkAuditTrail({ segments, staticData, killed }, core) {
	const ends = new Map();
	for (const [id, records] of segments) ends.set(records[records.length - 1].hash, id);
	const broken = [];
	const orphans = [];
	const gaps = [];
	const starts = new Map();
	let checked = 0;
	for (const [id, records] of segments) {
		const result = core.verifyAuditTrail(records, records[0].prevHash);
		checked += result.checked;
		if (!result.valid) broken.push(`${id} at ${result.brokenAt}: ${result.reason}`);
		const start = records[0].prevHash;
		if (start !== core.GENESIS_HASH && !ends.has(start)) orphans.push(id);
		starts.set(start, (starts.get(start) ?? 0) + 1);
		for (let k = 1; k < records.length; k++) {
			if (records[k].seq !== records[k - 1].seq + 1) {
				gaps.push(id);
				break;
			}
		}
	}
	const fromGenesis = starts.get(core.GENESIS_HASH) ?? 0;
	const forks = [...starts]
		.filter(([start, n]) => start !== core.GENESIS_HASH && n > 1)
		.reduce((sum, [, n]) => sum + n - 1, 0);
	const head = staticData?.global?.cxoneSocialInboxAuditChain?.head;
	const headKnown = head !== undefined && ends.has(head);
	const killedRows = killed ? (segments.get(killed.executionId)?.length ?? 0) : 0;
	return [
		check(
			'the audit trail from PostgreSQL verifies under overlap',
			segments.size > 0 && !broken.length && !orphans.length && !gaps.length && headKnown,
			`${checked} records in ${segments.size} execution segments, each verified; ${fromGenesis} start ` +
				`at the genesis hash, ${segments.size - fromGenesis} where another execution ended ` +
				`(${forks} forks); the saved head ${headKnown ? 'ends a stored segment' : 'is not the end of any stored segment'}` +
				(killed ? `; the killed execution stored ${killedRows} records` : '') +
				(broken.length ? `; broken: ${sample(broken, 3)}` : '') +
				(orphans.length ? `; segments starting at an unknown head: ${sample(orphans)}` : '') +
				(gaps.length ? `; seq gaps in ${sample(gaps)}` : ''),
		),
	];
}

/**
 * Whether the workflow's static data (the watermark and the chain head) reaches the next execution:
 * an execution queued after another one finished should start its chain where that one ended,
 * not at the genesis hash. `known` marks a limitation of n8n's queue mode that the run reports
 * without failing (see the README): the check fails the run only with --strict.
 */
function checkCarryOver({ executions, segments }, core) {
	const succeeded = executions.filter((e) => e.status === 'success' && e.stoppedAt);
	const firstDone = Math.min(...succeeded.map((e) => ms(e.stoppedAt)));
	const eligible = succeeded.filter((e) => ms(e.createdAt) > firstDone && segments.has(e.id));
	const continued = eligible.filter(
		(e) => segments.get(e.id)[0].prevHash !== core.GENESIS_HASH,
	).length;
	return [
		{
			...check(
				'the watermark and the audit chain carry over from one execution to the next',
				eligible.length > 0 && continued === eligible.length,
				`${continued} of ${eligible.length} executions queued after a finished one started ` +
					`from its saved state; the others started from an empty static data (genesis hash, ` +
					`the initial look-back)`,
			),
			known: true,
		},
	];
}

function checkSecrets({ executionData, database, secrets }) {
	const found = [];
	secrets.forEach((secret, i) => {
		if (executionData.includes(secret)) found.push(`secret #${i + 1} in execution_data`);
		else if (database.includes(secret)) found.push(`secret #${i + 1} elsewhere in the database`);
	});
	return [
		check(
			'no secret in the database (execution data and every other table)',
			secrets.length >= 3 && executionData.length > 0 && database.length > 0 && !found.length,
			`${secrets.length} secrets (client secret, sink token, database password, access tokens) ` +
				`searched in ${(executionData.length / 1e6).toFixed(1)} MB of execution data and a ` +
				`${(database.length / 1e6).toFixed(1)} MB dump` +
				(found.length ? `; FOUND: ${found.join(', ')}` : ''),
		),
	];
}

/**
 * The worker killed mid-execution: its execution did not succeed, and every conversation that
 * existed when it died is a ticket, synced by an execution that succeeded. When the kill lands
 * after Get Conversations finished, that node's stored output already says WATERMARK_ADVANCED: the
 * kill came later in the execution, not a lost record (the watermark check verifies every advance
 * against the records delivered).
 */
function checkKilledWorker({ killed, executions, records, tickets }) {
	if (!killed?.executionId)
		return [check('a worker killed mid-execution loses nothing', false, 'no kill recorded')];
	const execution = executions.find((e) => e.id === killed.executionId);
	const succeeded = new Set(executions.filter((e) => e.status === 'success').map((e) => e.id));
	const advanced = records.some(
		(r) => r.actor.executionId === killed.executionId && r.action === 'WATERMARK_ADVANCED',
	);
	const synced = new Set(
		records
			.filter((r) => r.action === 'SYNCED' && succeeded.has(r.actor.executionId))
			.map((r) => r.conversationId),
	);
	const created = createdTimes(records);
	const existing = tickets.tickets
		.filter((t) => created.get(t.external_id) <= killed.atMs)
		.map((t) => t.external_id);
	const lost = existing.filter((id) => !synced.has(id));
	const retrieved = new Set(
		records
			.filter(
				(r) => r.actor.executionId === killed.executionId && r.action === 'CONVERSATION_RETRIEVED',
			)
			.map((r) => r.conversationId),
	);
	const redeliveredAfter = records.filter(
		(r) =>
			r.action === 'SYNCED' &&
			retrieved.has(r.conversationId) &&
			succeeded.has(r.actor.executionId) &&
			ms(r.timestamp) > killed.atMs,
	).length;
	return [
		check(
			'a worker killed mid-execution (SIGKILL) loses nothing',
			execution && execution.status !== 'success' && existing.length > 0 && !lost.length,
			`execution ${killed.executionId} ended ${execution?.status ?? 'without a row'}` +
				(advanced
					? ' after its Get Conversations finished (its output says WATERMARK_ADVANCED)'
					: ' before its Get Conversations finished') +
				'; ' +
				`${existing.length} conversations existed when it died, ${lost.length} not synced by a successful run` +
				(retrieved.size
					? `; of the ${retrieved.size} it had fetched (its stored Audit rows), ${redeliveredAfter} syncs by later runs`
					: ''),
		),
	];
}

// The trigger variant.

/**
 * The trigger's polls that emitted (each is one execution), in poll order, from its audit records:
 * the window and cursor of its metrics record and the events it emitted (EVENT_EMITTED).
 */
function triggerPolls(rows, nodeName) {
	const byExecution = new Map();
	for (const row of rows) {
		if (row.node !== nodeName) continue;
		if (!byExecution.has(row.execution_id)) byExecution.set(row.execution_id, []);
		byExecution.get(row.execution_id).push(row.record);
	}
	const polls = [];
	for (const [executionId, records] of byExecution) {
		records.sort((a, b) => a.seq - b.seq);
		const metrics = records.find((r) => r.kind === 'metrics');
		if (!metrics) continue;
		polls.push({
			executionId,
			records,
			windowFromMs: ms(metrics.windowFrom),
			windowToMs: ms(metrics.windowTo),
			cursorMs: ms(metrics.cursor),
			emitted: metrics.emitted,
			repeats: metrics.repeats,
			conversations: metrics.conversations,
			pages: metrics.pages,
			events: records
				.filter((r) => r.action === 'EVENT_EMITTED')
				.map((r) => ({ key: r.key, conversationId: r.conversationId, atMs: ms(r.at) })),
		});
	}
	return polls.sort((a, b) => a.windowToMs - b.windowToMs);
}

/**
 * Every conversation the simulator created from the first poll's window start (the cursor the
 * activation poll set) to the last poll's cursor is exactly one ticket in the fresh sink, and the
 * sink holds nothing else: nothing from before the activation, no conversation written twice.
 */
function checkTriggerTickets({ expectedIds, tickets, sinkStats, polls }) {
	const [first] = checkTickets({ expectedIds, tickets });
	const emitted = polls.flatMap((p) => p.events.map((e) => e.conversationId));
	const twice = tickets.tickets.filter(
		(t) => t.creates !== 1 || t.updates !== 0 || t.version !== 1,
	);
	return [
		{
			...first,
			name: "every conversation created after the activation, up to the last poll's cursor, became exactly one ticket",
			detail:
				`${first.detail}; window ${polls.length ? `${new Date(polls[0].windowFromMs).toISOString()} to ${new Date(polls[polls.length - 1].cursorMs).toISOString()}` : 'unknown (no poll)'}, ` +
				`${emitted.length} conversations emitted`,
		},
		check(
			'no conversation sent twice',
			tickets.count > 0 &&
				!twice.length &&
				sinkStats.updates === 0 &&
				sinkStats.creates === tickets.count,
			`the sink counted ${sinkStats.creates} creates and ${sinkStats.updates} updates for ${tickets.count} tickets` +
				(twice.length
					? `; written more than once: ${sample(twice.map((t) => t.external_id))}`
					: ''),
		),
	];
}

/**
 * The trigger's state (cursor, floor and the keys it emitted recently) lives in main's static data
 * and must carry from one poll to the next: the first window starts at the cursor the activation
 * poll set, between main's start and the activation mark; every later window starts an overlap
 * before the previous poll's cursor (never before that floor); every conversation an earlier poll
 * emitted that the window reads again is counted as a repeat, not emitted; no key is emitted twice.
 */
function checkTriggerState({ polls, overlapMs, mainStartMs, activatedMs, minPolls }) {
	const problems = [];
	const floor = polls[0]?.windowFromMs;
	if (!(floor >= mainStartMs && floor <= activatedMs)) {
		problems.push(
			`the first window starts at ${floor ? new Date(floor).toISOString() : 'no poll'}, not between main's start and the activation`,
		);
	}
	const seen = new Map();
	const twice = [];
	const repeats = [];
	polls.forEach((poll, k) => {
		if (poll.events.length !== poll.emitted) {
			problems.push(
				`execution ${poll.executionId}: ${poll.events.length} EVENT_EMITTED for ${poll.emitted} emitted`,
			);
		}
		if (k > 0) {
			const from = Math.max(floor, polls[k - 1].cursorMs - overlapMs);
			if (poll.windowFromMs !== from) {
				problems.push(
					`execution ${poll.executionId}: window from ${new Date(poll.windowFromMs).toISOString()}, not ${new Date(from).toISOString()}`,
				);
			}
			const again = [...seen.values()].filter(
				(at) => at >= poll.windowFromMs && at < poll.windowToMs,
			).length;
			repeats.push(`${poll.repeats}/${again}`);
			if (poll.repeats !== again || again === 0) {
				problems.push(
					`execution ${poll.executionId}: ${poll.repeats} repeats recognised, ${again} earlier conversations in its window`,
				);
			}
		}
		for (const e of poll.events) {
			if (seen.has(e.key)) twice.push(e.key);
			seen.set(e.key, e.atMs);
		}
	});
	if (polls.length < minPolls) problems.push(`${polls.length} polls emitted, ${minPolls} needed`);
	if (twice.length) problems.push(`emitted twice: ${sample(twice)}`);
	return [
		check(
			"the trigger's state continued across polls (its overlap repeats recognised, no conversation emitted twice)",
			polls.length > 0 && !problems.length,
			`${polls.length} polls emitted ${seen.size} conversations (${polls.map((p) => p.emitted).join(', ')}); ` +
				`the first window starts at the cursor of the activation poll, ` +
				`${((floor - mainStartMs) / 1000).toFixed(1)} s after main's start; each later one ${overlapMs / 60000} min before the previous cursor; ` +
				`repeats recognised / earlier conversations in the window: ${repeats.join(', ') || 'none'}; ${twice.length} emitted twice` +
				(problems.length ? `; ${problems.slice(0, 4).join('; ')}` : ''),
		),
	];
}

/**
 * The trigger variant's trail read back from PostgreSQL: the trigger's records (hashed on main,
 * in the chain its static data there holds) and the records of Classify Urgency and Ticket Batch
 * Upsert (hashed on a worker, from the static data the execution was queued with). All of them,
 * execution by execution and node by node, verify as one trail from the genesis hash
 * (`verifyAuditTrail` accepts a run that starts where an earlier run ended); the trigger's own
 * records alone are one chain without a fork across every poll; no run has a gap in `seq`.
 */
function checkTriggerAuditTrail({ rows, executions, nodes }, core) {
	const order = new Map(nodes.map((node, i) => [node, i]));
	const sorted = [...rows].sort(
		(a, b) =>
			Number(a.execution_id) - Number(b.execution_id) ||
			(order.get(a.node) ?? nodes.length) - (order.get(b.node) ?? nodes.length) ||
			a.seq - b.seq,
	);
	const records = sorted.map((r) => r.record);
	const all = core.verifyAuditTrail(records, core.GENESIS_HASH);
	const triggerRecords = sorted.filter((r) => r.node === nodes[0]).map((r) => r.record);
	const chain = core.verifyAuditTrail(triggerRecords, core.GENESIS_HASH);
	const gaps = [];
	const runs = new Map();
	for (const r of sorted) {
		const key = `${r.execution_id} ${r.node}`;
		if (!runs.has(key)) runs.set(key, []);
		runs.get(key).push(r.record);
	}
	for (const [key, run] of runs) {
		for (let k = 1; k < run.length; k++) {
			if (run[k].seq !== run[k - 1].seq + 1) {
				gaps.push(key);
				break;
			}
		}
	}
	// Where each execution's worker side (its first run after the trigger's) started its chain.
	const starts = { triggerHead: 0, genesis: 0, other: 0 };
	const succeeded = executions.filter((e) => e.status === 'success');
	const missing = [];
	for (const e of succeeded) {
		const own = sorted.filter((r) => r.execution_id === e.id);
		const trigger = own.filter((r) => r.node === nodes[0]);
		const worker = own.find((r) => r.node !== nodes[0]);
		if (!trigger.length || !worker) {
			missing.push(e.id);
			continue;
		}
		const start = worker.record.prevHash;
		if (start === trigger[trigger.length - 1].record.hash) starts.triggerHead++;
		else if (start === core.GENESIS_HASH) starts.genesis++;
		else starts.other++;
	}
	return {
		starts,
		results: [
			check(
				'the audit trail from PostgreSQL verifies',
				records.length > 0 &&
					all.valid &&
					chain.valid &&
					!(chain.forks ?? 0) &&
					!gaps.length &&
					!missing.length,
				`${all.checked} records of ${succeeded.length} executions verified as one trail with ` +
					`verifyAuditTrail (${all.forks ?? 0} runs not continuing the record before them, each starting at the genesis hash or where an earlier run ended)` +
					(all.valid ? '' : `: broken at ${all.brokenAt}: ${all.reason}`) +
					`; the trigger's ${triggerRecords.length} records, hashed on main, one chain across ` +
					`the polls (${chain.forks ?? 0} forks${chain.valid ? '' : `, broken at ${chain.brokenAt}: ${chain.reason}`}); ` +
					`the worker side of ${starts.triggerHead} executions continued from the trigger's head of ` +
					`the same poll, ${starts.genesis} from the genesis hash, ${starts.other} elsewhere` +
					(gaps.length ? `; seq gaps in ${sample(gaps)}` : '') +
					(missing.length
						? `; without the trigger's or the workers' records: ${sample(missing)}`
						: ''),
			),
		],
	};
}

/**
 * Whether the trigger's state main saved reaches the database for good: after the last execution,
 * the workflow's static data there should hold the last poll's cursor, which a restarted main would
 * continue from. `known` marks the queue-mode behaviour the run reports without failing (see the
 * README): a worker saves the static data its execution ended with over the workflow's, and since
 * n8n queued the execution without any, that has no trigger state. Fails the run only with --strict.
 */
function checkTriggerStateSaved({ saved, polls, rows, stateKey }) {
	const last = polls[polls.length - 1];
	const state = saved?.[stateKey]?.cxoneTriggerState;
	const head = saved?.global?.cxoneSocialInboxAuditChain?.head;
	const headRow = rows.find((r) => r.hash === head);
	return [
		{
			...check(
				"the trigger's state is kept in the database (what a restarted main continues from)",
				last && state?.cursorMs === last.cursorMs,
				`after the last execution the workflow's static data in PostgreSQL holds ` +
					(state
						? `the trigger's cursor ${new Date(state.cursorMs).toISOString()} (the last poll's: ${last ? new Date(last.cursorMs).toISOString() : 'none'})`
						: 'no trigger state') +
					`; its audit chain head is ` +
					(headRow
						? `the end of execution ${headRow.execution_id}'s ${headRow.node} run (seq ${headRow.seq}), saved by the worker that ran it`
						: head
							? 'not a stored record'
							: 'missing'),
			),
			known: true,
		},
	];
}

module.exports = {
	triggerPolls,
	checkTriggerStateSaved,
	checkTriggerTickets,
	checkTriggerState,
	checkTriggerAuditTrail,
	createdTimes,
	segmentsOf,
	checkTickets,
	checkExecutions,
	checkWatermark,
	checkAuditTrail,
	checkSecrets,
	checkKilledWorker,
	checkCarryOver,
};
