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

import {
	AuditTrail,
	SUMMARY_ACTION,
	type AuditChainState,
	type AuditRecord,
} from '../core/audit';
import { NodeParameters, type ParameterContext } from './parameters';

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

/**
 * How much an Audit output says per record: `record` writes one chained record per event;
 * `summary` writes the events of each page or batch as the rows of one chained record
 * (RECORDS_AUDITED), the same facts at a fraction of the items and bytes n8n keeps in its run data.
 */
export type AuditDetail = 'record' | 'summary';

export const AUDIT_DETAILS = ['summary', 'record'] as const;

const AUDIT_DETAIL_PARAMETER = {
	'options.auditDetail': {
		type: 'options',
		label: 'Audit Detail',
		default: 'summary',
		values: AUDIT_DETAILS,
	},
} as const;

/** The node's Audit Detail, read once per run (an expression is evaluated for the first item). */
export function readAuditDetail(ctx: ParameterContext): AuditDetail {
	return new NodeParameters(ctx, AUDIT_DETAIL_PARAMETER).at(0)['options.auditDetail'] as AuditDetail;
}

/** The "Audit Detail" option of a node's Options; the label of `summary` says what a group is. */
export function auditDetailOption(summaryName: string, summaryDescription: string) {
	return {
		displayName: 'Audit Detail',
		name: 'auditDetail',
		type: 'options' as const,
		options: [
			{ name: summaryName, value: 'summary', description: summaryDescription },
			{
				name: 'Per Record',
				value: 'record',
				description: 'One Audit item per record, each its own link of the hash chain',
			},
		],
		default: 'summary',
		description:
			'How the Audit output records each record: both keep the ID, action and reason of every record in the hash chain',
	};
}

/** One run's Audit output: events in order, then one metrics item, then the head is saved. */
export class AuditOutput {
	readonly items: INodeExecutionData[] = [];
	private readonly trail: AuditTrail;
	private readonly detail: AuditDetail;
	private readonly maxRows: number;
	/** The waiting summary: its columns (action first), the column of each field, its rows. */
	private columns: string[] = ['action'];
	private columnOf = new Map<string, number>([['action', 0]]);
	private rows: unknown[][] = [];
	private pendingItem = 0;

	/**
	 * `maxRows`: in summary detail, a summary is written once this many events wait, so a group
	 * stays bounded even when the caller flushes only at the end.
	 */
	constructor(
		private readonly ctx: AuditContext,
		options: { detail?: AuditDetail; maxRows?: number } = {},
	) {
		this.trail = openAuditTrail(ctx);
		this.detail = options.detail ?? 'record';
		this.maxRows = options.maxRows ?? 1000;
	}

	/** Appends one event, paired with the input item it is about, after any waiting summary. */
	event(action: string, fields: Record<string, unknown>, itemIndex: number): void {
		this.flush();
		this.items.push(auditItem(this.trail.event(action, fields), itemIndex));
	}

	/**
	 * A per-record event: its own record in `record` detail, else a row of the next summary.
	 * In summary detail `fields` is kept as given until the summary is written.
	 */
	record(action: string, fields: Record<string, unknown>, itemIndex: number): void {
		if (this.detail === 'record') {
			this.items.push(auditItem(this.trail.event(action, fields), itemIndex));
			return;
		}
		if (this.rows.length === 0) this.pendingItem = itemIndex;
		// The row is written straight under the group's columns (the layout summaryFields gives),
		// without an intermediate event object: this runs once per record.
		const row: unknown[] = [action];
		for (const key in fields) {
			let column = this.columnOf.get(key);
			if (column === undefined) {
				column = this.columns.length;
				this.columnOf.set(key, column);
				this.columns.push(key);
			}
			const value = fields[key];
			row[column] = value === undefined ? null : value;
		}
		this.rows.push(row);
		if (this.rows.length >= this.maxRows) this.flush();
	}

	/** Writes the waiting per-record events as one summary record (the end of a page or batch). */
	flush(): void {
		if (this.rows.length === 0) return;
		const width = this.columns.length;
		for (const row of this.rows) {
			// A column first seen in a later row, or a field an event lacked: null, as in summaryFields.
			for (let c = 1; c < width; c++) if (row[c] === undefined) row[c] = null;
		}
		const fields = { count: this.rows.length, columns: this.columns, rows: this.rows };
		this.items.push(auditItem(this.trail.event(SUMMARY_ACTION, fields), this.pendingItem));
		this.columns = ['action'];
		this.columnOf = new Map([['action', 0]]);
		this.rows = [];
	}

	/** Appends the run's metrics item and saves the chain head; returns the output items. */
	close(metrics: Record<string, unknown>): INodeExecutionData[] {
		this.flush();
		this.items.push(auditItem(this.trail.metrics(metrics), 0));
		const merge = closeAuditTrail(this.ctx, this.trail, { merge: true });
		if (merge) this.items.push(auditItem(merge, 0));
		return this.items;
	}
}
