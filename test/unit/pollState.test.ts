// The CXone Trigger's delivery rules as pure functions: the window, what is emitted, what is
// remembered. Properties run many polls over random inboxes with late, repeated and bursty records.
import fc from 'fast-check';

import {
	decidePoll,
	pollWindow,
	readPollState,
	rememberKeys,
	type PollState,
} from '../../nodes/core/cxone/pollState';
import { conversationEvents } from '../../nodes/core/cxone/events';

const T = Date.parse('2026-11-01T12:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const limits = { overlapMs: 15 * MIN, maxItems: 100, maxKeys: 1000 };
const ev = (key: string, atMs: number) => ({ key, atMs });

describe('poll window', () => {
	it('starts from now on a first activation, or looks back', () => {
		expect(pollWindow({}, T, 15 * MIN, 0)).toEqual({ fromMs: T, toMs: T, first: true });
		expect(pollWindow({}, T, 15 * MIN, 2 * HOUR)).toEqual({ fromMs: T - 2 * HOUR, toMs: T, first: true });
	});

	it('starts an overlap before the cursor, or at the cursor while draining a backlog', () => {
		expect(pollWindow({ cursorMs: T - MIN, caughtUp: true }, T, 15 * MIN, 0).fromMs).toBe(T - 16 * MIN);
		expect(pollWindow({ cursorMs: T - MIN, caughtUp: false }, T, 15 * MIN, 0).fromMs).toBe(T - MIN);
	});

	it('reads a malformed stored state as a first activation', () => {
		expect(readPollState('x')).toEqual({});
		expect(readPollState({ cursorMs: 'soon', recent: [['a', 1], ['b'], 3] })).toEqual({ recent: [['a', 1]] });
	});
});

describe('deciding a poll', () => {
	const window = { fromMs: T - HOUR, toMs: T, first: false };

	it('emits new events in time order, drops repeats and events outside the window', () => {
		const state: PollState = { cursorMs: T - 45 * MIN, recent: [['a', T - 50 * MIN]] };
		const d = decidePoll(state, window, [ev('c', T - 5 * MIN), ev('a', T - 50 * MIN), ev('b', T - 10 * MIN), ev('b', T - 10 * MIN), ev('z', T), ev('old', T - 2 * HOUR), ev('nan', NaN)], limits);
		expect(d.emit.map((e) => e.key)).toEqual(['b', 'c']);
		expect(d.repeats.map((e) => e.key)).toEqual(['a', 'b']);
		expect(d.outside.map((e) => e.key)).toEqual(['z', 'old', 'nan']);
		expect(d.state.cursorMs).toBe(T);
		expect(d.state.caughtUp).toBe(true);
		// "a" is older than the next window (T - 15 min): forgotten.
		expect(d.state.recent).toEqual([['b', T - 10 * MIN], ['c', T - 5 * MIN]]);
	});

	it('stops at the last event emitted when there are more than Max Events per Poll', () => {
		const events = [1, 2, 3, 4, 5].map((n) => ev(`e${n}`, T - 60 * MIN + n * MIN));
		const d = decidePoll({}, window, events, { ...limits, maxItems: 2 });
		expect(d.emit.map((e) => e.key)).toEqual(['e1', 'e2']);
		expect(d.state).toMatchObject({ cursorMs: T - 58 * MIN, caughtUp: false });
		const next = decidePoll(d.state, pollWindow(d.state, T + MIN, limits.overlapMs, 0), events, { ...limits, maxItems: 2 });
		expect(next.emit.map((e) => e.key)).toEqual(['e3', 'e4']);
	});

	it('does not pass the last record read when the listing itself was cut', () => {
		const d = decidePoll({}, window, [ev('a', T - 30 * MIN)], limits, T - 30 * MIN);
		expect(d.state).toMatchObject({ cursorMs: T - 30 * MIN, caughtUp: false });
	});

	it('steps past an instant that holds more records than one poll reads', () => {
		const state: PollState = { cursorMs: T - 30 * MIN, caughtUp: false, recent: [['a', T - 30 * MIN]] };
		const w = pollWindow(state, T, limits.overlapMs, 0);
		const d = decidePoll(state, w, [ev('a', T - 30 * MIN)], limits, T - 30 * MIN);
		expect(d.state.cursorMs).toBe(T - 30 * MIN + 1);
	});

	it('keeps the newest keys when more than the bound were emitted', () => {
		const kept = rememberKeys([['a', 1], ['b', 5]], [ev('c', 3), ev('d', 9)], 0, 2);
		expect(kept).toEqual([['b', 5], ['d', 9]]);
	});
});

describe('events', () => {
	const item = {
		id: '1000001',
		channel: 'WHATSAPP',
		subject: '',
		body: 'hello',
		createdTimestamp: '2026-11-01T10:00:00+00:00',
		updatedTimestamp: '2026-11-01T11:00:00+00:00',
		status: 'open',
	};

	it('names a new conversation by its id, a status change by id, status and time', () => {
		expect(conversationEvents(item, 'newConversation')[0]).toMatchObject({ key: 'conversation:1000001', atMs: Date.parse(item.createdTimestamp) });
		const [changed] = conversationEvents(item, 'statusChanged');
		expect(changed.key).toBe(`status:1000001:open:${Date.parse(item.updatedTimestamp)}`);
		expect(changed.item.triggerEvent).toMatchObject({ type: 'statusChanged', status: 'open' });
		expect(conversationEvents({ ...item, updatedTimestamp: item.createdTimestamp }, 'statusChanged')).toEqual([]);
	});

	it("makes one event per customer message, none for the agent's", () => {
		const messages = [
			{ id: 'm1', direction: 'inbound', createdAt: '2026-11-01T10:00:00+00:00', messageContent: { payload: { text: 'help' } } },
			{ id: 'm2', direction: 'outbound', authorUser: { id: 'agent' }, createdAt: '2026-11-01T10:01:00+00:00' },
			{ id: 'm3', direction: 'inbound', createdAt: '2026-11-01T10:02:00+00:00', messageContent: { payload: { text: 'still broken' } } },
		];
		const events = conversationEvents(item, 'newInboundMessage', messages as never);
		expect(events.map((e) => e.key)).toEqual(['message:1000001:m1', 'message:1000001:m3']);
		expect(events[1].item.triggerEvent.messageText).toBe('still broken');
		expect(events[1].item.body).toBe('hello');
	});
});

// A random inbox: each record has a time, a delay before the API lists it (indexing lag), and
// may be listed twice. Polls run at increasing times; the state goes through JSON between polls,
// as n8n's static data does across restarts.
const recordArb = fc.record({
	atOffset: fc.integer({ min: 0, max: 6 * HOUR }),
	lateMs: fc.integer({ min: 0, max: 15 * MIN }),
	twice: fc.boolean(),
});
const scenarioArb = fc.record({
	records: fc.array(recordArb, { maxLength: 120 }),
	// Bursts: several records at one instant.
	burst: fc.integer({ min: 0, max: 12 }),
	gaps: fc.array(fc.integer({ min: 1, max: 40 * MIN }), { minLength: 1, maxLength: 25 }),
	maxItems: fc.integer({ min: 1, max: 30 }),
	listingLimit: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
	overlapMin: fc.integer({ min: 0, max: 30 }),
});

function simulate(s: any, maxKeys: number, checkState?: (state: PollState) => void) {
	const start = T;
	const records = s.records.map((r: any, i: number) => ({ key: `k${i}`, atMs: start + r.atOffset, visibleMs: start + r.atOffset + r.lateMs, twice: r.twice }));
	for (let b = 0; b < s.burst; b++) records.push({ key: `burst${b}`, atMs: start + HOUR, visibleMs: start + HOUR, twice: false });
	const overlapMs = s.overlapMin * MIN;
	const pollLimits = { overlapMs, maxItems: s.maxItems, maxKeys };
	const emitted: string[] = [];
	let state: PollState = { cursorMs: start, caughtUp: true, recent: [] };
	let now = start;
	const pollAt = (time: number) => {
		const window = pollWindow(state, time, overlapMs, 0);
		const listed = records
			.filter((r: any) => r.visibleMs <= time && r.atMs >= window.fromMs && r.atMs < window.toMs)
			.sort((a: any, b: any) => a.atMs - b.atMs)
			.flatMap((r: any) => (r.twice ? [r, r] : [r]));
		const limit = s.listingLimit === undefined ? undefined : s.listingLimit + (state.recent ?? []).filter(([, at]) => at >= window.fromMs).length;
		const page = limit === undefined ? listed : listed.slice(0, limit);
		const cutAt = limit !== undefined && listed.length >= limit ? page[page.length - 1].atMs : undefined;
		const d = decidePoll(state, window, page.map((r: any) => ({ key: r.key, atMs: r.atMs })), pollLimits, cutAt);
		emitted.push(...d.emit.map((e) => e.key));
		state = readPollState(JSON.parse(JSON.stringify(d.state)));
		checkState?.(state);
		return d;
	};
	for (const gap of s.gaps) pollAt((now += gap));
	// Quiet polls after the last record is listed, until the backlog is drained.
	now = Math.max(now, start + 7 * HOUR);
	for (let i = 0; i < 500; i++) {
		const d = pollAt((now += MIN));
		if (d.emit.length === 0 && state.caughtUp) break;
	}
	return { records, emitted, overlapMs };
}

describe('delivery properties', () => {
	it('never emits an event twice, and emits every event listed in time', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const { records, emitted, overlapMs } = simulate(s, 100_000);
				expect(new Set(emitted).size).toBe(emitted.length);
				const seen = new Set(emitted);
				const unlimited = s.listingLimit === undefined && s.maxItems >= records.length;
				for (const r of records) {
					// Late records are guaranteed within the overlap when no backlog is being drained.
					const late = r.visibleMs - r.atMs;
					if (late === 0 || (unlimited && late <= overlapMs)) expect([r.key, seen.has(r.key)]).toEqual([r.key, true]);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('remembers at most Max Keys events, and only those the next window can meet', () => {
		fc.assert(
			fc.property(scenarioArb, fc.integer({ min: 1, max: 50 }), (s, maxKeys) => {
				simulate(s, maxKeys, (state) => {
					const recent = state.recent ?? [];
					expect(recent.length).toBeLessThanOrEqual(maxKeys);
					for (const [, at] of recent) expect(at).toBeGreaterThanOrEqual((state.cursorMs ?? 0) - s.overlapMin * MIN);
				});
			}),
			{ numRuns: 100 },
		);
	});
});
