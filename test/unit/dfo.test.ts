// The DFO 3.0 client against the contract NICE's generated OpenAPI types and agent SDK show, over a
// recording fake client (no server): what it sends, when it stops, how it reads messages.
import {
	fetchConversations,
	loadDfoChannels,
	type ApiClient,
} from '../../nodes/core/cxone/fetch';
import type { ConversationQuery } from '../../nodes/core/cxone/query';
import { summariseBody } from '../../nodes/core/redact';
import { htmlToText } from '../../nodes/core/cxone/dfo';

type Handler = (qs: Record<string, unknown>, call: number) => unknown;

function fakeClient(routes: Record<string, Handler>) {
	const calls: Array<{ path: string; qs: Record<string, unknown> }> = [];
	const client: ApiClient = {
		async get(path, qs) {
			calls.push({ path, qs });
			const handler = routes[path];
			if (!handler) throw new Error(`unexpected GET ${path}`);
			return handler(qs, calls.filter((c) => c.path === path).length);
		},
	};
	return { client, calls, of: (path: string) => calls.filter((c) => c.path === path) };
}

const ms = (iso: string) => Date.parse(iso);
const query = (over: Partial<ConversationQuery> = {}): ConversationQuery => ({
	api: 'dfo',
	fromMs: ms('2026-11-01T10:00:00Z'),
	toMs: ms('2026-11-02T12:00:00Z'),
	channelTypes: [],
	conversationIds: [],
	statuses: [],
	limit: undefined,
	pageSize: 100,
	...over,
});
const options = {
	maxPages: 50,
	skipInvalidRecords: false,
	includeRaw: false,
	messageConcurrency: 2,
};

function contact(id: string, createdAt: string, over: Record<string, unknown> = {}) {
	return {
		id,
		contactId: null,
		channelId: 'fb_1',
		status: 'open',
		direction: 'inbound',
		createdAt,
		statusUpdatedAt: createdAt,
		...over,
	};
}
const customer = { id: 'i1', idOnExternalPlatform: '100', fullName: 'Ana Ruiz' };
const said = (text: string, createdAt = '2026-11-01T10:30:00+00:00') => ({
	hits: 1,
	data: [
		{
			id: 'm',
			direction: 'inbound',
			createdAt,
			messageContent: { type: 'TEXT', payload: { text } },
		},
	],
});

async function run(client: ApiClient, q = query(), opts = {}) {
	const items: any[] = [];
	for await (const batch of fetchConversations(client, q, { ...options, ...opts })) {
		for (const outcome of batch)
			items.push(outcome.kind === 'conversation' ? outcome.item : outcome);
	}
	return items;
}

const CHANNELS = () => [{ id: 'fb_1', name: 'Support', realExternalPlatformId: 'facebook' }];

describe('DFO search', () => {
	it('sends whole UTC days as dates and keeps only contacts created inside the window', async () => {
		const fake = fakeClient({
			'/channels': CHANNELS,
			'/contacts': () => ({
				hits: 4,
				data: [
					contact('1', '2026-11-01T09:59:59+00:00'),
					contact('2', '2026-11-01T10:00:00+00:00'),
					contact('3', '2026-11-02T11:59:59+00:00'),
					contact('4', '2026-11-02T12:00:00+00:00'),
				],
			}),
			'/contacts/2/messages': () => said('in'),
			'/contacts/3/messages': () => said('in'),
		});
		const items = await run(fake.client);
		const [search] = fake.of('/contacts');
		expect(search.qs.date).toEqual({ from: '2026-11-01', to: '2026-11-02' });
		expect(items.map((i) => i.id)).toEqual(['2', '3']);
		// Contacts outside the window cost no message request.
		expect(fake.calls.map((c) => c.path)).not.toContain('/contacts/1/messages');
	});

	it('sends no page size: /contacts has none', async () => {
		const fake = fakeClient({
			'/channels': () => ({ data: CHANNELS() }),
			'/contacts': () => ({ hits: 0, data: [] }),
		});
		await run(fake.client, query({ pageSize: 40 }));
		const keys = Object.keys(fake.of('/contacts')[0].qs);
		for (const k of ['size', 'limit', 'pageSize', 'page']) expect(keys).not.toContain(k);
	});

	it('goes on past an empty page that still carries a scrollToken, and ends when the token is absent', async () => {
		const pages = [
			{ hits: 2, scrollToken: 'A', data: [contact('1', '2026-11-01T11:00:00+00:00')] },
			{ hits: 2, scrollToken: 'B', data: [] },
			{ hits: 2, data: [contact('2', '2026-11-01T12:00:00+00:00')] },
		];
		const fake = fakeClient({
			'/channels': CHANNELS,
			'/contacts': (_qs, n) => pages[n - 1],
			'/contacts/1/messages': () => said('one'),
			'/contacts/2/messages': () => said('two'),
		});
		const items = await run(fake.client);
		expect(items.map((i) => i.id)).toEqual(['1', '2']);
		expect(fake.of('/contacts').map((c) => c.qs.scrollToken)).toEqual([undefined, 'A', 'B']);
	});

	it('ends once hits records were seen, even when a scrollToken comes back', async () => {
		const fake = fakeClient({
			'/channels': CHANNELS,
			'/contacts': () => ({
				hits: 1,
				scrollToken: 'more?',
				data: [contact('1', '2026-11-01T11:00:00+00:00')],
			}),
			'/contacts/1/messages': () => said('one'),
		});
		expect((await run(fake.client)).map((i) => i.id)).toEqual(['1']);
		expect(fake.of('/contacts')).toHaveLength(1);
	});
});

describe('DFO channels', () => {
	const list = [
		{ id: 'fb_1', realExternalPlatformId: 'fb' },
		{ channelId: 'chan-2', type: 'ig' },
		{ id: 'tw_3', realExternalPlatformId: 'tw', name: 'X' },
		{ id: 'ind_whatsapp_ab12', realExternalPlatformId: 'whatsapp', isDeleted: true },
		{ id: 'chat_4', realExternalPlatformId: 'chat' },
	];

	it('reads a bare array, short and long platform ids, and asks for deleted channels', async () => {
		const fake = fakeClient({ '/channels': () => list });
		const types = await loadDfoChannels(fake.client);
		expect(Object.fromEntries(types)).toEqual({
			fb_1: 'FACEBOOK',
			'chan-2': 'INSTAGRAM',
			tw_3: 'TWITTER',
			ind_whatsapp_ab12: 'WHATSAPP',
			chat_4: 'WEBCHAT',
		});
		expect(fake.of('/channels')[0].qs).toMatchObject({ includeDeleted: 1 });
	});

	it('still reads the {data} envelope, page by page', async () => {
		const all = Array.from({ length: 150 }, (_, k) => ({
			id: `sms_${k}`,
			realExternalPlatformId: 'sms',
		}));
		const fake = fakeClient({
			'/channels': (qs) => ({
				data: all.slice((Number(qs.page) - 1) * Number(qs.size), Number(qs.page) * Number(qs.size)),
			}),
		});
		expect((await loadDfoChannels(fake.client)).size).toBe(150);
	});

	it('maps requested types to channel ids, deleted channels included', async () => {
		const fake = fakeClient({
			'/channels': () => list,
			'/contacts': () => ({ hits: 0, data: [] }),
		});
		await run(fake.client, query({ channelTypes: ['INSTAGRAM', 'TWITTER', 'WHATSAPP'] }));
		expect(fake.of('/contacts')[0].qs.channel).toEqual(['chan-2', 'tw_3', 'ind_whatsapp_ab12']);
	});

	it('falls back to the channel id only for channels the listing does not know', async () => {
		const fake = fakeClient({
			'/channels': () => [{ id: 'fb_1', realExternalPlatformId: 'ig' }],
			'/contacts': () => ({
				hits: 3,
				data: [
					contact('1', '2026-11-01T11:00:00+00:00', { channelId: 'fb_1' }),
					contact('2', '2026-11-01T11:00:00+00:00', { channelId: 'ind_whatsapp_9f3e' }),
					contact('3', '2026-11-01T11:00:00+00:00', { channelId: 'zz_77' }),
				],
			}),
			'/contacts/1/messages': () => said('a'),
			'/contacts/2/messages': () => said('b'),
			'/contacts/3/messages': () => said('c'),
		});
		const items = await run(fake.client);
		expect(items.map((i) => i.channel)).toEqual(['INSTAGRAM', 'WHATSAPP', 'UNKNOWN']);
	});
});

describe('DFO messages', () => {
	const at = (s: string) => `2026-11-01T10:${s}+00:00`;
	const messages = [
		{
			id: 'm3',
			direction: 'inbound',
			createdAt: at('02:00'),
			authorEndUserIdentity: customer,
			sentiment: 'neutral',
			messageContent: { type: 'TEXT', text: 'Third, in the SDK form.' },
		},
		{
			id: 'm1b',
			direction: 'inbound',
			createdAt: at('00:00'),
			createdAtWithMilliseconds: '2026-11-01T10:00:00.900+00:00',
			authorEndUserIdentity: customer,
			messageContent: { type: 'TEXT', payload: { text: 'Second.' } },
		},
		{
			id: 'm1a',
			direction: 'inbound',
			createdAt: at('00:00'),
			createdAtWithMilliseconds: '2026-11-01T10:00:00.100+00:00',
			authorEndUserIdentity: customer,
			title: 'Refund please',
			messageContent: { type: 'TEXT', payload: { text: 'First.' } },
		},
		{
			id: 'm2',
			direction: 'outbound',
			createdAt: at('01:00'),
			authorUser: { id: 'a1', firstName: 'Tom', isBotUser: false },
			messageContent: { type: 'TEXT', payload: { text: 'Agent reply' } },
		},
		{
			id: 'm4',
			direction: 'inbound',
			createdAt: at('03:00'),
			authorUser: { id: 'b1', firstName: 'Bot', isBotUser: true },
			messageContent: { type: 'TEXT', payload: { text: 'Automated greeting' } },
		},
		{
			id: 'm5',
			createdAt: at('04:00'),
			authorEndUserIdentity: customer,
			messageContent: { type: 'QUICK_REPLIES', fallbackText: 'Option B' },
		},
		{
			id: 'm6',
			direction: 'inbound',
			createdAt: at('05:00'),
			messageContent: { type: 'RICH_LINK', payload: { text: { content: 'Rich content.' } } },
		},
		{
			id: 'm7',
			direction: 'inbound',
			createdAt: at('06:00'),
			contentRemoved: { reason: 'TTL' },
			messageContent: {
				type: 'TEXT',
				payload: { text: 'Text that is gone' },
				fallbackText: 'gone',
			},
		},
		{
			id: 'm8',
			direction: 'inbound',
			createdAt: at('07:00'),
			sentiment: 'positive',
			messageContent: {
				type: 'TEXT',
				contentFormat: 'html',
				payload: {
					text: '<html><head><style>p{color:red}</style></head><body><p>Fish &amp; chips<br>arrived&nbsp;cold</p><p>Not <b>happy</b> &#8211; at all</p></body></html>',
				},
			},
		},
		{
			id: 'm9',
			direction: 'inbound',
			createdAt: at('08:00'),
			sentiment: 'negative',
			hasAdditionalMessageContent: true,
			messageContent: { type: 'TEXT', payload: { text: 'The beginning of a long' } },
		},
	];

	async function fetchOne(extra: Record<string, unknown> = {}) {
		const fake = fakeClient({
			'/channels': CHANNELS,
			'/contacts': () => ({
				hits: 1,
				data: [
					contact('77', '2026-11-01T10:30:00+00:00', {
						statusUpdatedAt: '2026-11-01T11:45:00+00:00',
						...extra,
					}),
				],
			}),
			'/contacts/77/messages': () => ({ hits: messages.length, data: messages }),
			'/messages/m9': () => ({
				...messages[messages.length - 1],
				hasAdditionalMessageContent: false,
				messageContent: {
					type: 'TEXT',
					payload: { text: 'The beginning of a long story, in full.' },
				},
			}),
		});
		const [item] = await run(fake.client);
		return { item, fake };
	}

	it("joins the customer's messages by time in every text form, without agents, bots or removed text", async () => {
		const { item } = await fetchOne();
		expect(item.body.split('\n\n')).toEqual([
			'First.',
			'Second.',
			'Third, in the SDK form.',
			'Option B',
			'Rich content.',
			'Fish & chips\narrived cold',
			'Not happy – at all',
			'The beginning of a long story, in full.',
		]);
		expect(item.body).not.toMatch(/Agent reply|Automated greeting|gone|<|color/);
		expect(item.subject).toBe('Refund please');
		expect(item.contentRemoved).toEqual(['TTL']);
	});

	it('fetches a truncated message in full from /messages/{id}, once', async () => {
		const { fake } = await fetchOne();
		expect(fake.of('/messages/m9')).toHaveLength(1);
		expect(fake.calls.filter((c) => c.path.startsWith('/messages/'))).toHaveLength(1);
	});

	it("keeps CXone's sentiment of the customer's latest message, offsets, statusUpdatedAt and a null contactId", async () => {
		const { item } = await fetchOne();
		expect(item).toMatchObject({
			id: '77',
			channel: 'FACEBOOK',
			createdTimestamp: '2026-11-01T10:30:00+00:00',
			updatedTimestamp: '2026-11-01T11:45:00+00:00',
			contactId: null,
			sentiment: 'negative',
		});
	});

	it('gives sentiment null when CXone rated no customer message', async () => {
		const fake = fakeClient({
			'/channels': CHANNELS,
			'/contacts': () => ({ hits: 1, data: [contact('5', '2026-11-01T10:30:00+00:00')] }),
			'/contacts/5/messages': () => said('plain'),
		});
		const [item] = await run(fake.client);
		expect(item.sentiment).toBeNull();
		expect(item.body).toBe('plain');
	});
});

describe('HTML to text', () => {
	it('drops comments, scripts, styles and the head, keeps block breaks, decodes entities', () => {
		expect(
			htmlToText(
				'<html><head><title>T</title></head><body><!-- note --><p>A &amp; B<br/>C&#x21;</p>' +
					'<SCRIPT>x()</script ><div>D&nbsp;&nbsp; E</div><ul><li>one</li><li>two</li></ul>',
			),
		).toBe('A & B\nC!\n\nD E\n\none\ntwo');
		expect(htmlToText('<p>kept</p><!-- never closed <p>gone</p>')).toBe('kept');
		expect(htmlToText('a &bogus; b &#0; c')).toBe('a &bogus; b &#0; c');
	});

	it('stays linear on bodies full of openings that never close', () => {
		const started = Date.now();
		for (const body of ['<a '.repeat(50_000), '<style>'.repeat(30_000), '<!--'.repeat(50_000)])
			htmlToText(body);
		expect(Date.now() - started).toBeLessThan(1000);
	});
});

describe('DFO error bodies', () => {
	it('show errors[].message in words', () => {
		const text = summariseBody(
			{
				errors: [
					{
						message: 'date[from] must be a date (YYYY-MM-DD)',
						field: 'date[from]',
						errorCode: 'InvalidDate',
					},
					{ message: 'Unknown status bogus', field: 'status' },
				],
				uid: 'c0ffee-12',
			},
			[],
		);
		expect(text).toBe(
			'date[from] must be a date (YYYY-MM-DD); Unknown status bogus (request uid c0ffee-12)',
		);
	});

	it('show errorDescription of an auth error rather than its code', () => {
		expect(
			summariseBody(
				{ error: 'invalid_token', errorDescription: 'The access token has expired' },
				[],
			),
		).toBe('The access token has expired');
	});

	it('read a body that arrived as JSON text', () => {
		expect(
			summariseBody('{"errors":[{"message":"Unknown channel id \'x\'","field":"channel"}]}', []),
		).toBe("Unknown channel id 'x'");
		expect(summariseBody('<html>Bad Gateway</html>', [])).toBe('<html>Bad Gateway</html>');
	});

	it('still redact secrets inside error messages', () => {
		expect(summariseBody({ errors: [{ message: 'bad key s3cr3t-value' }] }, ['s3cr3t-value'])).toBe(
			'bad key [redacted]',
		);
	});
});
