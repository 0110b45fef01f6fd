import { ApiCallError } from '../../nodes/core/errors';
import { RequestStats } from '../../nodes/core/metrics';
import {
	defaultRetryPolicy,
	MALFORMED_RESPONSE,
	MAX_TIMER_MS,
	MIN_RETRY_AFTER_MS,
	WaitBudget,
	withRetry,
	type HttpResult,
} from '../../nodes/core/retry';

const NOW = Date.UTC(2026, 0, 15, 10, 0, 0);

const throttled = (retryAfter?: string): HttpResult => ({
	statusCode: 429,
	headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter },
	body: { message: 'Too Many Requests' },
});
const ok = (): HttpResult => ({ statusCode: 200, headers: {}, body: {} });

/** Answers from a script, the last one repeated. */
function scripted(responses: Array<HttpResult | Error>) {
	let calls = 0;
	const attempt = async () => {
		const next = responses[Math.min(calls++, responses.length - 1)];
		if (next instanceof Error) throw next;
		return next;
	};
	return { attempt, calls: () => calls };
}

function sleeper() {
	const slept: number[] = [];
	return {
		slept,
		sleep: async (ms: number) => {
			slept.push(ms);
		},
	};
}

const total = (list: number[]) => list.reduce((sum, ms) => sum + ms, 0);

describe('WaitBudget: one wait budget per run, shared by every request', () => {
	it('six throttled pages with a 1 s budget wait 1 s in all, not 6 s', async () => {
		const { slept, sleep } = sleeper();
		const budget = new WaitBudget(1000);
		const policy = defaultRetryPolicy({ maxWaitMs: 1000, budget, now: () => NOW });
		const stats = new RequestStats();
		const failures: unknown[] = [];
		for (let page = 0; page < 6; page++) {
			const { attempt } = scripted([throttled('1'), ok()]);
			await withRetry(attempt, policy, sleep, stats, { label: `GET /page/${page}` }).catch(
				(error: unknown) => failures.push(error),
			);
		}
		expect(total(slept)).toBeLessThanOrEqual(1000);
		expect(budget.spentMs).toBeLessThanOrEqual(1000);
		expect(failures.length).toBe(5);
		expect((failures[0] as ApiCallError).message).toMatch(/wait budget/);
	});

	it('40 throttled batches with a 120 s budget wait at most 120 s', async () => {
		const { slept, sleep } = sleeper();
		const budget = new WaitBudget(120_000);
		const policy = defaultRetryPolicy({ budget, random: () => 0.99, now: () => NOW });
		for (let batch = 0; batch < 40; batch++) {
			const { attempt } = scripted([throttled(), throttled(), throttled(), ok()]);
			await withRetry(attempt, policy, sleep, new RequestStats(), { label: 'POST /tickets' }).catch(
				() => undefined,
			);
		}
		expect(total(slept)).toBeLessThanOrEqual(120_000);
	});

	it('a policy without a shared budget keeps its own per-call budget (as before)', async () => {
		const { slept, sleep } = sleeper();
		const policy = defaultRetryPolicy({ maxWaitMs: 1000, now: () => NOW });
		for (let page = 0; page < 3; page++) {
			const { attempt } = scripted([throttled('1'), ok()]);
			await withRetry(attempt, policy, sleep, new RequestStats(), { label: 'x' });
		}
		expect(slept).toEqual([1000, 1000, 1000]);
	});

	it('gives Retry-After: 0 a minimum wait', async () => {
		const { slept, sleep } = sleeper();
		const { attempt } = scripted([throttled('0'), throttled('0'), ok()]);
		await withRetry(attempt, defaultRetryPolicy({ now: () => NOW }), sleep, new RequestStats(), {
			label: 'x',
		});
		expect(slept).toEqual([MIN_RETRY_AFTER_MS, MIN_RETRY_AFTER_MS]);
		expect(MIN_RETRY_AFTER_MS).toBeGreaterThanOrEqual(100);
		expect(MIN_RETRY_AFTER_MS).toBeLessThanOrEqual(500);
	});

	it('never sleeps beyond the remaining budget nor above a timer\'s limit; says what the API asked', async () => {
		for (const retryAfter of ['99999999999', '9'.repeat(400), '86400']) {
			const { slept, sleep } = sleeper();
			const { attempt, calls } = scripted([throttled(retryAfter), ok()]);
			const budget = new WaitBudget(300_000);
			const error = await withRetry(
				attempt,
				defaultRetryPolicy({ budget, now: () => NOW }),
				sleep,
				new RequestStats(),
				{ label: 'GET /api/v2/conversations' },
			).catch((e: unknown) => e);
			expect(calls()).toBe(1);
			expect(slept).toEqual([]);
			expect(error).toBeInstanceOf(ApiCallError);
			const message = (error as ApiCallError).message;
			expect(message).toMatch(/the API asked to wait .*, beyond/);
			expect(message).toMatch(/5-minute wait budget/);
			expect(message).not.toMatch(/\b1 attempts\b|Infinity|NaN|e\+/);
			expect((error as ApiCallError).details.hint).not.toMatch(/^Raise/);
		}
		expect(MAX_TIMER_MS).toBe(2 ** 31 - 1);
	});

	it('says "after 1 attempt" (singular) and quotes nothing it should not', async () => {
		const { sleep } = sleeper();
		const { attempt } = scripted([throttled('3')]);
		const error = await withRetry(
			attempt,
			defaultRetryPolicy({ maxWaitMs: 1000, now: () => NOW }),
			sleep,
			new RequestStats(),
			{ label: 'GET /x' },
		).catch((e: unknown) => e);
		expect((error as ApiCallError).message).toMatch(/after 1 attempt\b/);
		expect((error as ApiCallError).message).not.toMatch(/1 attempts/);
	});
});

describe('malformed answers', () => {
	const malformed = () => Object.assign(new Error('bad json'), { code: MALFORMED_RESPONSE });

	it('retries a truncated page at most twice, then fails saying the API returned malformed data', async () => {
		const { slept, sleep } = sleeper();
		const { attempt, calls } = scripted([malformed()]);
		const error = await withRetry(
			attempt,
			defaultRetryPolicy({ now: () => NOW }),
			sleep,
			new RequestStats(),
			{ label: 'GET /api/v2/conversations' },
		).catch((e: unknown) => e);
		expect(calls()).toBe(3);
		expect(slept).toHaveLength(2);
		expect(error).toBeInstanceOf(ApiCallError);
		expect((error as ApiCallError).message).toMatch(/malformed/);
		expect((error as ApiCallError).details.hint).not.toMatch(/wait budget/i);
	});

	it('recovers when a retry answers well', async () => {
		const { sleep } = sleeper();
		const { attempt, calls } = scripted([malformed(), malformed(), ok()]);
		const stats = new RequestStats();
		const result = await withRetry(attempt, defaultRetryPolicy(), sleep, stats, { label: 'x' });
		expect(result.statusCode).toBe(200);
		expect(calls()).toBe(3);
		expect(stats.retries).toBe(2);
	});
});
