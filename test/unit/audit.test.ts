import { AuditTrail, GENESIS_HASH, verifyAuditTrail } from '../../nodes/common/audit';

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
});
