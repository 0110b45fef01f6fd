/**
 * Both flavours normalise to one item: id, channel (upper-case type), subject, body,
 * createdTimestamp, updatedTimestamp, followed by whatever else the API gave (never dropped).
 */
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

function messageText(message: DfoMessage): string {
	const content = message.messageContent;
	const payloadText = content?.payload?.text ?? '';
	return payloadText !== '' ? payloadText : (content?.fallbackText ?? '');
}

/**
 * DFO contacts have no body: it is the customer's inbound messages in order, joined by blank
 * lines; the subject is the first message's title (e-mail subject) or empty.
 */
export function normaliseDfo(
	contact: DfoContact,
	messages: DfoMessage[],
	channelType: string,
	includeRaw: boolean,
): NormalisedConversation {
	const { id, createdAt, statusUpdatedAt, ...extras } = contact;
	const inbound = messages.filter((m) => m.direction.toLowerCase() === 'inbound');
	const removed = inbound
		.filter((m) => m.contentRemoved)
		.map((m) => m.contentRemoved?.reason ?? 'other');
	const item: NormalisedConversation = {
		id,
		channel: channelType,
		subject: messages.find((m) => m.title !== '')?.title ?? '',
		body: inbound
			.map(messageText)
			.filter((t) => t !== '')
			.join('\n\n'),
		createdTimestamp: createdAt,
		updatedTimestamp: statusUpdatedAt ?? createdAt,
		createdAt,
		...extras,
	};
	if (removed.length) item.contentRemoved = removed;
	if (includeRaw) item.raw = { contact, messages };
	return item;
}
