/**
 * "Since last successful sync", as pure rules over a small state object: where the next window
 * starts, what a fetch covered, and whether delivery lets the watermark move. Where the state is
 * kept (n8n's static data) is the toolkit's business.
 */

export interface SyncState {
	/** Every record created before this instant (ms) was delivered. */
	watermarkMs?: number;
	/** The window the last fetch covered, waiting for delivery. */
	pending?: PendingWindow;
}

export interface PendingWindow {
	executionId: string;
	fromMs: number;
	toMs: number;
	count: number;
}

export interface WatermarkResult {
	action: 'WATERMARK_ADVANCED' | 'WATERMARK_HELD';
	watermark: string | null;
	reason?: string;
}

/** Start of the window: the watermark less the overlap, or the initial look-back from now. */
export function syncWindowStart(
	state: SyncState,
	overlapMs: number,
	initialLookbackMs: number,
	nowMs: number,
): number {
	if (typeof state.watermarkMs === 'number') return state.watermarkMs - overlapMs;
	return nowMs - initialLookbackMs;
}

/**
 * The window a fetch covered. When a limit cut the listing short, only records up to the last
 * one fetched (ascending order) count as covered. `listed` is how many records the API listed
 * (rejected and repeated ones included), which is what the limit counts; it defaults to `count`.
 */
export function fetchedWindow(
	executionId: string,
	query: { fromMs: number; toMs: number; limit?: number },
	count: number,
	lastCreated: string | undefined,
	listed = count,
): PendingWindow {
	const cut = query.limit !== undefined && Math.max(count, listed) >= query.limit;
	if (cut && lastCreated === undefined) {
		// Cut short with nothing delivered: nothing of the window is covered.
		return { executionId, fromMs: query.fromMs, toMs: query.fromMs, count };
	}
	return {
		executionId,
		fromMs: query.fromMs,
		toMs: cut ? Date.parse(lastCreated!) : query.toMs,
		count,
	};
}

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

/**
 * After delivery: the watermark moves only up to the window this execution fetched, only when
 * every fetched record reached the delivering node, and never past the oldest record that
 * failed. Returns the new state (unchanged when held) and the audit result, or undefined when
 * this execution fetched no window.
 */
export function settleWatermark(
	state: SyncState,
	executionId: string,
	delivered: number,
	failedCreatedMs: readonly number[],
): { state: SyncState; result: WatermarkResult } | undefined {
	const pending = state.pending;
	if (!pending || pending.executionId !== executionId) return undefined;
	const current = state.watermarkMs;
	const held = (reason: string) => ({
		state,
		result: { action: 'WATERMARK_HELD' as const, watermark: iso(current), reason },
	});
	if (delivered + failedCreatedMs.length < pending.count) {
		return held(
			`${pending.count} conversations were fetched but only ${delivered + failedCreatedMs.length} reached this node; wire every fetched item to it`,
		);
	}
	// Records are fetched in creation order: everything created before the oldest failure is done.
	let target = pending.toMs;
	for (const ms of failedCreatedMs) if (ms - 1 < target) target = ms - 1;
	if (current !== undefined && target <= current) {
		// Not always a failure: an overlapping execution may already have moved it further.
		return held(
			failedCreatedMs.length
				? 'a record at or before the watermark failed'
				: 'the watermark is already at or past the end of this window (another execution moved it)',
		);
	}
	return {
		state: { watermarkMs: target },
		result: {
			action: 'WATERMARK_ADVANCED',
			watermark: iso(target),
			reason: failedCreatedMs.length
				? `held back to before the oldest of ${failedCreatedMs.length} failed records`
				: undefined,
		},
	};
}
