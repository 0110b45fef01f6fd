/** A complaint cue or urgent term found: where, as written, and its weight (0 for an urgent term). */
export interface TermHit {
	index: number;
	text: string;
	weight: number;
}

/** Lower case, one space between words, at most 40 characters: short enough for a Slack line. */
export function asWritten(span: string): string {
	const t = span.toLowerCase().replace(/\s+/g, ' ').trim();
	return t.length > 40 ? t.slice(0, 40) : t;
}

const NEGATION_ENDS = [' no', ' not', ' never'];

/**
 * The end of the quote of a term found at text[start, end): a variant that ends in a negation
 * ("still no", "still not") takes the word after it ("still no reply", "still not fixed"), which
 * says what is missing; else `end`.
 */
export function quoteEnd(text: string, start: number, end: number): number {
	const tail = text.slice(Math.max(start, end - 6), end).toLowerCase();
	if (!NEGATION_ENDS.some((n) => tail.endsWith(n))) return end;
	let i = end;
	while (i < text.length && text.charCodeAt(i) === 32) i++;
	const from = i;
	while (i < text.length && /[\p{L}'\u2019]/u.test(text[i])) i++;
	return i > from ? i : end;
}
