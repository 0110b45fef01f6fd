/**
 * The reasons of a result: the words that drove it, quoted as the message wrote them ("never liked
 * (-0.3)"), strongest first, short enough for a Slack message. Buffers are reused across calls
 * (classification is synchronous).
 */
import type { Rated } from './languageScore';
import type { Tokens } from './tokens';
import type { WordIndex } from './wordIndex';
import { F } from './wordTable';

/** Reasons shown at most. */
export const MAX_REASONS = 5;

/** Text of tokens [j, i] as written: one space between words, at most 40 characters. */
export function written(t: Tokens, text: string, j: number, i: number): string {
	const raw = text.slice(t.start[j], t.end[i]);
	const span = j === i ? raw : raw.replace(/\s+/g, ' ');
	return span.length > 40 ? span.slice(0, 40) : span;
}

/**
 * The first token of how rated token i reads in a reason: i itself, or the negation that flipped
 * it ("not good", "never liked", "least useful"), or for an idiom ("the shit", "bad ass") the word
 * before; -1 for an emoji, which reads as itself.
 */
function reasonStart(t: Tokens, i: number, words: WordIndex): number {
	const flags = t.flags;
	if (flags[i] & F.EMOJI) return -1;
	if (t.out[i] * words.val[t.ids[i]] >= 0) return i;
	for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
		if (flags[j] & (F.NEG | F.NO | F.LEAST) && !(flags[j] & F.TEXT)) return j;
	}
	return i > 0 && !(flags[i - 1] & F.TEXT) ? i - 1 : i;
}

// Signed tenths as shown at the end of a reason, " (-1.0)" .. " (+1.0)", and " (-0.0)" last,
// built once.
const SUFFIX: readonly string[] = Array.from({ length: 22 }, (_, k) => {
	if (k === 21) return ' (-0.0)';
	const r = Math.abs(k - 10);
	return ' (' + (k < 10 ? '-' : '+') + (r === 10 ? '1.0' : '0.' + r) + ')';
});

/** Index in SUFFIX of " (+0.8)", " (-0.5)": signed, one decimal, clamped to [-1, 1]. */
function suffixIndex(x: number): number {
	const r = Math.round(Math.min(1, Math.abs(x)) * 10);
	if (x < 0) return r === 0 ? 21 : 10 - r;
	return 10 + r;
}

function suffix(x: number): string {
	return SUFFIX[suffixIndex(x)];
}

/**
 * Reasons of one word as written ("good (+0.5)", "Good (+0.5)", "GOOD (+0.7)"), kept for the words
 * met lately (a small table by word id and case, so it stays in cache): the common reason is then
 * one string shared by the results that give it, not a slice and a concatenation per message.
 */
const REASON_SLOTS = 4096;

/** How a token of ASCII characters is capitalised: as the table has it, first letter, all. */
const enum Shape {
	LOWER = 0,
	FIRST = 1,
	ALL = 2,
	OTHER = 3,
}

/**
 * The Shape of text[from, to), or Shape.OTHER when it has a character outside ASCII or capitals
 * elsewhere (then its text is not known from the word and the shape alone).
 */
function shapeOf(text: string, from: number, to: number): Shape {
	let upper = 0;
	let lower = 0;
	for (let k = from; k < to; k++) {
		const c = text.charCodeAt(k);
		if (c > 127) return Shape.OTHER;
		if ((c - 65) >>> 0 < 26) {
			if (k !== from && lower !== 0) return Shape.OTHER;
			upper++;
		} else if ((c - 97) >>> 0 < 26) {
			if (upper > 1) return Shape.OTHER;
			lower++;
		}
	}
	if (upper === 0) return Shape.LOWER;
	if (lower === 0) return Shape.ALL;
	return (text.charCodeAt(from) - 65) >>> 0 < 26 && upper === 1 ? Shape.FIRST : Shape.OTHER;
}

export class WordReasons {
	private readonly keys = new Int32Array(REASON_SLOTS).fill(-1);
	private readonly suffixes = new Uint8Array(REASON_SLOTS);
	private readonly strings: string[] = new Array<string>(REASON_SLOTS).fill('');

	constructor(readonly words: WordIndex) {}

	/**
	 * The reason for text[from, to), the whole of a token found as word `id`, with suffix s. A
	 * token that differs from the word as the table has it only in ASCII capitals, all of them or
	 * the first letter's, reads the same as any other token of that word and shape. A kept reason
	 * is spelled from the table's word, never sliced from the message: a slice would keep the
	 * whole message alive as long as the reason is kept.
	 */
	of(id: number, text: string, from: number, to: number, s: number): string {
		const shape = id >= 0 ? shapeOf(text, from, to) : Shape.OTHER;
		if (shape === Shape.OTHER) return text.slice(from, to) + SUFFIX[s];
		const key = id * 3 + shape;
		const slot = key & (REASON_SLOTS - 1);
		if (this.keys[slot] !== key || this.suffixes[slot] !== s) {
			const word = this.words.word(id);
			const spelled =
				shape === Shape.LOWER
					? word
					: shape === Shape.ALL
						? word.toUpperCase()
						: word.charAt(0).toUpperCase() + word.slice(1);
			// The table may spell a word otherwise (a typographic apostrophe): then it is not kept.
			if (!spells(spelled, text, from, to)) return text.slice(from, to) + SUFFIX[s];
			this.strings[slot] = spelled + SUFFIX[s];
			this.keys[slot] = key;
			this.suffixes[slot] = s;
		}
		return this.strings[slot];
	}
}

/** Whether `word` is text[from, to). */
function spells(word: string, text: string, from: number, to: number): boolean {
	if (word.length !== to - from) return false;
	for (let k = 0; k < word.length; k++) {
		if (word.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
	}
	return true;
}

// Candidates for the sentiment reasons and the labels shown, reused across calls (classification
// is synchronous). A label is a span of the text, or a string when it is not one (an emoji, or
// several words).
const best = new Int32Array(MAX_REASONS + 2);
const shownFrom = new Int32Array(MAX_REASONS);
const shownTo = new Int32Array(MAX_REASONS);
const shownLabel: Array<string | undefined> = [];

/** Whether two labels, each a span of `text` or a string, read the same. */
function sameLabel(
	text: string,
	a: string | undefined,
	aFrom: number,
	aTo: number,
	b: string | undefined,
	bFrom: number,
	bTo: number,
): boolean {
	if (a !== undefined || b !== undefined) {
		return (a ?? text.slice(aFrom, aTo)) === (b ?? text.slice(bFrom, bTo));
	}
	const len = aTo - aFrom;
	if (bTo - bFrom !== len) return false;
	for (let k = 0; k < len; k++) {
		if (text.charCodeAt(aFrom + k) !== text.charCodeAt(bFrom + k)) return false;
	}
	return true;
}

/**
 * Appends to `reasons` up to `limit` of the strongest rated tokens pulling the same way as the
 * overall sentiment, skipping labels already given. Only the reasons shown are built, each as
 * one slice of the text and one concatenation.
 */
export function addSentimentReasons(
	t: Tokens,
	text: string,
	sentiment: number,
	reasons: string[],
	limit: number,
	cache: WordReasons,
) {
	if (sentiment === 0 || limit <= 0) return;
	// The best few candidates, strongest first, kept by insertion: texts have few rated tokens.
	const want = limit + 2;
	const out = t.out;
	const lex = t.lex;
	let count = 0;
	for (let r = 0; r < t.lexCount; r++) {
		const i = lex[r];
		const v = out[i];
		if (v * sentiment <= 0) continue;
		const mag = v < 0 ? -v : v;
		let k = count;
		while (k > 0 && Math.abs(out[best[k - 1]]) < mag) k--;
		if (k >= want) continue;
		for (let m = count < want ? count : want - 1; m > k; m--) best[m] = best[m - 1];
		best[k] = i;
		if (count < want) count++;
	}
	// Terms and cues already given (sentiment reasons come only from here).
	const given = reasons.length > 0;
	let shown = 0;
	for (let k = 0; k < count && shown < limit; k++) {
		const i = best[k];
		const j = reasonStart(t, i, cache.words);
		let label: string | undefined;
		let from = 0;
		let to = 0;
		if (j < 0) label = t.labels[i];
		else {
			from = t.start[j];
			to = t.end[i];
			// Several words (a negation and its word) are few: written out, spacing collapsed.
			if (j !== i) label = written(t, text, j, i);
			else if (to - from > 40) to = from + 40;
		}
		let repeat = false;
		for (let m = 0; m < shown && !repeat; m++) {
			repeat = sameLabel(text, label, from, to, shownLabel[m], shownFrom[m], shownTo[m]);
		}
		if (repeat) continue;
		if (given) {
			label ??= text.slice(from, to);
			if (covered(reasons, label)) continue;
		}
		shownLabel[shown] = label;
		shownFrom[shown] = from;
		shownTo[shown] = to;
		shown++;
		const s = suffixIndex(out[i] / 4);
		reasons.push(
			label !== undefined
				? label + SUFFIX[s]
				: to === t.end[i]
					? cache.of(t.ids[i], text, from, to, s)
					: text.slice(from, to) + SUFFIX[s],
		);
	}
	for (let m = 0; m < shown; m++) shownLabel[m] = undefined;
}

/** Whether `s` has a capital or a character outside ASCII, which toLowerCase may change. */
function mayChangeCase(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c > 127 || (c - 65) >>> 0 < 26) return true;
	}
	return false;
}

/** Whether a term or cue already given holds the words of `label` ("wrong" in "wrong item"). */
function covered(reasons: readonly string[], label: string): boolean {
	if (reasons.length === 0) return false;
	const words = mayChangeCase(label) ? label.toLowerCase() : label;
	for (const r of reasons) {
		if (r.includes(' (')) continue;
		if (r === words || holdsWords(r, words)) return true;
	}
	return false;
}

/** Whether `words` occurs in `r` between spaces or ends (no strings built to find out). */
function holdsWords(r: string, words: string): boolean {
	const len = words.length;
	for (let at = r.indexOf(words); at >= 0; at = r.indexOf(words, at + 1)) {
		if (
			(at === 0 || r.charCodeAt(at - 1) === 32) &&
			(at + len === r.length || r.charCodeAt(at + len) === 32)
		) {
			return true;
		}
	}
	return false;
}

/** The same for a message read in another language: the rated spans it gives. */
export function addRatedReasons(
	rated: readonly Rated[],
	text: string,
	sentiment: number,
	reasons: string[],
	limit: number,
) {
	if (sentiment === 0 || limit <= 0) return;
	const order = rated
		.filter((r) => r.value * sentiment > 0)
		.sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
	let added = 0;
	for (const r of order) {
		if (added >= limit) break;
		let label = text.slice(r.start, r.end).replace(/\s+/g, ' ');
		if (label.length > 40) label = label.slice(0, 40);
		if (reasons.some((x) => x.startsWith(label + ' (')) || covered(reasons, label)) continue;
		reasons.push(label + suffix(r.value / 4));
		added++;
	}
}
