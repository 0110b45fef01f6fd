/* eslint-disable @typescript-eslint/no-require-imports */
// "CXone: Get Conversations" on n8n's engine against the simulator's DFO 3.0 contract as NICE's
// generated types and agent SDK show it: date-only search windows, the end of a search at an absent
// scrollToken, /channels as a bare array with short platform ids and deleted channels, messages in
// every text form, newest first, HTML, truncated, with CXone's sentiment, and DFO error bodies.
const { startSandbox } = require('../../sandbox');
const { runWorkflow, nodeOutput, nodeError } = require('../../harness/engine');
const { dfoCredentials, getConversationsNode, singleNodeWorkflow } = require('../../harness/fixtures');

const NODE = 'CXone: Get Conversations';
const DAY = 86_400_000;
const end = Date.now() - 60_000;
let sandbox: any;

beforeAll(async () => {
	// A small scan stretch per search request: filtered searches meet empty pages with a token.
	sandbox = await startSandbox({
		conversations: 300,
		seed: 11,
		endTime: end,
		spanMs: 20 * DAY,
		dfoScanLimit: 30,
	});
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

async function run(parameters: Record<string, unknown>, sb = sandbox) {
	const result = await runWorkflow(
		singleNodeWorkflow(getConversationsNode(parameters)),
		dfoCredentials(sb),
	);
	return {
		...result,
		conversations: nodeOutput(result.run, NODE, 0).map((i: any) => i.json),
		error: nodeError(result.run, NODE),
	};
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const SENTIMENT: Record<string, string> = {
	urgent: 'negative',
	angry: 'negative',
	happy: 'positive',
};

describe('CXone: Get Conversations on the DFO 3.0 contract', () => {
	it("returns every contact of a window inside days once, with the customer's text, type and sentiment", async () => {
		// Times inside days: the search covers whole days, the window is cut on the client.
		const from = new Date(end - 12 * DAY - 5 * 3_600_000 - 17 * 60_000).toISOString();
		const to = new Date(end - 2 * DAY - 7 * 3_600_000).toISOString();
		const r = await run({ timeRange: 'between', from, to, returnAll: true });
		expect(r.error).toBeUndefined();
		const expected = sandbox.expectedIds({ api: 'dfo', from, to });
		expect(expected.length).toBeGreaterThan(50);
		expect(r.conversations.map((c: any) => c.id)).toEqual(expected);
		let compared = 0;
		for (const item of r.conversations) {
			const i = Number(item.id) - 1_000_000;
			const conv = sandbox.generator.at(i);
			expect([item.id, item.channel]).toEqual([item.id, conv.channel]);
			expect(item.createdTimestamp).toMatch(/\+00:00$/);
			expect(item.sentiment).toBe(SENTIMENT[conv.kind] ?? 'neutral');
			expect(item.subject).toBe(conv.channel === 'EMAIL' ? conv.subject : '');
			if (item.contentRemoved) continue;
			expect([item.id, squash(item.body)]).toEqual([item.id, squash(conv.body)]);
			compared++;
		}
		expect(compared).toBeGreaterThan(50);
		const requests = sandbox.stats.requests;
		expect(requests['dfo.message']).toBeGreaterThan(0);
		expect(requests['dfo.messages']).toBe(expected.length);
	});

	it('finds the contacts of every channel of a type, deleted channels and short platform ids included', async () => {
		const types = ['WHATSAPP', 'TWITTER', 'INSTAGRAM'];
		const r = await run({
			timeRange: 'lastDays',
			days: 30,
			returnAll: true,
			channelTypes: types,
			statuses: ['open', 'new', 'pending'],
		});
		expect(r.error).toBeUndefined();
		const expected = sandbox.expectedIds({
			api: 'dfo',
			from: end - 30 * DAY,
			channelTypes: types,
			statuses: ['open', 'new', 'pending'],
		});
		expect(r.conversations.map((c: any) => c.id)).toEqual(expected);
		const deleted = sandbox.dfo.channels.find((c: any) => c.isDeleted).id;
		expect(r.conversations.some((c: any) => c.channelId === deleted)).toBe(true);
		expect(new Set(r.conversations.map((c: any) => c.channel))).toEqual(new Set(types));
	});

	it('shows the errorDescription of a 401 that persists after a new token', async () => {
		sandbox.faults.add({ route: 'dfo.contacts', type: '401', times: 'always' });
		const r = await run({ timeRange: 'lastDays', days: 3 });
		expect(r.error.message).toBe(
			'GET /contacts was refused (HTTP 401): The access token is expired or invalid.',
		);
		expect(sandbox.stats.requests['dfo.contacts']).toBe(2);
	});

	it('shows what the DFO API said, in words, when it refuses a search', async () => {
		// A tenant keeping 5 days while the node assumes the default 90: the API refuses the range.
		const short = await startSandbox({
			conversations: 50,
			seed: 3,
			endTime: end,
			spanMs: 20 * DAY,
			retentionDays: 5,
		});
		try {
			const r = await run({ timeRange: 'lastDays', days: 10 }, short);
			expect(r.error.message).toMatch(
				/HTTP 400: date\[from\] is older than the retention policy \(5 days\) \(request uid [0-9a-f]+\)/,
			);
			expect(r.error.message).not.toContain('{');
		} finally {
			await short.close();
		}
	});
});
