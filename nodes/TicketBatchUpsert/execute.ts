import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	NodeApiError,
	NodeOperationError,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { InputValidationError, errorMessage } from '../core/errors';
import { parseFieldPath } from '../core/fieldPath';
import { describeValue } from '../core/parameters';
import { collectSecrets } from '../core/redact';
import { defaultRetryPolicy, WaitBudget } from '../core/retry';
import { DeliveryStats, TICKET_RETRYABLE_STATUSES, deliverTickets } from '../core/tickets/deliver';
import { genericTarget } from '../core/tickets/generic';
import { hubspotTarget } from '../core/tickets/hubspot';
import { mapGeneric, mapHubspot, type Mapped, type MappingOptions } from '../core/tickets/mapping';
import type { TicketInput, TicketOutcome, TicketTarget, SendTickets } from '../core/tickets/types';
import { baseUrlProblem, endpointUrlProblem, normalisedBaseUrl } from '../core/url';
import { AuditOutput, readAuditDetail, type AuditDetail } from '../toolkit/audit';
import { errorItem, toNodeError, upstreamError, usesErrorOutput } from '../toolkit/errors';
import { NodeParameters } from '../toolkit/parameters';
import { advanceWatermark } from '../toolkit/watermark';
import { createTicketSender } from './transport';

/** Read once per run (an expression is evaluated for the first item). */
const RUN_PARAMETERS = {
	target: { type: 'options', label: 'Target', default: 'generic', values: ['generic', 'hubspot'] },
	batchSize: {
		type: 'number',
		label: 'Batch Size',
		default: 50,
		min: 1,
		max: 1000,
		integer: true,
	},
	'options.concurrency': {
		type: 'number',
		label: 'Batches in Flight',
		default: 1,
		min: 1,
		max: 8,
		integer: true,
	},
	'options.maxWaitSeconds': {
		type: 'number',
		label: 'Retry Wait Budget (Seconds)',
		default: 120,
		min: 0,
		max: 86_400,
	},
	'options.timeoutSeconds': {
		type: 'number',
		label: 'Request Timeout (Seconds)',
		default: 30,
		min: 1,
		max: 3_600,
	},
	'options.auditDetail': {
		type: 'options',
		label: 'Audit Detail',
		default: 'summary',
		values: ['summary', 'record'],
	},
} as const;

const GENERIC_PARAMETERS = {
	url: { type: 'string', label: 'URL', default: '' },
	method: { type: 'options', label: 'Method', default: 'POST', values: ['POST', 'PUT'] },
} as const;

const HUBSPOT_PARAMETERS = {
	idProperty: { type: 'string', label: 'ID Property', default: 'cxone_conversation_id' },
} as const;

/** Each target has its own Authentication field (same name), so it is read after the target. */
const AUTHENTICATION = {
	authentication: {
		type: 'options',
		label: 'Authentication',
		default: 'ticketingApi',
		values: ['none', 'ticketingApi', 'hubSpotTicketsApi'],
	},
} as const;

/** The Authentication choice must name the credential type the target takes. */
function checkAuthentication(target: string, authentication: string): void {
	if (target === 'hubspot' && authentication !== 'hubSpotTicketsApi') {
		throw new InputValidationError(
			'Authentication',
			'the HubSpot Tickets target needs a HubSpot Tickets (Private App) API credential',
			'Set Authentication to "HubSpot Private App Token" and choose that credential, or set Target to "Generic JSON Endpoint".',
		);
	}
	if (target !== 'hubspot' && authentication === 'hubSpotTicketsApi') {
		throw new InputValidationError(
			'Authentication',
			'a HubSpot credential only works with the HubSpot Tickets target',
			'Set Target to "HubSpot Tickets", or set Authentication to "Ticketing Endpoint Credential" (or "None") for a generic endpoint.',
		);
	}
}

/** Read for each item when they hold an expression. */
const ITEM_PARAMETERS = {
	idField: { type: 'string', label: 'ID Field', default: 'id' },
	'options.renameFields': { type: 'json', label: 'Rename Fields', default: {} },
	'options.addFields': { type: 'json', label: 'Add Fields', default: {} },
} as const;

const HUBSPOT_ITEM_PARAMETERS = {
	pipeline: { type: 'string', label: 'Pipeline', default: '0' },
	pipelineStage: { type: 'string', label: 'Pipeline Stage', default: '1' },
} as const;

interface Setup {
	target: TicketTarget;
	send: SendTickets;
	secrets: string[];
	map: (json: IDataObject, itemIndex: number) => Mapped;
}

function fixedCollection(value: unknown, key: string, label: string): IDataObject[] {
	if (value === undefined || value === null || value === '') return [];
	const entries = typeof value === 'object' ? (value as IDataObject)[key] : undefined;
	if (entries === undefined) return [];
	if (!Array.isArray(entries) || entries.some((e) => e === null || typeof e !== 'object')) {
		throw new InputValidationError(
			label,
			'is not a list of entries',
			`Add entries with "Add ${label}".`,
		);
	}
	return entries as IDataObject[];
}

/** A field name in a fixed collection: text, or a number (as text); anything else is refused. */
function fieldName(label: string, part: string, value: unknown): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	throw new InputValidationError(
		label,
		`${part} ${describeValue(value)} is not a field name`,
		`Enter the name of a field as text in "${label}".`,
	);
}

function mappingOptions(values: NodeParameters<typeof ITEM_PARAMETERS>, i: number): MappingOptions {
	const p = values.at(i);
	if (!parseFieldPath(p.idField)) {
		throw new InputValidationError(
			'ID Field',
			`${JSON.stringify(p.idField)} is not a field path`,
			'Give the field that holds the conversation id, such as "id" or "conversation.id" (array elements as "messages[0].id").',
		);
	}
	const rename = fixedCollection(p['options.renameFields'], 'rename', 'Rename Fields').map(
		(entry) => ({
			from: fieldName('Rename Fields', 'From', entry.from),
			to: fieldName('Rename Fields', 'To', entry.to),
		}),
	);
	const add: Record<string, unknown> = {};
	for (const { name, value } of fixedCollection(p['options.addFields'], 'field', 'Add Fields')) {
		const key = fieldName('Add Fields', 'Name', name);
		if (key !== '') add[key] = value;
	}
	return { idPath: p.idField, rename, add };
}

/** Mapping options per item; without expressions they are resolved once and shared. */
function mappingOptionsFor(ctx: IExecuteFunctions): (itemIndex: number) => MappingOptions {
	const values = new NodeParameters(ctx, ITEM_PARAMETERS);
	if (!values.constant) return (i) => mappingOptions(values, i);
	// The mappers only read their options, so every item can share one object.
	const shared = mappingOptions(values, 0);
	return () => shared;
}

function checkedUrl(field: string, url: string, base = false): string {
	const problem = base ? baseUrlProblem(url) : endpointUrlProblem(url);
	if (problem) {
		throw new InputValidationError(
			field,
			problem,
			base
				? 'Enter the https address of the service without a query or fragment (http only for a server on this machine).'
				: 'Enter an https URL (http only for a server on this machine).',
		);
	}
	return normalisedBaseUrl(url);
}

/** Resolves target, credential and sender; a configuration error throws before anything is sent. */
async function setup(
	ctx: IExecuteFunctions,
	timeoutMs: number,
	targetName: string,
): Promise<Setup> {
	const { authentication } = new NodeParameters(ctx, AUTHENTICATION).at(0);
	checkAuthentication(targetName, authentication);
	const mapping = mappingOptionsFor(ctx);
	if (targetName === 'hubspot') {
		const credentials = await ctx.getCredentials('hubSpotTicketsApi');
		const base = checkedUrl(
			'Base URL (credential)',
			String(credentials.baseUrl || 'https://api.hubapi.com'),
			true,
		);
		const { idProperty } = new NodeParameters(ctx, HUBSPOT_PARAMETERS).at(0);
		if (!/^[a-z0-9_]+$/.test(idProperty)) {
			throw new InputValidationError(
				'ID Property',
				`"${idProperty}" is not a HubSpot property name`,
				'Use the internal name of a unique custom property: lower-case letters, digits and underscores.',
			);
		}
		const pipelines = new NodeParameters(ctx, HUBSPOT_ITEM_PARAMETERS);
		return {
			target: hubspotTarget(base, idProperty),
			send: createTicketSender(ctx, 'hubSpotTicketsApi', timeoutMs),
			secrets: collectSecrets([credentials.accessToken]),
			map: (json, i) =>
				mapHubspot(json, {
					...mapping(i),
					idProperty,
					pipeline: pipelines.at(i).pipeline,
					pipelineStage: pipelines.at(i).pipelineStage,
				}),
		};
	}
	const { url: urlParameter, method } = new NodeParameters(ctx, GENERIC_PARAMETERS).at(0);
	const credentials =
		authentication === 'ticketingApi' ? await ctx.getCredentials('ticketingApi') : undefined;
	const rawUrl = urlParameter.trim();
	if (!rawUrl) {
		throw new InputValidationError(
			'URL',
			'is empty',
			'Enter the endpoint that takes a JSON array of tickets.',
		);
	}
	const base = credentials?.baseUrl
		? checkedUrl('Base URL (credential)', String(credentials.baseUrl), true)
		: undefined;
	const absolute = /^[a-z][a-z0-9+.-]*:/i.test(rawUrl);
	if (!absolute && !base) {
		throw new InputValidationError(
			'URL',
			`"${rawUrl.slice(0, 80)}" is a path, and there is no credential Base URL to resolve it against`,
			'Enter a full https URL, or choose the Ticketing Endpoint credential and set its Base URL.',
		);
	}
	const url = absolute || !base ? rawUrl : `${base}/${rawUrl.replace(/^\/+/, '')}`;
	checkedUrl('URL', url);
	if (base && new URL(url).origin !== new URL(base).origin) {
		// The credential goes with every request: only to the origin it was entered for.
		throw new InputValidationError(
			'URL',
			`${new URL(url).origin} is not the credential's Base URL origin (${new URL(base).origin})`,
			"Enter a path under the credential's Base URL, or a credential whose Base URL is this endpoint.",
		);
	}
	return {
		target: genericTarget(url, method as 'POST' | 'PUT', 'external_id'),
		send: createTicketSender(ctx, credentials ? 'ticketingApi' : undefined, timeoutMs),
		secrets: collectSecrets(
			[credentials?.token, credentials?.apiKey, credentials?.password],
			credentials?.user ? [[credentials.user, credentials.password]] : [],
		),
		map: (json, i) => mapGeneric(json, mapping(i)),
	};
}

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
