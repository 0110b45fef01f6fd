/* Small loopback servers for workflow tests that need an answer no simulator gives. */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
	method: string;
	path: string;
	headers: http.IncomingHttpHeaders;
	body: string;
}

export interface Answer {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export interface LocalServer {
	url: string;
	requests: Recorded[];
	close(): Promise<void>;
}

/** A server on 127.0.0.1 that records every request and answers with `answer(request, n)`. */
export async function startLocalServer(
	answer: (request: Recorded, n: number) => Answer = () => ({ status: 200, body: {} }),
): Promise<LocalServer> {
	const requests: Recorded[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const recorded = {
				method: req.method ?? '',
				path: req.url ?? '',
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			};
			requests.push(recorded);
			const a = answer(recorded, requests.length);
			const text = a.body === undefined ? '' : JSON.stringify(a.body);
			res.writeHead(a.status, { 'Content-Type': 'application/json', ...a.headers });
			res.end(text);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** The generic endpoint's usual answer: every record created. */
export function createdAnswer(request: Recorded): Answer {
	const records = JSON.parse(request.body) as Array<{ external_id: string }>;
	return {
		status: 200,
		body: {
			results: records.map((r, i) => ({
				external_id: r.external_id,
				id: `T-${r.external_id}-${i}`,
				status: 'created',
			})),
		},
	};
}
