// Tests of the sandbox conversation generator (sandbox/generator.js).
import { DAY } from './helpers';
const { createGenerator, conversationAt } = require('../../sandbox');

describe('generator', () => {
	it('is deterministic for a seed and differs across seeds', () => {
		const a = createGenerator({ seed: 7, count: 500 });
		const b = createGenerator({ seed: 7, count: 500 });
		const c = createGenerator({ seed: 8, count: 500 });
		for (const i of [0, 1, 99, 250, 499]) {
			expect(a.at(i)).toEqual(b.at(i));
			expect(conversationAt(7, i, { count: 500 })).toEqual(a.at(i));
			expect(a.at(i).id).not.toBe(c.at(i).id);
		}
	});

	it('produces realistic, varied conversations', () => {
		const g = createGenerator({ count: 5000 });
		const kinds = new Map<string, any[]>();
		const channels = new Set<string>();
		for (let i = 0; i < 5000; i++) {
			const c = g.at(i);
			expect(c.id).toMatch(
				/^conv-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
			);
			expect(c.createdTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
			expect(c.updatedTimestamp >= c.createdTimestamp).toBe(true);
			channels.add(c.channel);
			if (!kinds.has(c.kind)) kinds.set(c.kind, []);
			kinds.get(c.kind)!.push(c);
		}
		expect([...channels].sort()).toEqual([
			'EMAIL',
			'FACEBOOK',
			'INSTAGRAM',
			'SMS',
			'TWITTER',
			'WEBCHAT',
			'WHATSAPP',
		]);
		expect([...kinds.keys()].sort()).toEqual([
			'angry',
			'emoji',
			'empty',
			'happy',
			'long',
			'multilingual',
			'neutral',
			'sarcastic',
			'urgent',
		]);
		for (const c of kinds.get('empty')!) expect(c.body).toBe('');
		for (const c of kinds.get('long')!) {
			expect(Buffer.byteLength(c.body)).toBeGreaterThanOrEqual(20000);
			expect(Buffer.byteLength(c.body)).toBeLessThanOrEqual(62000);
		}
		const urgentWords =
			/urgent|refund|cancel|not working|legal|sue|escalat|emergency|asap|dangerous|chargeback/i;
		for (const c of kinds.get('urgent')!) expect(`${c.subject} ${c.body}`).toMatch(urgentWords);
		expect(kinds.get('emoji')!.some((c) => /😡|🙏|😍|👍/u.test(c.body))).toBe(true);
		expect(kinds.get('multilingual')!.some((c) => /[\u3040-\u30ff]/.test(c.body))).toBe(true);
		expect(kinds.get('multilingual')!.some((c) => /[\u0600-\u06ff]/.test(c.body))).toBe(true);
		expect(new Set(kinds.get('neutral')!.map((c) => c.body)).size).toBeGreaterThan(100);
	});

	it('handles 1,000,000 conversations in O(1) per item with exact range lookups', () => {
		const endTime = Date.UTC(2026, 0, 1);
		const g = createGenerator({ count: 1_000_000, endTime, spanMs: 30 * DAY });
		const t0 = performance.now();
		const last = g.at(999_999);
		const mid = g.at(500_000);
		expect(performance.now() - t0).toBeLessThan(50);
		expect(Date.parse(last.createdTimestamp)).toBeLessThan(endTime);
		expect(Date.parse(g.at(0).createdTimestamp)).toBeGreaterThanOrEqual(endTime - 30 * DAY - 1000);
		expect(g.indexOfId(mid.id)).toBe(500_000);
		let previous = -Infinity;
		for (let i = 0; i < 1_000_000; i += 997) {
			expect(g.createdMs(i)).toBeGreaterThanOrEqual(previous);
			previous = g.createdMs(i);
		}
		for (let k = 0; k < 300; k++) {
			const from = endTime - 31 * DAY + Math.random() * 32 * DAY;
			const to = from + Math.random() * 3 * DAY;
			const [s, e] = g.indexRangeFor(from, to);
			expect(s).toBeLessThanOrEqual(e);
			if (s > 0) expect(g.createdMs(s - 1)).toBeLessThan(from);
			if (s < g.count) expect(g.createdMs(s)).toBeGreaterThanOrEqual(from);
			if (e > s) expect(g.createdMs(e - 1)).toBeLessThan(to);
			if (e < g.count) expect(g.createdMs(e)).toBeGreaterThanOrEqual(to);
		}
		expect(g.indexRangeFor(-Infinity, Infinity)).toEqual([0, 1_000_000]);
		expect(g.indexRangeFor(endTime, Infinity)).toEqual([1_000_000, 1_000_000]);
	});
});
