/**
 * Secrets must never reach an output, an audit item, an error or a log. Every text that may carry
 * a remote answer or an exception goes through `redactSecrets` with the credential's secret values.
 */

const MIN_SECRET_LENGTH = 4;
const BEARER_PATTERN = /(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi;

export function collectSecrets(values: Array<unknown>): string[] {
	const secrets = new Set<string>();
	for (const value of values) {
		if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) continue;
		secrets.add(value);
		// A secret can travel URL-encoded (form bodies) or base64-encoded (Basic auth).
		secrets.add(encodeURIComponent(value));
	}
	return [...secrets].sort((a, b) => b.length - a.length);
}

export function redactSecrets(text: string, secrets: readonly string[]): string {
	let out = text.replace(BEARER_PATTERN, '$1 [redacted]');
	for (const secret of secrets) {
		if (secret.length >= MIN_SECRET_LENGTH && out.includes(secret)) {
			out = out.split(secret).join('[redacted]');
		}
	}
	return out;
}

/**
 * What an API error body says, in words. DFO 3.0 answers `{errors: [{message, field?, errorCode?}],
 * uid?}` (uid identifies the request for NICE support) and, for authentication,
 * `{error, errorDescription}`; OAuth token endpoints `{error, error_description}`; others a
 * `message`. The description is preferred to the bare code. Undefined when the body has none.
 */
function errorWords(record: Record<string, unknown>): string | undefined {
	const uid = typeof record.uid === 'string' && record.uid ? ` (request uid ${record.uid})` : '';
	if (typeof record.message === 'string') return `${record.message}${uid}`;
	if (Array.isArray(record.errors)) {
		const messages = record.errors
			.map((entry) =>
				entry && typeof entry === 'object' ? (entry as { message?: unknown }).message : entry,
			)
			.filter((message): message is string => typeof message === 'string' && message !== '');
		if (messages.length) return `${messages.join('; ')}${uid}`;
	}
	const message =
		record.errorDescription ??
		record.error_description ??
		record.errorMessage ??
		record.error ??
		record.title;
	return typeof message === 'string' ? `${message}${uid}` : undefined;
}

function parseObject(text: string): object | undefined {
	try {
		const value: unknown = JSON.parse(text);
		return value && typeof value === 'object' ? value : undefined;
	} catch {
		return undefined;
	}
}

/** Short, single-line, redacted excerpt of an API answer, fit for an error message. */
export function summariseBody(body: unknown, secrets: readonly string[], maxLength = 300): string {
	let text: string;
	if (body === undefined || body === null || body === '') return '';
	// Error bodies often arrive unparsed (the request asked for text): read JSON ones as objects.
	if (typeof body === 'string' && /^\s*\{/.test(body)) body = parseObject(body) ?? body;
	if (typeof body === 'string') text = body;
	else if (typeof body === 'object') {
		text = errorWords(body as Record<string, unknown>) ?? JSON.stringify(body);
	} else text = String(body);
	text = redactSecrets(text.replace(/\s+/g, ' ').trim(), secrets);
	return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}
