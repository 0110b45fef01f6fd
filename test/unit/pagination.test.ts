import { PaginationError } from '../../nodes/core/errors';
import { mapWithConcurrency } from '../../nodes/core/concurrency';
import { paginate, type Page } from '../../nodes/core/pagination';

function pagesFrom(pages: Record<string, Page<number>>) {
	const requested: Array<string | undefined> = [];
	const fetchPage = async (cursor: string | undefined) => {
		requested.push(cursor);
		return pages[cursor ?? 'start'];
	};
	return { fetchPage, requested };
}

async function collect<T>(iterator: AsyncGenerator<T[]>) {
	const out: T[] = [];
	for await (const page of iterator) out.push(...page);
	return out;
}

describe('paginate', () => {
	const chain = {
		start: { items: [1, 2], nextCursor: 'b' },
		b: { items: [3, 4], nextCursor: 'c' },
		c: { items: [5], nextCursor: '' },
	};

	it('follows the cursor until it is empty, passing each cursor back', async () => {
		const { fetchPage, requested } = pagesFrom(chain);
		expect(await collect(paginate(fetchPage, { maxPages: 10 }))).toEqual([1, 2, 3, 4, 5]);
		expect(requested).toEqual([undefined, 'b', 'c']);
	});

	it('stops as soon as the limit is reached, without fetching further pages', async () => {
		const { fetchPage, requested } = pagesFrom(chain);
		const state = { pages: 0, items: 0 };
		expect(await collect(paginate(fetchPage, { maxPages: 10, limit: 3 }, state))).toEqual([1, 2, 3]);
		expect(requested).toEqual([undefined, 'b']);
		expect(state).toEqual({ pages: 2, items: 3 });
	});

	it('keeps going over empty pages while a cursor is given: only a missing cursor ends', async () => {
		const pages = { start: { items: [], nextCursor: 'b' }, b: { items: [1], nextCursor: null } };
		expect(await collect(paginate(pagesFrom(pages).fetchPage, { maxPages: 10 }))).toEqual([1]);
		const scroll = { start: { items: [1], nextCursor: 's1' }, s1: { items: [], nextCursor: 's2' }, s2: { items: [2] } };
		const { fetchPage, requested } = pagesFrom(scroll);
		expect(await collect(paginate(fetchPage, { maxPages: 10 }))).toEqual([1, 2]);
		expect(requested).toEqual([undefined, 's1', 's2']);
	});

	it('fails clearly on a cursor that repeats instead of looping', async () => {
		const loop = { start: { items: [1], nextCursor: 'b' }, b: { items: [2], nextCursor: 'c' }, c: { items: [3], nextCursor: 'b' } };
		const iterator = paginate(pagesFrom(loop).fetchPage, { maxPages: 1000 });
		const error = await collect(iterator).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(PaginationError);
		expect((error as PaginationError).message).toMatch(/cursor it had already returned \(after 3 pages, 3 records\)/);
		expect((error as PaginationError).details.fetchedSoFar).toBe(3);
	});

	it('fails at the page cap with how much was fetched', async () => {
		let n = 0;
		const endless = async () => ({ items: [n], nextCursor: `c${++n}` });
		const error = await collect(paginate(endless, { maxPages: 5 })).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/Stopped after 5 pages \(the page cap\) with 5 records/);
	});
});

describe('mapWithConcurrency', () => {
	it('keeps order and never exceeds the concurrency', async () => {
		let inFlight = 0;
		let peak = 0;
		const out = await mapWithConcurrency([5, 1, 4, 2, 3, 0], 2, async (value) => {
			inFlight++;
			peak = Math.max(peak, inFlight);
			await new Promise((r) => setTimeout(r, value * 3));
			inFlight--;
			return value * 10;
		});
		expect(out).toEqual([50, 10, 40, 20, 30, 0]);
		expect(peak).toBe(2);
	});
});

describe('mapWithConcurrency after a failure', () => {
	it('starts no new call and waits for the calls in flight before failing', async () => {
		const started: number[] = [];
		const settled: number[] = [];
		const error = await mapWithConcurrency([0, 1, 2, 3, 4, 5], 2, async (value) => {
			started.push(value);
			await new Promise((r) => setTimeout(r, value === 1 ? 30 : 5));
			settled.push(value);
			if (value === 0) throw new Error('first failed');
			return value;
		}).catch((e: unknown) => e);
		expect((error as Error).message).toBe('first failed');
		expect(started).toEqual([0, 1]);
		expect(settled.sort()).toEqual([0, 1]);
	});
});
