/**
 * A value built once per key and kept in `cache`. For small, recurring key sets (record shapes,
 * field paths): once the cache holds `max` entries, new values are built but no longer kept.
 */
export function memoised<A, T>(
	cache: Map<string, T>,
	key: string,
	build: (arg: A) => T,
	arg: A,
	max = 1000,
): T {
	let value = cache.get(key);
	if (value === undefined) {
		value = build(arg);
		if (cache.size < max) cache.set(key, value);
	}
	return value;
}
