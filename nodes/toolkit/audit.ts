/**
 * The Audit output of every node: opens the hash chain where the workflow's static data left it,
 * turns events and the run's metrics into output items, and saves the head when the run closes.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	IPollFunctions,
} from 'n8n-workflow';

import { AuditTrail, type AuditChainState, type AuditRecord } from '../core/audit';

const CHAIN_KEY = 'cxoneSocialInboxAuditChain';

/** A node's run or a trigger's poll: both keep the chain in the workflow's static data. */
export type AuditContext = IExecuteFunctions | IPollFunctions;

export function openAuditTrail(ctx: AuditContext): AuditTrail {
	const staticData = ctx.getWorkflowStaticData('global');
	const state = staticData[CHAIN_KEY] as Partial<AuditChainState> | undefined;
	return new AuditTrail(
		{
			workflowId: String(ctx.getWorkflow().id ?? ''),
			executionId: String(ctx.getExecutionId() ?? ''),
			nodeName: ctx.getNode().name,
		},
		state,
	);
}

const isHash = (value: unknown): value is string =>
	typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

/**
 * Saves the chain head; n8n persists static data after production (not manual) executions.
 * With `merge`, when the stored head moved while this run worked (another execution overlapped
 * and saved its own), the two heads are first joined by a CHAIN_MERGED record, which the caller
 * must put on its Audit output (the stored head is that record): the stored head then reaches
 * both runs' records instead of orphaning the other run's. Without `merge` the head is replaced.
 */
export function closeAuditTrail(
	ctx: AuditContext,
	trail: AuditTrail,
	options: { merge?: boolean } = {},
): AuditRecord | undefined {
	const staticData = ctx.getWorkflowStaticData('global');
	const stored = staticData[CHAIN_KEY] as Partial<AuditChainState> | undefined;
	let merge: AuditRecord | undefined;
	if (
		options.merge &&
		isHash(stored?.head) &&
		stored.head !== trail.startHead &&
		stored.head !== trail.state.head
	) {
		merge = trail.merge(stored.head, typeof stored.seq === 'number' ? stored.seq : 0);
	}
	staticData[CHAIN_KEY] = trail.state as unknown as IDataObject;
	return merge;
}

export function auditItem(record: AuditRecord, itemIndex: number): INodeExecutionData {
	return { json: record as unknown as IDataObject, pairedItem: { item: itemIndex } };
}

/** One run's Audit output: events in order, then one metrics item, then the head is saved. */
export class AuditOutput {
	readonly items: INodeExecutionData[] = [];
	private readonly trail: AuditTrail;

	constructor(private readonly ctx: AuditContext) {
		this.trail = openAuditTrail(ctx);
	}

	/** Appends one event, paired with the input item it is about. */
	event(action: string, fields: Record<string, unknown>, itemIndex: number): void {
		this.items.push(auditItem(this.trail.event(action, fields), itemIndex));
	}

	/** Appends the run's metrics item and saves the chain head; returns the output items. */
	close(metrics: Record<string, unknown>): INodeExecutionData[] {
		this.items.push(auditItem(this.trail.metrics(metrics), 0));
		const merge = closeAuditTrail(this.ctx, this.trail, { merge: true });
		if (merge) this.items.push(auditItem(merge, 0));
		return this.items;
	}
}
