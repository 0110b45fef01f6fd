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
	/** Total time the policy may spend waiting between attempts (the run's, when `budget` is set). */
	maxWaitMs: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** Hard stop on attempts, whatever the budget says. */
	maxAttempts: number;
	/** Retries of an answer that is not valid JSON: a truncated body rarely heals by waiting. */
	maxMalformedRetries?: number;
	/**
	 * The run's wait budget, shared by every request of the run. Without it each call gets a
	 * budget of its own of `maxWaitMs`.
	 */
	budget?: WaitBudget;
	random?: () => number;
	now?: () => number;
}

/** The longest wait a timer takes (a larger one fires at once in Node). */
export const MAX_TIMER_MS = 2 ** 31 - 1;
/** "Retry-After: 0" (or a date in the past) still waits this long: an instant retry is a hammer. */
export const MIN_RETRY_AFTER_MS = 250;
const DEFAULT_MALFORMED_RETRIES = 2;

/**
 * One wait budget for a whole run, as the node option promises: every request of the run takes
 * its waits from it, so six throttled pages with a 1 s budget wait 1 s in all, not 6 s. Waits of
 * requests in flight at once are all counted, so the budget is never exceeded in wall time either.
 */
export class WaitBudget {
	private spent = 0;

	constructor(readonly totalMs: number) {}

	get spentMs(): number {
		return this.spent;
	}

	get remainingMs(): number {
		return Math.max(0, this.totalMs - this.spent);
	}

	/** Takes `ms` when it fits in what is left; otherwise takes nothing and returns false. */
	take(ms: number): boolean {
		if (!(ms <= this.remainingMs)) return false;
		this.spent += ms;
		return true;
	}
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
		maxMalformedRetries: DEFAULT_MALFORMED_RETRIES,
		...overrides,
	};
}

/**
 * Retry-After as milliseconds from now, or undefined when absent or unreadable. RFC 9110 allows
 * delay-seconds or an HTTP date; a date in the past means "now".
 */
export function parseRetryAfter(value: unknown, nowMs: number): number | undefined {
	const raw = Array.isArray(value) ? value[0] : value;
	if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) return clampMs(raw * 1000);
	if (typeof raw !== 'string') return undefined;
	const text = raw.trim();
	if (text === '') return undefined;
	if (/^\d+(\.\d+)?$/.test(text)) return clampMs(Math.round(Number(text) * 1000));
	// Only an HTTP date (it has a weekday or month name): Date.parse reads "-5" as a year.
	if (!/[a-z]/i.test(text)) return undefined;
	const at = Date.parse(text);
	if (Number.isNaN(at)) return undefined;
	return Math.max(0, at - nowMs);
}

/** A wait of "99999999999" seconds (or 400 digits) stays a finite, exact integer. */
const clampMs = (ms: number) => (ms > Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : ms);

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** A duration for an operator: "250 ms", "4 s", "5 minutes", "24 h", "1,157,407 days". */
export function formatDuration(ms: number): string {
	if (ms < 1000) return `${Math.round(ms)} ms`;
	const seconds = Math.round(ms / 1000);
	if (seconds < 120) return `${seconds} s`;
	const minutes = Math.round(ms / 60_000);
	if (minutes < 120) return plural(minutes, 'minute');
	const hours = Math.round(ms / 3_600_000);
	if (hours < 48) return `${hours} h`;
	return `${Math.round(ms / 86_400_000).toLocaleString('en-US')} days`;
}

/** "5-minute", "300-second": the budget as an adjective. */
function budgetName(ms: number): string {
	if (ms % 60_000 === 0 && ms >= 60_000) return `${ms / 60_000}-minute`;
	return `${Math.round(ms / 1000)}-second`;
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
	/** Quotes the API's own message of a failed answer (redacted), for the error. */
	quote?: (body: unknown) => string;
}

/**
 * Runs `attempt` until it returns a non-retryable result. Network errors that are transient are
 * retried; any other thrown error propagates at once. Returns the last result, which the caller
 * inspects for 4xx. Throws ApiCallError when the budget or attempts run out, or when the API
 * keeps answering malformed JSON.
 */
export async function withRetry(
	attempt: () => Promise<HttpResult>,
	policy: RetryPolicy,
	sleep: Sleep,
	stats: RequestStats,
	context: RetryContext,
): Promise<HttpResult> {
	const now = policy.now ?? Date.now;
	const budget = policy.budget ?? new WaitBudget(policy.maxWaitMs);
	const maxMalformed = policy.maxMalformedRetries ?? DEFAULT_MALFORMED_RETRIES;
	let waitedMs = 0;
	let malformedAnswers = 0;
	for (let attemptNo = 0; ; attemptNo++) {
		let result: HttpResult | undefined;
		let failure: string;
		let retryAfterMs: number | undefined;
		let said = '';
		let networkFailure: TransportProblem | undefined;
		const started = now();
		const outcome = await attempt().then(
			(value) => ({ ok: true as const, value }),
			(error: unknown) => ({ ok: false as const, error }),
		);
		stats.recordLatency(now() - started);
		const attempts = plural(attemptNo + 1, 'attempt');
		const done = () => (context.progress ? ` ${context.progress()}` : '');
		if (!outcome.ok) {
			const code = networkErrorCode(outcome.error);
			if (!code) throw outcome.error;
			if (code === MALFORMED_RESPONSE && ++malformedAnswers > maxMalformed) {
				throw new ApiCallError(
					`${context.label} returned malformed data (a body that is not valid JSON, cut short or garbled) ${malformedAnswers === 1 ? 'once' : `${malformedAnswers} times in a row`}; it was not used.${done()}`,
					{
						retryable: true,
						hint: 'This is a fault of the API or of a proxy between it and n8n, not of your settings. Run again later; if it persists, report it to the API provider.',
					},
				);
			}
			networkFailure = code === MALFORMED_RESPONSE ? undefined : describeTransportCode(code);
			failure = networkFailure ? transportFailureText(networkFailure) : 'malformed JSON';
		} else {
			result = outcome.value;
			if (!policy.retryableStatuses.has(result.statusCode)) return result;
			said = context.quote ? context.quote(result.body) : '';
			failure = `HTTP ${result.statusCode}`;
			retryAfterMs = parseRetryAfter(header(result.headers, 'retry-after'), now());
		}
		const delay =
			retryAfterMs === undefined
				? backoffDelay(attemptNo, policy)
				: Math.max(MIN_RETRY_AFTER_MS, retryAfterMs);
		const exhausted = attemptNo + 1 >= policy.maxAttempts;
		if (exhausted || !budget.take(delay)) {
			const waited = `${formatDuration(waitedMs)} of waiting`;
			const budgetText = `this run's ${budgetName(budget.totalMs)} wait budget`;
			let why = '';
			let hint =
				'Raise "Rate Limit Wait Budget" in the node options, narrow the time range, or run again later.';
			if (!exhausted && retryAfterMs !== undefined && delay > budget.totalMs) {
				// No budget would have helped this run: the API asked for more than all of it.
				why = `; the API asked to wait ${formatDuration(delay)}, beyond ${budgetText}`;
				hint = `The API is throttling this client for ${formatDuration(delay)}. Run again after that${delay <= 86_400_000 ? ', or raise "Rate Limit Wait Budget" above it' : ''}.`;
			} else if (!exhausted) {
				why = `; the next wait (${formatDuration(delay)}${retryAfterMs === undefined ? '' : ', as the API asked'}) would exceed what is left of ${budgetText} (${formatDuration(budget.remainingMs)})`;
			}
			throw new ApiCallError(
				`${context.label} still failing (${failure!}) after ${attempts} and ${waited}${why}.${said ? ` The API said: "${said}".` : ''}${done()}`,
				{
					status: result?.statusCode,
					retryable: true,
					// In words with the code last: n8n replaces a message holding a bare code with its own.
					hint: networkFailure ? `${networkFailure.check} (error code ${networkFailure.code})` : hint,
				},
			);
		}
		stats.retries++;
		if (result?.statusCode === 429) stats.throttledWaitMs += delay;
		waitedMs += delay;
		await sleep(Math.min(delay, MAX_TIMER_MS));
	}
}

/**
 * A backoff wait taken from the run's wait budget, for asking again when the API answered well
 * but said nothing new (an empty page that hands back the cursor it was sent). Throws ApiCallError
 * once the budget is spent.
 */
export function budgetedBackoff(
	policy: RetryPolicy,
	sleep: Sleep,
	stats: RequestStats,
	context: RetryContext,
): (retry: number) => Promise<void> {
	const budget = policy.budget ?? new WaitBudget(policy.maxWaitMs);
	return async (retry) => {
		const delay = Math.max(MIN_RETRY_AFTER_MS, backoffDelay(retry, policy));
		if (!budget.take(delay)) {
			const done = context.progress ? ` ${context.progress()}` : '';
			throw new ApiCallError(
				`${context.label} kept answering an empty page that handed back the cursor it was sent; asking again would exceed what is left of this run's ${budgetName(budget.totalMs)} wait budget (${formatDuration(budget.remainingMs)}).${done}`,
				{
					retryable: true,
					hint: 'The API is not ready to answer this query. Run again later, or raise "Rate Limit Wait Budget" in the node options.',
				},
			);
		}
		stats.retries++;
		await sleep(Math.min(delay, MAX_TIMER_MS));
	};
}
