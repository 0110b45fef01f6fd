import type { INodeProperties } from 'n8n-workflow';

import { auditDetailOption } from '../toolkit/audit';

const generic = { target: ['generic'] };
const hubspot = { target: ['hubspot'] };

export const properties: INodeProperties[] = [
	{
		displayName: 'Target',
		name: 'target',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Generic JSON Endpoint',
				value: 'generic',
				description: 'POST or PUT a JSON array of records',
			},
			{
				name: 'HubSpot Tickets',
				value: 'hubspot',
				description: 'Batch upsert by a unique ticket property',
			},
		],
		default: 'generic',
	},
	// One Authentication per target, each with its own default, read by the credentials'
	// displayOptions alone. n8n takes a parameter the credentials depend on for an authentication
	// setting and moves it out of the panel unless it offers "None": that is what hid Target when
	// the HubSpot credential depended on it, so both keep a "None" and stay ordinary fields.
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{ name: 'None', value: 'none' },
			{
				name: 'Ticketing Endpoint Credential',
				value: 'ticketingApi',
				description: 'Header, bearer or basic authentication',
			},
		],
		default: 'ticketingApi',
		displayOptions: { show: generic },
	},
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{
				name: 'HubSpot Private App Token',
				value: 'hubSpotTicketsApi',
				description: 'A HubSpot Tickets (Private App) API credential',
			},
			{ name: 'None', value: 'none', description: 'HubSpot refuses requests without a token' },
		],
		default: 'hubSpotTicketsApi',
		displayOptions: { show: hubspot },
	},
	{
		displayName:
			'HubSpot Tickets needs Authentication "HubSpot Private App Token" and a HubSpot Tickets (Private App) API credential',
		name: 'hubspotAuthenticationNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { target: ['hubspot'], authentication: ['none', 'ticketingApi'] } },
	},
	{
		displayName:
			'A HubSpot credential only works with Target "HubSpot Tickets"; a generic endpoint takes "Ticketing Endpoint Credential" or "None"',
		name: 'genericAuthenticationNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { target: ['generic'], authentication: ['hubSpotTicketsApi'] } },
	},
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		default: '',
		required: true,
		placeholder: '/api/tickets/batch',
		description: "Full URL, or a path resolved against the credential's Base URL",
		displayOptions: { show: generic },
	},
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		options: [
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		default: 'POST',
		displayOptions: { show: generic },
	},
	{
		displayName: 'ID Property',
		name: 'idProperty',
		type: 'string',
		default: 'cxone_conversation_id',
		required: true,
		description: 'A custom ticket property marked unique in HubSpot; it holds the conversation ID',
		displayOptions: { show: hubspot },
	},
	{
		displayName: 'Pipeline',
		name: 'pipeline',
		type: 'string',
		default: '0',
		description: 'Pipeline ID (0 is the default support pipeline)',
		displayOptions: { show: hubspot },
	},
	{
		displayName: 'Pipeline Stage',
		name: 'pipelineStage',
		type: 'string',
		default: '1',
		description: 'Stage ID new tickets start in (1 is "New" in the default pipeline)',
		displayOptions: { show: hubspot },
	},
	{
		displayName: 'ID Field',
		name: 'idField',
		type: 'string',
		default: 'id',
		description:
			'Dot path of the conversation ID in each item; it becomes the external ID, so a re-run updates instead of duplicating',
	},
	{
		displayName: 'Batch Size',
		name: 'batchSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1000 },
		default: 50,
		description: 'Records per request (HubSpot takes at most 100)',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Add Fields',
				name: 'addFields',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Field' },
				default: {},
				description: 'Extra fields for each record; values may be expressions',
				options: [
					{
						displayName: 'Field',
						name: 'field',
						values: [
							{ displayName: 'Name', name: 'name', type: 'string', default: '' },
							{ displayName: 'Value', name: 'value', type: 'string', default: '' },
						],
					},
				],
			},
			auditDetailOption(
				'Per Batch Summary',
				'One Audit item per batch, listing each record (conversation id, synced or failed, status, ticket id or reason) in its rows',
			),
			{
				displayName: 'Batches in Flight',
				name: 'concurrency',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 8 },
				default: 1,
				description: 'How many batches are sent at once (at most 8)',
			},
			{
				displayName: 'Rename Fields',
				name: 'renameFields',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Rename' },
				default: {},
				description: 'Send a mapped field under another name, such as body as description',
				options: [
					{
						displayName: 'Rename',
						name: 'rename',
						values: [
							{ displayName: 'From', name: 'from', type: 'string', default: '' },
							{ displayName: 'To', name: 'to', type: 'string', default: '' },
						],
					},
				],
			},
			{
				displayName: 'Request Timeout (Seconds)',
				name: 'timeoutSeconds',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 30,
			},
			{
				displayName: 'Retry Wait Budget (Seconds)',
				name: 'maxWaitSeconds',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 120,
				description:
					'Total time to wait between retries of 408, 429, 5xx and network errors before a batch is marked failed',
			},
		],
	},
];

/** Read once per run (an expression is evaluated for the first item). */
export const RUN_PARAMETERS = {
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
