/** Base URLs the package may send credentials to: https, or plain http to a loopback host. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

const isLoopback = (hostname: string) =>
	LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);

/** Why a base URL is unusable, or undefined: https everywhere, except loopback hosts (the sandbox). */
export function baseUrlProblem(value: string): string | undefined {
	const text = typeof value === 'string' ? value.trim() : '';
	if (URL.canParse(text)) {
		const url = new URL(text);
		// Paths are appended to a base: a query or fragment would end up in the middle of every URL.
		if (url.search || url.hash || text.endsWith('?') || text.endsWith('#')) {
			return `"${url.origin}${url.pathname}" must not have a query (?) or fragment (#); enter the base address only.`;
		}
	}
	return endpointUrlProblem(value);
}

/** Why a full request URL is unusable (as baseUrlProblem, but a query is allowed). */
export function endpointUrlProblem(value: string): string | undefined {
	if (typeof value !== 'string') return `${typeof value} is not a URL.`;
	if (!URL.canParse(value.trim())) {
		return `"${value}" is not a URL. Enter a full URL such as https://na1.api.nicecxone.com.`;
	}
	const url = new URL(value.trim());
	const loopback = isLoopback(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
		return `"${url.origin === 'null' ? value : url.origin}" must use https (plain http is accepted only for a loopback sandbox).`;
	}
	if (url.username || url.password) {
		return "do not put credentials in the URL; use the credential's own fields.";
	}
	if (url.hash || value.trim().endsWith('#')) {
		return `"${url.origin}${url.pathname}" must not have a fragment (#).`;
	}
	return undefined;
}

/**
 * Why a request must not carry a credential whose base URL is `base`, or undefined: the base must
 * pass baseUrlProblem, and the request (an absolute URL, or a path under `requestBase`) must be
 * https (http only on loopback) and on the base's origin.
 */
export function credentialRequestProblem(
	base: string,
	request: { url?: unknown; baseURL?: unknown },
): string | undefined {
	const baseProblem = baseUrlProblem(base);
	if (baseProblem) return `Base URL: ${baseProblem}`;
	const url = typeof request.url === 'string' ? request.url.trim() : '';
	const requestBase = typeof request.baseURL === 'string' ? request.baseURL.trim() : '';
	let target: string;
	if (URL.canParse(url)) target = url;
	else if (requestBase && URL.canParse(requestBase)) {
		target = `${requestBase.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
	} else return undefined;
	const problem = endpointUrlProblem(target);
	if (problem) return problem;
	const origin = new URL(target).origin;
	const allowed = new URL(base.trim()).origin;
	if (origin !== allowed) {
		return `the request goes to ${origin}, not to the credential's Base URL (${allowed}); the credential is sent to its own origin only.`;
	}
	return undefined;
}

/** A URL that baseUrlProblem accepted, without a trailing slash. */
export function normalisedBaseUrl(value: string): string {
	return new URL(value.trim()).toString().replace(/\/+$/, '');
}

/** Returns the URL without a trailing slash, or throws an error naming the field. */
export function checkBaseUrl(field: string, value: string): string {
	const problem = baseUrlProblem(value);
	if (problem) throw new Error(`${field}: ${problem}`);
	return normalisedBaseUrl(value);
}
