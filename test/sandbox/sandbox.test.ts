// Tests of the local CXone simulator, v2 (Conversations API v2).
import { DAY, basic, FORM, call, v2Token, bearer, v2Url, fetchAllV2 } from './helpers';
const { startSandbox } = require('../../sandbox');

describe('v2: Conversations API v2', () => {
	let sb: any;
	let token: string;
	beforeAll(async () => {
		sb = await startSandbox({ conversations: 1000, v2PageSizeMax: 500 });
		token = (await v2Token(sb)).body.access_token;
	});
	afterAll(() => sb.close());
	beforeEach(() => sb.reset());

	it('issues tokens and rejects bad clients, grants and scopes', async () => {
		const ok = await v2Token(sb);
		expect(ok.status).toBe(200);
		expect(ok.body).toMatchObject({
			token_type: 'Bearer',
			expires_in: 3600,
			scope: 'conversations:read social:read tickets:write',
		});
		expect((await v2Token(sb, 'conversations:read')).body.scope).toBe('conversations:read');
		expect((await v2Token(sb, undefined, 'nope')).body).toMatchObject({ error: 'invalid_client' });
		expect((await v2Token(sb, undefined, 'nope')).status).toBe(401);
		const bad = await v2Token(sb, 'conversations:read admin:all');
		expect(bad.status).toBe(400);
		expect(bad.body.error).toBe('invalid_scope');
		expect(bad.body.error_description).toContain('admin:all');
		const grant = await call(`${sb.url}/oauth2/token`, {
			method: 'POST',
			headers: {
				authorization: basic('sandbox-client', 'sandbox-secret-v2'),
				'content-type': FORM,
			},
			body: 'grant_type=password',
		});
		expect(grant.status).toBe(400);
		expect(grant.body.error).toBe('unsupported_grant_type');
		expect(sb.stats.tokensIssued).toBe(2);
	});

	it('pages through everything, ascending, exactly the expected ids', async () => {
		const all = await fetchAllV2(sb, token, { limit: 100 });
		expect(all.pages).toBe(10);
		expect(all.ids).toEqual(sb.expectedIds({}));
		expect(all.ids).toHaveLength(1000);
		expect([...all.timestamps].sort()).toEqual(all.timestamps);
		expect(sb.stats.requests['v2.conversations']).toBe(10);
	});

	it('filters by time range, channel types (repeated and comma-separated) and ids', async () => {
		const from = sb.generator.createdTimestampAt(100);
		const to = sb.generator.createdTimestampAt(700);
		const query = { from, to, channelTypes: ['SMS,EMAIL', 'WEBCHAT'], limit: 7 };
		const got = await fetchAllV2(sb, token, query);
		const expected = sb.expectedIds({ from, to, channelTypes: ['SMS', 'EMAIL', 'WEBCHAT'] });
		expect(got.ids).toEqual(expected);
		expect(expected.length).toBeGreaterThan(50);
		const sparse = await fetchAllV2(sb, token, { channelTypes: 'SMS', limit: 1 });
		expect(sparse.ids).toEqual(sb.expectedIds({ channelTypes: ['SMS'] }));
		const ids = [
			sb.generator.at(5).id,
			sb.generator.at(3).id,
			sb.generator.at(900).id,
			'conv-00000000-0000',
		];
		const byId = await fetchAllV2(sb, token, { conversationIds: ids.join(','), limit: 2 });
		expect(byId.ids).toEqual([
			sb.generator.at(3).id,
			sb.generator.at(5).id,
			sb.generator.at(900).id,
		]);
		expect(byId.ids).toEqual(sb.expectedIds({ conversationIds: ids }));
	});

	it('bounds the scan of a sparse filter: empty pages that still carry a token', async () => {
		const none = await fetchAllV2(sb, token, { channelTypes: 'LINE', limit: 2 });
		expect(none.ids).toEqual([]);
		expect(none.pages).toBe(10); // 1000 indices, 2 * 50 scanned per request
		expect(none.emptyPages).toBe(9);
		const res = await call(
			v2Url(sb, { channelTypes: 'SMS', limit: 1, from: sb.generator.createdTimestampAt(0) }),
			bearer(token),
		);
		expect(res.body.data.length).toBeLessThanOrEqual(1);
		expect(res.body.nextPageToken).not.toBe('');
	});

	it('answers 400 for bad queries', async () => {
		const now = Date.now();
		const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
		const cases: Array<[Record<string, any>, RegExp]> = [
			[{ from: 'yesterday' }, /from/],
			[{ from: '2026-02-30T00:00:00Z' }, /from/],
			[{ from: iso(now - DAY), to: iso(now - 2 * DAY) }, /after/],
			[{ to: iso(now + 3600000) }, /future/],
			[{ from: iso(now - 91 * DAY) }, /retention/],
			[{ channelTypes: 'FAX' }, /Unknown channel type/],
			[{ channelTypes: '[FACEBOOK TWITTER]' }, /Go-style/],
			[{ conversationIds: 'abc' }, /Malformed/],
			[{ limit: 501 }, /at most 500/],
			[{ limit: 0 }, /limit/],
			[{ nextPageToken: 'garbage!' }, /nextPageToken/],
		];
		for (const [query, message] of cases) {
			const res = await call(v2Url(sb, query), bearer(token));
			expect([query, res.status]).toEqual([query, 400]);
			expect(res.body.message).toMatch(message);
		}
		const first = await call(v2Url(sb, { limit: 10 }), bearer(token));
		const other = await call(
			v2Url(sb, { limit: 10, channelTypes: 'SMS', nextPageToken: first.body.nextPageToken }),
			bearer(token),
		);
		expect(other.status).toBe(400);
		expect(other.body.message).toMatch(/does not belong/);
	});

	it('answers 401 without a valid token and 403 without the scope', async () => {
		expect((await call(v2Url(sb))).status).toBe(401);
		const unknown = await call(v2Url(sb), bearer('nope'));
		expect(unknown.status).toBe(401);
		expect(unknown.body).toEqual({ message: 'Unauthorized: token expired or invalid' });
		const readOnly = (await v2Token(sb, 'conversations:read')).body.access_token;
		expect((await call(v2Url(sb, { channelTypes: 'WEBCHAT,SMS' }), bearer(readOnly))).status).toBe(
			200,
		);
		const social = await call(v2Url(sb, { channelTypes: 'WEBCHAT,FACEBOOK' }), bearer(readOnly));
		expect(social.status).toBe(403);
		expect(social.body.message).toBe('Forbidden: missing scope social:read');
		const tickets = (await v2Token(sb, 'tickets:write')).body.access_token;
		const none = await call(v2Url(sb), bearer(tickets));
		expect(none.status).toBe(403);
		expect(none.body.message).toBe('Forbidden: missing scope conversations:read');
	});

	it('expires tokens after tokenTtlSeconds', async () => {
		let now = Date.now();
		const clocked = await startSandbox({
			conversations: 20,
			tokenTtlSeconds: 60,
			now: () => now,
			endTime: now,
		});
		try {
			const t = (await v2Token(clocked)).body.access_token;
			expect((await call(v2Url(clocked), bearer(t))).status).toBe(200);
			now += 61000;
			const expired = await call(v2Url(clocked), bearer(t));
			expect(expired.status).toBe(401);
			expect(expired.body.message).toMatch(/expired/);
			const fresh = (await v2Token(clocked)).body.access_token;
			expect((await call(v2Url(clocked), bearer(fresh))).status).toBe(200);
		} finally {
			await clocked.close();
		}
	});
});
