/**
 * The events the CXone Trigger watches, read from what "Get Conversations" fetches: the same
 * normalised item, one per event, with a `triggerEvent` block saying what happened, when, and the
 * key that names it (record and what changed) for the trigger's dedupe.
 */
import { dfoMessageText, dfoMessageTime, isCustomerMessage } from './dfo';
import type { NormalisedConversation } from './normalise';
import type { PollCandidate } from './pollState';
import type { DfoMessage } from './schemas';

export const TRIGGER_EVENTS = ['newConversation', 'newInboundMessage', 'statusChanged'] as const;
export type TriggerEventType = (typeof TRIGGER_EVENTS)[number];

/** Events that need the Digital Engagement (DFO) API: v2 has no messages or statuses. */
export const DFO_ONLY_EVENTS: readonly TriggerEventType[] = ['newInboundMessage', 'statusChanged'];

export interface TriggerEventInfo {
	type: TriggerEventType;
	key: string;
	/** When it happened (ISO 8601). */
	at: string;
	status?: string;
	statusUpdatedAt?: string;
	messageId?: string;
	messageText?: string;
}

export interface TriggerCandidate extends PollCandidate {
	item: NormalisedConversation & { triggerEvent: TriggerEventInfo };
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The events of one fetched conversation. `messages` are the contact's messages (DFO), needed for
 * New Inbound Message only. The item is shared, not copied, between a conversation's events
 * except for `triggerEvent`.
 */
export function conversationEvents(
	item: NormalisedConversation,
	type: TriggerEventType,
	messages: readonly DfoMessage[] = [],
): TriggerCandidate[] {
	const created = Date.parse(item.createdTimestamp);
	if (type === 'newConversation') {
		const key = `conversation:${item.id}`;
		const triggerEvent: TriggerEventInfo = { type, key, at: item.createdTimestamp };
		return [{ key, atMs: created, item: { ...item, triggerEvent } }];
	}
	if (type === 'statusChanged') {
		// DFO's updatedTimestamp is statusUpdatedAt (else createdAt): a contact whose status never
		// moved since creation has no change to report.
		const updated = Date.parse(item.updatedTimestamp);
		if (!Number.isFinite(updated) || !(updated > created)) return [];
		const status = typeof item.status === 'string' ? item.status : '';
		const key = `status:${item.id}:${status}:${updated}`;
		const triggerEvent: TriggerEventInfo = {
			type,
			key,
			at: item.updatedTimestamp,
			status,
			statusUpdatedAt: item.updatedTimestamp,
		};
		return [{ key, atMs: updated, item: { ...item, triggerEvent } }];
	}
	const events: TriggerCandidate[] = [];
	messages.forEach((message, index) => {
		if (!isCustomerMessage(message)) return;
		const at = dfoMessageTime(message);
		// A message without an id is named by its time and position, stable between polls.
		const messageId = message.id ?? `${Number.isFinite(at) ? at : 'na'}#${index}`;
		const key = `message:${item.id}:${messageId}`;
		const triggerEvent: TriggerEventInfo = {
			type,
			key,
			at: Number.isFinite(at) ? iso(at) : '',
			messageId,
			messageText: dfoMessageText(message),
		};
		events.push({ key, atMs: at, item: { ...item, triggerEvent } });
	});
	return events;
}
