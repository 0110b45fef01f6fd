/**
 * Node-side glue for the audit trail: who the actor is, and where the chain head is kept (the
 * workflow's static data, shared by every node of this package in the workflow).
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { AuditTrail, type AuditChainState, type AuditRecord } from '../core/audit';

const CHAIN_KEY = 'cxoneSocialInboxAuditChain';

export function openAuditTrail(ctx: IExecuteFunctions): AuditTrail {
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

/** Saves the chain head; n8n persists static data after production (not manual) executions. */
export function closeAuditTrail(ctx: IExecuteFunctions, trail: AuditTrail): void {
	ctx.getWorkflowStaticData('global')[CHAIN_KEY] = trail.state as unknown as IDataObject;
}

export function auditItem(record: AuditRecord, itemIndex: number): INodeExecutionData {
	return { json: record as unknown as IDataObject, pairedItem: { item: itemIndex } };
}
