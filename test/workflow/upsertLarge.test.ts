/* eslint-disable @typescript-eslint/no-require-imports */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { startLocalServer, type LocalServer } from './localServers';

const { runWorkflow, nodeOutput, nodeError } = require('../../harness/engine');
const { upsertNode, singleNodeWorkflow } = require('../../harness/fixtures');

const UPSERT = 'Ticket Batch Upsert';
const RECORDS = 200_000;

describe('Ticket Batch Upsert with 200,000 records', () => {
	let server: LocalServer;
	const received = new Map<string, number>();
	beforeAll(async () => {
		// The fastest target: a 200 without per-record results accepts the whole batch. Each id
		// is counted, so a record sent twice or never shows.
		server = await startLocalServer((request) => {
			for (const record of JSON.parse(request.body)) {
				received.set(record.external_id, (received.get(record.external_id) ?? 0) + 1);
			}
			return { status: 200, body: {} };
		});
	});
	afterAll(async () => server.close());

	it('delivers every record once and accounts for every item, without overflowing the stack', async () => {
		const items = Array.from({ length: RECORDS }, (_, i) => ({
			json: { id: `c-${i}`, subject: 's', createdTimestamp: '2026-11-01T00:00:00Z' },
		}));
		// Every 50,000th item is an upstream error: Failed, with its reason.
		for (let i = 0; i < RECORDS; i += 50_000) items[i] = { json: { error: 'upstream' } } as any;
		const node = upsertNode({
			url: '/tickets/batch',
			batchSize: 1000,
			options: { concurrency: 8 },
		});
		const { run } = await runWorkflow(
			singleNodeWorkflow(node),
			{ ticketingApi: { baseUrl: server.url, authType: 'bearer', token: 't' } },
			{ inputItems: items },
		);
		expect(nodeError(run, UPSERT)).toBeUndefined();
		const succeeded = nodeOutput(run, UPSERT, 0);
		const failed = nodeOutput(run, UPSERT, 1);
		const audit = nodeOutput(run, UPSERT, 2);
		expect(succeeded).toHaveLength(RECORDS - 4);
		expect(failed).toHaveLength(4);
		const seen = new Uint8Array(RECORDS);
		for (const item of [...succeeded, ...failed]) seen[item.pairedItem.item]++;
		expect(seen.every((n) => n === 1)).toBe(true);
		expect(received.size).toBe(RECORDS - 4);
		let twice = 0;
		for (const n of received.values()) if (n !== 1) twice++;
		expect(twice).toBe(0);
		expect(audit[audit.length - 1].json).toMatchObject({
			records: RECORDS,
			succeeded: RECORDS - 4,
			failed: 4,
		});
	}, 180_000);
});

describe('no unbounded argument spread in nodes/', () => {
	// `f(...list)` puts every element on the stack: a long list overflows it.
	const files = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
		});
	it('spreads no array into call arguments', () => {
		const offenders: string[] = [];
		for (const file of files(join(__dirname, '../../nodes'))) {
			readFileSync(file, 'utf8')
				.split('\n')
				.forEach((line, i) => {
					if (/[\w\])]\s*\(\s*(?:[^()[\]{}]*,\s*)?\.\.\.\s*[\w[]/.test(line)) {
						offenders.push(`${file}:${i + 1}: ${line.trim()}`);
					}
				});
		}
		expect(offenders).toEqual([]);
	});
});
