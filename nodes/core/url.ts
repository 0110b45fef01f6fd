/** Base URLs the package may send credentials to: https, or plain http to a loopback host. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Why a base URL is unusable, or undefined: https everywhere, except loopback hosts (the sandbox). */
export function baseUrlProblem(value: string): string | undefined {
	if (!URL.canParse(value.trim())) {
		return `"${value}" is not a URL. Enter a full URL such as https://na1.api.nicecxone.com.`;
	}
	const url = new URL(value.trim());
	const loopback = LOOPBACK_HOSTS.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
		return `"${url.origin === 'null' ? value : url.origin}" must use https (plain http is accepted only for a loopback sandbox).`;
	}
	if (url.username || url.password) {
		return "do not put credentials in the URL; use the credential's own fields.";
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
