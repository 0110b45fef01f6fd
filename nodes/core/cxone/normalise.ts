/**
 * Both APIs (v2 and dfo) normalise to one item: id, channel (upper-case type), subject, body,
 * createdTimestamp, updatedTimestamp, followed by whatever else the API gave (never dropped).
 */
import { dfoMessageText, dfoSentiment, isCustomerMessage, orderDfoMessages } from './dfo';
import type { DfoContact, DfoMessage, V2Record } from './schemas';

export interface NormalisedConversation {
	id: string;
	channel: string;
	subject: string;
	body: string;
	createdTimestamp: string;
	updatedTimestamp: string;
	[extra: string]: unknown;
}

const V2_FIELDS = new Set([
	'id',
	'channel',
	'subject',
	'body',
	'createdTimestamp',
	'updatedTimestamp',
]);

export function normaliseV2(
	record: V2Record,
	includeRaw: boolean,
	raw?: unknown,
): NormalisedConversation {
	const item: NormalisedConversation = {
		id: record.id,
		channel: record.channel.toUpperCase(),
		subject: record.subject ?? '',
		body: record.body ?? '',
		createdTimestamp: record.createdTimestamp,
		updatedTimestamp: record.updatedTimestamp ?? record.createdTimestamp,
	};
	// A loop rather than rest/spread: this runs once per record and spread is slow in V8.
	for (const key in record) if (!V2_FIELDS.has(key)) item[key] = record[key];
	if (includeRaw) item.raw = raw ?? record;
	return item;
}

/**
 * DFO contacts have no body: it is the text of the customer's messages, by time, joined by blank
 * lines (agents' and bots' messages and removed content left out); the subject is the first
 * message's title (e-mail subject) or empty. `sentiment` is CXone's own label (positive, neutral,
 * negative) of the customer's latest message that has one, or null: the conversation's current
 * mood, next to whatever a classifier makes of the body.
 */
export function normaliseDfo(
	contact: DfoContact,
	messages: DfoMessage[],
	channelType: string,
	includeRaw: boolean,
): NormalisedConversation {
	const { id, createdAt, statusUpdatedAt, ...extras } = contact;
	const ordered = orderDfoMessages(messages);
	const fromCustomer = ordered.filter(isCustomerMessage);
	const removed = fromCustomer
		.filter((m) => m.contentRemoved)
		.map((m) => m.contentRemoved?.reason ?? 'other');
	let sentiment: string | null = null;
	for (const message of fromCustomer) sentiment = dfoSentiment(message) ?? sentiment;
	// A contact-level label, should a tenant's contacts carry one, is kept when no message has one.
	if (sentiment === null && typeof extras.sentiment === 'string') sentiment = extras.sentiment;
	const item: NormalisedConversation = {
		id,
		channel: channelType,
		subject: ordered.find((m) => m.title !== '')?.title ?? '',
		body: fromCustomer
			.map(dfoMessageText)
			.filter((t) => t !== '')
			.join('\n\n'),
		createdTimestamp: createdAt,
		updatedTimestamp: statusUpdatedAt ?? createdAt,
		createdAt,
		...extras,
		sentiment,
	};
	if (removed.length) item.contentRemoved = removed;
	if (includeRaw) item.raw = { contact, messages };
	return item;
}
