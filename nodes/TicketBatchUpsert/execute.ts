import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	NodeApiError,
	NodeOperationError,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { errorMessage } from '../core/errors';
import { defaultRetryPolicy, WaitBudget } from '../core/retry';
import { DeliveryStats, TICKET_RETRYABLE_STATUSES, deliverTickets } from '../core/tickets/deliver';
import type { Mapped } from '../core/tickets/mapping';
import type { TicketInput, TicketOutcome } from '../core/tickets/types';
import { AuditOutput, readAuditDetail, type AuditDetail } from '../toolkit/audit';
import { errorItem, toNodeError, upstreamError, usesErrorOutput } from '../toolkit/errors';
import { NodeParameters } from '../toolkit/parameters';
import { advanceWatermark } from '../toolkit/watermark';
import { RUN_PARAMETERS } from './description';
import { setup, type Setup } from './transport';

type NodeError = NodeOperationError | NodeApiError;

interface MappedItems {
	inputs: TicketInput[];
	/** Items that are not sent, with the reason. */
	unsent: TicketOutcome[];
	/** Node errors on single items (under Continue On Fail), for the error output. */
	errors: Map<number, NodeError>;
}

/** An outcome for a record that was never sent (its reason says why). */
function notSent(index: number, reason: string, externalId = ''): TicketOutcome {
	return {
		index,
		externalId,
		ok: false,
		status: 0,
		reason,
		retryable: false,
		batch: 0,
		attempts: 0,
	};
}

/** The creation time of a failed record, for the watermark (0 when it has none). */
function createdMs(json: IDataObject): number {
	const value = json.createdTimestamp;
	const created =
		typeof value === 'string' || typeof value === 'number' ? Date.parse(String(value)) : NaN;
	return Number.isNaN(created) ? 0 : created;
}

/** The input item with its delivery fields; its binary data travels with it. */
function outputItem(
	item: INodeExecutionData,
	index: number,
	delivery: IDataObject,
): INodeExecutionData {
	const out: INodeExecutionData = {
		json: Object.assign({}, item.json, { delivery }),
		pairedItem: { item: index },
	};
	if (item.binary) out.binary = item.binary;
	return out;
}

/**
 * Under Continue On Fail a configuration error fails every item; nothing was sent. With the error
 * output the items carry the error, so n8n routes them there; otherwise they go to Failed.
 */
function configurationFailure(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	nodeError: NodeError,
): INodeExecutionData[][] {
	const reason = nodeError.message;
	let detail: AuditDetail = 'summary';
	try {
		detail = readAuditDetail(ctx);
	} catch {
		// The configuration error may be this very option: every item is failed either way.
	}
	const audit = new AuditOutput(ctx, { detail, maxRows: 100 });
	const failed = items.map((item, index) => {
		audit.record('FAILED', { conversationId: null, status: 0, reason, retryable: false }, index);
		const delivery = { status: 0, reason, retryable: false, batch: 0, attempts: 0 };
		const out = usesErrorOutput(ctx)
			? errorItem(ctx, item.json, nodeError, index, { delivery })
			: outputItem(item, index, delivery);
		if (item.binary) out.binary = item.binary;
		return out;
	});
	const metrics = {
		records: items.length,
		batches: 0,
		failed: items.length,
		created: 0,
		updated: 0,
	};
	return [[], failed, audit.close(metrics)];
}

/**
 * Maps every item to a record, or to the reason it cannot be sent. An item an upstream node
 * failed (an error item passed on under "Continue") is failed with its own error. An item whose
 * parameters cannot be evaluated stops the node before anything is sent, or under Continue On
 * Fail fails that item alone.
 */
function mapItems(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	map: Setup['map'],
	secrets: readonly string[],
): MappedItems {
	const inputs: TicketInput[] = [];
	const unsent: TicketOutcome[] = [];
	const errors = new Map<number, NodeError>();
	for (let index = 0; index < items.length; index++) {
		const upstream = upstreamError(items[index]);
		if (upstream !== undefined) {
			unsent.push(notSent(index, `the previous node failed on this item: ${upstream}`));
			continue;
		}
		let mapped: Mapped;
		try {
			mapped = map(items[index].json ?? {}, index);
		} catch (error) {
			const nodeError = toNodeError(ctx, error, index, { secrets: [...secrets] });
			if (!ctx.continueOnFail()) throw nodeError;
			unsent.push(notSent(index, nodeError.message));
			errors.set(index, nodeError);
			continue;
		}
		if (mapped.ok) inputs.push({ index, externalId: mapped.externalId, payload: mapped.payload });
		else unsent.push(notSent(index, mapped.reason));
	}
	return { inputs, unsent, errors };
}

export async function upsertTickets(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const started = Date.now();
	const items = this.getInputData();
	let configured: { setup: Setup; run: ReturnType<NodeParameters<typeof RUN_PARAMETERS>['at']> };
	let mapped: MappedItems;
	let secretsSoFar: string[] = [];
	try {
		const run = new NodeParameters(this, RUN_PARAMETERS).at(0);
		configured = {
			run,
			setup: await setup(this, run['options.timeoutSeconds'] * 1000, run.target),
		};
		secretsSoFar = configured.setup.secrets;
		mapped = mapItems(this, items, configured.setup.map, configured.setup.secrets);
	} catch (error) {
		// A configuration error is found before anything is sent. Under Continue On Fail every item
		// fails with it (nothing was sent, so a re-run is safe); otherwise the node fails.
		const nodeError = toNodeError(this, error, 0, { secrets: secretsSoFar });
		if (!this.continueOnFail()) throw nodeError;
		return configurationFailure(this, items, nodeError);
	}
	const { target, send, secrets } = configured.setup;
	const { run } = configured;
	const stats = new DeliveryStats();
	// The option promises one wait budget for the run, shared by every batch (not one per batch).
	const budget = new WaitBudget(run['options.maxWaitSeconds'] * 1000);
	const policy = defaultRetryPolicy({
		retryableStatuses: TICKET_RETRYABLE_STATUSES,
		maxWaitMs: budget.totalMs,
		budget,
	});
	// From here on records may have been accepted: nothing throws. Every item ends on Succeeded
	// (the target accepted it) or Failed (with the reason), never lost and never both.
	const settled = new Array<TicketOutcome | undefined>(items.length);
	for (const outcome of mapped.unsent) settled[outcome.index] = outcome;
	try {
		const delivered = await deliverTickets(
			mapped.inputs,
			target,
			send,
			{ batchSize: run.batchSize, concurrency: run['options.concurrency'], policy, sleep, secrets },
			stats,
		);
		for (const outcome of delivered) settled[outcome.index] ??= outcome;
	} catch (error) {
		const nodeError = toNodeError(this, error, 0, { secrets, unexpected: 'Delivery stopped' });
		const reason = nodeError.message;
		for (const input of mapped.inputs) {
			if (settled[input.index]) continue;
			mapped.errors.set(input.index, nodeError);
			settled[input.index] = {
				...notSent(
					input.index,
					`${reason}; the record may have been applied, and sending it again is safe`,
					input.externalId,
				),
				retryable: true,
			};
		}
	}
	const outcomes: TicketOutcome[] = [];
	for (let index = 0; index < items.length; index++) {
		outcomes.push(
			settled[index] ?? notSent(index, 'the record was not accounted for by the delivery'),
		);
	}
	return outputs(this, items, outcomes, mapped.errors, target.name, stats, started, {
		detail: run['options.auditDetail'] as AuditDetail,
		maxRows: run.batchSize,
	});
}

/** The three outputs, the audit events and the watermark, from one outcome per item. */
function outputs(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	outcomes: TicketOutcome[],
	errors: Map<number, NodeError>,
	targetName: string,
	stats: DeliveryStats,
	started: number,
	auditOptions: { detail: AuditDetail; maxRows: number },
): INodeExecutionData[][] {
	// In summary detail each Batch Size records (in input order) share one Audit item.
	const audit = new AuditOutput(ctx, auditOptions);
	const succeeded: INodeExecutionData[] = [];
	const failed: INodeExecutionData[] = [];
	const failedCreatedMs: number[] = [];
	for (const o of outcomes) {
		const item = items[o.index];
		const delivery: IDataObject = {
			target: targetName,
			status: o.status,
			batch: o.batch,
			attempts: o.attempts,
		};
		if (o.ok) {
			delivery.ticketId = o.targetId ?? null;
			delivery.operation = o.operation ?? null;
			succeeded.push(outputItem(item, o.index, delivery));
			audit.record(
				'SYNCED',
				{
					conversationId: o.externalId,
					status: o.status,
					ticketId: o.targetId ?? null,
					operation: o.operation ?? null,
				},
				o.index,
			);
		} else {
			delivery.reason = o.reason ?? 'unknown';
			delivery.retryable = o.retryable === true;
			const nodeError = errors.get(o.index);
			const out =
				nodeError && usesErrorOutput(ctx)
					? errorItem(ctx, item.json ?? {}, nodeError, o.index, { delivery })
					: outputItem(item, o.index, delivery);
			if (item.binary) out.binary = item.binary;
			failed.push(out);
			failedCreatedMs.push(createdMs(item.json ?? {}));
			audit.record(
				'FAILED',
				{
					conversationId: o.externalId || null,
					status: o.status,
					reason: o.reason ?? null,
					retryable: o.retryable === true,
				},
				o.index,
			);
		}
	}
	let watermark: ReturnType<typeof advanceWatermark>;
	try {
		watermark = advanceWatermark(ctx, succeeded.length, failedCreatedMs);
	} catch (error) {
		// A damaged sync state must not cost the run its outputs: the watermark stays put.
		watermark = { action: 'WATERMARK_HELD', watermark: null, reason: errorMessage(error) };
	}
	if (watermark) {
		audit.event(
			watermark.action,
			{ watermark: watermark.watermark, reason: watermark.reason ?? null },
			0,
		);
	}
	const metrics = {
		target: targetName,
		...stats.deliverySummary(outcomes),
		durationMs: Date.now() - started,
	};
	return [succeeded, failed, audit.close(metrics)];
}
