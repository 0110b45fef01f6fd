import type { INodeProperties } from 'n8n-workflow';

import { KNOWN_CHANNEL_TYPES } from '../core/cxone/channels';
import { TRIGGER_EVENTS } from '../core/cxone/events';
import { DEFAULT_MAX_KEYS } from '../core/cxone/pollState';
import { FETCH_OPTION_PARAMETERS } from '../CXone/description';
import { DFO_STATUSES } from '../core/cxone/query';

const title = (value: string) =>
	value
		.toLowerCase()
		.split('_')
		.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
		.join(' ');

const watching = { show: { event: ['newInboundMessage', 'statusChanged'] } };

export const description: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'New Conversation',
				value: 'newConversation',
				description: 'A conversation (contact) was created',
			},
			{
				name: 'New Inbound Message',
				value: 'newInboundMessage',
				description:
					'Digital Engagement (access key credential) only: a customer wrote in a conversation, one item per message',
			},
			{
				name: 'Conversation Status Changed',
				value: 'statusChanged',
				description:
					'Digital Engagement (access key credential) only: the status of a conversation changed',
			},
		],
		default: 'newConversation',
	},
	{
		displayName: 'Watch Conversations Created in the Last (Hours)',
		name: 'watchHours',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 24,
		description:
			"Messages and status changes are looked for in the conversations created this far back; each poll reads those conversations' messages",
		displayOptions: watching,
	},
	{
		displayName: 'Channel Types',
		name: 'channelTypes',
		type: 'multiOptions',
		options: KNOWN_CHANNEL_TYPES.map((value) => ({ name: title(value), value })),
		default: [],
		description: 'Only these channels; none selected means all',
	},
	{
		displayName: 'Custom Channel Types',
		name: 'customChannelTypes',
		type: 'string',
		default: '',
		placeholder: 'KAKAOTALK, WECHAT',
		description: 'Comma-separated channel types your tenant has that the list above lacks',
	},
	{
		displayName: 'Statuses',
		name: 'statuses',
		type: 'multiOptions',
		options: DFO_STATUSES.map((value) => ({ name: title(value), value })),
		default: [],
		description:
			'Digital Engagement (access key credential) only: contact statuses to include; none means all',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Include Audit Items',
				name: 'includeAudit',
				type: 'boolean',
				default: false,
				description:
					'Whether to add the audit events and the metrics of each poll after the events, as items with kind "audit" or "metrics"',
			},
			{
				displayName: 'Include Raw Record',
				name: 'includeRaw',
				type: 'boolean',
				default: false,
				description: 'Whether to add the record exactly as the API sent it under "raw"',
			},
			{
				displayName: 'Look Back on First Activation (Hours)',
				name: 'lookbackHours',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description:
					'Where the first poll after activation starts: 0 starts from now, N also emits the events of the last N hours',
			},
			{
				displayName: 'Max Events per Poll',
				name: 'maxItems',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 500,
				description:
					'A larger backlog is emitted over the following polls, oldest first, none skipped',
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
				displayName: 'Message Requests in Parallel',
				name: 'messageConcurrency',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 16 },
				default: 4,
				description:
					'Digital Engagement only: how many contacts have their messages fetched at once',
			},
			{
				displayName: 'Overlap (Minutes)',
				name: 'overlapMinutes',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 15,
				description:
					'Each poll reads again this much before where the last one ended, to catch records indexed late; what was already emitted is recognised and not emitted again',
			},
			{
				displayName: 'Page Size',
				name: 'pageSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 1000 },
				default: 100,
				description:
					'Conversations API v2 only: records per page (Digital Engagement pages have a fixed size)',
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
				displayName: 'Remembered Events',
				name: 'maxKeys',
				type: 'number',
				typeOptions: { minValue: 100 },
				default: 10000,
				description:
					'How many recently emitted events the trigger remembers to avoid emitting them twice; only events inside the overlap need remembering',
			},
			{
				displayName: 'Retention Days',
				name: 'retentionDays',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 90,
				description:
					'Retention window of your CXone organisation; the trigger never reads further back',
			},
			{
				displayName: 'Skip Invalid Records',
				name: 'skipInvalidRecords',
				type: 'boolean',
				default: false,
				description:
					'Whether a record that breaks the API contract is skipped (an audit event says so when audit items are on) instead of failing the poll',
			},
		],
	},
];

/** The panel's values as the poll reads them, typed and checked (see nodes/toolkit/parameters.ts). */
export const PARAMETERS = {
	event: { type: 'options', label: 'Event', default: 'newConversation', values: TRIGGER_EVENTS },
	watchHours: {
		type: 'number',
		label: 'Watch Conversations Created in the Last (Hours)',
		default: 24,
		min: 1,
		max: 87_600,
	},
	customChannelTypes: { type: 'string', label: 'Custom Channel Types', default: '' },
	channelTypes: { type: 'list', label: 'Channel Types', default: [] },
	statuses: { type: 'list', label: 'Statuses', default: [] },
	'options.lookbackHours': {
		type: 'number',
		label: 'Look Back on First Activation (Hours)',
		default: 0,
		min: 0,
		max: 87_600,
	},
	'options.overlapMinutes': {
		type: 'number',
		label: 'Overlap (Minutes)',
		default: 15,
		min: 0,
		max: 10_080,
	},
	'options.maxItems': {
		type: 'number',
		label: 'Max Events per Poll',
		default: 500,
		min: 1,
		max: 100_000,
		integer: true,
	},
	'options.maxKeys': {
		type: 'number',
		label: 'Remembered Events',
		default: DEFAULT_MAX_KEYS,
		min: 100,
		max: 1_000_000,
		integer: true,
	},
	'options.messageConcurrency': {
		type: 'number',
		label: 'Message Requests in Parallel',
		default: 4,
		min: 1,
		max: 16,
		integer: true,
	},
	'options.includeAudit': { type: 'boolean', label: 'Include Audit Items', default: false },
	...FETCH_OPTION_PARAMETERS,
} as const;
