// Tests of the local CXone simulator, flavour B (DFO 3.0).
import { basic, FORM, call, v2Token, dfoToken, bearer } from './helpers';
const { startSandbox } = require('../../sandbox');

describe('flavour B: DFO 3.0', () => {
	let sb: any;
	let token: string;
	beforeAll(async () => {
		sb = await startSandbox({ conversations: 400, dfoPageSize: 25 });
		token = (await dfoToken(sb)).body.access_token;
	});
	afterAll(() => sb.close());

	async function searchAll(query: Record<string, any> = {}) {
		const ids: string[] = [];
		let scrollToken = '';
		let hits;
		for (let guard = 0; guard < 1000; guard++) {
			const params = new URLSearchParams();
			for (const [key, value] of Object.entries(query)) {
				for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
			}
			if (scrollToken) params.set('scrollToken', scrollToken);
			const res = await call(`${sb.url}/dfo/3.0/contacts?${params}`, bearer(token));
			expect(res.status).toBe(200);
			hits ??= res.body.hits;
			if (!res.body.data.length) break;
			expect(res.body.data.length).toBeLessThanOrEqual(25);
			ids.push(...res.body.data.map((c: any) => c.id));
			scrollToken = res.body.scrollToken;
		}
		return { ids, hits };
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

	it('lists channels with page and size', async () => {
		const first = await call(`${sb.url}/dfo/3.0/channels?page=1&size=5`, bearer(token));
		expect(first.body.data).toHaveLength(5);
		const all = await call(`${sb.url}/dfo/3.0/channels`, bearer(token));
		expect(all.body.totalRecords).toBe(all.body.data.length);
		expect(all.body.data[0]).toEqual({
			id: expect.stringMatching(/^fb_\d{15}$/),
			name: expect.any(String),
			realExternalPlatformId: 'facebook',
			isPrivate: false,
		});
		const platforms = new Set(all.body.data.map((c: any) => c.realExternalPlatformId));
		for (const p of ['facebook', 'twitter', 'instagram', 'whatsapp', 'chat', 'sms', 'email']) {
			expect(platforms.has(p)).toBe(true);
		}
	});

	it('scrolls through contacts, exactly the expected ids, with filters and desc', async () => {
		const all = await searchAll({ sorting: 'createdAt', sortingType: 'asc' });
		expect(all.ids).toEqual(sb.expectedIds({ flavour: 'dfo' }));
		expect(all.ids).toHaveLength(400);
		expect(all.hits).toBe(400);
		const from = sb.generator.createdTimestampAt(50);
		const channelIds = sb.dfo.channelsByType.FACEBOOK;
		const filtered = await searchAll({
			'date[from]': from,
			'status[]': ['open', 'new'],
			'channel[]': channelIds,
		});
		const expected = sb.expectedIds({
			flavour: 'dfo',
			from,
			statuses: ['open', 'new'],
			channelTypes: ['FACEBOOK'],
		});
		expect(filtered.ids).toEqual(expected);
		expect(filtered.hits).toBe(expected.length);
		const none = await call(
			`${sb.url}/dfo/3.0/contacts?channel[]=${sb.dfo.channelsByType.LINE[0]}`,
			bearer(token),
		);
		expect(none.body).toMatchObject({ hits: 0, data: [] });
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
		expect(
			(await call(`${sb.url}/dfo/3.0/contacts?date[from]=2000-01-01T00:00:00Z`, bearer(token)))
				.status,
		).toBe(400);
	});

	it('returns the inbound messages that rebuild the conversation body', async () => {
		let split = 0;
		let replies = 0;
		let removed = 0;
		for (let i = 0; i < 400; i++) {
			const res = await call(`${sb.url}/dfo/3.0/contacts/${1000000 + i}/messages`, bearer(token));
			expect(res.status).toBe(200);
			const conv = sb.generator.at(i);
			const inbound = res.body.data.filter((m: any) => m.direction === 'inbound');
			expect(res.body.hits).toBe(res.body.data.length);
			expect(inbound.length).toBeGreaterThanOrEqual(1);
			expect(inbound.length).toBeLessThanOrEqual(3);
			if (inbound.length > 1) split++;
			replies += res.body.data.length - inbound.length;
			expect(res.body.data[0].title).toBe(conv.channel === 'EMAIL' ? conv.subject : '');
			if (inbound.some((m: any) => m.contentRemoved)) {
				removed++;
				expect(inbound.find((m: any) => m.contentRemoved).messageContent.payload.text).toBe('');
			} else {
				expect(inbound.map((m: any) => m.messageContent.payload.text).join('\n\n')).toBe(conv.body);
			}
		}
		expect(split).toBeGreaterThan(10);
		expect(replies).toBeGreaterThan(10);
		expect(removed).toBeGreaterThan(0);
		expect((await call(`${sb.url}/dfo/3.0/contacts/999/messages`, bearer(token))).status).toBe(404);
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
