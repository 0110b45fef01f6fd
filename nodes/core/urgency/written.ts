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
