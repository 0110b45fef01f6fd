import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { InputValidationError } from '../core/errors';
import { parseFieldPath } from '../core/fieldPath';
import { collectSecrets } from '../core/redact';
import { defaultRetryPolicy } from '../core/retry';
import { DeliveryStats, TICKET_RETRYABLE_STATUSES, deliverTickets } from '../core/tickets/deliver';
import { genericTarget } from '../core/tickets/generic';
import { hubspotTarget } from '../core/tickets/hubspot';
import { mapGeneric, mapHubspot, type Mapped, type MappingOptions } from '../core/tickets/mapping';
import type { TicketInput, TicketOutcome, TicketTarget, SendTickets } from '../core/tickets/types';
import { baseUrlProblem, normalisedBaseUrl } from '../core/url';
import { AuditOutput } from '../toolkit/audit';
import { toNodeError } from '../toolkit/errors';
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
} as const;

const GENERIC_PARAMETERS = {
	authentication: {
		type: 'options',
		label: 'Authentication',
		default: 'ticketingApi',
		values: ['none', 'ticketingApi'],
	},
	url: { type: 'string', label: 'URL', default: '' },
	method: { type: 'options', label: 'Method', default: 'POST', values: ['POST', 'PUT'] },
} as const;

const HUBSPOT_PARAMETERS = {
	idProperty: { type: 'string', label: 'ID Property', default: 'cxone_conversation_id' },
} as const;

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
		(entry) => ({ from: String(entry.from ?? ''), to: String(entry.to ?? '') }),
	);
	const add: Record<string, unknown> = {};
	for (const { name, value } of fixedCollection(p['options.addFields'], 'field', 'Add Fields')) {
		if (typeof name === 'string' && name !== '') add[name] = value;
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

function checkedUrl(field: string, url: string): string {
	const problem = baseUrlProblem(url);
	if (problem) {
		throw new InputValidationError(
			field,
			problem,
			'Enter an https URL (http only for a server on this machine).',
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
	const mapping = mappingOptionsFor(ctx);
	if (targetName === 'hubspot') {
		const credentials = await ctx.getCredentials('hubSpotTicketsApi');
		const base = checkedUrl(
			'Base URL (credential)',
			String(credentials.baseUrl || 'https://api.hubapi.com'),
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
	const {
		authentication,
		url: urlParameter,
		method,
	} = new NodeParameters(ctx, GENERIC_PARAMETERS).at(0);
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
		? checkedUrl('Base URL (credential)', String(credentials.baseUrl))
		: undefined;
	const url =
		/^[a-z][a-z0-9+.-]*:\/\//i.test(rawUrl) || !base
			? rawUrl
			: `${base}/${rawUrl.replace(/^\/+/, '')}`;
	checkedUrl('URL', url);
	return {
		target: genericTarget(url, method as 'POST' | 'PUT', 'external_id'),
		send: createTicketSender(ctx, credentials ? 'ticketingApi' : undefined, timeoutMs),
		secrets: collectSecrets([credentials?.token, credentials?.apiKey, credentials?.password]),
		map: (json, i) => mapGeneric(json, mapping(i)),
	};
}

/** Under Continue On Fail a configuration error sends every item to Failed; nothing was sent. */
function configurationFailure(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	reason: string,
): INodeExecutionData[][] {
	const audit = new AuditOutput(ctx);
	const failed = items.map((item, index) => {
		audit.event('FAILED', { conversationId: null, status: 0, reason, retryable: false }, index);
		return {
			json: Object.assign({}, item.json, {
				delivery: { status: 0, reason, retryable: false, batch: 0, attempts: 0 },
			}),
			pairedItem: { item: index },
		};
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

export async function upsertTickets(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const started = Date.now();
	const items = this.getInputData();
	let configured: { setup: Setup; run: ReturnType<NodeParameters<typeof RUN_PARAMETERS>['at']> };
	try {
		const run = new NodeParameters(this, RUN_PARAMETERS).at(0);
		configured = {
			run,
			setup: await setup(this, run['options.timeoutSeconds'] * 1000, run.target),
		};
	} catch (error) {
		// A configuration error is found before anything is sent. Under Continue On Fail every item
		// goes to Failed with it (nothing was sent, so a re-run is safe); otherwise the node fails.
		const nodeError = toNodeError(this, error, 0);
		if (!this.continueOnFail()) throw nodeError;
		return configurationFailure(this, items, nodeError.message);
	}
	const { target, send, secrets, map } = configured.setup;
	const { run } = configured;
	const audit = new AuditOutput(this);
	const outcomes: TicketOutcome[] = [];
	const inputs: TicketInput[] = [];
	for (let index = 0; index < items.length; index++) {
		const mapped = map(items[index].json, index);
		if (mapped.ok) inputs.push({ index, externalId: mapped.externalId, payload: mapped.payload });
		else
			outcomes.push({
				index,
				externalId: '',
				ok: false,
				status: 0,
				reason: mapped.reason,
				retryable: false,
				batch: 0,
				attempts: 0,
			});
	}
	const stats = new DeliveryStats();
	const policy = defaultRetryPolicy({
		retryableStatuses: TICKET_RETRYABLE_STATUSES,
		maxWaitMs: run['options.maxWaitSeconds'] * 1000,
	});
	const delivered = await deliverTickets(
		inputs,
		target,
		send,
		{ batchSize: run.batchSize, concurrency: run['options.concurrency'], policy, sleep, secrets },
		stats,
	);
	for (const outcome of delivered) outcomes.push(outcome);
	outcomes.sort((a, b) => a.index - b.index);

	const succeeded: INodeExecutionData[] = [];
	const failed: INodeExecutionData[] = [];
	const failedCreatedMs: number[] = [];
	for (const o of outcomes) {
		const json = items[o.index].json;
		const pairedItem = { item: o.index };
		const delivery: IDataObject = {
			target: target.name,
			status: o.status,
			batch: o.batch,
			attempts: o.attempts,
		};
		if (o.ok) {
			Object.assign(delivery, { ticketId: o.targetId ?? null, operation: o.operation ?? null });
			succeeded.push({ json: Object.assign({}, json, { delivery }), pairedItem });
			audit.event(
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
			Object.assign(delivery, { reason: o.reason ?? 'unknown', retryable: o.retryable === true });
			failed.push({ json: Object.assign({}, json, { delivery }), pairedItem });
			const created = Date.parse(String(json.createdTimestamp ?? ''));
			failedCreatedMs.push(Number.isNaN(created) ? 0 : created);
			audit.event(
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
	const watermark = advanceWatermark(this, succeeded.length, failedCreatedMs);
	if (watermark) {
		audit.event(
			watermark.action,
			{ watermark: watermark.watermark, reason: watermark.reason ?? null },
			0,
		);
	}
	const metrics = {
		target: target.name,
		...stats.deliverySummary(outcomes),
		durationMs: Date.now() - started,
	};
	return [succeeded, failed, audit.close(metrics)];
}
