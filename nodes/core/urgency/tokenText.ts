/**
 * Pieces of the tokenizer that look at the text around a token: addresses, a lower case that keeps
 * offsets, and emoji (described in words, modifiers and joiners skipped).
 */
import { ASCII, B, isSpace, K } from './chars';
import type { Tokens } from './tokens';
import { Spelling, type WordIndex } from './wordIndex';
import { type EmojiTable, F, isEmojiModifier } from './wordTable';

/**
 * An e-mail address or a link: '@' inside, '://', or a leading 'www.' in any case. `src` is the
 * text or its lower case (as everywhere in the tokenizer, ASCII capitals read as lower case).
 */
export function isAddress(src: string, a: number, b: number): boolean {
	// Within the token only (indexOf would read on to the end of the text): '@', or a '://' that
	// starts inside it.
	for (let i = a; i < b; i++) {
		const c = src.charCodeAt(i);
		if (c === 64) return true;
		if (c === 58 && src.charCodeAt(i + 1) === 47 && src.charCodeAt(i + 2) === 47) return true;
	}
	// c | 32 is 119 only for 'w' and 'W'.
	return (
		b - a > 4 &&
		(src.charCodeAt(a) | 32) === 119 &&
		(src.charCodeAt(a + 1) | 32) === 119 &&
		(src.charCodeAt(a + 2) | 32) === 119 &&
		src.charCodeAt(a + 3) === 46
	);
}

/** Lower case of `text` with the same length (spans of one index the other). */
export function lowerOf(text: string): string {
	const lower = text.toLowerCase();
	// A few characters change length when lower-cased; then spans would misalign.
	return lower.length === text.length ? lower : alignedLower(text);
}

/** Lower case of `text` with the same length: a character whose lower case is longer stays. */
function alignedLower(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		const low = ch.toLowerCase();
		out += low.length === 1 ? low : ch;
	}
	return out;
}

/** 1: an emoji with a description, 2: a modifier or joiner, 0: neither. */
export function emojiKind(text: string, i: number, c: number, emoji: EmojiTable): number {
	if (c < 0xd800 || c > 0xdbff) return emoji.bmp[c];
	const d = text.charCodeAt(i + 1);
	if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
	const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
	return emoji.words.has(cp) ? 1 : isEmojiModifier(cp) ? 2 : 0;
}

export function pushEmoji(symbol: string, words: WordIndex, emoji: EmojiTable, t: Tokens): void {
	const description = emoji.words.get(symbol.codePointAt(0) as number);
	if (description === undefined) return;
	for (const w of description) {
		t.labels[t.n] = symbol;
		t.pushText(words, w, F.EMOJI);
	}
}

/** Flags for the marks in text[b, end), the punctuation after a word, that end a clause. */
export function clauseFlags(text: string, b: number, end: number): number {
	let flags = 0;
	for (let i = b; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === 44) flags |= F.COMMA_AFTER;
		else if (c < 128 ? ASCII[c] & K.CLAUSE : c === 0x2026) return F.PUNCT_AFTER;
	}
	return flags;
}

/** Whether src[a, b) holds "n't" in any case (with a straight or curly apostrophe). */
export function hasNt(src: string, a: number, b: number): boolean {
	for (let i = a + 2; i < b; i++) {
		// c | 32 is 116 only for 't' and 'T', 110 only for 'n' and 'N'.
		if ((src.charCodeAt(i) | 32) !== 116 || (src.charCodeAt(i - 2) | 32) !== 110) continue;
		const q = src.charCodeAt(i - 1);
		if (q === Spelling.APOSTROPHE || q === Spelling.RIGHT_SINGLE_QUOTE) return true;
	}
	return false;
}

/**
 * Whether a run of ASCII letters and digits in src[a, b) (capitals read as lower case) is an
 * urgent-term trigger.
 */
export function hasTriggerRun(src: string, a: number, b: number, words: WordIndex): boolean {
	let runStart = -1;
	let hash = 0;
	for (let i = a; i <= b; i++) {
		let c = i < b ? src.charCodeAt(i) : 0;
		if ((c - 65) >>> 0 < 26) c += 32;
		if (c < 128 && ASCII[c] & (B.LOWER | B.DIGIT)) {
			if (runStart < 0) {
				runStart = i;
				hash = 0;
			}
			hash = (Math.imul(hash, Spelling.HASH_MULTIPLIER) + c) | 0;
		} else if (runStart >= 0) {
			const id = words.findFolded(src, runStart, i, hash);
			if (id >= 0 && words.flags[id] & (F.TERM | F.TERM_MULTI)) return true;
			runStart = -1;
		}
	}
	return false;
}

const LETTER = /[\p{L}\p{M}]/u;

/** A letter or a combining mark at `i` (ASCII at once; a pair of surrogates as one). */
function letterAt(s: string, i: number): number {
	const c = s.charCodeAt(i);
	if (((c | 32) - 97) >>> 0 < 26) return 1;
	if (c < 0xc0) return 0;
	if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
		return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
	}
	return LETTER.test(s[i]) ? 1 : 0;
}

/** A link or a domain ("bit.ly/x", "example.com"), an e-mail address or a @handle. */
const ADDRESS_TOKEN = /@|:\/\/|www\.|\p{L}\.\p{L}{2}/u;
const DIGIT = /\p{N}/u;

/**
 * The runs of two letters or more of a lower-case text: its words. Whitespace-separated tokens
 * that are addresses or hold a digit (order numbers, codes, "mp3", "10kg") have none.
 */
export function wordsOf(lower: string): string[] {
	const words: string[] = [];
	const n = lower.length;
	let start = 0;
	while (start < n) {
		let end = start;
		while (end < n && !isSpace(lower.charCodeAt(end))) end++;
		if (end > start) {
			const token = lower.slice(start, end);
			if (!ADDRESS_TOKEN.test(token) && !DIGIT.test(token)) {
				let run = -1;
				let letters = 0;
				for (let i = start; i <= end; ) {
					const w = i < end ? letterAt(lower, i) : 0;
					if (w > 0) {
						if (run < 0) run = i;
						letters++;
						i += w;
					} else {
						if (letters > 1) words.push(lower.slice(run, i));
						run = -1;
						letters = 0;
						i++;
					}
				}
			}
		}
		start = end + 1;
	}
	return words;
}
