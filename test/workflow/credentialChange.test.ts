/* eslint-disable @typescript-eslint/no-require-imports */
// A cached token belongs to the settings that fetched it: after the secret or the environment
// changes, it is never sent again, and the next request proves the settings as they are now.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

const { startSandbox } = require('../../sandbox');
const { runWorkflow, nodeError, requestHelper } = require('../../harness/engine');
const {
	v2Credentials,
	getConversationsNode,
	singleNodeWorkflow,
} = require('../../harness/fixtures');
const { CXoneApi } = require('../../dist/credentials/CXoneApi.credentials.js');

const NODE = 'CXone: Get Conversations';

/** Fetches a token for `data` as n8n would (preAuthentication), returning the fields it caches. */
async function cachedToken(data: Record<string, unknown>) {
	return await new CXoneApi().preAuthentication.call(requestHelper, data);
}

let a: any;
let b: any;
beforeAll(async () => {
	a = await startSandbox({ conversations: 5, seed: 1 });
	b = await startSandbox({ conversations: 5, seed: 2 });
});
afterAll(async () => {
	await a.close();
	await b.close();
});

describe('a cached token after the credential changed', () => {
	it('is sent while the settings are those that fetched it', async () => {
		const data = v2Credentials(a).cxoneApi;
		const cached = await cachedToken(data);
		const request = await new CXoneApi().authenticate(
			{ ...data, ...cached },
			{ url: '/x', headers: {} },
		);
		expect(request.headers.Authorization).toBe(`Bearer ${cached.accessToken}`);
	});

	it('is not sent once the secret, the client or the environment changed', async () => {
		const data = v2Credentials(a).cxoneApi;
		const cached = await cachedToken(data);
		const credential = new CXoneApi();
		for (const change of [
			{ clientSecret: 'a-wrong-secret' },
			{ clientId: 'another-client' },
			{ environment: b.url },
			{ scopes: 'conversations:read' },
		]) {
			const request = await credential.authenticate(
				{ ...data, ...cached, ...change },
				{ url: '/x', headers: {} },
			);
			expect(request.headers.Authorization).toBeUndefined();
		}
		// A token cached before fingerprints existed is not trusted either.
		const legacy = {
			...data,
			accessToken: cached.accessToken,
			resolvedBaseUrl: cached.resolvedBaseUrl,
		};
		expect(
			(await credential.authenticate(legacy, { url: '/x', headers: {} })).headers.Authorization,
		).toBeUndefined();
	});

	it('fails the run with the token error when the secret became wrong, however good the cache', async () => {
		const data = v2Credentials(a).cxoneApi;
		const cached = await cachedToken(data);
		const credentials = { cxoneApi: { ...data, ...cached, clientSecret: 'a-wrong-secret' } };
		const { run } = await runWorkflow(
			singleNodeWorkflow(
				getConversationsNode({ timeRange: 'lastDays', days: 30, returnAll: true }),
			),
			credentials,
		);
		expect(run.status).toBe('error');
		const error = nodeError(run, NODE);
		expect(error.message).toMatch(/token request failed \(HTTP 401/);
		expect(JSON.stringify(run.data)).not.toContain('a-wrong-secret');
	});

	it('never carries the old token to a new environment', async () => {
		const data = v2Credentials(a).cxoneApi;
		const cached = await cachedToken(data);
		// The new environment: a recorder in front of sandbox b, noting every Authorization header.
		const seen: string[] = [];
		const recorder = http.createServer((req, res) => {
			seen.push(String(req.headers.authorization ?? ''));
			const target = new URL(req.url ?? '/', b.url);
			const forward = http.request(
				target,
				{ method: req.method, headers: { ...req.headers, host: target.host } },
				(answer) => {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
				},
			);
			req.pipe(forward);
		});
		await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
		try {
			const moved = {
				cxoneApi: {
					...data,
					...cached,
					environment: url,
					clientId: b.clients.v2.clientId,
					clientSecret: b.clients.v2.clientSecret,
				},
			};
			const { run } = await runWorkflow(
				singleNodeWorkflow(
					getConversationsNode({ timeRange: 'lastDays', days: 30, returnAll: true }),
				),
				moved,
			);
			expect(run.status).toBe('success');
			expect(seen.length).toBeGreaterThan(0);
			expect(seen.some((header) => header.includes(cached.accessToken))).toBe(false);
		} finally {
			await new Promise((resolve) => recorder.close(resolve));
		}
	});
});
