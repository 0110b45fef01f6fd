// The v2 conversations client over a recording fake client (no server): what it sends per page,
// when it stops, and how records become outcomes.
import { fetchConversations, type ApiClient } from '../../nodes/core/cxone/fetch';
import type { ConversationQuery } from '../../nodes/core/cxone/query';
import { RecordSchemaError } from '../../nodes/core/errors';

function record(id: string, over: Record<string, unknown> = {}) {
	return {
		id,
		channel: 'FACEBOOK',
		createdTimestamp: '2026-11-01T10:00:00Z',
		updatedTimestamp: '2026-11-01T10:05:00Z',
		status: 'OPEN',
		customer: { id: 'u1', name: 'Ana' },
		subject: null,
		body: 'Where is my order?',
		...over,
	};
}

function pagedClient(pages: Array<{ data: unknown[]; nextPageToken?: string }>) {
	const calls: Array<Record<string, unknown>> = [];
	const client: ApiClient = {
		async get(path, qs) {
			expect(path).toBe('/api/v2/conversations');
			calls.push(qs);
			return pages[calls.length - 1];
		},
	};
	return { client, calls };
}

const query = (over: Partial<ConversationQuery> = {}): ConversationQuery => ({
	api: 'v2',
	fromMs: Date.parse('2026-11-01T00:00:00Z'),
	toMs: Date.parse('2026-11-02T00:00:00Z'),
	channelTypes: [],
	conversationIds: [],
	statuses: [],
	limit: undefined,
	pageSize: 2,
	...over,
});
const options = { maxPages: 10, skipInvalidRecords: false, includeRaw: false, messageConcurrency: 1 };

async function collect(client: ApiClient, q: ConversationQuery, opts = options) {
	const out: any[] = [];
	for await (const batch of fetchConversations(client, q, opts)) out.push(...batch);
	return out;
}

describe('v2 conversations client', () => {
	it('follows nextPageToken until it is absent, sending the window and filters on every page', async () => {
		const { client, calls } = pagedClient([
			{ data: [record('a'), record('b')], nextPageToken: 't1' },
			{ data: [record('c')] },
		]);
		const out = await collect(client, query({ channelTypes: ['FACEBOOK', 'X'] }));
		expect(out.map((o) => o.item.id)).toEqual(['a', 'b', 'c']);
		expect(calls).toHaveLength(2);
		expect(calls[0]).toMatchObject({
			from: '2026-11-01T00:00:00.000Z',
			to: '2026-11-02T00:00:00.000Z',
			channelTypes: 'FACEBOOK,X',
			limit: 2,
		});
		expect(calls[0].nextPageToken).toBeUndefined();
		expect(calls[1]).toMatchObject({ nextPageToken: 't1', channelTypes: 'FACEBOOK,X' });
	});

	it('stops at the limit and asks only for what is still needed', async () => {
		const { client, calls } = pagedClient([
			{ data: [record('a'), record('b')], nextPageToken: 't1' },
			{ data: [record('c')], nextPageToken: 't2' },
		]);
		const out = await collect(client, query({ limit: 3 }));
		expect(out).toHaveLength(3);
		expect(calls.map((c) => c.limit)).toEqual([2, 1]);
	});

	it('fails on a malformed record, or rejects it with its reason when asked to skip', async () => {
		const pages = () => [{ data: [record('a'), record('b', { createdTimestamp: 'yesterday' })] }];
		await expect(collect(pagedClient(pages()).client, query())).rejects.toBeInstanceOf(
			RecordSchemaError,
		);
		const out = await collect(pagedClient(pages()).client, query(), {
			...options,
			skipInvalidRecords: true,
		});
		expect(out[0]).toMatchObject({ kind: 'conversation' });
		expect(out[1]).toMatchObject({ kind: 'rejected', field: 'createdTimestamp' });
		expect(out[1].recordRef).toContain('position 2');
	});
});
