import { createHash } from 'node:crypto';

import { AuditTrail, GENESIS_HASH, canonicalJson, verifyAuditTrail } from '../../nodes/core/audit';

const actor = { workflowId: 'wf1', executionId: '41', nodeName: 'CXone: Get Conversations' };
let clock = Date.UTC(2026, 10, 20);
const now = () => new Date((clock += 1000));

function trailOf(n: number) {
	const trail = new AuditTrail(actor, undefined, now);
	const events = Array.from({ length: n }, (_, i) => trail.event('CONVERSATION_RETRIEVED', { conversationId: `conv-${i}`, channel: 'EMAIL' }));
	events.push(trail.metrics({ conversations: n }));
	return { trail, events };
}

describe('audit hash chain', () => {
	it('links every record to the one before, starting from the genesis hash', () => {
		const { events } = trailOf(3);
		expect(events[0].prevHash).toBe(GENESIS_HASH);
		expect(events[1].prevHash).toBe(events[0].hash);
		expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
		expect(events[3]).toMatchObject({ kind: 'metrics', action: 'RUN_METRICS', conversations: 3, actor });
		expect(verifyAuditTrail(events, GENESIS_HASH)).toEqual({ valid: true, checked: 4 });
	});

	it('never looks like an n8n error item', () => {
		const { events } = trailOf(1);
		for (const e of events) expect(Object.keys(e).some((k) => !['error', 'message', 'details'].includes(k))).toBe(true);
	});

	it('continues across runs from a saved head', () => {
		const first = trailOf(2);
		const second = new AuditTrail(actor, first.trail.state, now);
		const next = second.event('CONVERSATION_RETRIEVED', { conversationId: 'conv-9' });
		expect(next.prevHash).toBe(first.events[first.events.length - 1].hash);
		expect(next.seq).toBe(4);
		expect(verifyAuditTrail([...first.events, next], GENESIS_HASH).valid).toBe(true);
	});

	it('detects an edited, a deleted, an inserted and a reordered record', () => {
		const { events } = trailOf(4);
		const edited = events.map((e) => ({ ...e }));
		edited[2].channel = 'FACEBOOK';
		expect(verifyAuditTrail(edited)).toMatchObject({ valid: false, brokenAt: 2, reason: expect.stringMatching(/changed/) });
		const deleted = events.filter((_, i) => i !== 1);
		expect(verifyAuditTrail(deleted)).toMatchObject({ valid: false, brokenAt: 1, reason: expect.stringMatching(/removed/) });
		const inserted = [...events.slice(0, 2), { ...events[1] }, ...events.slice(2)];
		expect(verifyAuditTrail(inserted).valid).toBe(false);
		const swapped = [events[0], events[2], events[1], ...events.slice(3)];
		expect(verifyAuditTrail(swapped).brokenAt).toBe(1);
		expect(verifyAuditTrail(events.slice(1), GENESIS_HASH).brokenAt).toBe(0);
		expect(verifyAuditTrail(events.slice(1)).valid).toBe(true);
	});

	it('does not depend on key order (stores may reorder keys)', () => {
		const { events } = trailOf(1);
		const reordered = events.map((e) => Object.fromEntries(Object.entries(e).reverse()));
		expect(verifyAuditTrail(reordered).valid).toBe(true);
	});

	it('hashes the canonical form (keys sorted at every depth) whatever the fields look like', () => {
		const trail = new AuditTrail(actor, undefined, now);
		const events = [
			trail.event('CONVERSATION_RETRIEVED', { conversationId: 'c-1', channel: 'EMAIL', createdTimestamp: '2026-11-01T00:00:00Z' }),
			// the same fields in another order: same key layout in the record
			trail.event('CONVERSATION_RETRIEVED', { createdTimestamp: '2026-11-01T00:00:00Z', channel: 'SMS', conversationId: 'c-2' }),
			// nested values, text that JSON must escape, null, booleans and numbers
			trail.metrics({ latency: { p95: 3, max: 9, p50: 1 }, list: [{ b: 1, a: 2 }, 'x'], note: 'say "hi"\n\u0001é😀', none: null, ok: true, n: -0.5 }),
			// keys that look like array indices (V8 orders those first)
			trail.event('ODD_KEYS', { '10': 'ten', '9': 'nine', zeta: 1 }),
			// a field named like a fixed one does not replace it
			trail.event('SHADOW', { kind: 'forged', seq: 99, hash: 'forged', skipped: undefined }),
		];
		// An independent reference: JSON.stringify over copies with sorted keys (fine without
		// integer-like keys, which V8 would move to the front).
		const sortDeep = (v: unknown): unknown =>
			Array.isArray(v)
				? v.map(sortDeep)
				: v && typeof v === 'object'
					? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep((v as Record<string, unknown>)[k])]))
					: v;
		for (const e of events) {
			const { hash, ...unsigned } = e;
			const reference = e.action === 'ODD_KEYS' ? canonicalJson(unsigned) : JSON.stringify(sortDeep(unsigned));
			expect(hash).toBe(createHash('sha256').update(reference).digest('hex'));
		}
		expect(canonicalJson({ ...events[3], hash: undefined })).toContain('"10":"ten","9":"nine"');
		const canonical = canonicalJson({ ...events[2], hash: undefined });
		expect(canonical).toContain('"latency":{"max":9,"p50":1,"p95":3}');
		expect(canonical).toContain('"list":[{"a":2,"b":1},"x"]');
		expect(events[4]).toMatchObject({ kind: 'audit', seq: 5 });
		expect(events[4].hash).toMatch(/^[0-9a-f]{64}$/);
		expect('skipped' in events[4]).toBe(false);
		expect(verifyAuditTrail(events, GENESIS_HASH)).toEqual({ valid: true, checked: events.length });
	});

	it('lays a record out in sorted key order with its hash last', () => {
		const { events } = trailOf(1);
		expect(Object.keys(events[0])).toEqual(['action', 'actor', 'channel', 'conversationId', 'kind', 'prevHash', 'seq', 'timestamp', 'hash']);
		expect(Object.keys(events[0].actor)).toEqual(['executionId', 'nodeName', 'workflowId']);
	});

	it('writes strings and numbers exactly as JSON.stringify does', () => {
		const values = ['', 'plain', 'say "hi"', 'back\\slash', 'tab\tnew\nline', '\u0000\u001f', 'é ß 日本', '😀', '\ud800 lone', 'lone \udfff', 0, -0, 1.5, -2e-7, 1e21, 123456789012345680000, NaN, Infinity, -Infinity, true, false, null];
		for (const v of values) expect([v, canonicalJson(v)]).toEqual([v, JSON.stringify(v)]);
		expect(canonicalJson([undefined, 1])).toBe(JSON.stringify([undefined, 1]));
	});
});
