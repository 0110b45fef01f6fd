'use strict';
// Checks of a queue-mode run, on what it left behind: the ticket sink's tickets, the executions and
// the audit rows read back from PostgreSQL, the workflow's static data, a dump of the database and
// the worker that was killed. Each check returns { name, ok, detail }.

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

function checkExecutions({ executions, segments, killed, queueEnd, enqueued }) {
	const open = executions.filter((e) => OPEN_STATUSES.has(e.status));
	const failed = executions.filter((e) => e.status !== 'success' && e.id !== killed?.executionId);
	// An execution that ran to its end stored the Audit output of all three nodes.
	const incomplete = executions
		.filter((e) => e.status === 'success')
		.filter((e) => {
			const metrics = (segments.get(e.id) ?? []).filter((r) => r.kind === 'metrics');
			return NODES.some((node) => !metrics.some((r) => r.actor.nodeName === node));
		})
		.map((e) => e.id);
	const statuses = {};
	for (const e of executions) statuses[e.status] = (statuses[e.status] ?? 0) + 1;
	return [
		check(
			'no execution lost or stuck',
			executions.length > 0 &&
				enqueued === executions.length &&
				!open.length &&
				!failed.length &&
				!incomplete.length &&
				queueEnd.openExecutions === 0 &&
				!queueEnd.redisJobs &&
				!queueEnd.redisActive,
			`main enqueued ${enqueued}, PostgreSQL has ${executions.length} executions ` +
				`${JSON.stringify(statuses)}; open ${open.length}, ` +
				`failed (besides the killed one) ${failed.length}, success without all three Audit outputs stored ` +
				`${incomplete.length}; Redis jobs waiting ${queueEnd.redisJobs}, active ${queueEnd.redisActive}`,
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
 * The worker killed mid-execution: its execution did not succeed and did not move the watermark,
 * and every conversation that existed when it died is a ticket, synced by an execution that
 * succeeded.
 */
function checkKilledWorker({ killed, executions, records, tickets }) {
	if (!killed?.executionId)
		return [check('a worker killed mid-execution loses nothing', false, 'no kill recorded')];
	const execution = executions.find((e) => e.id === killed.executionId);
	const succeeded = new Set(executions.filter((e) => e.status === 'success').map((e) => e.id));
	const moved = records.some(
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
			execution && execution.status !== 'success' && !moved && existing.length > 0 && !lost.length,
			`execution ${killed.executionId} ended ${execution?.status ?? 'without a row'}` +
				`${moved ? ' and MOVED the watermark' : ', watermark not moved'}; ` +
				`${existing.length} conversations existed when it died, ${lost.length} not synced by a successful run` +
				(retrieved.size
					? `; of the ${retrieved.size} it had fetched (its stored Audit rows), ${redeliveredAfter} syncs by later runs`
					: ''),
		),
	];
}

module.exports = {
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
