// Summary records (Audit Detail "Per Page Summary" / "Per Batch Summary"): the per-record events of
// a page or batch as the rows of one chained record. The chain verifies as before, every
// per-record fact is recovered, and an edited row, a dropped row or a row count that lies fails.
import {
	AuditTrail,
	GENESIS_HASH,
	SUMMARY_ACTION,
	auditFacts,
	summaryFields,
	verifyAuditTrail,
	type AuditRecord,
} from '../../nodes/core/audit';

const actor = { workflowId: 'wf1', executionId: '7', nodeName: 'Ticket Batch Upsert' };
let clock = Date.UTC(2026, 10, 20);
const now = () => new Date((clock += 1000));

function batchTrail() {
	const trail = new AuditTrail(actor, undefined, now);
	const events = [
		{ action: 'SYNCED', conversationId: 'conv-1', status: 200, ticketId: 'T-1', operation: 'created' },
		{ action: 'FAILED', conversationId: 'conv-2', status: 422, reason: 'subject is empty', retryable: false },
		{ action: 'SYNCED', conversationId: 'conv-3', status: 200, ticketId: 'T-3', operation: 'updated' },
	];
	const records: AuditRecord[] = [
		trail.event(SUMMARY_ACTION, summaryFields(events.slice(0, 2))),
		trail.event(SUMMARY_ACTION, summaryFields(events.slice(2))),
		trail.event('WATERMARK_HELD', { watermark: null, reason: 'a record failed' }),
		trail.metrics({ records: 3 }),
	];
	return { events, records };
}

describe('audit summary records', () => {
	it('lays the events out as rows under one list of columns, action first', () => {
		const fields = summaryFields([
			{ action: 'SYNCED', conversationId: 'a', ticketId: 'T-1' },
			{ action: 'FAILED', conversationId: 'b', reason: 'no' },
		]);
		expect(fields).toEqual({
			count: 2,
			columns: ['action', 'conversationId', 'ticketId', 'reason'],
			rows: [
				['SYNCED', 'a', 'T-1', null],
				['FAILED', 'b', null, 'no'],
			],
		});
	});

	it('verifies as a chain and gives back every per-record fact, traced to its record', () => {
		const { events, records } = batchTrail();
		expect(verifyAuditTrail(records, GENESIS_HASH, records[3].hash)).toEqual({ valid: true, checked: 4 });
		const facts = auditFacts(records);
		expect(facts.map(({ seq, hash, ...fact }) => fact)).toEqual([
			{ ...events[0], reason: null, retryable: null },
			{ ...events[1], ticketId: null, operation: null },
			events[2],
			{ action: 'WATERMARK_HELD', watermark: null, reason: 'a record failed' },
		]);
		expect(facts[1]).toMatchObject({ seq: 1, hash: records[0].hash });
		expect(facts[2]).toMatchObject({ seq: 2, hash: records[1].hash });
	});

	it('reads per-record trails the same way', () => {
		const trail = new AuditTrail(actor, undefined, now);
		const records = [trail.event('SYNCED', { conversationId: 'conv-1', status: 200 }), trail.metrics({ records: 1 })];
		expect(auditFacts(records)).toEqual([{ action: 'SYNCED', conversationId: 'conv-1', status: 200, seq: 1, hash: records[0].hash }]);
	});

	it('catches an edited row, a dropped row and a summary whose shape was forged', () => {
		const edited = batchTrail().records;
		(edited[0].rows as unknown[][])[1][4] = 'accepted';
		expect(verifyAuditTrail(edited, GENESIS_HASH)).toMatchObject({ valid: false, brokenAt: 0 });

		const dropped = batchTrail().records;
		(dropped[0].rows as unknown[][]).pop();
		expect(verifyAuditTrail(dropped, GENESIS_HASH)).toMatchObject({ valid: false, brokenAt: 0 });

		// Well hashed but malformed (a writer that lies about its rows): refused on its own terms.
		const trail = new AuditTrail(actor, undefined, now);
		const forged = [trail.event(SUMMARY_ACTION, { count: 3, columns: ['action', 'conversationId'], rows: [['SYNCED', 'a']] })];
		expect(verifyAuditTrail(forged, GENESIS_HASH)).toMatchObject({
			valid: false,
			brokenAt: 0,
			reason: expect.stringContaining('count'),
		});
		const noAction = [new AuditTrail(actor, undefined, now).event(SUMMARY_ACTION, { count: 1, columns: ['conversationId'], rows: [['a']] })];
		expect(verifyAuditTrail(noAction, GENESIS_HASH)).toMatchObject({ valid: false, reason: expect.stringContaining('action') });
	});

	it('never carries message text: only the fields the events had', () => {
		const { records } = batchTrail();
		for (const r of records) expect(JSON.stringify(r)).not.toMatch(/"(body|subject|text)"/);
	});
});

describe('AuditOutput in summary detail', () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { AuditOutput } = require('../../nodes/toolkit/audit');
	const context = () => {
		const data: Record<string, unknown> = {};
		return {
			getWorkflowStaticData: () => data,
			getWorkflow: () => ({ id: 'wf1' }),
			getExecutionId: () => '9',
			getNode: () => ({ name: 'Ticket Batch Upsert', parameters: {} }),
		};
	};

	it('writes the rows summaryFields lays out, a summary per maxRows, the chain verifiable', () => {
		const events = [
			{ action: 'SYNCED', conversationId: 'a', status: 200, ticketId: 'T-1', operation: 'created' },
			{ action: 'FAILED', conversationId: 'b', status: 422, reason: 'refused', retryable: false },
			{ action: 'SYNCED', conversationId: 'c', status: 200, ticketId: undefined, operation: null },
		];
		const out = new AuditOutput(context(), { detail: 'summary', maxRows: 2 });
		events.forEach(({ action, ...fields }, i) => out.record(action, fields, i));
		const items = out.close({ records: 3 });
		expect(items.map((i: any) => i.json.action)).toEqual([SUMMARY_ACTION, SUMMARY_ACTION, 'RUN_METRICS']);
		expect(items[0].json).toMatchObject(summaryFields(events.slice(0, 2)));
		expect(items[1].json).toMatchObject(summaryFields(events.slice(2)));
		expect(items[1].pairedItem).toEqual({ item: 2 });
		const records = items.map((i: any) => i.json);
		expect(verifyAuditTrail(records, GENESIS_HASH).valid).toBe(true);
		expect(auditFacts(records).map((f) => f.conversationId)).toEqual(['a', 'b', 'c']);
	});
});
