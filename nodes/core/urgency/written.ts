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

/**
 * The end of the quote of a term found at text[start, end): a variant that ends in a negation
 * ("still no", "still not", "never") takes the word after it ("still no reply", "still not
 * fixed"), which says what is missing; else `end`. No allocation on the common path.
 */
export function quoteEnd(text: string, start: number, end: number): number {
	if (!endsWithNegation(text, start, end)) return end;
	let i = end;
	while (i < text.length && text.charCodeAt(i) === 32) i++;
	const from = i;
	while (i < text.length && /[\p{L}'\u2019]/u.test(text[i])) i++;
	return i > from ? i : end;
}

/** Whether the last word of text[start, end), after a space, is "no", "not" or "never". */
function endsWithNegation(text: string, start: number, end: number): boolean {
	let j = end - 1;
	while (j >= start && ((text.charCodeAt(j) | 32) - 97) >>> 0 < 26) j--;
	const len = end - 1 - j;
	if (len < 2 || len > 5 || j < start || text.charCodeAt(j) !== 32) return false;
	const c = text.charCodeAt(j + 1) | 32;
	const d = text.charCodeAt(j + 2) | 32;
	if (c !== 110) return false;
	if (len === 2) return d === 111;
	if (len === 3) return d === 111 && (text.charCodeAt(j + 3) | 32) === 116;
	return (
		len === 5 &&
		d === 101 &&
		(text.charCodeAt(j + 3) | 32) === 118 &&
		(text.charCodeAt(j + 4) | 32) === 101 &&
		(text.charCodeAt(j + 5) | 32) === 114
	);
}
