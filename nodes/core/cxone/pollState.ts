/**
 * The delivery rules of the CXone Trigger, as pure functions over a small state object: which
 * window a poll reads, which events it emits, and what it remembers. Where the state is kept (the
 * node's static data) is the node's business.
 *
 * Delivery is at least once: the cursor only moves over what was emitted, and each window starts
 * an overlap before the cursor so records indexed late are read again. Repeats from the overlap
 * (or from an API that lists a record twice) are dropped by a set of recently emitted keys. That
 * set holds only keys the next window can meet again (event time at or after its start) and never
 * more than `maxKeys`, so memory is bounded by the busiest overlap, whatever the inbox size.
 */

/** One event a poll may emit: a key naming the record and what changed, and when it happened. */
export interface PollCandidate {
	key: string;
	atMs: number;
}

export interface PollState {
	/** Every event before this instant (ms) was emitted, or is older than the first activation. */
	cursorMs?: number;
	/** False while a backlog is drained: the next window then starts at the cursor, not before. */
	caughtUp?: boolean;
	/** Where the first activation started: no window reaches before it, overlap or not. */
	floorMs?: number;
	/** Recently emitted keys with their event time, oldest first. */
	recent?: Array<[string, number]>;
}

export interface PollWindow {
	fromMs: number;
	toMs: number;
	/** True on the first poll after activation: nothing was read before. */
	first: boolean;
}

export interface PollLimits {
	overlapMs: number;
	/** Events emitted per poll at most; the rest wait for the next poll. */
	maxItems: number;
	/** Recently emitted keys remembered at most. */
	maxKeys: number;
}

export const DEFAULT_MAX_KEYS = 10_000;

/**
 * The window of the next poll. A first activation starts from now less the look-back (0: from
 * now); later polls start an overlap before the cursor, or at the cursor while draining a backlog
 * (an overlap then would re-read the same records and could stall progress).
 */
export function pollWindow(
	state: PollState,
	nowMs: number,
	overlapMs: number,
	lookbackMs: number,
): PollWindow {
	if (typeof state.cursorMs !== 'number' || !Number.isFinite(state.cursorMs)) {
		return { fromMs: nowMs - lookbackMs, toMs: nowMs, first: true };
	}
	let fromMs = state.caughtUp === false ? state.cursorMs : state.cursorMs - overlapMs;
	if (typeof state.floorMs === 'number' && fromMs < state.floorMs) fromMs = state.floorMs;
	return { fromMs: Math.min(fromMs, nowMs), toMs: nowMs, first: false };
}

export interface PollDecision<T extends PollCandidate> {
	/** In event-time order. */
	emit: T[];
	/** Already emitted (in the recent set) or listed twice in this poll. */
	repeats: T[];
	/** Outside the window (no usable time, before its start, or at or after its end). */
	outside: T[];
	/** More events than maxItems: the cursor stopped at the last one emitted. */
	cut: boolean;
	state: PollState;
}

/**
 * What a poll emits and the state it leaves. `fetchCutAtMs` is the event time of the last record
 * read when the listing itself stopped early (a limit on an ascending listing): nothing after it
 * was seen, so the cursor may not pass it.
 */
export function decidePoll<T extends PollCandidate>(
	state: PollState,
	window: PollWindow,
	candidates: readonly T[],
	limits: PollLimits,
	fetchCutAtMs?: number,
): PollDecision<T> {
	const known = new Set((state.recent ?? []).map(([key]) => key));
	const fresh: T[] = [];
	const repeats: T[] = [];
	const outside: T[] = [];
	for (const candidate of candidates) {
		const at = candidate.atMs;
		if (!Number.isFinite(at) || at < window.fromMs || at >= window.toMs) outside.push(candidate);
		else if (known.has(candidate.key)) repeats.push(candidate);
		else {
			known.add(candidate.key);
			fresh.push(candidate);
		}
	}
	// Stable: events of the same instant keep the order the API gave.
	const ordered = fresh
		.map((candidate, index) => ({ candidate, index }))
		.sort((a, b) => a.candidate.atMs - b.candidate.atMs || a.index - b.index)
		.map((entry) => entry.candidate);
	const maxItems = Math.max(1, Math.floor(limits.maxItems));
	let emit = ordered;
	let cursorMs = window.toMs;
	let cut = false;
	if (ordered.length > maxItems) {
		emit = ordered.slice(0, maxItems);
		cursorMs = emit[emit.length - 1].atMs;
		cut = true;
	}
	if (fetchCutAtMs !== undefined && Number.isFinite(fetchCutAtMs) && fetchCutAtMs < cursorMs) {
		cursorMs = fetchCutAtMs;
		cut = true;
	}
	// A listing cut at the very start of the window with nothing new (more records in one
	// millisecond than one poll reads) would be read again forever: step past that instant.
	if (cut && emit.length === 0 && cursorMs <= window.fromMs) cursorMs = window.fromMs + 1;
	const next: PollState = { cursorMs, caughtUp: !cut };
	const floorMs = window.first ? window.fromMs : state.floorMs;
	if (floorMs !== undefined) next.floorMs = floorMs;
	// Kept from an overlap before the cursor whatever the mode: a poll that catches up starts
	// there again.
	next.recent = rememberKeys(state.recent ?? [], emit, cursorMs - limits.overlapMs, limits.maxKeys);
	return { emit, repeats, outside, cut, state: next };
}

/**
 * The recent set after a poll: the old keys and the new ones, less those the next window can no
 * longer meet (event time before `keepFromMs`), then the newest `maxKeys` by event time.
 */
export function rememberKeys(
	recent: ReadonlyArray<readonly [string, number]>,
	emitted: readonly PollCandidate[],
	keepFromMs: number,
	maxKeys: number,
): Array<[string, number]> {
	const merged: Array<[string, number]> = [];
	for (const [key, at] of recent) if (at >= keepFromMs) merged.push([key, at]);
	for (const { key, atMs } of emitted) if (atMs >= keepFromMs) merged.push([key, atMs]);
	// Stable sort: equal times keep insertion order, so eviction drops the oldest first.
	merged.sort((a, b) => a[1] - b[1]);
	const bound = Math.max(0, Math.floor(maxKeys));
	return merged.length > bound ? merged.slice(merged.length - bound) : merged;
}

/** A stored state read back defensively: anything malformed counts as a first activation. */
export function readPollState(value: unknown): PollState {
	if (value === null || typeof value !== 'object') return {};
	const raw = value as Record<string, unknown>;
	const state: PollState = {};
	if (typeof raw.cursorMs === 'number' && Number.isFinite(raw.cursorMs)) {
		state.cursorMs = raw.cursorMs;
	}
	if (raw.caughtUp === false) state.caughtUp = false;
	if (typeof raw.floorMs === 'number' && Number.isFinite(raw.floorMs)) state.floorMs = raw.floorMs;
	if (Array.isArray(raw.recent)) {
		state.recent = raw.recent.filter(
			(entry): entry is [string, number] =>
				Array.isArray(entry) &&
				typeof entry[0] === 'string' &&
				typeof entry[1] === 'number' &&
				Number.isFinite(entry[1]),
		);
	}
	return state;
}
