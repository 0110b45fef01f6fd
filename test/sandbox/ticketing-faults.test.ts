// Fault injection of the ticket sink: error answers, dropped connections, partial rejections and
// lost responses followed by an idempotent replay.
import { call } from './helpers';
const { startTicketSink } = require('../../sandbox/ticketing');

const BEARER = { authorization: 'Bearer sink-token' };
const HS = { authorization: 'Bearer pat-sandbox-hubspot' };
const input = (id: string, extra: any = {}) => ({
	idProperty: 'cxone_conversation_id',
	id,
	properties: { subject: `Ticket ${id}`, hs_pipeline_stage: '1' },
	...extra,
});

describe('ticket sink faults', () => {
	let sink: any;
	const send = (path: string, body: any, headers: any, init: any = {}) =>
		call(`${sink.url}${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body: typeof body === 'string' ? body : JSON.stringify(body),
			...init,
		});
	const generic = (body: any, headers: any = BEARER, init: any = {}) =>
		send('/tickets/batch', body, headers, init);
	const hubspot = (body: any, headers: any = HS) =>
		send('/crm/v3/objects/tickets/batch/upsert', body, headers);
	const fired = () => sink.stats.faultsFired.map((f: any) => f.type);

	beforeAll(async () => {
		sink = await startTicketSink();
	});
	afterAll(() => sink.close());
	beforeEach(() => sink.reset());

	it('answers 429 with Retry-After in seconds or as an HTTP date, without applying', async () => {
		sink.faults.add({ route: 'generic', type: '429', retryAfter: 3 });
		let res = await generic([{ external_id: 'a' }]);
		expect([res.status, res.headers.get('retry-after')]).toEqual([429, '3']);
		sink.faults.add({ route: 'hubspot', type: '429-http-date', retryAfter: 60 });
		res = await hubspot({ inputs: [input('h')] });
		expect(res.status).toBe(429);
		expect(res.body).toMatchObject({ status: 'error', category: 'RATE_LIMITS' });
		const delay = Date.parse(res.headers.get('retry-after')) - Date.now();
		expect(delay).toBeGreaterThan(50000);
		expect(delay).toBeLessThanOrEqual(60000);
		sink.faults.add({ route: 'generic', type: '429' });
		expect((await generic([])).headers.get('retry-after')).toBeNull();
		expect(sink.ticketCount()).toBe(0);
		expect(sink.stats.batches).toBe(0);
		expect(fired()).toEqual(['429', '429-http-date', '429']);
	});

	it('answers 5xx, 408 and an injected 413 without applying or storing the key', async () => {
		const headers = { ...BEARER, 'idempotency-key': 'same' };
		for (const type of ['500', '502', '503', '504', '408', '413']) {
			sink.faults.add({ route: '*', type });
			const res = await generic([{ external_id: 'x' }], headers);
			expect(res.status).toBe(Number(type));
			if (type === '502' || type === '504') expect(res.text).toMatch(/^<html>/);
			else expect(res.body.message).toBeTruthy();
		}
		expect(sink.ticketCount()).toBe(0);
		const ok = await generic([{ external_id: 'x' }], headers);
		expect([ok.status, ok.headers.get('idempotent-replayed')]).toEqual([200, null]);
		expect(sink.stats).toMatchObject({ creates: 1, replays: 0, batches: 1 });
	});

	it('fires on the nth matching request for `times` requests, or always', async () => {
		sink.faults.add({ route: 'generic', type: '503', nth: 2, times: 2 });
		const statuses = [];
		for (let k = 0; k < 4; k++) statuses.push((await generic([])).status);
		expect(statuses).toEqual([200, 503, 503, 200]);
		sink.faults.add({ route: 'hubspot', type: '500', times: 'always' });
		expect((await generic([])).status).toBe(200);
		expect((await hubspot({ inputs: [] })).status).toBe(500);
		expect((await hubspot({ inputs: [] })).status).toBe(500);
		expect(sink.faults.list()[1]).toMatchObject({ times: 'always', seen: 2 });
		expect(() => sink.faults.add({ route: 'nope', type: '500' })).toThrow(/Unknown route/);
		expect(() => sink.faults.add({ type: 'reject-records' })).toThrow(/match/);
	});

	it('resets the connection without answering', async () => {
		sink.faults.add({ route: 'generic', type: 'reset' });
		await expect(
			fetch(`${sink.url}/tickets/batch`, {
				method: 'POST',
				headers: BEARER,
				body: '[{"external_id":"r"}]',
			}),
		).rejects.toThrow();
		expect(sink.ticketCount()).toBe(0);
		expect(fired()).toEqual(['reset']);
	});

	it('holds a timeout until the client gives up, then drops the connection', async () => {
		sink.faults.add({ route: 'generic', type: 'timeout', delayMs: 5000 });
		const t0 = Date.now();
		const aborted = generic([{ external_id: 't' }], BEARER, { signal: AbortSignal.timeout(200) });
		await expect(aborted).rejects.toThrow(/abort|timeout/i);
		expect(Date.now() - t0).toBeLessThan(2000);
		sink.faults.add({ route: 'generic', type: 'timeout', delayMs: 100 });
		await expect(generic([{ external_id: 't' }])).rejects.toThrow();
		expect(sink.ticketCount()).toBe(0);
		expect((await generic([{ external_id: 't' }])).status).toBe(200);
	});

	it('answers slowly but normally', async () => {
		sink.faults.add({ route: 'hubspot', type: 'slow', delayMs: 300 });
		const t0 = Date.now();
		const res = await hubspot({ inputs: [input('s1')] });
		expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
		expect([res.status, res.body.results[0].new]).toEqual([200, true]);
		expect(fired()).toEqual(['slow']);
	});

	it('reject-records: applies the others and reports the listed ids (generic)', async () => {
		sink.faults.add({ route: 'generic', type: 'reject-records', match: ['b', 'd'] });
		const batch = ['a', 'b', 'c', 'd'].map((id) => ({ external_id: id }));
		const res = await generic(batch);
		expect(res.status).toBe(207);
		expect(res.body.results.map((r: any) => r.status)).toEqual([
			'created',
			'error',
			'created',
			'error',
		]);
		expect(res.body.results[1]).toMatchObject({ external_id: 'b', message: expect.any(String) });
		expect([...sink.tickets().keys()]).toEqual(['a', 'c']);
		const retry = await generic(batch.filter((r) => ['b', 'd'].includes(r.external_id)));
		expect(retry.status).toBe(200);
		expect(sink.ticketCount()).toBe(4);
		expect(sink.stats).toMatchObject({ rejected: 2, creates: 4, updates: 0 });
	});

	it('reject-records: 207 with context on the HubSpot route', async () => {
		sink.faults.add({ route: 'hubspot', type: 'reject-records', match: ['h2'] });
		const res = await hubspot({
			inputs: [input('h1'), input('h2', { objectWriteTraceId: 'tr-2' }), input('h3')],
		});
		expect(res.status).toBe(207);
		expect(res.body.results.map((r: any) => r.properties.cxone_conversation_id)).toEqual([
			'h1',
			'h3',
		]);
		expect(res.body.errors).toEqual([
			expect.objectContaining({
				status: 'error',
				category: 'VALIDATION_ERROR',
				context: { objectWriteTraceId: ['tr-2'], id: ['h2'] },
			}),
		]);
		expect([...sink.tickets().keys()]).toEqual(['h1', 'h3']);
	});

	it('accept-then-500: applies, loses the answer, and a keyed retry is replayed', async () => {
		sink.faults.add({ route: 'generic', type: 'accept-then-500' });
		const body = JSON.stringify(['c1', 'c2', 'c3'].map((id) => ({ external_id: id })));
		const headers = { ...BEARER, 'idempotency-key': 'batch-1' };
		const lost = await generic(body, headers);
		expect(lost.status).toBe(500);
		expect(sink.ticketCount()).toBe(3);
		const retry = await generic(body, headers);
		expect(retry.status).toBe(200);
		expect(retry.headers.get('idempotent-replayed')).toBe('true');
		expect(retry.body.results.map((r: any) => r.status)).toEqual(['created', 'created', 'created']);
		expect(sink.stats).toMatchObject({ batches: 1, creates: 3, updates: 0, replays: 1 });
		for (const [, t] of sink.tickets())
			expect([t.creates, t.updates, t.version]).toEqual([1, 0, 1]);
		// Without a key the retry is applied again: a second version of every ticket.
		sink.faults.add({ route: 'generic', type: 'accept-then-500' });
		expect((await generic(body)).status).toBe(500);
		expect((await generic(body)).body.results[0].status).toBe('updated');
		expect(sink.tickets().get('c1').version).toBe(3);
		expect(sink.ticketCount()).toBe(3);
	});

	it('accept-then-500 on HubSpot replays the original new: true results', async () => {
		sink.faults.add({ route: 'hubspot', type: 'accept-then-500' });
		const body = JSON.stringify({ inputs: [input('x1'), input('x2')] });
		const headers = { ...HS, 'idempotency-key': 'hs-lost' };
		const lost = await hubspot(body, headers);
		expect(lost.status).toBe(500);
		expect(lost.body.status).toBe('error');
		const retry = await hubspot(body, headers);
		expect(retry.status).toBe(200);
		expect(retry.body.results.map((r: any) => r.new)).toEqual([true, true]);
		expect(sink.stats).toMatchObject({ creates: 2, updates: 0, replays: 1 });
	});
});
