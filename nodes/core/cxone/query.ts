/**
 * Validation of the "Get Conversations" parameters, before any request. Each failure names the
 * field as the node panel shows it and says how to fix it.
 */
import { describeValue } from '../parameters';
import { CUSTOM_CHANNEL_TYPE_PATTERN, KNOWN_CHANNEL_TYPES, SOCIAL_CHANNEL_TYPES } from './channels';
import { DAY, date, fail, HOUR, ID_PATTERN, number, splitList } from './queryValues';

export { splitList } from './queryValues';

export type ApiKind = 'v2' | 'dfo';

export const DFO_STATUSES = [
	'new',
	'open',
	'pending',
	'escalated',
	'resolved',
	'closed',
	'trashed',
] as const;

export interface ConversationQuery {
	api: ApiKind;
	fromMs: number;
	toMs: number;
	channelTypes: string[];
	conversationIds: string[];
	statuses: string[];
	/** Undefined: return all. */
	limit?: number;
	pageSize: number;
}

export interface RawQueryInput {
	api: ApiKind;
	timeRange: string;
	hours?: unknown;
	days?: unknown;
	from?: unknown;
	to?: unknown;
	/** Watermark mode: start of the window, already resolved by the caller. */
	sinceMs?: number;
	channelTypes?: unknown;
	customChannelTypes?: unknown;
	conversationIds?: unknown;
	statuses?: unknown;
	returnAll?: unknown;
	limit?: unknown;
	pageSize?: unknown;
	retentionDays?: unknown;
	clockSkewSeconds?: number;
	/** Scopes configured in the credential (v2 only). */
	scopes?: string;
	/** The panel's label of a field where it differs from the field's name (errors use it). */
	labels?: Partial<Record<'Statuses' | 'Page Size', string>>;
}

function channelTypes(input: RawQueryInput): string[] {
	const selected = splitList(input.channelTypes, 'Channel Types').map((c) => c.toUpperCase());
	for (const type of selected) {
		if (!(KNOWN_CHANNEL_TYPES as readonly string[]).includes(type)) {
			fail(
				'Channel Types',
				`"${type}" is not a known channel type`,
				`Choose from the list, or add tenant-specific types under "Custom Channel Types".`,
			);
		}
	}
	const custom = splitList(input.customChannelTypes, 'Custom Channel Types').map((c) =>
		c.toUpperCase().replace(/[\s-]+/g, '_'),
	);
	for (const type of custom) {
		if (!CUSTOM_CHANNEL_TYPE_PATTERN.test(type)) {
			fail(
				'Custom Channel Types',
				`"${type}" is not a valid channel type name`,
				'Use names such as LINE or APPLE_BUSINESS_CHAT: letters, digits and underscores, starting with a letter.',
			);
		}
	}
	return [...new Set([...selected, ...custom])];
}

function timeWindow(input: RawQueryInput, nowMs: number, skewMs: number, retentionDays: number) {
	let fromMs: number;
	let toMs = nowMs;
	switch (input.timeRange) {
		case 'lastHours':
			fromMs =
				nowMs -
				number(
					'Hours',
					input.hours,
					1,
					retentionDays * 24,
					'Enter how many hours back to look, within the retention window.',
				) *
					HOUR;
			break;
		case 'lastDays':
			fromMs =
				nowMs -
				number(
					'Days',
					input.days,
					1,
					retentionDays,
					`Enter 1 to ${retentionDays} days (the retention window).`,
				) *
					DAY;
			break;
		case 'between':
			fromMs = date('From', input.from);
			toMs = date('To', input.to);
			break;
		case 'sinceLastSync':
			if (input.sinceMs === undefined)
				fail('Time Range', 'no watermark was resolved', 'This is a bug: please report it.');
			fromMs = input.sinceMs;
			break;
		default:
			fail(
				'Time Range',
				`${describeValue(input.timeRange)} is not a time range mode`,
				'Choose Last Hours, Last Days, Between or Since Last Successful Sync.',
			);
	}
	if (fromMs > toMs)
		fail(
			'From',
			`is after To (${new Date(fromMs).toISOString()} > ${new Date(toMs).toISOString()})`,
			'Set From earlier than To.',
		);
	if (toMs > nowMs + skewMs)
		fail(
			'To',
			`is in the future (${new Date(toMs).toISOString()})`,
			'Set To to now or earlier; the API refuses an end in the future.',
		);
	const oldest = nowMs - retentionDays * DAY;
	if (fromMs < oldest) {
		if (input.timeRange === 'sinceLastSync') fromMs = oldest;
		else
			fail(
				'From',
				`is older than the ${retentionDays}-day retention window (${new Date(oldest).toISOString()})`,
				`Start the range after ${new Date(oldest).toISOString()}: CXone does not keep older conversations. If your organisation keeps data longer, raise "Retention Days" in the options.`,
			);
	}
	return { fromMs, toMs: Math.min(toMs, nowMs) };
}

export function validateQuery(input: RawQueryInput, nowMs: number): ConversationQuery {
	const retentionDays = number(
		'Retention Days',
		input.retentionDays === undefined ? 90 : input.retentionDays,
		1,
		3650,
		'Enter the retention window of your CXone organisation in days (90 by default).',
	);
	const skewMs = (input.clockSkewSeconds ?? 120) * 1000;
	const { fromMs, toMs } = timeWindow(input, nowMs, skewMs, retentionDays);
	const types = channelTypes(input);
	const conversationIds = splitList(input.conversationIds, 'Conversation IDs');
	for (const id of conversationIds) {
		if (!ID_PATTERN.test(id))
			fail(
				'Conversation IDs',
				`"${id.slice(0, 60)}" is not a well-formed conversation ID`,
				'Separate IDs with commas or new lines; an ID holds letters, digits, ".", "_", ":" and "-" only.',
			);
	}
	const statusesLabel = input.labels?.Statuses ?? 'Statuses';
	const statuses = splitList(input.statuses, statusesLabel).map((s) => s.toLowerCase());
	for (const status of statuses) {
		if (!(DFO_STATUSES as readonly string[]).includes(status))
			fail(statusesLabel, `"${status}" is not a contact status`, `Use ${DFO_STATUSES.join(', ')}.`);
	}
	if (statuses.length && input.api === 'v2') {
		fail(
			statusesLabel,
			'filters Digital Engagement (DFO) contacts only; the credential uses the Conversations API v2',
			'Clear Statuses, or use a credential with Authentication "Access Key".',
		);
	}
	if (input.api === 'v2') checkScopes(input.scopes ?? '', types);
	const returnAll = input.returnAll === true || input.returnAll === 'true';
	const limit = returnAll
		? undefined
		: number(
				'Limit',
				input.limit === undefined ? 50 : input.limit,
				1,
				1_000_000,
				'Enter how many conversations to return at most, or turn on Return All.',
			);
	const pageSize = number(
		input.labels?.['Page Size'] ?? 'Page Size',
		input.pageSize === undefined ? 100 : input.pageSize,
		1,
		1000,
		'Enter 1 to 1000 (the API caps pages at 1000).',
	);
	return {
		api: input.api,
		fromMs,
		toMs,
		channelTypes: types,
		conversationIds,
		statuses,
		limit,
		pageSize,
	};
}

function checkScopes(scopeText: string, types: string[]): void {
	const scopes = new Set(scopeText.split(/[\s,]+/).filter(Boolean));
	if (scopes.size === 0) return;
	if (!scopes.has('conversations:read')) {
		fail(
			'Scopes (credential)',
			'do not include conversations:read, which listing conversations needs',
			'Add conversations:read to the Scopes of the NICE CXone API credential.',
		);
	}
	const social = types.filter((t) => SOCIAL_CHANNEL_TYPES.has(t));
	if (social.length && !scopes.has('social:read')) {
		fail(
			'Scopes (credential)',
			`do not include social:read, which filtering by ${social.join(', ')} needs`,
			'Add social:read to the Scopes of the NICE CXone API credential, or remove the social channel types from the filter.',
		);
	}
}
