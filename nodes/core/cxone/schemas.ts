/**
 * Response contracts of both CXone APIs (v2 and dfo), checked with zod. Envelopes are checked as a whole;
 * records one by one, so a single bad record can be rejected with its reason instead of failing a
 * page silently.
 */
import { z } from 'zod/v4';

import { RecordSchemaError } from '../errors';

// RFC 3339 date-time (a regex check: about twice as fast per record as a refine with Date.parse,
// and stricter: Date.parse also takes forms such as "Oct 26 2026").
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;
const isoDate = z.string().regex(RFC3339, 'is not an RFC 3339 date');
const text = z
	.string()
	.nullish()
	.transform((v) => v ?? '');
/** Text that may be null or missing, left as it is (the normaliser turns it into ""). */
const optionalText = z.string().nullish();
const id = z.union([z.string().min(1), z.number()]).transform(String);

export const v2PageSchema = z.object({
	nextPageToken: z.string().nullish(),
	data: z.array(z.unknown()),
});

// No transforms in the per-record schema of the hot path: a transform costs about a microsecond
// per field and record; normaliseV2 does the null-to-"" step instead.
export const v2RecordSchema = z.looseObject({
	id: z.string().min(1),
	channel: z.string().min(1),
	subject: optionalText,
	body: optionalText,
	createdTimestamp: isoDate,
	updatedTimestamp: isoDate.nullish(),
});

export const dfoPageSchema = z.object({
	hits: z.number().nullish(),
	scrollToken: z.string().nullish(),
	data: z.array(z.unknown()),
});

/**
 * A contact (case). NICE's generated types show no `updatedAt` (the item's updatedTimestamp comes
 * from `statusUpdatedAt`), a `contactId` that may be null on old records, and times with an offset
 * (`+00:00`) rather than `Z`; everything beyond these fields passes through.
 */
export const dfoContactSchema = z.looseObject({
	id,
	channelId: z.string().min(1),
	createdAt: isoDate,
	statusUpdatedAt: isoDate.nullish(),
	status: z.string().nullish(),
});

// Text may sit in several places (see dfo.ts); each is optional and of a known type when present.
const messageContentSchema = z.looseObject({
	type: z.string().nullish(),
	contentFormat: z.string().nullish(),
	text: z.string().nullish(),
	fallbackText: z.string().nullish(),
	payload: z
		.looseObject({
			text: z.union([z.string(), z.looseObject({ content: z.string().nullish() })]).nullish(),
		})
		.nullish(),
});

export const dfoMessageSchema = z.looseObject({
	id: id.optional(),
	// Optional: the author fields say who wrote a message even where the direction is missing.
	direction: z.string().nullish(),
	title: text,
	createdAt: isoDate.nullish(),
	// Only used to order messages: read leniently, a time that does not parse is ignored.
	createdAtWithMilliseconds: z.string().nullish(),
	contentFormat: z.string().nullish(),
	messageContent: messageContentSchema.nullish(),
	hasAdditionalMessageContent: z.boolean().nullish(),
	authorEndUserIdentity: z.looseObject({}).nullish(),
	authorUser: z.looseObject({ isBotUser: z.boolean().nullish() }).nullish(),
	contentRemoved: z.looseObject({ reason: z.string().nullish() }).nullish(),
	sentiment: z.string().nullish(),
});

export const dfoMessagesSchema = z.object({
	hits: z.number().nullish(),
	data: z.array(z.unknown()),
});

const dfoChannelSchema = z.looseObject({
	id: z.string().min(1).nullish(),
	// NICE's agent SDK reads channelId and type; the spec names id and realExternalPlatformId.
	channelId: z.string().min(1).nullish(),
	name: z.string().nullish(),
	realExternalPlatformId: z.string().nullish(),
	type: z.string().nullish(),
});

/** /channels answers with a bare array per NICE's spec; the {data} envelope is accepted too. */
export const dfoChannelsSchema = z.union([
	z.array(dfoChannelSchema),
	z.object({ data: z.array(dfoChannelSchema), totalRecords: z.number().nullish() }),
]);

export type V2Record = z.infer<typeof v2RecordSchema>;
export type DfoContact = z.infer<typeof dfoContactSchema>;
export type DfoMessage = z.infer<typeof dfoMessageSchema>;

function describeId(record: unknown): string {
	if (record && typeof record === 'object' && 'id' in record) {
		const value = (record as { id: unknown }).id;
		if (typeof value === 'string' || typeof value === 'number')
			return `"${String(value).slice(0, 80)}"`;
	}
	return '(no id)';
}

export type RecordResult<T> = { ok: true; value: T } | { ok: false; error: RecordSchemaError };

/** Parses one record; a failure names the record and the first bad field. */
export function parseRecord<T extends z.ZodTypeAny>(
	schema: T,
	record: unknown,
	position: string,
): RecordResult<z.infer<T>> {
	const parsed = schema.safeParse(record);
	if (parsed.success) return { ok: true, value: parsed.data };
	const issue = parsed.error.issues[0];
	const field = issue.path.length ? issue.path.join('.') : '(record)';
	const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
	const problem = missing
		? 'is missing'
		: issue.message.startsWith('is ')
			? issue.message
			: `is invalid (${issue.message})`;
	return {
		ok: false,
		error: new RecordSchemaError(`${describeId(record)} at ${position}`, field, problem),
	};
}

/** Parses a response envelope; a broken one means the page cannot be trusted at all. */
export function parseEnvelope<T extends z.ZodTypeAny>(
	schema: T,
	body: unknown,
	what: string,
): z.infer<T> {
	const parsed = schema.safeParse(body);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	throw new RecordSchemaError(
		`the ${what} response`,
		issue.path.join('.') || '(body)',
		`is invalid (${issue.message})`,
	);
}
