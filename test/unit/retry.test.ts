import { ApiCallError } from '../../nodes/core/errors';
import { RequestStats } from '../../nodes/core/metrics';
import {
	backoffDelay,
	defaultRetryPolicy,
	networkErrorCode,
	parseRetryAfter,
	withRetry,
	type HttpResult,
} from '../../nodes/core/retry';

const NOW = Date.UTC(2026, 0, 15, 10, 0, 0);

describe('parseRetryAfter', () => {
	it('reads delay-seconds as milliseconds', () => {
		expect(parseRetryAfter('3', NOW)).toBe(3000);
		expect(parseRetryAfter('0', NOW)).toBe(0);
		expect(parseRetryAfter(['2'], NOW)).toBe(2000);
		expect(parseRetryAfter('1.5', NOW)).toBe(1500);
	});
	it('reads an HTTP date relative to now, and a past date as zero', () => {
		expect(parseRetryAfter(new Date(NOW + 7000).toUTCString(), NOW)).toBe(7000);
		expect(parseRetryAfter(new Date(NOW - 7000).toUTCString(), NOW)).toBe(0);
	});
	it('ignores absent or unreadable values', () => {
		expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
		expect(parseRetryAfter('', NOW)).toBeUndefined();
		expect(parseRetryAfter('soon', NOW)).toBeUndefined();
		expect(parseRetryAfter('-5', NOW)).toBeUndefined();
	});
});

describe('backoffDelay (full jitter)', () => {
	it('stays within [0, min(max, base * 2^attempt))', () => {
		const policy = defaultRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 });
		expect(backoffDelay(0, policy)).toBe(99);
		expect(backoffDelay(3, policy)).toBe(799);
		expect(backoffDelay(10, policy)).toBe(999);
		expect(backoffDelay(5, { ...policy, random: () => 0 })).toBe(0);
	});
});

describe('networkErrorCode', () => {
	it('finds transient codes, also nested in a cause', () => {
		expect(networkErrorCode({ code: 'ECONNRESET' })).toBe('ECONNRESET');
		expect(networkErrorCode({ message: 'wrapped', cause: { message: 'socket hang up' } })).toBe('ECONNRESET');
		expect(networkErrorCode({ code: 'ERR_BAD_REQUEST' })).toBeUndefined();
		expect(networkErrorCode(new Error('boom'))).toBeUndefined();
	});
});

function scripted(responses: Array<HttpResult | Error>) {
	let calls = 0;
	const attempt = async () => {
		const next = responses[Math.min(calls++, responses.length - 1)];
		if (next instanceof Error) throw next;
		return next;
	};
	return { attempt, calls: () => calls };
}

const ok = (body: unknown = {}): HttpResult => ({ statusCode: 200, headers: {}, body });
const status = (code: number, headers: Record<string, unknown> = {}): HttpResult => ({ statusCode: code, headers, body: {} });

describe('withRetry', () => {
	const slept: number[] = [];
	const sleep = async (ms: number) => {
		slept.push(ms);
	};
	beforeEach(() => (slept.length = 0));

	it('honours Retry-After in seconds and as an HTTP date, counting throttled time', async () => {
		const date = new Date(NOW + 4000).toUTCString();
		const { attempt, calls } = scripted([status(429, { 'Retry-After': '2' }), status(429, { 'retry-after': date }), ok()]);
		const stats = new RequestStats();
		const result = await withRetry(attempt, defaultRetryPolicy({ now: () => NOW }), sleep, stats, { label: 'GET /x' });
		expect(result.statusCode).toBe(200);
		expect(calls()).toBe(3);
		expect(slept).toEqual([2000, 4000]);
		expect(stats.retries).toBe(2);
		expect(stats.throttledWaitMs).toBe(6000);
		expect(stats.requests).toBe(3);
	});

	it('retries 502/503/504 and connection resets with backoff, never other 4xx', async () => {
		const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
		const { attempt, calls } = scripted([status(502), status(503), reset, status(504), status(404)]);
		const policy = defaultRetryPolicy({ baseDelayMs: 10, random: () => 0.5 });
		const result = await withRetry(attempt, policy, sleep, new RequestStats(), { label: 'GET /x' });
		expect(result.statusCode).toBe(404);
		expect(calls()).toBe(5);
		expect(slept).toEqual([5, 10, 20, 40]);
	});

	it('does not retry a 400 or 403', async () => {
		for (const code of [400, 403]) {
			const { attempt, calls } = scripted([status(code), ok()]);
			const result = await withRetry(attempt, defaultRetryPolicy(), sleep, new RequestStats(), { label: 'x' });
			expect(result.statusCode).toBe(code);
			expect(calls()).toBe(1);
		}
	});

	it('propagates a non-network error at once', async () => {
		const { attempt, calls } = scripted([new Error('bad config'), ok()]);
		await expect(withRetry(attempt, defaultRetryPolicy(), sleep, new RequestStats(), { label: 'x' })).rejects.toThrow('bad config');
		expect(calls()).toBe(1);
	});

	it('fails with progress when the next wait would exceed the budget', async () => {
		const { attempt } = scripted([status(429, { 'retry-after': '3' })]);
		const policy = defaultRetryPolicy({ maxWaitMs: 7000 });
		const error = await withRetry(attempt, policy, sleep, new RequestStats(), {
			label: 'GET /api/v2/conversations',
			progress: () => '250 conversations were fetched before this.',
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiCallError);
		expect((error as ApiCallError).message).toMatch(/GET \/api\/v2\/conversations still failing \(HTTP 429\) after 3 attempts/);
		expect((error as ApiCallError).message).toMatch(/250 conversations were fetched/);
		expect((error as ApiCallError).details.status).toBe(429);
		expect(slept).toEqual([3000, 3000]);
	});
});
