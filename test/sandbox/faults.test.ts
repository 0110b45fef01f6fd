// Tests of the sandbox fault injection (programmatic and over HTTP).
import { call, v2Token, bearer, v2Url } from './helpers';
const { startSandbox } = require('../../sandbox');

describe('fault injection', () => {
	let sb: any;
	let token: string;
	beforeAll(async () => {
		sb = await startSandbox({ conversations: 300 });
	});
	afterAll(() => sb.close());
	beforeEach(async () => {
		sb.reset();
		token = (await v2Token(sb)).body.access_token;
	});
	const page = (query: Record<string, any> = {}) =>
		call(v2Url(sb, { limit: 50, ...query }), bearer(token));

	it('answers 429 with and without Retry-After, in seconds or as an HTTP date', async () => {
		sb.faults.add([{ route: 'v2.conversations', type: '429', retryAfter: 3 }]);
		let res = await page();
		expect([res.status, res.headers.get('retry-after')]).toEqual([429, '3']);
		expect((await page()).status).toBe(200);
		sb.faults.add({ route: 'v2.conversations', type: '429-no-retry-after' });
		res = await page();
		expect([res.status, res.headers.get('retry-after')]).toEqual([429, null]);
		sb.faults.add({ route: 'v2.conversations', type: '429-http-date', retryAfter: 120 });
		res = await page();
		expect(res.status).toBe(429);
		const delay = Date.parse(res.headers.get('retry-after')) - Date.now();
		expect(delay).toBeGreaterThan(100000);
		expect(delay).toBeLessThanOrEqual(120000);
		expect(sb.stats.faultsFired.map((f: any) => f.type)).toEqual([
			'429',
			'429-no-retry-after',
			'429-http-date',
		]);
	});

	it('answers 5xx (JSON for 500/503, HTML for gateway errors)', async () => {
		for (const type of ['500', '502', '503', '504']) {
			sb.faults.add({ route: 'v2.conversations', type });
			const res = await page();
			expect(res.status).toBe(Number(type));
			if (type === '502' || type === '504') expect(res.text).toMatch(/^<html>/);
			else expect(res.body.message).toBeTruthy();
		}
	});

	it('fires on the nth matching request for `times` requests, also for "*"', async () => {
		sb.faults.add({ route: 'v2.conversations', type: '503', nth: 2, times: 2 });
		const statuses = [];
		for (let k = 0; k < 4; k++) statuses.push((await page()).status);
		expect(statuses).toEqual([200, 503, 503, 200]);
		sb.faults.add({ route: '*', type: '500' });
		expect((await v2Token(sb)).status).toBe(500);
		expect(sb.stats.requests['v2.token']).toBe(2);
	});

	it('resets the connection and delays slow answers', async () => {
		sb.faults.add({ route: 'v2.conversations', type: 'reset' });
		await expect(fetch(v2Url(sb), bearer(token))).rejects.toThrow();
		sb.faults.add({ route: 'v2.conversations', type: 'slow', delayMs: 300 });
		const t0 = Date.now();
		const res = await page();
		expect(res.status).toBe(200);
		expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
		expect(res.body.data).toHaveLength(50);
	});

	it('sends truncated JSON and schema-violating records', async () => {
		sb.faults.add({ route: 'v2.conversations', type: 'malformed-json' });
		const bad = await page();
		expect(bad.status).toBe(200);
		expect(() => JSON.parse(bad.text)).toThrow();
		sb.faults.add({ route: 'v2.conversations', type: 'invalid-record' });
		const invalid = await page();
		expect(invalid.body.data.filter((c: any) => c.createdTimestamp === 'not-a-date')).toHaveLength(
			1,
		);
		sb.faults.add({ route: 'v2.conversations', type: 'invalid-record', variant: 'missing-id' });
		const missing = await page();
		expect(missing.body.data.filter((c: any) => c.id === undefined)).toHaveLength(1);
	});

	it('repeats the cursor the client sent (deferred to page 2 when fired on page 1)', async () => {
		sb.faults.add({ route: 'v2.conversations', type: 'repeat-cursor' });
		const first = await page();
		expect(first.body.nextPageToken).not.toBe('');
		const second = await page({ nextPageToken: first.body.nextPageToken });
		expect(second.body.nextPageToken).toBe(first.body.nextPageToken);
		const third = await page({ nextPageToken: second.body.nextPageToken });
		expect(third.body.nextPageToken).not.toBe(first.body.nextPageToken);
		sb.faults.add({ route: 'v2.conversations', type: 'repeat-cursor' });
		const again = await page({ nextPageToken: third.body.nextPageToken });
		expect(again.body.nextPageToken).toBe(third.body.nextPageToken);
		expect(sb.stats.faultsFired.map((f: any) => f.type)).toEqual([
			'repeat-cursor',
			'repeat-cursor',
		]);
	});

	it("keeps failing with times: 'always' and lists rules with their counters", async () => {
		const rule = sb.faults.add({ route: 'v2.conversations', type: '503', nth: 2, times: 'always' });
		expect(rule).toMatchObject({ route: 'v2.conversations', type: '503', nth: 2, times: 'always' });
		const statuses = [];
		for (let k = 0; k < 5; k++) statuses.push((await page()).status);
		expect(statuses).toEqual([200, 503, 503, 503, 503]);
		expect(sb.faults.list()[0].seen).toBe(5);
		expect(() => sb.faults.add({ route: 'nope', type: '500' })).toThrow(/Unknown route/);
	});

	it('answers 401 and invalidates the token', async () => {
		sb.faults.add({ route: 'v2.conversations', type: '401' });
		expect((await page()).status).toBe(401);
		expect((await page()).status).toBe(401);
		token = (await v2Token(sb)).body.access_token;
		expect((await page()).status).toBe(200);
	});

	it('is driven over HTTP too', async () => {
		const add = await call(`${sb.url}/__sandbox/faults`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify([{ route: 'v2.conversations', type: '429', retryAfter: 1 }]),
		});
		expect(add.status).toBe(201);
		expect((await page()).status).toBe(429);
		const stats = (await call(`${sb.url}/__sandbox/stats`)).body;
		expect(stats.requests['v2.conversations']).toBe(1);
		expect(stats.faultsFired).toHaveLength(1);
		const wrong = await call(`${sb.url}/__sandbox/faults`, {
			method: 'POST',
			body: JSON.stringify({ type: 'teapot' }),
		});
		expect(wrong.status).toBe(400);
		await call(`${sb.url}/__sandbox/reset`, { method: 'POST' });
		expect((await call(`${sb.url}/__sandbox/stats`)).body).toEqual({
			requests: {},
			faultsFired: [],
			tokensIssued: 0,
		});
	});
});
