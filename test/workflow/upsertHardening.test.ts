/* eslint-disable @typescript-eslint/no-require-imports */
import { createdAnswer, startLocalServer, type LocalServer } from './localServers';

const { runWorkflow, nodeOutput, nodeError } = require('../../harness/engine');
const { upsertNode, singleNodeWorkflow } = require('../../harness/fixtures');

const UPSERT = 'Ticket Batch Upsert';

const conversations = (n: number) =>
	Array.from({ length: n }, (_, i) => ({
		json: { id: `c-${i}`, subject: `Subject ${i}`, body: `Body ${i}` },
	}));

interface RunOptions {
	parameters?: Record<string, unknown>;
	items?: unknown[];
	onError?: 'continueRegularOutput' | 'continueErrorOutput';
	credentials?: Record<string, unknown>;
}

async function upsert(server: { url: string }, o: RunOptions = {}) {
	const node = upsertNode({ url: '/tickets/batch', ...o.parameters });
	if (o.onError) node.onError = o.onError;
	const items = o.items ?? conversations(30);
	const credentials = o.credentials ?? {
		ticketingApi: { baseUrl: server.url, authType: 'bearer', token: 'sink-token', testPath: '/' },
		hubSpotTicketsApi: { accessToken: 'pat-hub-token', baseUrl: server.url },
	};
	const { run } = await runWorkflow(singleNodeWorkflow(node), credentials, { inputItems: items });
	return {
		items,
		error: nodeError(run, UPSERT),
		succeeded: nodeOutput(run, UPSERT, 0),
		failed: nodeOutput(run, UPSERT, 1),
		audit: nodeOutput(run, UPSERT, 2),
		errorOutput: nodeOutput(run, UPSERT, 3),
	};
}

/** Every input item on exactly one of Succeeded, Failed and the error output. */
function expectEachOnce(r: Awaited<ReturnType<typeof upsert>>) {
	const seen = [...r.succeeded, ...r.failed, ...r.errorOutput]
		.map((i: any) => i.pairedItem.item)
		.sort((a: number, b: number) => a - b);
	expect(seen).toEqual(r.items.map((_, i) => i));
}

describe('Ticket Batch Upsert never throws once a batch may have been accepted', () => {
	let server: LocalServer;
	afterEach(async () => server?.close());

	// `{"toString": 1}` is valid JSON that String() cannot convert: the verdict reader throws on it.
	const unreadable = (n: number) => (request: any, count: number) => {
		if (count !== n) return createdAnswer(request);
		const records = JSON.parse(request.body);
		return {
			status: 200,
			body: {
				results: records.map((r: any) => ({ external_id: r.external_id, status: { toString: 1 } })),
			},
		};
	};

	for (const onError of [undefined, 'continueRegularOutput', 'continueErrorOutput'] as const) {
		it(`an answer the verdict reader cannot read fails that batch only (${onError ?? 'stop'})`, async () => {
			server = await startLocalServer(unreadable(2));
			const r = await upsert(server, { parameters: { batchSize: 10 }, onError });
			expect(r.error).toBeUndefined();
			expectEachOnce(r);
			expect(r.succeeded.map((i: any) => i.json.id)).toEqual(
				[...Array(10).keys(), ...Array.from({ length: 10 }, (_, i) => i + 20)].map((i) => `c-${i}`),
			);
			for (const item of r.succeeded) expect(item.json.delivery.ticketId).toMatch(/^T-/);
			expect(r.failed).toHaveLength(10);
			for (const item of r.failed) {
				expect(item.json.delivery.reason).toMatch(/answer could not be read/);
				expect(item.json.delivery.retryable).toBe(true);
			}
			const metrics = r.audit[r.audit.length - 1].json;
			expect(metrics).toMatchObject({ succeeded: 20, failed: 10 });
		});
	}

	it('an item whose expression fails goes to Failed alone under Continue On Fail', async () => {
		server = await startLocalServer(createdAnswer);
		const items = conversations(5);
		const r = await upsert(server, {
			items,
			onError: 'continueRegularOutput',
			parameters: {
				options: {
					addFields: {
						field: [
							{
								name: 'extra',
								value: '={{ $json.id === "c-3" ? $("No Such Node").item.json.x : "ok" }}',
							},
						],
					},
				},
			},
		});
		expect(r.error).toBeUndefined();
		expectEachOnce(r);
		expect(r.succeeded).toHaveLength(4);
		expect(r.failed.map((i: any) => i.pairedItem.item)).toEqual([3]);
		expect(r.failed[0].json.delivery.reason).toMatch(/^Add Fields: Referenced node/);
		expect(server.requests).toHaveLength(1);
		// Without Continue On Fail the node stops before anything is sent.
		const stopped = await upsert(server, {
			items,
			parameters: {
				options: {
					addFields: {
						field: [
							{
								name: 'extra',
								value: '={{ $json.id === "c-3" ? $("No Such Node").item.json.x : "ok" }}',
							},
						],
					},
				},
			},
		});
		expect(stopped.error?.message).toMatch(/^Add Fields: Referenced node/);
		expect(server.requests).toHaveLength(1);
	});
});

describe('Ticket Batch Upsert and errors in the flow', () => {
	let server: LocalServer;
	afterEach(async () => server?.close());

	it('passes an upstream error item on to Failed with its own error, not "no external id"', async () => {
		server = await startLocalServer(createdAnswer);
		const items = [
			{ json: { error: 'CXone request failed: HTTP 503', description: 'try later' } },
			{ json: { id: 'c-1', subject: 'ok' } },
			{ json: { error: { message: 'Rate limited' }, message: 'x', details: {} } },
			{ json: {}, error: { message: 'The item failed upstream' } },
		];
		const r = await upsert(server, { items });
		expectEachOnce(r);
		expect(r.succeeded.map((i: any) => i.json.id)).toEqual(['c-1']);
		const reasons = r.failed.map((i: any) => i.json.delivery.reason);
		expect(reasons[0]).toMatch(/previous node failed.*CXone request failed: HTTP 503/);
		expect(reasons[1]).toMatch(/previous node failed.*Rate limited/);
		expect(reasons[2]).toMatch(/previous node failed.*The item failed upstream/);
		for (const reason of reasons) expect(reason).not.toMatch(/no external id/);
		expect(server.requests).toHaveLength(1);
	});

	it('keeps the binary data of every item on Succeeded and Failed', async () => {
		server = await startLocalServer(createdAnswer);
		const binary = { data: { data: 'aGVsbG8=', mimeType: 'text/plain', fileName: 'a.txt' } };
		const items = [
			{ json: { id: 'c-0', subject: 's' }, binary },
			{ json: { subject: 'no id' }, binary },
		];
		const r = await upsert(server, { items });
		expect(r.succeeded[0].binary?.data?.fileName).toBe('a.txt');
		expect(r.failed[0].binary?.data?.fileName).toBe('a.txt');
	});

	it('routes a configuration error to the error output under "Continue (using error output)"', async () => {
		server = await startLocalServer(createdAnswer);
		const r = await upsert(server, {
			onError: 'continueErrorOutput',
			parameters: { url: 'ftp://example.test/tickets' },
		});
		expect(r.error).toBeUndefined();
		expect(r.succeeded).toHaveLength(0);
		expect(r.failed).toHaveLength(0);
		expect(r.errorOutput).toHaveLength(30);
		for (const item of r.errorOutput) expect(item.json.error).toMatch(/^URL: .*https/);
		// n8n keeps only the message on an error item (and merges the input item's fields back in
		// when the node has a predecessor).
		expect(r.errorOutput[0].pairedItem).toEqual({ item: 0 });
		expectEachOnce(r);
		expect(server.requests).toHaveLength(0);
	});

	it('routes a configuration error to Failed under "Continue" and throws it otherwise', async () => {
		server = await startLocalServer(createdAnswer);
		const r = await upsert(server, {
			onError: 'continueRegularOutput',
			parameters: { url: 'ftp://example.test/tickets' },
		});
		expect(r.succeeded).toHaveLength(0);
		expect(r.failed).toHaveLength(30);
		const stopped = await upsert(server, { parameters: { url: 'ftp://example.test/tickets' } });
		expect(stopped.error?.message).toMatch(/^URL: /);
		expect(server.requests).toHaveLength(0);
	});
});

describe('Ticket Batch Upsert sends the credential to its own origin only', () => {
	let other: LocalServer;
	let endpoint: LocalServer;
	afterEach(async () => {
		await other?.close();
		await endpoint?.close();
	});

	it('refuses an absolute URL on another origin than the Base URL, before sending', async () => {
		other = await startLocalServer(createdAnswer);
		endpoint = await startLocalServer(createdAnswer);
		const r = await upsert(endpoint, { parameters: { url: `${other.url}/tickets/batch` } });
		expect(r.error?.message).toMatch(
			new RegExp(
				`^URL: ${other.url} is not the credential's Base URL origin \\(${endpoint.url}\\)`,
			),
		);
		expect(other.requests).toHaveLength(0);
		expect(endpoint.requests).toHaveLength(0);
		const same = await upsert(endpoint, {
			parameters: { url: `${endpoint.url}/tickets/batch?x=1` },
		});
		expect(same.succeeded).toHaveLength(30);
	});

	it('refuses a credential Base URL with a query, before sending', async () => {
		endpoint = await startLocalServer(createdAnswer);
		const credentials = {
			ticketingApi: { baseUrl: `${endpoint.url}/?tenant=1`, authType: 'bearer', token: 't' },
		};
		const r = await upsert(endpoint, { credentials });
		expect(r.error?.message).toMatch(/^Base URL \(credential\): .*query/);
		expect(endpoint.requests).toHaveLength(0);
	});
});

describe('Ticket Batch Upsert never follows a redirect with the credential', () => {
	let recorder: LocalServer;
	let endpoint: LocalServer;
	afterEach(async () => {
		await recorder?.close();
		await endpoint?.close();
	});

	const cases = [
		{ name: 'Bearer', auth: { authType: 'bearer', token: 'the-bearer-token' }, status: 307 },
		{
			name: 'API key header',
			auth: { authType: 'header', headerName: 'X-API-Key', apiKey: 'the-api-key' },
			status: 302,
		},
		{
			name: 'Basic',
			auth: { authType: 'basic', user: 'u', password: 'the-password' },
			status: 308,
		},
		{ name: 'HubSpot token', hubspot: true, status: 307 },
	];
	for (const c of cases) {
		it(`answers ${c.status} to another origin: ${c.name} is not sent there, and Failed says so`, async () => {
			recorder = await startLocalServer(createdAnswer);
			endpoint = await startLocalServer((request) => ({
				status: c.status,
				headers: { Location: `${recorder.url}${request.path}` },
			}));
			const credentials = {
				ticketingApi: { baseUrl: endpoint.url, testPath: '/', ...c.auth },
				hubSpotTicketsApi: { accessToken: 'pat-hub-token', baseUrl: endpoint.url },
			};
			const r = await upsert(endpoint, {
				credentials,
				items: conversations(4),
				parameters: c.hubspot ? { target: 'hubspot' } : {},
			});
			expect(recorder.requests).toHaveLength(0);
			expect(endpoint.requests.length).toBeGreaterThan(0);
			expect(r.succeeded).toHaveLength(0);
			expect(r.failed).toHaveLength(4);
			for (const item of r.failed) {
				expect(item.json.delivery.reason).toMatch(
					new RegExp(`redirect \\(HTTP ${c.status}\\) to ${recorder.url}; it was not followed`),
				);
				expect(item.json.delivery.retryable).toBe(false);
			}
		});
	}
});

describe('Ticket Batch Upsert checks every parameter before any request', () => {
	let server: LocalServer;
	afterEach(async () => server?.close());

	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'Batch Size',
			{ batchSize: "={{ 'x' }}" },
			/^Batch Size: "x" \(text\) is not a whole number from 1 to 1000/,
		],
		['Batch Size (0)', { batchSize: '={{ 0 }}' }, /^Batch Size: 0 is out of range/],
		[
			'Batches in Flight',
			{ options: { concurrency: "={{ 'four' }}" } },
			/^Batches in Flight: "four"/,
		],
		[
			'Retry Wait Budget',
			{ options: { maxWaitSeconds: '={{ [1] }}' } },
			/^Retry Wait Budget \(Seconds\): a list is not/,
		],
		[
			'Request Timeout',
			{ options: { timeoutSeconds: '={{ null }}' } },
			/^Request Timeout \(Seconds\): null is not/,
		],
		['URL', { url: '={{ {} }}' }, /^URL: an object is not text/],
		['ID Field', { idField: '={{ true }}' }, /^ID Field: true is not text/],
		[
			'ID Field (empty path)',
			{ idField: '={{ "a..b" }}' },
			/^ID Field: "a..b" is not a field path/,
		],
		['Method', { method: '={{ 5 }}' }, /^Method: 5 is not one of the choices/],
		[
			'Rename Fields',
			{ options: { renameFields: { rename: [{ from: '={{ {} }}', to: 'x' }] } } },
			/^Rename Fields: From an object is not a field name/,
		],
	];
	for (const [name, parameters, message] of cases) {
		it(`${name}: a NodeOperationError naming the field, nothing sent`, async () => {
			server = await startLocalServer(createdAnswer);
			const r = await upsert(server, { parameters });
			expect(r.error?.name).toBe('NodeOperationError');
			expect(r.error?.message).toMatch(message);
			expect(server.requests).toHaveLength(0);
		});
	}

	it('takes a number where an id field is meant (ID Field 5 reads the field "5")', async () => {
		server = await startLocalServer(createdAnswer);
		const items = [{ json: { 5: 'c-five', subject: 's' } }, { json: { id: 'c-1', subject: 's' } }];
		const r = await upsert(server, { items, parameters: { idField: '={{ 5 }}' } });
		expect(r.error).toBeUndefined();
		expect(r.succeeded.map((i: any) => i.pairedItem.item)).toEqual([0]);
		expect(r.failed[0].json.delivery.reason).toMatch(/no external id at "5"/);
	});
});
