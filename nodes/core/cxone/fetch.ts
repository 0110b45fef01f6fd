/**
 * "Get Conversations" for both APIs (v2 and dfo) over an injected ApiClient (the node gives one built on
 * n8n's request helpers; tests and benchmarks may give their own). Yields one batch of outcomes
 * per page so memory stays flat for the caller that streams.
 */
import { mapWithConcurrency } from '../concurrency';
import { paginate, type PaginationState } from '../pagination';
import { channelTypeForChannelId, channelTypeForPlatform } from './channels';
import { dfoDateWindow, isCustomerMessage } from './dfo';
import { normaliseDfo, normaliseV2, type NormalisedConversation } from './normalise';
import type { ConversationQuery } from './query';
import {
	dfoChannelsSchema,
	dfoContactSchema,
	dfoMessageSchema,
	dfoMessagesSchema,
	dfoPageSchema,
	parseEnvelope,
	parseRecord,
	v2PageSchema,
	v2RecordSchema,
	type DfoContact,
	type DfoMessage,
	type RecordResult,
} from './schemas';

export interface ApiClient {
	/** GET a path relative to the credential's base URL; resolves to the parsed JSON body. */
	get(path: string, qs: Record<string, unknown>): Promise<unknown>;
}

export interface FetchOptions {
	maxPages: number;
	skipInvalidRecords: boolean;
	includeRaw: boolean;
	/** DFO: message requests in flight at once. */
	messageConcurrency: number;
	/** See PaginateOptions.yieldToEventLoop. */
	yieldToEventLoop?: () => Promise<void>;
	/** See PaginateOptions.stallRetries and waitBeforeRetry. */
	stallRetries?: number;
	waitBeforeRetry?: (retry: number) => Promise<void>;
	/** DFO: the /channels listing, shared by every input item of one execution. */
	channels?: { list?: Promise<Map<string, string>> };
}

export type FetchOutcome =
	| { kind: 'conversation'; item: NormalisedConversation }
	| { kind: 'rejected'; recordRef: string; field: string; reason: string };

type Checked<T> = { ok: true; value: T } | { ok: false; outcome: FetchOutcome };

/** With "skip invalid records" a bad record becomes a rejected outcome; otherwise it fails the run. */
function check<T>(result: RecordResult<T>, skipInvalid: boolean): Checked<T> {
	if (result.ok) return result;
	if (!skipInvalid) throw result.error;
	const { recordRef, fieldPath, message } = result.error;
	return { ok: false, outcome: { kind: 'rejected', recordRef, field: fieldPath, reason: message } };
}

const iso = (ms: number) => new Date(ms).toISOString();

const paginateOptions = (query: ConversationQuery, options: FetchOptions) => ({
	limit: query.limit,
	maxPages: options.maxPages,
	yieldToEventLoop: options.yieldToEventLoop,
	stallRetries: options.stallRetries,
	waitBeforeRetry: options.waitBeforeRetry,
});

export async function* fetchConversations(
	client: ApiClient,
	query: ConversationQuery,
	options: FetchOptions,
	state: PaginationState = { pages: 0, items: 0 },
): AsyncGenerator<FetchOutcome[], void, undefined> {
	if (query.api === 'v2') yield* fetchV2(client, query, options, state);
	else yield* fetchDfo(client, query, options, state);
}

async function* fetchV2(
	client: ApiClient,
	query: ConversationQuery,
	options: FetchOptions,
	state: PaginationState,
): AsyncGenerator<FetchOutcome[], void, undefined> {
	const base: Record<string, unknown> = { from: iso(query.fromMs), to: iso(query.toMs) };
	// The contract takes list filters comma-separated (never a Go-style "[A B]" string).
	if (query.channelTypes.length) base.channelTypes = query.channelTypes.join(',');
	if (query.conversationIds.length) base.conversationIds = query.conversationIds.join(',');
	const pages = paginate<unknown>(
		async (cursor) => {
			const remaining = query.limit === undefined ? query.pageSize : query.limit - state.items;
			const qs = { ...base, limit: Math.max(1, Math.min(query.pageSize, remaining)) };
			if (cursor) Object.assign(qs, { nextPageToken: cursor });
			const page = parseEnvelope(
				v2PageSchema,
				await client.get('/api/v2/conversations', qs),
				'conversations',
			);
			return { items: page.data, nextCursor: page.nextPageToken };
		},
		paginateOptions(query, options),
		state,
	);
	for await (const records of pages) {
		const position = `page ${state.pages}`;
		yield records.map((record, index) => {
			const checked = check(
				parseRecord(v2RecordSchema, record, `${position}, position ${index + 1}`),
				options.skipInvalidRecords,
			);
			return checked.ok
				? { kind: 'conversation', item: normaliseV2(checked.value, options.includeRaw, record) }
				: checked.outcome;
		});
	}
}

/**
 * One /channels listing per execution: search results carry only channel ids. Deleted channels are
 * asked for too (`includeDeleted=1`, as NICE's agent SDK does; not in the spec): older contacts
 * still point at them.
 */
export async function loadDfoChannels(client: ApiClient): Promise<Map<string, string>> {
	const types = new Map<string, string>();
	const size = 100;
	for (let page = 1; page <= 100; page++) {
		const body = parseEnvelope(
			dfoChannelsSchema,
			await client.get('/channels', { page, size, includeDeleted: 1 }),
			'channels',
		);
		const channels = Array.isArray(body) ? body : body.data;
		const before = types.size;
		for (const channel of channels) {
			const channelId = channel.id ?? channel.channelId;
			if (!channelId) continue;
			const platform = channel.realExternalPlatformId ?? channel.type;
			types.set(
				channelId,
				platform ? channelTypeForPlatform(platform) : channelTypeForChannelId(channelId),
			);
		}
		const total = Array.isArray(body) ? undefined : (body.totalRecords ?? undefined);
		// A server that ignores `page` repeats the first page: nothing new means the end too.
		if (channels.length < size || types.size === before) break;
		if (total !== undefined && types.size >= total) break;
	}
	return types;
}

async function* fetchDfo(
	client: ApiClient,
	query: ConversationQuery,
	options: FetchOptions,
	state: PaginationState,
): AsyncGenerator<FetchOutcome[], void, undefined> {
	const cache = options.channels ?? {};
	cache.list ??= loadDfoChannels(client);
	const channelTypes = await cache.list;
	// No page size: /contacts documents none.
	const qs: Record<string, unknown> = {
		date: dfoDateWindow(query.fromMs, query.toMs),
		sorting: 'createdAt',
		sortingType: 'asc',
	};
	if (query.channelTypes.length) {
		const wanted = new Set(query.channelTypes);
		const ids = [...channelTypes]
			.filter(([, type]) => wanted.has(type))
			.map(([channelId]) => channelId);
		// No channel of the requested types exists in this tenant: nothing can match.
		if (!ids.length) return;
		qs.channel = ids;
	}
	if (query.statuses.length) qs.status = query.statuses;
	// The contacts search has no id filter: IDs are matched on the search results.
	const idFilter = query.conversationIds.length ? new Set(query.conversationIds) : undefined;
	// The search covers whole days; the window itself is [fromMs, toMs), as for the v2 API.
	const inWindow = (createdAt: string) => {
		const at = Date.parse(createdAt);
		return at >= query.fromMs && at < query.toMs;
	};
	let seen = 0;
	type Entry = { contact: DfoContact } | { outcome: FetchOutcome };
	const pages = paginate<Entry>(
		async (cursor) => {
			const body = parseEnvelope(
				dfoPageSchema,
				await client.get('/contacts', cursor ? { ...qs, scrollToken: cursor } : qs),
				'contacts',
			);
			const position = `page ${state.pages + 1}`;
			const entries: Entry[] = [];
			body.data.forEach((record, index) => {
				const checked = check(
					parseRecord(dfoContactSchema, record, `${position}, position ${index + 1}`),
					options.skipInvalidRecords,
				);
				if (!checked.ok) entries.push({ outcome: checked.outcome });
				else if (inWindow(checked.value.createdAt) && (!idFilter || idFilter.has(checked.value.id)))
					entries.push({ contact: checked.value });
			});
			seen += body.data.length;
			// The end is an absent scrollToken (NICE's sample) or `hits`, the total, reached. An empty
			// page that still carries a token is not the end.
			const hits = body.hits ?? undefined;
			const done = hits !== undefined && seen >= hits;
			return { items: entries, nextCursor: done ? undefined : body.scrollToken };
		},
		paginateOptions(query, options),
		state,
	);
	for await (const entries of pages) {
		yield await mapWithConcurrency(entries, options.messageConcurrency, async (entry) => {
			if ('outcome' in entry) return entry.outcome;
			return await conversationFromContact(client, entry.contact, channelTypes, options);
		});
	}
}

/**
 * A message flagged `hasAdditionalMessageContent` carries truncated text; the full message is at
 * GET /messages/{id}. Only the customer's messages make the body, so only theirs are fetched.
 */
async function completeMessage(
	client: ApiClient,
	message: DfoMessage,
	position: string,
): Promise<RecordResult<DfoMessage>> {
	const truncated = message.hasAdditionalMessageContent && message.id !== undefined;
	if (!truncated || message.contentRemoved || !isCustomerMessage(message))
		return { ok: true, value: message };
	const answer = await client.get(`/messages/${encodeURIComponent(message.id!)}`, {});
	// The full message, possibly inside a {data} envelope.
	const full =
		answer && typeof answer === 'object' && 'data' in answer && !('messageContent' in answer)
			? (answer as { data: unknown }).data
			: answer;
	const parsed = parseRecord(dfoMessageSchema, full, `full text of ${position}`);
	if (!parsed.ok) return parsed;
	return { ok: true, value: { ...message, ...parsed.value, hasAdditionalMessageContent: false } };
}

async function conversationFromContact(
	client: ApiClient,
	contact: DfoContact,
	channelTypes: Map<string, string>,
	options: FetchOptions,
): Promise<FetchOutcome> {
	const body = parseEnvelope(
		dfoMessagesSchema,
		await client.get(`/contacts/${encodeURIComponent(contact.id)}/messages`, {}),
		`messages of contact ${contact.id}`,
	);
	const messages: DfoMessage[] = [];
	for (let index = 0; index < body.data.length; index++) {
		const position = `message ${index + 1} of contact "${contact.id}"`;
		const checked = check(
			parseRecord(dfoMessageSchema, body.data[index], position),
			options.skipInvalidRecords,
		);
		if (!checked.ok) return checked.outcome;
		// One at a time: the contacts around this one already use the concurrency budget.
		const complete = check(
			await completeMessage(client, checked.value, position),
			options.skipInvalidRecords,
		);
		if (!complete.ok) return complete.outcome;
		messages.push(complete.value);
	}
	const type = channelTypes.get(contact.channelId) ?? channelTypeForChannelId(contact.channelId);
	return { kind: 'conversation', item: normaliseDfo(contact, messages, type, options.includeRaw) };
}
