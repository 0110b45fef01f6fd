/**
 * Where the "since last successful sync" state lives: the workflow's static data, shared by the
 * nodes of one workflow (n8n saves it after production runs). The rules are in core/sync.ts.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import {
	fetchedWindow,
	settleWatermark,
	syncWindowStart,
	type SyncState,
	type WatermarkResult,
} from '../core/sync';

export const SYNC_KEY = 'cxoneSocialInboxSync';

export function syncState(ctx: IExecuteFunctions): SyncState {
	const data = ctx.getWorkflowStaticData('global');
	return (data[SYNC_KEY] as SyncState | undefined) ?? {};
}

function saveSyncState(ctx: IExecuteFunctions, state: SyncState): void {
	ctx.getWorkflowStaticData('global')[SYNC_KEY] = state as unknown as IDataObject;
}

const executionIdOf = (ctx: IExecuteFunctions) => String(ctx.getExecutionId() ?? '');

/** Start of the window to fetch (ms), from the stored watermark or the initial look-back. */
export function readSyncWindow(
	ctx: IExecuteFunctions,
	overlapMs: number,
	initialLookbackMs: number,
	nowMs: number,
): number {
	return syncWindowStart(syncState(ctx), overlapMs, initialLookbackMs, nowMs);
}

/** Records the window this execution fetched, for the delivering node to settle. */
export function recordFetchedWindow(
	ctx: IExecuteFunctions,
	query: { fromMs: number; toMs: number; limit?: number },
	count: number,
	lastCreated: string | undefined,
	listed = count,
): void {
	const state = syncState(ctx);
	state.pending = fetchedWindow(executionIdOf(ctx), query, count, lastCreated, listed);
	saveSyncState(ctx, state);
}

/** Moves the watermark after delivery, or holds it; undefined when no window is pending. */
export function advanceWatermark(
	ctx: IExecuteFunctions,
	delivered: number,
	failedCreatedMs: readonly number[],
): WatermarkResult | undefined {
	const settled = settleWatermark(syncState(ctx), executionIdOf(ctx), delivered, failedCreatedMs);
	if (settled && settled.result.action === 'WATERMARK_ADVANCED') saveSyncState(ctx, settled.state);
	return settled?.result;
}
