/**
 * One retry policy for every HTTP call: explicit retryable statuses, Retry-After honoured (seconds
 * or HTTP date), otherwise exponential backoff with full jitter, all inside a total wait budget.
 */
import { ApiCallError } from './errors';
import type { RequestStats } from './metrics';
import {
	describeTransportCode,
	transportFailureText,
	type TransportProblem,
} from './transportErrors';

export interface HttpResult {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

export interface RetryPolicy {
	retryableStatuses: ReadonlySet<number>;
	/** Total time the policy may spend waiting between attempts. */
	maxWaitMs: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** Hard stop on attempts, whatever the budget says. */
	maxAttempts: number;
	random?: () => number;
	now?: () => number;
}

export type Sleep = (ms: number) => Promise<void>;

/** Statuses the CXone APIs document as transient. Other 4xx are final. */
export const CXONE_RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Error code for a 2xx answer whose body is not valid JSON (truncated in transit). */
export const MALFORMED_RESPONSE = 'ERR_MALFORMED_RESPONSE';

const TRANSIENT_NETWORK_CODES = new Set([
	MALFORMED_RESPONSE,
	'ECONNRESET',
	'ECONNREFUSED',
	'ECONNABORTED',
	'ETIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'ENETUNREACH',
	'EHOSTUNREACH',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

export function defaultRetryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
	return {
		retryableStatuses: CXONE_RETRYABLE_STATUSES,
		maxWaitMs: 300_000,
		baseDelayMs: 500,
		maxDelayMs: 30_000,
		maxAttempts: 50,
		...overrides,
	};
}

/**
 * Retry-After as milliseconds from now, or undefined when absent or unreadable. RFC 9110 allows
 * delay-seconds or an HTTP date; a date in the past means "now".
 */
export function parseRetryAfter(value: unknown, nowMs: number): number | undefined {
	const raw = Array.isArray(value) ? value[0] : value;
	if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) return raw * 1000;
	if (typeof raw !== 'string') return undefined;
	const text = raw.trim();
	if (text === '') return undefined;
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	// Only an HTTP date (it has a weekday or month name): Date.parse reads "-5" as a year.
	if (!/[a-z]/i.test(text)) return undefined;
	const at = Date.parse(text);
	if (Number.isNaN(at)) return undefined;
	return Math.max(0, at - nowMs);
}

/** Full jitter: a uniform wait in [0, min(maxDelay, base * 2^attempt)). */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
	const random = policy.random ?? Math.random;
	const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt));
	return Math.floor(random() * cap);
}

export function networkErrorCode(error: unknown): string | undefined {
	if (typeof error !== 'object' || error === null) return undefined;
	const record = error as { code?: unknown; cause?: unknown; message?: unknown };
	if (typeof record.code === 'string' && TRANSIENT_NETWORK_CODES.has(record.code))
		return record.code;
	if (typeof record.message === 'string' && /socket hang up|ECONNRESET/i.test(record.message)) {
		return 'ECONNRESET';
	}
	if (record.cause && record.cause !== error) return networkErrorCode(record.cause);
	return undefined;
}

function header(headers: Record<string, unknown>, name: string): unknown {
	if (name in headers) return headers[name];
	const lower = name.toLowerCase();
	for (const key of Object.keys(headers)) if (key.toLowerCase() === lower) return headers[key];
	return undefined;
}

export interface RetryContext {
	/** Describes the call in errors, e.g. "GET /api/v2/conversations". */
	label: string;
	/** Called when the budget runs out, to say how much was already done. */
	progress?: () => string;
}

/**
 * Runs `attempt` until it returns a non-retryable result. Network errors that are transient are
 * retried; any other thrown error propagates at once. Returns the last result, which the caller
 * inspects for 4xx. Throws ApiCallError when the budget or attempts run out.
 */
export async function withRetry(
	attempt: () => Promise<HttpResult>,
	policy: RetryPolicy,
	sleep: Sleep,
	stats: RequestStats,
	context: RetryContext,
): Promise<HttpResult> {
	const now = policy.now ?? Date.now;
	let waitedMs = 0;
	for (let attemptNo = 0; ; attemptNo++) {
		let result: HttpResult | undefined;
		let failure: string;
		let retryAfterMs: number | undefined;
		let networkFailure: TransportProblem | undefined;
		const started = now();
		const outcome = await attempt().then(
			(value) => ({ ok: true as const, value }),
			(error: unknown) => ({ ok: false as const, error }),
		);
		stats.recordLatency(now() - started);
		if (!outcome.ok) {
			const code = networkErrorCode(outcome.error);
			if (!code) throw outcome.error;
			networkFailure = code === MALFORMED_RESPONSE ? undefined : describeTransportCode(code);
			failure = networkFailure ? transportFailureText(networkFailure) : 'malformed JSON';
		} else {
			result = outcome.value;
			if (!policy.retryableStatuses.has(result.statusCode)) return result;
			failure = `HTTP ${result.statusCode}`;
			retryAfterMs = parseRetryAfter(header(result.headers, 'retry-after'), now());
		}
		const delay = retryAfterMs ?? backoffDelay(attemptNo, policy);
		const exhausted = attemptNo + 1 >= policy.maxAttempts;
		if (exhausted || waitedMs + delay > policy.maxWaitMs) {
			const done = context.progress ? ` ${context.progress()}` : '';
			throw new ApiCallError(
				`${context.label} still failing (${failure!}) after ${attemptNo + 1} attempts and ${Math.round(
					waitedMs / 1000,
				)} s of waiting${exhausted ? '' : `; the next wait (${Math.ceil(delay / 1000)} s) would exceed the wait budget`}.${done}`,
				{
					status: result?.statusCode,
					retryable: true,
					hint: networkFailure
						? `${networkFailure.check} (error code ${networkFailure.code})`
						: 'Raise "Rate Limit Wait Budget" in the node options, narrow the time range, or run again later.',
				},
			);
		}
		stats.retries++;
		if (result?.statusCode === 429) stats.throttledWaitMs += delay;
		waitedMs += delay;
		await sleep(delay);
	}
}
