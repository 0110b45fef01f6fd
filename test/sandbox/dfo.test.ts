// Tests of the local CXone simulator, dfo (DFO 3.0).
import { basic, FORM, call, v2Token, dfoToken, bearer, DAY } from './helpers';
import { normaliseDfo } from '../../nodes/core/cxone/normalise';
import { dfoMessageSchema, dfoContactSchema, parseRecord } from '../../nodes/core/cxone/schemas';
const { startSandbox } = require('../../sandbox');

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayStart = (ms: number) => Math.floor(ms / DAY) * DAY;

describe('dfo: DFO 3.0', () => {
	let sb: any;
	let token: string;
	beforeAll(async () => {
		sb = await startSandbox({ conversations: 400, dfoPageSize: 25, dfoScanLimit: 50 });
		token = (await dfoToken(sb)).body.access_token;
	});
	afterAll(() => sb.close());

	// Follows the search to its end as NICE's sample does: until the scrollToken is absent.
	async function searchAll(query: Record<string, any> = {}) {
		const ids: string[] = [];
		let scrollToken = '';
		let hits;
		let pages = 0;
		let emptyWithToken = 0;
		for (let guard = 0; guard < 1000; guard++) {
			const params = new URLSearchParams();
			for (const [key, value] of Object.entries(query)) {
				for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
			}
			if (scrollToken) params.set('scrollToken', scrollToken);
			const res = await call(`${sb.url}/dfo/3.0/contacts?${params}`, bearer(token));
			expect(res.status).toBe(200);
			pages++;
			hits ??= res.body.hits;
			expect(res.body.data.length).toBeLessThanOrEqual(25);
			ids.push(...res.body.data.map((c: any) => c.id));
			if (!('scrollToken' in res.body)) break;
			if (!res.body.data.length) emptyWithToken++;
			scrollToken = res.body.scrollToken;
		}
		return { ids, hits, pages, emptyWithToken };
	}

	it('discovers the token endpoint and the tenant from the JWT', async () => {
		const discovery = await call(`${sb.url}/.well-known/openid-configuration`);
		expect(discovery.body.token_endpoint).toBe(`${sb.url}/auth/token`);
		const tok = await dfoToken(sb);
		expect(tok.status).toBe(200);
		expect(tok.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
		expect(tok.body.refresh_token).toBeTruthy();
		expect(tok.body.id_token.split('.')).toHaveLength(3);
		const claims = JSON.parse(
			Buffer.from(tok.body.access_token.split('.')[1], 'base64url').toString(),
		);
		expect(claims).toMatchObject({
			tenantId: '11ed0000-aaaa-bbbb-cccc-000000000001',
			area: 'na1',
			icDomain: 'niceincontact.com',
		});
		expect(claims.exp).toBeGreaterThan(Date.now() / 1000);
		const config = await call(
			`${sb.url}/.well-known/cxone-configuration?tenantId=${claims.tenantId}`,
		);
		expect(config.body).toMatchObject({
			api_endpoint: 'https://api-na1.niceincontact.com',
			area: 'na1',
			domain: 'niceincontact.com',
			auth_endpoint: sb.url,
		});
		expect((await call(`${sb.url}/.well-known/cxone-configuration?tenantId=other`)).status).toBe(
			404,
		);
		const badKey = await dfoToken(sb, 'aks sandbox/secret 1');
		expect([badKey.status, badKey.body.error]).toEqual([400, 'invalid_grant']);
		const badClient = await call(`${sb.url}/auth/token`, {
			method: 'POST',
			headers: { authorization: basic('x', 'y'), 'content-type': FORM },
			body: 'grant_type=password',
		});
		expect([badClient.status, badClient.body.error]).toEqual([401, 'invalid_client']);
		const v2 = (await v2Token(sb)).body.access_token;
		expect((await call(`${sb.url}/dfo/3.0/channels`, bearer(v2))).status).toBe(401);
	});

	it('lists channels as a bare array with page and size, short and long platform ids, deleted ones on request', async () => {
		const first = await call(`${sb.url}/dfo/3.0/channels?page=1&size=5`, bearer(token));
		expect(Array.isArray(first.body)).toBe(true);
		expect(first.body).toHaveLength(5);
		const live = (await call(`${sb.url}/dfo/3.0/channels`, bearer(token))).body;
		const all = (await call(`${sb.url}/dfo/3.0/channels?includeDeleted=1`, bearer(token))).body;
		expect(live.some((c: any) => c.isDeleted)).toBe(false);
		const deleted = all.filter((c: any) => c.isDeleted);
		expect(deleted).toEqual([
			expect.objectContaining({
				id: expect.stringMatching(/^ind_whatsapp_[0-9a-f]{24}$/),
				realExternalPlatformId: 'whatsapp',
			}),
		]);
		expect(all).toHaveLength(live.length + 1);
		expect(all[0]).toEqual({
			id: expect.stringMatching(/^fb_\d{15}$/),
			channelId: all[0].id,
			name: expect.any(String),
			realExternalPlatformId: 'facebook',
			isPrivate: false,
			isDeleted: false,
		});
		const platforms = new Set(all.map((c: any) => c.realExternalPlatformId));
		for (const p of ['facebook', 'tw', 'ig', 'whatsapp', 'chat', 'sms', 'email']) {
			expect([p, platforms.has(p)]).toEqual([p, true]);
		}
		// Contacts on the deleted channel remain searchable.
		const onDeleted = await call(
			`${sb.url}/dfo/3.0/contacts?channel[]=${deleted[0].id}`,
			bearer(token),
		);
		expect(onDeleted.body.hits).toBeGreaterThan(0);
	});

	it('scrolls through contacts, exactly the expected ids, with filters and desc', async () => {
		const all = await searchAll({ sorting: 'createdAt', sortingType: 'asc' });
		expect(all.ids).toEqual(sb.expectedIds({ api: 'dfo' }));
		expect(all.ids).toHaveLength(400);
		expect(all.hits).toBe(400);
		// date[from] is a creation date: the whole UTC day counts.
		const fromMs = Date.parse(sb.generator.createdTimestampAt(50));
		const from = day(fromMs);
		const channelIds = sb.dfo.channelsByType.FACEBOOK;
		const filtered = await searchAll({
			'date[from]': from,
			'status[]': ['open', 'new'],
			'channel[]': channelIds,
		});
		const expected = sb.expectedIds({
			api: 'dfo',
			from: dayStart(fromMs),
			statuses: ['open', 'new'],
			channelTypes: ['FACEBOOK'],
		});
		expect(filtered.ids).toEqual(expected);
		expect(filtered.hits).toBe(expected.length);
		const none = await call(
			`${sb.url}/dfo/3.0/contacts?channel[]=${sb.dfo.channelsByType.LINE[0]}`,
			bearer(token),
		);
		expect(none.body).toEqual({ hits: 0, data: [] });
		const page1 = await call(`${sb.url}/dfo/3.0/contacts?status[]=open`, bearer(token));
		const page2 = await call(
			`${sb.url}/dfo/3.0/contacts?scrollToken=${page1.body.scrollToken}`,
			bearer(token),
		);
		expect(page2.body.data.every((c: any) => c.status === 'open')).toBe(true);
		expect(page2.body.data[0].id).not.toBe(page1.body.data[0].id);
		const mixed = await call(
			`${sb.url}/dfo/3.0/contacts?status[]=new&scrollToken=${page1.body.scrollToken}`,
			bearer(token),
		);
		expect(mixed.status).toBe(400);
		const desc = await searchAll({ sortingType: 'desc' });
		expect(desc.ids).toEqual([...all.ids].reverse());
		const contact = (await call(`${sb.url}/dfo/3.0/contacts?status[]=escalated`, bearer(token)))
			.body.data[0];
		expect(contact).toMatchObject({ status: 'escalated', direction: 'inbound', customFields: [] });
		expect(contact.endUser.identities[0].firstName).toBeTruthy();
		expect(sb.dfo.channelById.has(contact.channelId)).toBe(true);
		expect((await call(`${sb.url}/dfo/3.0/contacts?status[]=bogus`, bearer(token))).status).toBe(
			400,
		);
		const old = await call(`${sb.url}/dfo/3.0/contacts?date[from]=2000-01-01`, bearer(token));
		expect(old.status).toBe(400);
		expect(old.body.errors[0]).toMatchObject({
			field: 'date[from]',
			message: expect.stringMatching(/retention/),
		});
	});

	it('takes dates only in date[from] and date[to], both days inclusive, and answers errors as {errors: [{message}]}', async () => {
		for (const bad of [
			'2026-11-01T10:00:00Z',
			'2026-11-01 10:00:00',
			'2026-11-01T10:00:00+00:00',
			'2026-02-30',
			'01.11.2026',
		]) {
			for (const name of ['date[from]', 'date[to]']) {
				const res = await call(
					`${sb.url}/dfo/3.0/contacts?${encodeURIComponent(name)}=${encodeURIComponent(bad)}`,
					bearer(token),
				);
				expect([bad, name, res.status]).toEqual([bad, name, 400]);
				expect(res.body).toEqual({
					errors: [
						expect.objectContaining({
							field: name,
							message: expect.stringContaining('YYYY-MM-DD'),
						}),
					],
					uid: expect.any(String),
				});
			}
		}
		const ms = Date.parse(sb.generator.createdTimestampAt(200));
		const oneDay = await searchAll({ 'date[from]': day(ms), 'date[to]': day(ms) });
		const expected = sb.expectedIds({ api: 'dfo', from: dayStart(ms), to: dayStart(ms) + DAY });
		expect(expected.length).toBeGreaterThan(5);
		expect(oneDay.ids).toEqual(expected);
		const future = await call(
			`${sb.url}/dfo/3.0/contacts?date[to]=${day(Date.now() + 2 * DAY)}`,
			bearer(token),
		);
		expect(future.status).toBe(400);
		const today = await call(
			`${sb.url}/dfo/3.0/contacts?date[to]=${day(Date.now())}`,
			bearer(token),
		);
		expect(today.status).toBe(200);
	});

	it('ends a search with no scrollToken; pages that scanned only non-matching contacts come back empty with one', async () => {
		const whole = await searchAll({});
		expect(whole.pages).toBe(16);
		const lastPage = await call(
			`${sb.url}/dfo/3.0/contacts?date[from]=${day(Date.now())}`,
			bearer(token),
		);
		expect(lastPage.body.scrollToken).toBeUndefined();
		// LINE has one channel and no generated conversations; the rarest filter that has some:
		const sparse = await searchAll({
			'status[]': 'escalated',
			'channel[]': sb.dfo.channelsByType.SMS,
		});
		expect(sparse.ids).toEqual(
			sb.expectedIds({ api: 'dfo', statuses: ['escalated'], channelTypes: ['SMS'] }),
		);
		expect(sparse.ids.length).toBeGreaterThan(0);
		expect(sparse.emptyWithToken).toBeGreaterThan(0);
	});

	it("accepts the filters inside query as NICE's UI sends them, and refuses a page size", async () => {
		const channels = sb.dfo.channelsByType.FACEBOOK;
		const viaQuery = await searchAll({
			query: `status IN (open,new) AND channel IN (${channels.join(',')})`,
		});
		const viaParams = await searchAll({ 'status[]': ['open', 'new'], 'channel[]': channels });
		expect(viaQuery.ids).toEqual(viaParams.ids);
		expect(viaQuery.ids.length).toBeGreaterThan(5);
		const badQuery = await call(
			`${sb.url}/dfo/3.0/contacts?query=${encodeURIComponent('colour IN (red)')}`,
			bearer(token),
		);
		expect(badQuery.status).toBe(400);
		for (const name of ['size', 'pageSize', 'limit']) {
			const res = await call(`${sb.url}/dfo/3.0/contacts?${name}=100`, bearer(token));
			expect([name, res.status, res.body.errors?.[0]?.field]).toEqual([name, 400, name]);
		}
	});

	it('gives contacts times with an offset, statusUpdatedAt and no updatedAt, and a null contactId on some', async () => {
		const { ids } = await searchAll({});
		const contacts = await Promise.all(
			ids.map(async (id) => (await call(`${sb.url}/dfo/3.0/contacts/${id}`, bearer(token))).body),
		);
		for (const c of contacts) {
			expect(c.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
			expect(c.statusUpdatedAt).toMatch(/\+00:00$/);
			expect(c).not.toHaveProperty('updatedAt');
			expect(parseRecord(dfoContactSchema, c, 'p').ok).toBe(true);
		}
		const nulls = contacts.filter((c) => c.contactId === null).length;
		expect(nulls).toBeGreaterThan(0);
		expect(nulls).toBeLessThan(contacts.length / 5);
	});

	it("returns messages, newest first and in every text form, from which the client rebuilds the customer's text", async () => {
		let split = 0;
		let replies = 0;
		let bots = 0;
		let removed = 0;
		let truncated = 0;
		let html = 0;
		const forms = new Set<string>();
		const sentiments = new Set<string>();
		for (let i = 0; i < 400; i++) {
			const res = await call(`${sb.url}/dfo/3.0/contacts/${1000000 + i}/messages`, bearer(token));
			expect(res.status).toBe(200);
			const conv = sb.generator.at(i);
			const data = res.body.data;
			expect(res.body.hits).toBe(data.length);
			const times = data.map((m: any) => Date.parse(m.createdAtWithMilliseconds));
			expect(times).toEqual([...times].sort((a, b) => b - a));
			for (const m of data) {
				expect(m.createdAt).toMatch(/\+00:00$/);
				expect(m.createdAtWithMilliseconds).toMatch(/\.\d{3}\+00:00$/);
			}
			const inbound = data.filter((m: any) => m.direction === 'inbound');
			expect(inbound.length).toBeGreaterThanOrEqual(1);
			expect(inbound.length).toBeLessThanOrEqual(3);
			if (inbound.length > 1) split++;
			replies += data.filter((m: any) => m.authorUser && !m.authorUser.isBotUser).length;
			bots += data.filter((m: any) => m.authorUser?.isBotUser).length;
			for (const m of inbound) {
				const c = m.messageContent;
				if (!c) continue;
				forms.add(
					typeof c.payload?.text === 'string'
						? 'payload.text'
						: c.text !== undefined
							? 'text'
							: 'fallbackText',
				);
				if (c.contentFormat === 'html') html++;
				if (m.sentiment) sentiments.add(m.sentiment);
			}
			// The full text of truncated messages is at /messages/{id}.
			const full = [];
			for (const m of data) {
				if (!m.hasAdditionalMessageContent) {
					full.push(m);
					continue;
				}
				truncated++;
				const whole = await call(`${sb.url}/dfo/3.0/messages/${m.id}`, bearer(token));
				expect(whole.status).toBe(200);
				expect(whole.body).toMatchObject({ id: m.id, hasAdditionalMessageContent: false });
				full.push(whole.body);
			}
			const parsed = full.map((m: any) => {
				const r = parseRecord(dfoMessageSchema, m, 'p');
				if (!r.ok) throw r.error;
				return r.value;
			});
			const contact = parseRecord(dfoContactSchema, sb.dfo.contactAt(i), 'p');
			if (!contact.ok) throw contact.error;
			const item = normaliseDfo(contact.value, parsed, conv.channel, false);
			expect(item.subject).toBe(conv.channel === 'EMAIL' ? conv.subject : '');
			if (inbound.some((m: any) => m.contentRemoved)) removed++;
			else {
				const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
				expect([i, squash(item.body)]).toEqual([i, squash(conv.body)]);
			}
		}
		expect(split).toBeGreaterThan(10);
		expect(replies).toBeGreaterThan(10);
		expect(bots).toBeGreaterThan(10);
		expect(removed).toBeGreaterThan(0);
		expect(truncated).toBeGreaterThan(5);
		expect(html).toBeGreaterThan(5);
		expect([...forms].sort()).toEqual(['fallbackText', 'payload.text', 'text']);
		expect([...sentiments].sort()).toEqual(['negative', 'neutral', 'positive']);
		expect((await call(`${sb.url}/dfo/3.0/contacts/999/messages`, bearer(token))).status).toBe(404);
		const unknown = await call(
			`${sb.url}/dfo/3.0/messages/00000000-0000-4000-8000-000000000000`,
			bearer(token),
		);
		expect(unknown.status).toBe(404);
		expect(unknown.body.errors[0].message).toMatch(/not found/i);
	});

	it('answers 401 on DFO routes as {error, errorDescription}', async () => {
		const res = await call(`${sb.url}/dfo/3.0/contacts`, bearer('not-a-token'));
		expect(res.status).toBe(401);
		expect(res.body).toEqual({
			error: 'invalid_token',
			errorDescription: expect.stringMatching(/token/i),
		});
	});

	it('injects faults on DFO routes, including a repeated scrollToken', async () => {
		sb.reset();
		sb.faults.add([
			{ route: 'dfo.contacts', type: 'repeat-cursor' },
			{ route: 'dfo.messages', type: '429', nth: 2, retryAfter: 2 },
		]);
		const first = await call(`${sb.url}/dfo/3.0/contacts`, bearer(token));
		const second = await call(
			`${sb.url}/dfo/3.0/contacts?scrollToken=${first.body.scrollToken}`,
			bearer(token),
		);
		expect(second.body.scrollToken).toBe(first.body.scrollToken);
		expect((await call(`${sb.url}/dfo/3.0/contacts/1000001/messages`, bearer(token))).status).toBe(
			200,
		);
		const limited = await call(`${sb.url}/dfo/3.0/contacts/1000001/messages`, bearer(token));
		expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2']);
		sb.faults.add({ route: 'dfo.contacts', type: '401' });
		expect((await call(`${sb.url}/dfo/3.0/contacts`, bearer(token))).status).toBe(401);
		expect((await call(`${sb.url}/dfo/3.0/channels`, bearer(token))).status).toBe(401);
		expect(sb.stats.requests).toMatchObject({
			'dfo.contacts': 3,
			'dfo.messages': 2,
			'dfo.channels': 1,
		});
	});
});
