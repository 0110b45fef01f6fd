import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { baseUrlProblem, normalisedBaseUrl } from '../core/cxone/auth';
import { collectSecrets } from '../core/redact';
import { defaultRetryPolicy, type HttpResult } from '../core/retry';
import {
	DeliveryStats,
	TICKET_RETRYABLE_STATUSES,
	deliverTickets,
} from '../core/tickets/deliver';
import { genericTarget } from '../core/tickets/generic';
import { hubspotTarget } from '../core/tickets/hubspot';
import {
	mapGeneric,
	mapHubspot,
	type Mapped,
	type MappingOptions,
} from '../core/tickets/mapping';
import type {
	SendTickets,
	TicketInput,
	TicketOutcome,
	TicketTarget,
} from '../core/tickets/types';
import { auditItem, closeAuditTrail, openAuditTrail } from '../toolkit/audit';
import { advanceWatermark } from '../toolkit/delivery';

interface Setup {
	target: TicketTarget;
	send: SendTickets;
	secrets: string[];
	map: (json: IDataObject, itemIndex: number) => Mapped;
}

function readMappingOptions(ctx: IExecuteFunctions, itemIndex: number): MappingOptions {
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const rename =
		((options.renameFields as IDataObject)?.rename as Array<{ from: string; to: string }>) ?? [];
	const fields =
		((options.addFields as IDataObject)?.field as Array<{ name: string; value: unknown }>) ?? [];
	const add: Record<string, unknown> = {};
	for (const { name, value } of fields) if (name) add[name] = value;
	return { idPath: ctx.getNodeParameter('idField', itemIndex, 'id') as string, rename, add };
}

const hasExpression = (value: unknown): boolean =>
	typeof value === 'string'
		? value.startsWith('=')
		: value !== null && typeof value === 'object' && Object.values(value).some(hasExpression);

/**
 * Mapping options per item. Resolving node parameters costs tens of microseconds a call, so
 * without expressions they are resolved once and shared by every item.
 */
function mappingOptionsFor(ctx: IExecuteFunctions): (itemIndex: number) => MappingOptions {
	const { parameters } = ctx.getNode();
	if (hasExpression(parameters.options) || hasExpression(parameters.idField)) {
		return (itemIndex) => readMappingOptions(ctx, itemIndex);
	}
	const shared = readMappingOptions(ctx, 0);
	// The mappers only read their options, so every item can share one object.
	return () => shared;
}

/** Resolves target, credential and sender; a configuration error throws before anything is sent. */
async function setup(ctx: IExecuteFunctions): Promise<Setup> {
	const targetName = ctx.getNodeParameter('target', 0) as string;
	const options = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	const timeout = Number(options.timeoutSeconds ?? 30) * 1000;
	const node = ctx.getNode();
	const mappingOptions = mappingOptionsFor(ctx);
	const request = async (credentialType: string | undefined, req: IHttpRequestOptions) => {
		const full: IHttpRequestOptions = {
			...req,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout,
		};
		const response = credentialType
			? await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, full)
			: await ctx.helpers.httpRequest(full);
		return response as HttpResult;
	};
	const authentication = authenticationFor(ctx, targetName);
	if (targetName === 'hubspot') {
		const credentials = await ctx.getCredentials('hubSpotTicketsApi');
		const base = checkUrl(
			ctx,
			'Base URL (credential)',
			String(credentials.baseUrl || 'https://api.hubapi.com'),
		);
		const idProperty = ctx.getNodeParameter('idProperty', 0) as string;
		if (!/^[a-z0-9_]+$/.test(idProperty)) {
			throw new NodeOperationError(
				node,
				`ID Property: "${idProperty}" is not a HubSpot property name`,
				{
					description:
						'Use the internal name of a unique custom property: lower-case letters, digits and underscores.',
				},
			);
		}
		return {
			target: hubspotTarget(base, idProperty),
			send: async (r) =>
				await request('hubSpotTicketsApi', {
					method: r.method,
					url: r.url,
					// Bytes, not a JSON string: axios would parse and trim a string again (its "is this
					// JSON?" check), which costs as much as building the body.
					body: r.body as Buffer,
					headers: r.headers,
				}),
			secrets: collectSecrets([credentials.accessToken]),
			map: (json, i) =>
				mapHubspot(json, {
					...mappingOptions(i),
					idProperty,
					pipeline: ctx.getNodeParameter('pipeline', i, '0') as string,
					pipelineStage: ctx.getNodeParameter('pipelineStage', i, '1') as string,
				}),
		};
	}
	const credentials =
		authentication === 'ticketingApi' ? await ctx.getCredentials('ticketingApi') : undefined;
	const rawUrl = (ctx.getNodeParameter('url', 0) as string).trim();
	if (!rawUrl)
		throw new NodeOperationError(
			node,
			'URL: enter the endpoint that takes a JSON array of tickets',
		);
	const base = credentials?.baseUrl
		? checkUrl(ctx, 'Base URL (credential)', String(credentials.baseUrl))
		: undefined;
	const url =
		/^[a-z][a-z0-9+.-]*:\/\//i.test(rawUrl) || !base
			? rawUrl
			: `${base}/${rawUrl.replace(/^\/+/, '')}`;
	checkUrl(ctx, 'URL', url);
	const method = ctx.getNodeParameter('method', 0) as 'POST' | 'PUT';
	return {
		target: genericTarget(url, method, 'external_id'),
		send: async (r) =>
			await request(credentials ? 'ticketingApi' : undefined, {
				method: r.method,
				url: r.url,
				body: r.body as Buffer,
				headers: r.headers,
			}),
		secrets: collectSecrets([credentials?.token, credentials?.apiKey, credentials?.password]),
		map: (json, i) => mapGeneric(json, mappingOptions(i)),
	};
}

/** The Authentication choice, which must name the credential type the target takes. */
function authenticationFor(ctx: IExecuteFunctions, target: string): string {
	const node = ctx.getNode();
	const authentication = ctx.getNodeParameter('authentication', 0) as string;
	if (target === 'hubspot' && authentication !== 'hubSpotTicketsApi') {
		throw new NodeOperationError(
			node,
			'Authentication: the HubSpot Tickets target needs a HubSpot Tickets (Private App) API credential',
			{
				description:
					'Set Authentication to "HubSpot Private App Token" and choose that credential, or set Target to "Generic JSON Endpoint".',
			},
		);
	}
	if (target !== 'hubspot' && authentication === 'hubSpotTicketsApi') {
		throw new NodeOperationError(
			node,
			'Authentication: a HubSpot credential only works with the HubSpot Tickets target',
			{
				description:
					'Set Target to "HubSpot Tickets", or set Authentication to "Ticketing Endpoint Credential" (or "None") for a generic endpoint.',
			},
		);
	}
	return authentication;
}

function checkUrl(ctx: IExecuteFunctions, field: string, url: string): string {
	const problem = baseUrlProblem(url);
	if (problem) {
		throw new NodeOperationError(ctx.getNode(), `${field}: ${problem}`, {
			description: 'Enter an https URL (http only for a server on this machine).',
		});
	}
	return normalisedBaseUrl(url);
}

function configurationFailure(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	error: unknown,
): INodeExecutionData[][] {
	const reason = error instanceof Error ? error.message : String(error);
	const trail = openAuditTrail(ctx);
	const failed = items.map((item, index) => ({
		json: Object.assign({}, item.json, {
			delivery: { status: 0, reason, retryable: false, batch: 0, attempts: 0 },
		}),
		pairedItem: { item: index },
	}));
	const audit = items.map((_item, index) =>
		auditItem(
			trail.event('FAILED', { conversationId: null, status: 0, reason, retryable: false }),
			index,
		),
	);
	audit.push(
		auditItem(
			trail.metrics({
				records: items.length,
				batches: 0,
				failed: items.length,
				created: 0,
				updated: 0,
			}),
			0,
		),
	);
	closeAuditTrail(ctx, trail);
	return [[], failed, audit];
}

export async function upsertTickets(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const started = Date.now();
	const items = this.getInputData();
	const configured = await setup(this).then(
		(value) => ({ value, error: undefined }),
		(error: unknown) => ({ value: undefined, error }),
	);
	if (!configured.value) {
		// A configuration error is found before anything is sent. Under Continue On Fail every item
		// goes to Failed with it (nothing was sent, so a re-run is safe); otherwise the node fails.
		if (!this.continueOnFail()) throw configured.error;
		return configurationFailure(this, items, configured.error);
	}
	const { target, send, secrets, map } = configured.value;
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	const batchSize = Number(this.getNodeParameter('batchSize', 0, 50));
	const concurrency = Math.min(8, Math.max(1, Number(options.concurrency ?? 1)));
	const trail = openAuditTrail(this);
	const outcomes: TicketOutcome[] = [];
	const inputs: TicketInput[] = [];
	items.forEach((item, index) => {
		const mapped = map(item.json, index);
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
	});
	const stats = new DeliveryStats();
	const policy = defaultRetryPolicy({
		retryableStatuses: TICKET_RETRYABLE_STATUSES,
		maxWaitMs: Number(options.maxWaitSeconds ?? 120) * 1000,
	});
	outcomes.push(
		...(await deliverTickets(
			inputs,
			target,
			send,
			{ batchSize, concurrency, policy, sleep, secrets },
			stats,
		)),
	);
	outcomes.sort((a, b) => a.index - b.index);

	const succeeded: INodeExecutionData[] = [];
	const failed: INodeExecutionData[] = [];
	const audit: INodeExecutionData[] = [];
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
		} else {
			Object.assign(delivery, { reason: o.reason ?? 'unknown', retryable: o.retryable === true });
			failed.push({ json: Object.assign({}, json, { delivery }), pairedItem });
			const created = Date.parse(String(json.createdTimestamp ?? ''));
			failedCreatedMs.push(Number.isNaN(created) ? 0 : created);
		}
		const fields = o.ok
			? {
					conversationId: o.externalId,
					status: o.status,
					ticketId: o.targetId ?? null,
					operation: o.operation ?? null,
				}
			: {
					conversationId: o.externalId || null,
					status: o.status,
					reason: o.reason ?? null,
					retryable: o.retryable === true,
				};
		audit.push(auditItem(trail.event(o.ok ? 'SYNCED' : 'FAILED', fields), o.index));
	}
	const watermark = advanceWatermark(this, succeeded.length, failedCreatedMs);
	if (watermark)
		audit.push(
			auditItem(
				trail.event(watermark.action, {
					watermark: watermark.watermark,
					reason: watermark.reason ?? null,
				}),
				0,
			),
		);
	audit.push(
		auditItem(
			trail.metrics({
				target: target.name,
				...stats.deliverySummary(outcomes),
				durationMs: Date.now() - started,
			}),
			0,
		),
	);
	closeAuditTrail(this, trail);
	return [succeeded, failed, audit];
}
