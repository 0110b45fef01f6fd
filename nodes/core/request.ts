/**
 * The request policy every HTTP call of the package follows (both nodes and the credential):
 * a timeout, no redirects (a redirect would carry the credential to wherever it points, so it is
 * reported instead of followed), and the one retry engine of retry.ts. The caller injects the
 * function that sends a request (n8n's helpers), so the policy is tested without n8n.
 */
import { ApiCallError } from './errors';
import type { RequestStats } from './metrics';
import { redactSecrets, summariseBody } from './redact';
import { withRetry, type HttpResult, type RetryPolicy, type Sleep } from './retry';

export const REQUEST_TIMEOUT_MS = 60_000;

/** The options every request carries, in n8n's IHttpRequestOptions terms. */
export const REQUEST_POLICY_OPTIONS = {
	// n8n's request helper follows redirects unless told not to, credentials included.
	disableFollowRedirect: true,
} as const;

const header = (headers: Record<string, unknown> | undefined, name: string): unknown => {
	if (!headers) return undefined;
	for (const key of Object.keys(headers)) if (key.toLowerCase() === name) return headers[key];
	return undefined;
};

/** The error for a 3xx answer: where it pointed (origin only) and why it was not followed. */
export function redirectError(
	label: string,
	result: HttpResult,
	secrets: readonly string[],
): ApiCallError | undefined {
	const status = result.statusCode;
	if (!(status >= 300 && status < 400) || status === 304) {
		return undefined;
	}
	const location = header(result.headers, 'location');
	let where = 'another address';
	if (typeof location === 'string' && URL.canParse(location)) where = new URL(location).origin;
	else if (typeof location === 'string' && location.startsWith('/')) where = 'another path';
	return new ApiCallError(
		redactSecrets(
			`${label} answered with a redirect (HTTP ${result.statusCode}) to ${where}; it was not followed, so the credential stayed where it was.`,
			secrets,
		),
		{
			status: result.statusCode,
			hint: 'Use the final address in the credential or node (check the environment or base URL, https and the path); requests are never redirected with credentials.',
		},
	);
}

export interface PolicyContext {
	label: string;
	policy: RetryPolicy;
	sleep: Sleep;
	stats: RequestStats;
	secrets: readonly string[];
	progress?: () => string;
}

/**
 * Sends with retries under the policy; returns the final answer (2xx or a final 4xx/5xx for the
 * caller to judge). A redirect is an error, never followed.
 */
export async function sendWithPolicy(
	send: () => Promise<HttpResult>,
	context: PolicyContext,
): Promise<HttpResult> {
	const result = await withRetry(send, context.policy, context.sleep, context.stats, {
		label: context.label,
		progress: context.progress,
		// A retry that runs out quotes what the API said last, redacted and short.
		quote: (body) => summariseBody(body, context.secrets, 160),
	});
	const redirect = redirectError(context.label, result, context.secrets);
	if (redirect) throw redirect;
	return result;
}
