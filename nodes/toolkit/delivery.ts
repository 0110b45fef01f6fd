/**
 * Moves the "since last successful sync" watermark after delivery: only up to the window the
 * Get Conversations node of this execution fetched, only when every fetched record reached this
 * node, and never past the oldest record that failed.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { saveSyncState, syncState } from './watermark';

export interface WatermarkResult {
	action: 'WATERMARK_ADVANCED' | 'WATERMARK_HELD';
	watermark: string | null;
	reason?: string;
}

export function advanceWatermark(
	ctx: IExecuteFunctions,
	delivered: number,
	failedCreatedMs: number[],
): WatermarkResult | undefined {
	const state = syncState(ctx);
	const pending = state.pending;
	if (!pending || pending.executionId !== String(ctx.getExecutionId() ?? '')) return undefined;
	const current = state.watermarkMs;
	const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
	if (delivered + failedCreatedMs.length < pending.count) {
		return {
			action: 'WATERMARK_HELD',
			watermark: iso(current),
			reason: `${pending.count} conversations were fetched but only ${delivered + failedCreatedMs.length} reached this node; wire every fetched item to it`,
		};
	}
	// Records are fetched in creation order: everything created before the oldest failure is done.
	const target = Math.min(pending.toMs, ...failedCreatedMs.map((ms) => ms - 1));
	if (current !== undefined && target <= current) {
		return {
			action: 'WATERMARK_HELD',
			watermark: iso(current),
			reason: 'a record at or before the watermark failed',
		};
	}
	state.watermarkMs = target;
	delete state.pending;
	saveSyncState(ctx, state);
	return {
		action: 'WATERMARK_ADVANCED',
		watermark: iso(target),
		reason: failedCreatedMs.length
			? `held back to before the oldest of ${failedCreatedMs.length} failed records`
			: undefined,
	};
}
