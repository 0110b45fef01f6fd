/**
 * "Since last successful sync": the watermark lives in the workflow's static data. Get
 * Conversations reads it and records the window it fetched; the Ticket Batch Upsert node moves
 * it forward only once every record up to it was delivered.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ConversationQuery } from '../core/cxone/query';

export const SYNC_KEY = 'cxoneSocialInboxSync';

export interface SyncState {
	/** Every record created before this instant (ms) was delivered. */
	watermarkMs?: number;
	/** The window the last fetch covered, waiting for delivery. */
	pending?: { executionId: string; fromMs: number; toMs: number; count: number };
}

export function syncState(ctx: IExecuteFunctions): SyncState {
	const data = ctx.getWorkflowStaticData('global');
	return (data[SYNC_KEY] as SyncState | undefined) ?? {};
}

export function saveSyncState(ctx: IExecuteFunctions, state: SyncState): void {
	ctx.getWorkflowStaticData('global')[SYNC_KEY] = state as unknown as IDataObject;
}

/** Start of the window: the watermark less the overlap, or the initial look-back. */
export function readSyncWindow(ctx: IExecuteFunctions, itemIndex: number, nowMs: number): number {
	const state = syncState(ctx);
	const overlapMs = Number(ctx.getNodeParameter('overlapMinutes', itemIndex, 15)) * 60_000;
	if (typeof state.watermarkMs === 'number') return state.watermarkMs - overlapMs;
	return nowMs - Number(ctx.getNodeParameter('initialLookbackHours', itemIndex, 24)) * 3_600_000;
}

/**
 * When a limit cut the listing short, only records up to the last one fetched (ascending order)
 * can be considered covered.
 */
export function recordFetchedWindow(
	ctx: IExecuteFunctions,
	query: ConversationQuery,
	count: number,
	lastCreated: string | undefined,
): void {
	const state = syncState(ctx);
	const cut = query.limit !== undefined && count >= query.limit && lastCreated !== undefined;
	const toMs = cut ? Date.parse(lastCreated) : query.toMs;
	state.pending = {
		executionId: String(ctx.getExecutionId() ?? ''),
		fromMs: query.fromMs,
		toMs,
		count,
	};
	saveSyncState(ctx, state);
}
