/**
 * Cursor pagination as an async iterator: stops when the cursor runs out, when the caller's limit
 * is reached, fails on a cursor that repeats (a server bug that would otherwise loop forever), and
 * fails at a page cap as the last safety net.
 */
import { PaginationError } from './errors';

export interface Page<T> {
	items: T[];
	/** Undefined or empty when there is nothing more; an empty page with a cursor is not the end. */
	nextCursor?: string | null;
}

export interface PaginateOptions {
	/** Stop once this many items were yielded; undefined for all. */
	limit?: number;
	maxPages: number;
	/**
	 * Lets the event loop turn once after the next page was requested, so the request is on the
	 * wire (and the server busy with it) while the caller works on the current page.
	 */
	yieldToEventLoop?: () => Promise<void>;
}

export interface PaginationState {
	pages: number;
	items: number;
}

export async function* paginate<T>(
	fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
	options: PaginateOptions,
	state: PaginationState = { pages: 0, items: 0 },
): AsyncGenerator<T[], void, undefined> {
	const seen = new Set<string>();
	let cursor: string | undefined;
	// A prefetched page may fail while the caller still works on the previous one: mark the
	// rejection as observed now; it is raised when the page is awaited.
	const request = (c: string | undefined) => {
		const promise = fetchPage(c);
		promise.catch(() => undefined);
		return promise;
	};
	let pending: Promise<Page<T>> | undefined = request(undefined);
	try {
		while (pending) {
			const page = await pending;
			pending = undefined;
			state.pages++;
			let items = page.items;
			const limitReached =
				options.limit !== undefined && state.items + items.length >= options.limit;
			if (limitReached) items = items.slice(0, options.limit! - state.items);
			state.items += items.length;
			const next = page.nextCursor ?? undefined;
			const more = !limitReached && !!next;
			if (more) {
				if (next === cursor || seen.has(next!)) {
					throw new PaginationError(
						`The API returned a page cursor it had already returned (after ${state.pages} pages, ${state.items} records); stopping instead of looping.`,
						{
							fetchedSoFar: state.items,
							hint: 'This is an API fault. Run again; if it persists, narrow the time range and report it to NICE CXone support.',
						},
					);
				}
				if (state.pages >= options.maxPages) {
					throw new PaginationError(
						`Stopped after ${state.pages} pages (the page cap) with ${state.items} records fetched and more still available.`,
						{
							fetchedSoFar: state.items,
							hint: 'Narrow the time range or the filters, or raise "Max Pages" in the node options.',
						},
					);
				}
				seen.add(next!);
				cursor = next;
				// Ask for the next page before handing this one over: the caller's work on a page
				// (validation, normalising, audit) then overlaps the network wait for the next.
				pending = request(cursor);
				if (options.yieldToEventLoop) await options.yieldToEventLoop();
			}
			if (items.length) yield items;
		}
	} finally {
		// A consumer that stops early (or fails) must not leave a request unobserved.
		if (pending) await pending.catch(() => undefined);
	}
}
