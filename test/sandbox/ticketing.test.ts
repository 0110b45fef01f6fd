// Tests of the ticket sink: auth, generic and HubSpot-like upserts, idempotency, size limit, admin.
import { call } from './helpers';
const { startTicketSink } = require('../../sandbox/ticketing');

const post = (url: string, body: any, headers: Record<string, string> = {}) =>
	call(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});

const BEARER = { authorization: 'Bearer sink-token' };
const HS = { authorization: 'Bearer pat-sandbox-hubspot' };
const input = (id: string, properties: any = {}, extra: any = {}) => ({
	idProperty: 'cxone_conversation_id',
	id,
	properties: { subject: `Ticket ${id}`, hs_pipeline_stage: '1', ...properties },
	...extra,
});

describe('ticket sink', () => {
	let sink: any;
	const generic = (body: any, headers: any = BEARER) =>
		post(`${sink.url}/tickets/batch`, body, headers);
	const hubspot = (body: any, headers: any = HS) =>
		post(`${sink.url}/crm/v3/objects/tickets/batch/upsert`, body, headers);

	beforeAll(async () => {
		sink = await startTicketSink({ maxBodyBytes: 20000 });
	});
	afterAll(() => sink.close());
	beforeEach(() => sink.reset());

	it('listens on 127.0.0.1 and checks the bearer token', async () => {
		expect(sink.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(sink.server.address().address).toBe('127.0.0.1');
		expect((await generic([], {})).status).toBe(401);
		const wrong = await generic([], { authorization: 'Bearer nope' });
		expect([wrong.status, wrong.body]).toEqual([401, { message: expect.any(String) }]);
		expect((await generic([], BEARER)).status).toBe(200);
		expect(sink.stats.requests.generic).toBe(3);
	});

	it('supports header, basic and no authentication', async () => {
		const cases: [any, Record<string, string>, Record<string, string>][] = [
			[
				{ type: 'header', name: 'X-API-Key', value: 'k1' },
				{ 'x-api-key': 'k1' },
				{ 'x-api-key': 'k2' },
			],
			[
				{ type: 'basic', user: 'u', password: 'p:w' },
				{ authorization: `Basic ${Buffer.from('u:p:w').toString('base64')}` },
				{ authorization: `Basic ${Buffer.from('u:p').toString('base64')}` },
			],
			[{ type: 'none' }, {}, {}],
		];
		for (const [auth, good, bad] of cases) {
			const other = await startTicketSink({ auth });
			const send = (h: any) => post(`${other.url}/tickets/batch`, [{ external_id: 'x' }], h);
			try {
				expect((await send(good)).status).toBe(200);
				expect((await send(bad)).status).toBe(auth.type === 'none' ? 200 : 401);
				expect((await send({})).status).toBe(auth.type === 'none' ? 200 : 401);
			} finally {
				await other.close();
			}
		}
		await expect(startTicketSink({ auth: { type: 'magic' } })).rejects.toThrow(/auth.type/);
	});

	it('upserts by external_id: create then update, in input order', async () => {
		const first = await generic([{ external_id: 'c1', subject: 'a' }, { external_id: 'c2' }]);
		expect(first.status).toBe(200);
		expect(first.body.results).toEqual([
			{ external_id: 'c1', id: 'T-1', status: 'created' },
			{ external_id: 'c2', id: 'T-2', status: 'created' },
		]);
		const res = await fetch(`${sink.url}/tickets/batch`, {
			method: 'PUT',
			headers: BEARER,
			body: JSON.stringify([{ external_id: 'c1', subject: 'b' }]),
		});
		expect(await res.json()).toEqual({
			results: [{ external_id: 'c1', id: 'T-1', status: 'updated' }],
		});
		const t = sink.tickets().get('c1');
		expect(t).toMatchObject({ id: 'T-1', version: 2, creates: 1, updates: 1 });
		expect(t.last).toEqual({ external_id: 'c1', subject: 'b' });
		expect(sink.ticketCount()).toBe(2);
		expect(sink.stats).toMatchObject({ batches: 2, creates: 2, updates: 1, replays: 0 });
	});

	it('answers 207 with per-record errors and 400 for a body that is not an array', async () => {
		const res = await generic([{ external_id: 'ok' }, { external_id: '' }, 'text', { id: 3 }]);
		expect(res.status).toBe(207);
		expect(res.body.results.map((r: any) => [r.external_id, r.status])).toEqual([
			['ok', 'created'],
			['', 'error'],
			[null, 'error'],
			[null, 'error'],
		]);
		expect(res.body.results[1].message).toMatch(/external_id/);
		expect([...sink.tickets().keys()]).toEqual(['ok']);
		for (const body of ['{"external_id":"x"}', 'not json', '']) {
			const bad = await generic(body);
			expect([bad.status, typeof bad.body.message]).toEqual([400, 'string']);
		}
	});

	it('replays an Idempotency-Key and refuses it with another payload', async () => {
		const body = JSON.stringify([{ external_id: 'i1' }, { external_id: 'i2' }]);
		const key = { ...BEARER, 'idempotency-key': 'k-1' };
		const first = await generic(body, key);
		const again = await generic(body, key);
		expect([again.status, again.body]).toEqual([first.status, first.body]);
		expect(again.headers.get('idempotent-replayed')).toBe('true');
		expect(sink.stats).toMatchObject({ creates: 2, updates: 0, replays: 1, batches: 1 });
		const other = await generic([{ external_id: 'i3' }], key);
		expect(other.status).toBe(422);
		expect(other.body).toEqual({ message: 'Idempotency-Key reused with a different payload' });
		expect((await generic(body)).body.results[0].status).toBe('updated');
		expect(sink.tickets().get('i1').version).toBe(2);
		expect(sink.ticketCount()).toBe(2);
	});

	it('answers 413 above maxBodyBytes without applying anything', async () => {
		const big = [{ external_id: 'big', text: 'x'.repeat(30000) }];
		const res = await generic(big);
		expect(res.status).toBe(413);
		expect(res.body.message).toMatch(/^Payload too large: \d+ bytes > 20000$/);
		expect(sink.ticketCount()).toBe(0);
		expect((await generic([{ external_id: 'small' }])).status).toBe(200);
		expect(sink.stats.faultsFired).toEqual([]);
	});

	it('HubSpot: checks the private app token', async () => {
		const res = await hubspot({ inputs: [input('h1')] }, BEARER);
		expect(res.status).toBe(401);
		expect(res.body).toMatchObject({
			status: 'error',
			category: 'INVALID_AUTHENTICATION',
			message: expect.stringMatching(/^Authentication credentials not found/),
		});
		expect(sink.ticketCount()).toBe(0);
	});

	it('HubSpot: upserts with new true then false', async () => {
		const first = await hubspot({
			inputs: [input('h1', { hs_ticket_priority: 'HIGH' }), input('h2')],
		});
		expect(first.status).toBe(200);
		expect(first.body).toMatchObject({ status: 'COMPLETE', startedAt: expect.any(String) });
		expect(first.body.results.map((r: any) => [r.properties.cxone_conversation_id, r.new])).toEqual(
			[
				['h1', true],
				['h2', true],
			],
		);
		const r0 = first.body.results[0];
		expect(r0).toMatchObject({
			archived: false,
			properties: { hs_object_id: r0.id, subject: 'Ticket h1' },
		});
		const second = await hubspot({ inputs: [input('h1', { subject: 'New subject' })] });
		expect(second.status).toBe(200);
		expect(second.body.results[0]).toMatchObject({
			id: r0.id,
			new: false,
			properties: { subject: 'New subject', hs_ticket_priority: 'HIGH' },
		});
		expect(sink.tickets().get('h1')).toMatchObject({
			id: r0.id,
			version: 2,
			creates: 1,
			updates: 1,
		});
	});

	it('HubSpot: lists tickets for the credential test (GET /crm/v3/objects/tickets?limit=1)', async () => {
		const list = (headers: any) => call(`${sink.url}/crm/v3/objects/tickets?limit=1`, { headers });
		expect((await list(BEARER)).status).toBe(401);
		expect(await list(HS)).toMatchObject({ status: 200, body: { results: [] } });
		await hubspot({ inputs: [input('h1'), input('h2')] });
		await generic([{ external_id: 'g1', subject: 'Generic' }]);
		const { body } = await list(HS);
		expect(body.results).toHaveLength(1);
		expect(body.results[0]).toMatchObject({
			archived: false,
			properties: { cxone_conversation_id: 'h1', hs_object_id: body.results[0].id },
		});
	});

	it('HubSpot: 207 with errors that carry objectWriteTraceId and id in their context', async () => {
		const res = await hubspot({
			inputs: [
				input('ok1'),
				input('bad1', { hs_ticket_priority: 'high' }, { objectWriteTraceId: 'trace-1' }),
				input('bad2', { hs_pipeline_stage: undefined }),
				input('bad3', { subject: '' }, { objectWriteTraceId: 'trace-3' }),
				{ ...input('bad4'), idProperty: 'email' },
				input('ok2'),
			],
		});
		expect(res.status).toBe(207);
		expect(res.body.results.map((r: any) => r.properties.cxone_conversation_id)).toEqual([
			'ok1',
			'ok2',
		]);
		expect(res.body.numErrors).toBe(4);
		const [e1, e2, e3, e4] = res.body.errors;
		expect(e1).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
		expect(e1.context).toEqual({ objectWriteTraceId: ['trace-1'], id: ['bad1'] });
		expect(e1.message).toMatch(/hs_ticket_priority/);
		expect(e2.context).toEqual({ id: ['bad2'] });
		expect(e2.message).toMatch(/hs_pipeline_stage/);
		expect(e3.message).toMatch(/subject/);
		expect(e4.message).toMatch(/email/);
		expect([...sink.tickets().keys()]).toEqual(['ok1', 'ok2']);
		const none = await hubspot({ inputs: [input('x', { subject: 7 })] });
		expect([none.status, none.body.results, none.body.numErrors]).toEqual([207, [], 1]);
	});

	it('HubSpot: more than 100 inputs is a 400 and nothing is applied', async () => {
		const inputs = Array.from({ length: 101 }, (_, k) => input(`n${k}`));
		const res = await post(`${sink.url}/crm/v3/objects/tickets/batch/upsert`, { inputs }, HS);
		expect(res.status).toBe(400);
		expect(res.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
		expect(res.body.message).toMatch(/limit of 100/);
		expect(sink.ticketCount()).toBe(0);
		const hundred = await hubspot({ inputs: inputs.slice(0, 100) });
		expect([hundred.status, hundred.body.results.length]).toEqual([200, 100]);
	});

	it('HubSpot: Idempotency-Key replays and 422s like the generic route', async () => {
		const body = JSON.stringify({ inputs: [input('k1')] });
		const headers = { ...HS, 'idempotency-key': 'hs-1' };
		const first = await hubspot(body, headers);
		const replay = await hubspot(body, headers);
		expect(replay.body).toEqual(first.body);
		expect(replay.body.results[0].new).toBe(true);
		expect((await hubspot({ inputs: [input('k2')] }, headers)).status).toBe(422);
		expect(sink.stats).toMatchObject({ creates: 1, updates: 0, replays: 1 });
	});

	it('serves stats, tickets, faults and reset under /__sink/', async () => {
		await generic([{ external_id: 'a1' }]);
		const tickets = await (await fetch(`${sink.url}/__sink/tickets`)).json();
		expect(tickets).toMatchObject({
			count: 1,
			tickets: [{ external_id: 'a1', id: 'T-1', version: 1 }],
		});
		// Only the fields asked for, as a soak over a million tickets needs.
		const keys = await (await fetch(`${sink.url}/__sink/tickets?fields=external_id,creates`)).json();
		expect(keys).toEqual({ count: 1, tickets: [{ external_id: 'a1', creates: 1 }] });
		const stats = await (await fetch(`${sink.url}/__sink/stats`)).json();
		expect(stats).toEqual({
			requests: { generic: 1 },
			batches: 1,
			creates: 1,
			updates: 0,
			replays: 0,
			rejected: 0,
			faultsFired: [],
		});
		const added = await post(`${sink.url}/__sink/faults`, [{ route: 'generic', type: '503' }]);
		expect(added.status).toBe(201);
		expect((await generic([{ external_id: 'a2' }])).status).toBe(503);
		expect((await post(`${sink.url}/__sink/faults`, { type: 'teapot' })).status).toBe(400);
		expect((await post(`${sink.url}/__sink/reset`, '')).body).toEqual({ reset: true });
		expect(sink.ticketCount()).toBe(0);
		expect(sink.stats.requests).toEqual({});
		expect((await generic([{ external_id: 'a3' }])).body.results[0].id).toBe('T-1');
		expect((await fetch(`${sink.url}/tickets/batch`, { headers: BEARER })).status).toBe(405);
		expect((await post(`${sink.url}/nope`, [])).status).toBe(404);
	});
});
