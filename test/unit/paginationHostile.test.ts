import { PaginationError } from '../../nodes/core/errors';
import { paginate, type Page } from '../../nodes/core/pagination';

/** Pages answered from a script per cursor: each call takes the next answer for that cursor. */
function scripted(answers: Record<string, Array<Page<number>>>) {
	const requested: Array<string | undefined> = [];
	const used: Record<string, number> = {};
	const fetchPage = async (cursor: string | undefined) => {
		requested.push(cursor);
		const key = cursor ?? 'start';
		const list = answers[key];
		const n = Math.min(used[key] ?? 0, list.length - 1);
		used[key] = (used[key] ?? 0) + 1;
		return list[n];
	};
	return { fetchPage, requested };
}

async function collect<T>(iterator: AsyncGenerator<T[]>) {
	const out: T[] = [];
	for await (const page of iterator) for (const item of page) out.push(item);
	return out;
}

describe('paginate: an empty page that hands back the cursor just sent', () => {
	{
		it('means "ask again": asks again with a wait, then carries on', async () => {
			const { fetchPage, requested } = scripted({
				start: [{ items: [1, 2], nextCursor: 'b' }],
				b: [
					{ items: [], nextCursor: 'b' },
					{ items: [], nextCursor: 'b' },
					{ items: [3], nextCursor: null },
				],
			});
			const waits: number[] = [];
			const state = { pages: 0, items: 0 };
			const items = await collect(
				paginate(
					fetchPage,
					{ maxPages: 10, stallRetries: 3, waitBeforeRetry: async (n) => void waits.push(n) },
					state,
				),
			);
			expect(items).toEqual([1, 2, 3]);
			expect(requested).toEqual([undefined, 'b', 'b', 'b']);
			expect(waits).toEqual([1, 2]);
			expect(state).toEqual({ pages: 2, items: 3 });
		});
	}

	it('asks a bounded number of times, then fails (v2) saying what the API did', async () => {
		const { fetchPage, requested } = scripted({
			start: [{ items: [1], nextCursor: 'b' }],
			b: [{ items: [], nextCursor: 'b' }],
		});
		const error = await collect(
			paginate(fetchPage, {
				maxPages: 10,
				stallRetries: 2,
				waitBeforeRetry: async () => undefined,
			}),
		).catch((e: unknown) => e);
		expect(requested).toEqual([undefined, 'b', 'b', 'b']);
		expect(error).toBeInstanceOf(PaginationError);
		expect((error as Error).message).toMatch(/empty page .* 3 times/);
		expect((error as Error).message).toMatch(/after 1 page, 1 record\b/);
		expect((error as PaginationError).details.fetchedSoFar).toBe(1);
	});

	it('stops when the wait budget is spent (the wait throws)', async () => {
		const { fetchPage } = scripted({
			start: [{ items: [1], nextCursor: 'b' }],
			b: [{ items: [], nextCursor: 'b' }],
		});
		const error = await collect(
			paginate(fetchPage, {
				maxPages: 10,
				stallRetries: 5,
				waitBeforeRetry: async () => {
					throw new Error('budget spent');
				},
			}),
		).catch((e: unknown) => e);
		expect((error as Error).message).toBe('budget spent');
	});

	it('still reports a loop when a cursor comes back after a page with data', async () => {
		const { fetchPage } = scripted({
			start: [{ items: [1], nextCursor: 'b' }],
			b: [{ items: [2], nextCursor: 'b' }],
		});
		const error = await collect(paginate(fetchPage, { maxPages: 10, stallRetries: 3 })).catch(
			(e: unknown) => e,
		);
		expect((error as Error).message).toMatch(
			/cursor it had already returned \(after 2 pages, 2 records\)/,
		);
	});

	it('reports a loop when an empty page hands back an older cursor', async () => {
		const { fetchPage } = scripted({
			start: [{ items: [1], nextCursor: 'b' }],
			b: [{ items: [2], nextCursor: 'c' }],
			c: [{ items: [], nextCursor: 'b' }],
		});
		const error = await collect(paginate(fetchPage, { maxPages: 10, stallRetries: 3 })).catch(
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(PaginationError);
	});
});
