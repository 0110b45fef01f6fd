/**
 * Runs `fn` over `items` with at most `concurrency` calls in flight; results keep input order.
 * After the first failure no new call starts, and the failure is raised only once the calls in
 * flight have settled, so no request outlives the run that made it.
 */
export async function mapWithConcurrency<T, R>(
	items: readonly T[],
	concurrency: number,
	fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
	if (!Number.isInteger(concurrency) || concurrency < 1) {
		// NaN or 0 would start no worker and return holes for every item: refuse instead.
		throw new RangeError(`concurrency must be a whole number of at least 1, got ${String(concurrency)}`);
	}
	const results = new Array<R>(items.length);
	let next = 0;
	let failure: { error: unknown } | undefined;
	const worker = async () => {
		while (next < items.length && !failure) {
			const index = next++;
			await fn(items[index], index).then(
				(value) => (results[index] = value),
				(error: unknown) => (failure ??= { error }),
			);
		}
	};
	await Promise.all(
		Array.from({ length: Math.min(concurrency, Math.max(1, items.length)) }, worker),
	);
	if (failure) throw failure.error;
	return results;
}
