/**
 * What the classifier reads off a message besides its words' sentiment: the text itself, CXone's
 * own rating, whether another language's terms or a multi-word term may be present, the weight of
 * the complaint cues found, and the continuous score of a priority.
 */
import { READ_CODES } from './detect';
import type { Thresholds } from './options';
import type { Tokens } from './tokens';
import type { MessageContext, PlatformSentiment, Priority, UrgencyResult } from './types';
import type { WordIndex } from './wordIndex';
import { F, termPieces } from './wordTable';
import type { TermHit } from './written';

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Strings are used as they are, numbers as their digits; anything else reads as empty text. */
export function asText(input: unknown): string {
	if (typeof input === 'string') return input;
	if (typeof input === 'number' || typeof input === 'bigint') return String(input);
	if (input instanceof String) return input.valueOf();
	return '';
}

/**
 * Continuous urgency in the band of its priority: HIGH [2/3, 1], MEDIUM (1/3, 2/3), LOW [0, 1/3).
 * More negative sentiment never lowers it; each further urgent term or complaint cue raises it.
 */
export function urgencyScore(
	priority: Priority,
	sentiment: number,
	keywordCount: number,
	th: Thresholds,
	cues = 0,
): number {
	if (priority === 'HIGH') {
		const terms = 1 - Math.pow(0.5, keywordCount + cues);
		const negativity = (1 - sentiment) / 2;
		return round4(2 / 3 + ((terms + negativity) / 2) * (1 / 3));
	}
	if (priority === 'MEDIUM') {
		const span = th.medium - th.high;
		const t = span > 0 ? (th.medium - sentiment) / span : 1;
		const v = Math.min(1, Math.max(0, t) * 0.6 + cues * 0.8);
		return Math.min(0.6663, Math.max(0.3334, round4(1 / 3 + 0.333 * v)));
	}
	const span = 1 - th.medium;
	const t = span > 0 ? (sentiment - th.medium) / span : 1;
	return Math.min(0.333, Math.max(0, round4(0.333 * (1 - t))));
}

const PLATFORM_VALUES: ReadonlySet<string> = new Set(['positive', 'neutral', 'negative']);

export function platformSentiment(
	context: MessageContext | undefined,
): PlatformSentiment | undefined {
	const v = context?.sentiment;
	if (typeof v !== 'string') return undefined;
	const s = v.trim().toLowerCase();
	return PLATFORM_VALUES.has(s) ? (s as PlatformSentiment) : undefined;
}

/**
 * Whether a message read as English may hold another language's terms: two or more function
 * words of one language read, unless English ones plainly outnumber them.
 */
export function foreignWords(t: Tokens, code: string): boolean {
	let n = 0;
	for (let k = 1; k < READ_CODES.length; k++) if (t.votes[k] > n) n = t.votes[k];
	if (n < 2) return false;
	const english = t.votes[0];
	return code !== 'en' || english < 4 || english < 2 * n;
}

/**
 * Whether the text may hold a default urgent term of several words whose trigger it has: all the
 * term's words occur in its lower case. Text with characters outside ASCII is always scanned.
 */
export function multiWordTerm(t: Tokens, words: WordIndex): boolean {
	if (t.nonAscii) return true;
	const src = t.src;
	for (let i = 0; i < t.n; i++) {
		if (!(t.flags[i] & F.TERM_MULTI) || t.flags[i] & F.TEXT) continue;
		for (const pieces of termPieces(words, t.ids[i])) {
			let all = true;
			for (let k = 0; k < pieces.length && all; k++) all = src.includes(pieces[k]);
			if (all) return true;
		}
	}
	return false;
}

/** Sum of cue weights, each cue counted once, at most 2. */
export function cueWeight(hits: readonly TermHit[]): number {
	let sum = 0;
	// A message has few cues: a scan of those before beats a set.
	outer: for (let k = 0; k < hits.length; k++) {
		const text = hits[k].text;
		for (let j = 0; j < k; j++) if (hits[j].text === text) continue outer;
		sum += hits[k].weight;
	}
	return sum > 2 ? 2 : sum;
}

export function noText(language: string): UrgencyResult {
	return {
		priority: 'LOW',
		score: 0,
		sentiment: 0,
		keywords: [],
		reasons: ['no text'],
		language,
		scored: false,
	};
}
