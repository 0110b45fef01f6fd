/* eslint-disable @typescript-eslint/no-require-imports */
import { startLocalServer, type LocalServer } from './localServers';

const { startSandbox } = require('../../sandbox');
const { runWorkflow, nodeOutput, nodeError } = require('../../harness/engine');
const {
	v2Credentials,
	getConversationsNode,
	singleNodeWorkflow,
} = require('../../harness/fixtures');

const GET = 'CXone: Get Conversations';
const DAY = 86_400_000;
const end = Date.now() - 60_000;
let sandbox: any;

beforeAll(async () => {
	sandbox = await startSandbox({ conversations: 40, seed: 9, endTime: end, spanMs: 2 * DAY });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

async function fetchWith(
	parameters: Record<string, unknown>,
	o: { onError?: string; credentials?: Record<string, unknown> } = {},
) {
	const node = getConversationsNode({
		timeRange: 'lastDays',
		days: 3,
		returnAll: true,
		...parameters,
	});
	if (o.onError) node.onError = o.onError;
	const credentials = o.credentials ?? v2Credentials(sandbox);
	const { run } = await runWorkflow(singleNodeWorkflow(node), credentials);
	return {
		error: nodeError(run, GET),
		conversations: nodeOutput(run, GET, 0),
		audit: nodeOutput(run, GET, 1),
		errorOutput: nodeOutput(run, GET, 2),
	};
}

describe('Get Conversations and "On Error"', () => {
	it('routes a fetch failure to the error output under "Continue (using error output)"', async () => {
		const credentials = v2Credentials(sandbox, { clientSecret: 'not-the-secret' });
		const r = await fetchWith({}, { onError: 'continueErrorOutput', credentials });
		expect(r.error).toBeUndefined();
		expect(r.conversations).toHaveLength(0);
		expect(r.errorOutput).toHaveLength(1);
		expect(r.errorOutput[0].json.error).toMatch(/token/i);
		expect(JSON.stringify(r.errorOutput)).not.toContain('not-the-secret');
	});

	it('keeps the error item on Conversations under "Continue"', async () => {
		const credentials = v2Credentials(sandbox, { clientSecret: 'not-the-secret' });
		const r = await fetchWith({}, { onError: 'continueRegularOutput', credentials });
		expect(r.conversations).toHaveLength(1);
		expect(r.conversations[0].json.error).toMatch(/token/i);
	});

	it('routes a bad parameter to the error output as well', async () => {
		const r = await fetchWith(
			{ options: { messageConcurrency: "={{ 'four' }}" } },
			{ onError: 'continueErrorOutput' },
		);
		expect(r.conversations).toHaveLength(0);
		expect(r.errorOutput).toHaveLength(1);
		expect(r.errorOutput[0].json.error).toMatch(/^Message Requests in Parallel \(Digital Engagement Only\): "four"/);
	});
});

describe('Get Conversations checks every parameter before any request', () => {
	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'Message Requests in Parallel',
			{ options: { messageConcurrency: "={{ 'four' }}" } },
			/^Message Requests in Parallel \(Digital Engagement Only\): "four" \(text\) is not a whole number from 1 to 16/,
		],
		['Max Pages', { options: { maxPages: "={{ 'many' }}" } }, /^Max Pages: "many" \(text\) is not/],
		['Max Pages (0)', { options: { maxPages: '={{ 0 }}' } }, /^Max Pages: 0 is out of range/],
		[
			'Rate Limit Wait Budget',
			{ options: { maxWaitSeconds: '={{ {} }}' } },
			/^Rate Limit Wait Budget \(Seconds\): an object is not/,
		],
		['Days', { days: '={{ [3] }}' }, /^Days: must be a whole number from 1 to 90, got a list/],
		['Days (true)', { days: '={{ true }}' }, /^Days: must be a whole number .* got true/],
		['Hours', { timeRange: 'lastHours', hours: '={{ null }}' }, /^Hours: /],
		[
			'From',
			{ timeRange: 'between', from: '={{ 5 }}', to: '={{ $now.toISO() }}' },
			/^From: 5 is not a date/,
		],
		['Limit', { returnAll: false, limit: "={{ 'ten' }}" }, /^Limit: /],
		['Page Size', { options: { pageSize: '={{ 5000 }}' } }, /^Page Size \(Conversations API V2 Only\): /],
		['Retention Days', { options: { retentionDays: '={{ false }}' } }, /^Retention Days: /],
		['Channel Types', { channelTypes: '={{ {a: 1} }}' }, /^Channel Types: an object is not a list/],
		[
			'Return All',
			{ returnAll: "={{ 'yes' }}" },
			/^Return All: "yes" \(text\) is not true or false/,
		],
	];
	for (const [name, parameters, message] of cases) {
		it(`${name}: a NodeOperationError naming the field`, async () => {
			const r = await fetchWith(parameters);
			expect(r.error?.name).toBe('NodeOperationError');
			expect(r.error?.message).toMatch(message);
			expect(sandbox.stats.requests['v2.conversations'] ?? 0).toBe(0);
		});
	}

	it('Conversation IDs given as a number filter by that id (not ignored)', async () => {
		const all = await fetchWith({});
		expect(all.conversations.length).toBeGreaterThan(2);
		const id = all.conversations[1].json.id;
		const numeric = await fetchWith({ conversationIds: '={{ 12345 }}' });
		// Sent as the filter (the simulator's ids are UUIDs, so it refuses this one), not ignored.
		expect(numeric.conversations).toHaveLength(0);
		expect(numeric.error?.message).toMatch(/Malformed conversation id '12345'/);
		const one = await fetchWith({ conversationIds: `={{ ${JSON.stringify(String(id))} }}` });
		expect(one.conversations.map((i: any) => i.json.id)).toEqual([id]);
	});
});

describe('Get Conversations never follows a redirect with the credential', () => {
	let recorder: LocalServer;
	let redirector: LocalServer;
	afterEach(async () => {
		await recorder?.close();
		await redirector?.close();
	});

	it('does not follow the token endpoint redirect with the client secret', async () => {
		recorder = await startLocalServer(() => ({ status: 200, body: { access_token: 'x' } }));
		redirector = await startLocalServer((request) => ({
			status: 307,
			headers: { Location: `${recorder.url}${request.path}` },
		}));
		const credentials = v2Credentials(sandbox, { tokenUrl: `${redirector.url}/oauth2/token` });
		const r = await fetchWith({}, { credentials });
		expect(redirector.requests).toHaveLength(1);
		expect(recorder.requests).toHaveLength(0);
		expect(r.error?.message).toMatch(/redirect \(HTTP 307\).*not followed/);
		expect(r.error?.message).not.toContain(credentials.cxoneApi.clientSecret);
	});

	it('does not follow an API redirect with the Bearer token', async () => {
		recorder = await startLocalServer(() => ({ status: 200, body: { data: [] } }));
		redirector = await startLocalServer((request) => ({
			status: 302,
			headers: { Location: `${recorder.url}${request.path}` },
		}));
		const credentials = v2Credentials(sandbox, {
			environment: redirector.url,
			tokenUrl: `${sandbox.url}/oauth2/token`,
		});
		const r = await fetchWith({}, { credentials });
		expect(redirector.requests.length).toBeGreaterThan(0);
		expect(redirector.requests[0].headers.authorization).toMatch(/^Bearer /);
		expect(recorder.requests).toHaveLength(0);
		expect(r.error?.message).toMatch(/redirect \(HTTP 302\).*not followed/);
	});
});
