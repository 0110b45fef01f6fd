/**
 * How DFO 3.0 (Digital Engagement) records are read, following NICE's OpenAPI-derived types and its
 * agent SDK: the date-only search window, the many places a message keeps its text, HTML bodies,
 * and who wrote a message. Pure functions over plain data.
 */
import type { DfoMessage } from './schemas';

const DAY_MS = 86_400_000;

/**
 * The `date[from]` / `date[to]` values for a window. NICE's own code sends dates only and the
 * filter is on the creation date; inclusivity and time zone are undocumented, so the whole UTC days
 * that touch the window are asked for (both ends inclusive) and the caller filters by `createdAt`.
 */
export function dfoDateWindow(fromMs: number, toMs: number): { from: string; to: string } {
	const day = (ms: number) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
	return { from: day(fromMs), to: day(toMs) };
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '\u2013',
	mdash: '\u2014',
	hellip: '\u2026',
	lsquo: '\u2018',
	rsquo: '\u2019',
	ldquo: '\u201c',
	rdquo: '\u201d',
	euro: '\u20ac',
	copy: '\u00a9',
};

function decodeEntity(entity: string, body: string): string {
	if (body[0] === '#') {
		const code =
			body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
		return Number.isInteger(code) && code > 0 && code <= 0x10ffff
			? String.fromCodePoint(code)
			: entity;
	}
	return ENTITIES[body.toLowerCase()] ?? entity;
}

/**
 * `html` without the spans from each `open` match to the end of its `close` text (case-insensitive;
 * with `tag`, to the ">" after it, so "</script >" counts). Done with indexOf rather than a lazy
 * regex, which turns quadratic on a body full of openings that never close; an unclosed span runs
 * to the end of the text.
 */
function dropSpans(
	html: string,
	open: RegExp,
	close: (match: RegExpExecArray) => string,
	tag = false,
): string {
	const lower = html.toLowerCase();
	let out = '';
	let kept = 0;
	open.lastIndex = 0;
	for (let match = open.exec(html); match; match = open.exec(html)) {
		const ending = close(match);
		const found = lower.indexOf(ending, open.lastIndex);
		out += html.slice(kept, match.index);
		const after = found < 0 ? -1 : tag ? lower.indexOf('>', found) : found + ending.length - 1;
		kept = after < 0 ? html.length : after + 1;
		if (after < 0) break;
		open.lastIndex = kept;
	}
	return out + html.slice(kept);
}

/**
 * Plain text of an HTML message (e-mail-like channels), for reading and classifying: no markup,
 * comments, scripts or styles; line breaks where blocks and <br> were; entities decoded; runs of
 * spaces collapsed. Not a renderer: tables and lists come out as lines. Linear in the input: tag
 * patterns stop at the next "<".
 */
export function htmlToText(html: string): string {
	const withoutComments = dropSpans(html, /<!--/g, () => '-->');
	const withoutBlocks = dropSpans(
		withoutComments,
		/<(script|style|head|title)\b/gi,
		(match) => `</${match[1].toLowerCase()}`,
		true,
	);
	const text = withoutBlocks
		.replace(/<br\b[^<>]*>/gi, '\n')
		.replace(/<\/(p|div|h[1-6]|blockquote|pre|table|ul|ol)\s*>/gi, '\n\n')
		.replace(/<\/(li|tr)\s*>/gi, '\n')
		.replace(/<[^<>]*>/g, '')
		.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, decodeEntity)
		.replace(/\u00a0/g, ' ');
	return text
		.split('\n')
		.map((line) => line.replace(/[ \t\f\v\r]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

const HTML_DOCUMENT = /^\s*<(!doctype|html|body|div|p|table)\b/i;

function isHtml(message: DfoMessage, text: string): boolean {
	const format = message.contentFormat ?? message.messageContent?.contentFormat;
	if (typeof format === 'string') return format.toLowerCase() === 'html';
	// Some channels send HTML without saying so: only a document that starts with a block tag is
	// taken for HTML, so a chat message that merely mentions "<b>" stays as written.
	return HTML_DOCUMENT.test(text);
}

function rawText(message: DfoMessage): string {
	const content = message.messageContent;
	if (!content) return '';
	const payloadText = content.payload?.text;
	// TEXT messages per the spec; rich types (RICH_LINK, ADAPTIVE_CARD, ...) nest it as {content}.
	const fromPayload = typeof payloadText === 'string' ? payloadText : (payloadText?.content ?? '');
	// NICE's agent SDK reads messageContent.text; fallbackText is what every other type offers.
	for (const candidate of [fromPayload, content.text, content.fallbackText]) {
		if (typeof candidate === 'string' && candidate.trim() !== '') return candidate;
	}
	return '';
}

/** The readable text of a message; "" when its content was removed (GDPR, TTL) or it has none. */
export function dfoMessageText(message: DfoMessage): string {
	if (message.contentRemoved) return '';
	const text = rawText(message);
	return isHtml(message, text) ? htmlToText(text) : text.trim();
}

/**
 * Whether the customer wrote a message. An agent or bot author (`authorUser`, with `isBotUser` for
 * bots) outranks the direction, since automated messages may be recorded on the inbound side; then
 * a customer author (`authorEndUserIdentity`); then the direction alone.
 */
export function isCustomerMessage(message: DfoMessage): boolean {
	if (message.authorUser) return false;
	if (message.authorEndUserIdentity) return true;
	return (message.direction ?? '').toLowerCase() === 'inbound';
}

/** Milliseconds since the epoch, the millisecond form first; NaN when the message has no time. */
export function dfoMessageTime(message: DfoMessage): number {
	for (const value of [message.createdAtWithMilliseconds, message.createdAt]) {
		if (typeof value === 'string') {
			const at = Date.parse(value);
			if (!Number.isNaN(at)) return at;
		}
	}
	return NaN;
}

/**
 * Messages by time: the API documents no order. Stable, so messages with the same time (or none)
 * keep the order the API gave; messages without a time go last.
 */
export function orderDfoMessages<T extends DfoMessage>(messages: readonly T[]): T[] {
	return messages
		.map((message, index) => ({ message, index, at: dfoMessageTime(message) }))
		.sort((a, b) => {
			const aMissing = Number.isNaN(a.at);
			const bMissing = Number.isNaN(b.at);
			if (aMissing !== bMissing) return aMissing ? 1 : -1;
			return (aMissing ? 0 : a.at - b.at) || a.index - b.index;
		})
		.map((entry) => entry.message);
}

/** CXone's own sentiment label, lower-case, or undefined. */
export function dfoSentiment(message: DfoMessage): string | undefined {
	const value = message.sentiment;
	return typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : undefined;
}
