/**
 * Secrets must never reach an output, an audit item, an error or a log. Every text that may carry
 * a remote answer or an exception goes through `redactSecrets` with the credential's secret values.
 *
 * An API may echo a secret in any of the forms it travelled in, or re-encode it on the way back:
 * percent-encoded (two flavours: encodeURIComponent and form bodies), JSON-escaped (quotes,
 * backslashes, non-ASCII as \uXXXX), base64 of "id:secret" (Basic auth without its scheme), or with
 * its whitespace collapsed. `collectSecrets` lists each secret in all of those forms. A token
 * fetched during the run may be echoed before anyone could list it, so JWT-shaped strings are
 * redacted whether listed or not.
 */

const MIN_SECRET_LENGTH = 4;
const BEARER_PATTERN = /(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
/**
 * A JWT: a base64url JSON header (always "eyJ", from `{"`) and two more segments, or any three
 * long base64url segments (host names and version numbers have short segments).
 */
const JWT_PATTERN =
	/\beyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*|(?<![A-Za-z0-9_.-])[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g;
const REDACTED = '[redacted]';

/** A body is summarised from at most this much of its text, and its JSON at most this long. */
const MAX_SCANNED_CHARS = 64 * 1024;
const MAX_SUMMARY_JSON_CHARS = 2_000;
const MAX_SUMMARY_DEPTH = 20;

const formEncode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
/** RFC 3986 strict: also encodes !'()* (some clients do). */
const strictEncode = (value: string) =>
	encodeURIComponent(value).replace(
		/[!'()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
	);
const lowerHex = (value: string) => value.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
const jsonEscape = (value: string) => JSON.stringify(value).slice(1, -1);
/** JSON with everything outside printable ASCII as \uXXXX (Python's default, for one). */
const asciiJsonEscape = (escaped: string, upper: boolean) =>
	escaped.replace(/[\u007f-\uffff]/g, (c) => {
		const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
		return `\\u${upper ? hex.toUpperCase() : hex}`;
	});
const base64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');
const base64Url = (value: string) => Buffer.from(value, 'utf8').toString('base64url');

function secretForms(value: string): string[] {
	const forms = [value, value.replace(/\s+/g, ' '), value.replace(/\s+/g, ' ').trim()];
	for (const encoded of [encodeURIComponent(value), formEncode(value), strictEncode(value)]) {
		forms.push(encoded, lowerHex(encoded));
	}
	const json = jsonEscape(value);
	forms.push(
		json,
		asciiJsonEscape(json, false),
		asciiJsonEscape(json, true),
		json.replace(/\//g, '\\/'),
		// A JSON body quoted again inside another JSON string (an error wrapping an error).
		jsonEscape(json),
		base64(value),
		base64Url(value),
	);
	return forms;
}

/** base64("id:secret") as Basic auth sends it, with and without form-encoding the parts. */
function basicPairForms(id: string, secret: string): string[] {
	const pairs = [`${id}:${secret}`, `${formEncode(id)}:${formEncode(secret)}`];
	// base64 keeps its padding and is longer than the unpadded base64url: listed longest first, the
	// padded form is redacted whole, leaving no "=" behind.
	return pairs.flatMap((pair) => [base64(pair), base64Url(pair)]);
}

const byLengthDescending = (a: string, b: string) => b.length - a.length;

function addForms(
	into: Set<string>,
	values: Iterable<unknown>,
	basicPairs: Iterable<readonly [unknown, unknown]>,
) {
	const add = (form: string) => {
		if (form.length >= MIN_SECRET_LENGTH) into.add(form);
	};
	for (const value of values) {
		if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) continue;
		for (const form of secretForms(value)) add(form);
	}
	for (const [id, secret] of basicPairs) {
		if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) continue;
		for (const form of basicPairForms(typeof id === 'string' ? id : '', secret)) add(form);
	}
}

/**
 * Every form of the given secrets, longest first. `basicPairs` are [id, secret] pairs sent as
 * Basic auth, whose base64 is a secret of its own.
 */
export function collectSecrets(
	values: Array<unknown>,
	basicPairs: Array<readonly [unknown, unknown]> = [],
): string[] {
	const secrets = new Set<string>();
	addForms(secrets, values, basicPairs);
	return [...secrets].sort(byLengthDescending);
}

/**
 * Adds secrets learnt during the run (a token fetched after the list was built) to a list in
 * place, so every holder of the list redacts them from then on.
 */
export function learnSecrets(
	secrets: string[],
	values: Array<unknown>,
	basicPairs: Array<readonly [unknown, unknown]> = [],
): string[] {
	const all = new Set(secrets);
	const before = all.size;
	addForms(all, values, basicPairs);
	if (all.size === before) return secrets;
	secrets.length = 0;
	for (const secret of [...all].sort(byLengthDescending)) secrets.push(secret);
	return secrets;
}

export function redactSecrets(text: string, secrets: readonly string[]): string {
	let out = text.replace(BEARER_PATTERN, `$1 ${REDACTED}`).replace(JWT_PATTERN, REDACTED);
	for (const secret of secrets) {
		if (secret.length >= MIN_SECRET_LENGTH && out.includes(secret)) {
			out = out.split(secret).join(REDACTED);
		}
	}
	return out;
}

/**
 * A text cut short may end with the start of a secret (the rest fell past the cut, so the secret
 * as a whole never matched): that start is redacted too.
 */
function redactCutSecret(text: string, secrets: readonly string[]): string {
	for (const secret of secrets) {
		for (let k = Math.min(secret.length - 1, text.length); k >= MIN_SECRET_LENGTH - 1; k--) {
			if (text.endsWith(secret.slice(0, k))) return `${text.slice(0, text.length - k)}${REDACTED}`;
		}
	}
	return text;
}

function cut(text: string, maxLength: number, secrets: readonly string[]): string {
	if (text.length <= maxLength) return text;
	return `${redactCutSecret(text.slice(0, maxLength), secrets)}…`;
}

export interface BoundedJsonOptions {
	/** Containers deeper than this are written as "…". */
	maxDepth?: number;
	/** The text stops growing past this many characters and ends with "…". */
	maxChars?: number;
}

/**
 * JSON.stringify bounded in depth and size: a body nested 10,000 levels deep (or cyclic) from a
 * remote API would overflow the stack of the real one, and a huge one would be serialised whole
 * only to be cut to a few hundred characters.
 */
export function boundedJson(value: unknown, options: BoundedJsonOptions = {}): string {
	const maxDepth = options.maxDepth ?? MAX_SUMMARY_DEPTH;
	const maxChars = options.maxChars ?? MAX_SUMMARY_JSON_CHARS;
	let out = '';
	const full = () => out.length >= maxChars;
	const write = (item: unknown, depth: number): void => {
		if (typeof item === 'string') {
			const room = Math.max(0, maxChars - out.length);
			out += JSON.stringify(item.length > room ? item.slice(0, room) : item);
		} else if (typeof item === 'number') out += Number.isFinite(item) ? String(item) : 'null';
		else if (typeof item === 'boolean' || typeof item === 'bigint') out += String(item);
		else if (item === null || typeof item !== 'object') out += 'null';
		else if (depth >= maxDepth) out += '"…"';
		else if (Array.isArray(item)) {
			out += '[';
			for (let i = 0; i < item.length && !full(); i++) {
				if (i) out += ',';
				write(item[i], depth + 1);
			}
			out += ']';
		} else {
			out += '{';
			let first = true;
			for (const key of Object.keys(item)) {
				if (full()) break;
				const field = (item as Record<string, unknown>)[key];
				if (field === undefined || typeof field === 'function' || typeof field === 'symbol')
					continue;
				out += `${first ? '' : ','}${JSON.stringify(key)}:`;
				first = false;
				write(field, depth + 1);
			}
			out += '}';
		}
	};
	write(value, 0);
	return out.length > maxChars ? `${out.slice(0, maxChars)}…` : out;
}

/**
 * What an API error body says, in words. DFO 3.0 answers `{errors: [{message, field?, errorCode?}],
 * uid?}` (uid identifies the request for NICE support) and, for authentication,
 * `{error, errorDescription}`; OAuth token endpoints `{error, error_description}`; others a
 * `message` (or `{error: {message}}`). The description is preferred to the bare code. Undefined
 * when the body has none.
 */
function messageOf(body: unknown): string | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const record = body as Record<string, unknown>;
	const uid = typeof record.uid === 'string' && record.uid ? ` (request uid ${record.uid})` : '';
	if (typeof record.message === 'string' && record.message.trim() !== '') {
		return `${record.message}${uid}`;
	}
	if (Array.isArray(record.errors)) {
		const messages = record.errors
			.map((entry) =>
				entry && typeof entry === 'object' ? (entry as { message?: unknown }).message : entry,
			)
			.filter((message): message is string => typeof message === 'string' && message !== '');
		if (messages.length) return `${messages.join('; ')}${uid}`;
	}
	for (const key of [
		'errorDescription',
		'error_description',
		'errorMessage',
		'error',
		'title',
		'detail',
	]) {
		const value = record[key];
		if (typeof value === 'string' && value.trim() !== '') return `${value}${uid}`;
	}
	// {"error": {"message": "..."}}
	const nested = record.error;
	if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
		const message = (nested as Record<string, unknown>).message;
		if (typeof message === 'string') return `${message}${uid}`;
	}
	return undefined;
}

function parseJsonText(text: string): unknown {
	const first = text.trimStart()[0];
	if (first !== '{' && first !== '[') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** Short, single-line, redacted excerpt of an API answer, fit for an error message. */
export function summariseBody(body: unknown, secrets: readonly string[], maxLength = 300): string {
	if (body === undefined || body === null || body === '') return '';
	let text: string;
	if (typeof body === 'string') {
		// Redacted as it came (whatever escaping the API used), before anything else is done.
		text = redactSecrets(cut(body, MAX_SCANNED_CHARS, secrets), secrets);
		const message = body.length <= MAX_SCANNED_CHARS ? messageOf(parseJsonText(body)) : undefined;
		if (message !== undefined)
			text = redactSecrets(cut(message, MAX_SCANNED_CHARS, secrets), secrets);
	} else if (typeof body === 'object') {
		const message = messageOf(body);
		text =
			message !== undefined
				? cut(message, MAX_SCANNED_CHARS, secrets)
				: boundedJson(body, { maxChars: MAX_SUMMARY_JSON_CHARS });
		if (message === undefined && text.length > MAX_SUMMARY_JSON_CHARS)
			text = cut(text.slice(0, MAX_SUMMARY_JSON_CHARS + 1), MAX_SUMMARY_JSON_CHARS, secrets);
		text = redactSecrets(text, secrets);
	} else text = redactSecrets(String(body), secrets);
	// Secrets are redacted before whitespace is collapsed (a secret may hold repeated spaces), and
	// once more after, for a text whose whitespace was collapsed before it reached us.
	text = redactSecrets(text.replace(/\s+/g, ' ').trim(), secrets);
	return cut(text, maxLength, secrets);
}
