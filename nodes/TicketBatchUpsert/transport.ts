/**
 * Where this node talks HTTP: the target, its credential and the sender (n8n's request helpers
 * with the chosen credential, under the package's request policy: a timeout, no redirects, every
 * status returned to the delivery core, which retries under the shared engine and judges each
 * record), and how an item becomes the record the target receives. A configuration error is
 * found here, before anything is sent.
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { InputValidationError } from '../core/errors';
import { parseFieldPath } from '../core/fieldPath';
import { describeValue } from '../core/parameters';
import { collectSecrets } from '../core/redact';
import { REQUEST_POLICY_OPTIONS } from '../core/request';
import type { HttpResult } from '../core/retry';
import { genericTarget } from '../core/tickets/generic';
import { hubspotTarget } from '../core/tickets/hubspot';
import { mapGeneric, mapHubspot, type Mapped, type MappingOptions } from '../core/tickets/mapping';
import type { SendTickets, TicketTarget } from '../core/tickets/types';
import { baseUrlProblem, endpointUrlProblem, normalisedBaseUrl } from '../core/url';
import { NodeParameters } from '../toolkit/parameters';

export function createTicketSender(
	ctx: IExecuteFunctions,
	credentialType: string | undefined,
	timeoutMs: number,
): SendTickets {
	return async (request) => {
		const options: IHttpRequestOptions = {
			...REQUEST_POLICY_OPTIONS,
			method: request.method,
			url: request.url,
			// Bytes, not a JSON string: axios would parse and trim a string again (its "is this
			// JSON?" check), which costs as much as building the body.
			body: request.body as Buffer,
			headers: request.headers,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: timeoutMs,
		};
		const response = credentialType
			? await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, options)
			: await ctx.helpers.httpRequest(options);
		return response as HttpResult;
	};
}

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

export interface Setup {
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
export async function setup(
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
