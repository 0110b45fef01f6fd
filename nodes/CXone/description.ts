import type { INodeProperties } from 'n8n-workflow';

import { KNOWN_CHANNEL_TYPES } from '../core/cxone/channels';
import { DFO_STATUSES } from '../core/cxone/query';
import { auditDetailOption } from '../toolkit/audit';

const show = { resource: ['conversation'], operation: ['getConversations'] };

const title = (value: string) =>
	value
		.toLowerCase()
		.split('_')
		.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
		.join(' ');

export const description: INodeProperties[] = [
	{
		displayName: 'Time Range',
		name: 'timeRange',
		type: 'options',
		displayOptions: { show },
		options: [
			{ name: 'Last Hours', value: 'lastHours', description: 'From N hours ago until now' },
			{ name: 'Last Days', value: 'lastDays', description: 'From N days ago until now' },
			{ name: 'Between', value: 'between', description: 'Between two dates' },
			{
				name: 'Since Last Successful Sync',
				value: 'sinceLastSync',
				description:
					'From the point up to which the Ticket Batch Upsert node of this workflow delivered every record (production runs only)',
			},
		],
		default: 'lastHours',
	},
	{
		displayName: 'Hours',
		name: 'hours',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 24,
		displayOptions: { show: { ...show, timeRange: ['lastHours'] } },
	},
	{
		displayName: 'Days',
		name: 'days',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 7,
		hint: 'Must stay inside the retention window (90 days unless changed in the options)',
		displayOptions: { show: { ...show, timeRange: ['lastDays'] } },
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: { show: { ...show, timeRange: ['between'] } },
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		default: '',
		required: true,
		hint: 'Not in the future',
		displayOptions: { show: { ...show, timeRange: ['between'] } },
	},
	{
		displayName: 'Initial Look-Back (Hours)',
		name: 'initialLookbackHours',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 24,
		description: 'Where the first sync starts, before any record was delivered',
		displayOptions: { show: { ...show, timeRange: ['sinceLastSync'] } },
	},
	{
		displayName: 'Overlap (Minutes)',
		name: 'overlapMinutes',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 15,
		description:
			'Fetch again this much before the watermark, to catch late-indexed conversations; upserts are idempotent so repeats are harmless',
		displayOptions: { show: { ...show, timeRange: ['sinceLastSync'] } },
	},
	{
		displayName: 'Max Conversations per Run',
		name: 'maxPerRun',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 20000,
		description:
			'Stop after this many conversations; the next run continues from where this one stopped, so a first sync over a long look-back is spread over several runs instead of holding everything in memory at once',
		displayOptions: { show: { ...show, timeRange: ['sinceLastSync'] } },
	},
	{
		displayName: 'Channel Types',
		name: 'channelTypes',
		type: 'multiOptions',
		options: KNOWN_CHANNEL_TYPES.map((value) => ({ name: title(value), value })),
		default: [],
		description: 'Only these channels; none selected means all',
		displayOptions: { show },
	},
	{
		displayName: 'Custom Channel Types',
		name: 'customChannelTypes',
		type: 'string',
		default: '',
		placeholder: 'KAKAOTALK, WECHAT',
		description: 'Comma-separated channel types your tenant has that the list above lacks',
		displayOptions: { show },
	},
	{
		displayName: 'Conversation IDs',
		name: 'conversationIds',
		type: 'string',
		default: '',
		placeholder: 'conv-8f7a6b5c-4d3e-2f1a-0b9c-8d7e6f5a4b3c',
		description: 'Only these conversations (comma or newline separated); empty means all',
		displayOptions: { show },
	},
	{
		// n8n shows or hides node fields by node parameters only, never by a credential's fields,
		// so the fields of one API say so in their label.
		displayName: 'Statuses (Digital Engagement Only)',
		name: 'statuses',
		type: 'multiOptions',
		options: DFO_STATUSES.map((value) => ({ name: title(value), value })),
		default: [],
		description:
			'Contact statuses to include; none means all. Digital Engagement (Access Key credential) only: with an OAuth2 (Conversations API v2) credential, leave it empty.',
		displayOptions: { show },
	},
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: { show },
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { ...show, returnAll: [false] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			auditDetailOption(
				'Per Page Summary',
				'One Audit item per page of conversations, listing each one (id, channel, created) in its rows',
			),
			{
				displayName: 'Include Raw Record',
				name: 'includeRaw',
				type: 'boolean',
				default: false,
				description: 'Whether to add the record exactly as the API sent it under "raw"',
			},
			{
				displayName: 'Max Pages',
				name: 'maxPages',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10000,
				description: 'Safety net: fail instead of following more pages than this',
			},
			{
				displayName: 'Message Requests in Parallel (Digital Engagement Only)',
				name: 'messageConcurrency',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 16 },
				default: 4,
				description:
					'How many contacts have their messages fetched at once; an OAuth2 (Conversations API v2) credential ignores it',
			},
			{
				displayName: 'Page Size (Conversations API V2 Only)',
				name: 'pageSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 1000 },
				default: 100,
				description:
					'Records per page; an Access Key (Digital Engagement) credential ignores it, its pages have a fixed size',
			},
			{
				displayName: 'Rate Limit Wait Budget (Seconds)',
				name: 'maxWaitSeconds',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 300,
				description:
					'Total time to spend waiting on 429, 502, 503, 504 and connection resets before failing',
			},
			{
				displayName: 'Retention Days',
				name: 'retentionDays',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 90,
				description:
					'Retention window of your CXone organisation; older ranges are refused before any request',
			},
			{
				displayName: 'Skip Invalid Records',
				name: 'skipInvalidRecords',
				type: 'boolean',
				default: false,
				description:
					'Whether a record that breaks the API contract goes to the Audit output as REJECTED (with the reason) instead of failing the node',
			},
		],
	},
];

/** Fetch options both CXone nodes read, with the same labels, defaults and ranges. */
export const FETCH_OPTION_PARAMETERS = {
	'options.maxPages': {
		type: 'number',
		label: 'Max Pages',
		default: 10_000,
		min: 1,
		max: 1_000_000,
		integer: true,
	},
	'options.maxWaitSeconds': {
		type: 'number',
		label: 'Rate Limit Wait Budget (Seconds)',
		default: 300,
		min: 0,
		max: 86_400,
	},
	'options.skipInvalidRecords': { type: 'boolean', label: 'Skip Invalid Records', default: false },
	'options.includeRaw': { type: 'boolean', label: 'Include Raw Record', default: false },
} as const;
