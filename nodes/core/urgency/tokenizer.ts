import { ASCII, B, BBit, isSpace, isWidePunct, K } from './chars';
import { hashFolded, Spelling, type WordIndex } from './wordIndex';
import { type EmojiTable, F } from './wordTable';
import { elisionVotes } from './detect';
import type { Tokens } from './tokens';
import { clauseFlags, emojiKind, hasNt, hasTriggerRun, isAddress, pushEmoji } from './tokenText';

const LOWER_LETTER = /\p{Ll}/u;

/**
 * Adds the token text[start, end), whose first and last characters other than punctuation are
 * at a and b - 1 (a = -1 when it is all punctuation), whose span [a, b) hashes to `hash`, and
 * which has ASCII characters other than letters and digits inside that span when `odd`; `key`
 * packs the span's letters when it is a short run of ASCII letters, else is 0 (see findPlain).
 * `lower` is the lower case of the text, or the text itself while only ASCII has been read:
 * everything here reads ASCII capitals as lower case.
 */
function emit(
	text: string,
	lower: string,
	start: number,
	end: number,
	a: number,
	b: number,
	hash: number,
	key: number,
	odd: boolean,
	bits: number,
	words: WordIndex,
	t: Tokens,
): void {
	let id: number;
	if (a < 0) {
		a = start;
		b = end;
		id = words.findFolded(lower, a, b, hashFolded(lower, a, b));
	} else if (b - a > 2 || (a === start && b === end)) {
		id = key !== 0 ? words.findPlain(lower, a, b, hash, key) : words.findFolded(lower, a, b, hash);
	} else {
		// The reference keeps whole any token whose stripped form has two characters or fewer, to
		// keep emoticons such as ":p" or "<3"; a short word with punctuation ("ok.", "no!") is
		// stripped unless the whole token is itself a known token.
		id = words.findFolded(lower, start, end, hashFolded(lower, start, end));
		if (id >= 0) {
			a = start;
			b = end;
		} else {
			id =
				key !== 0 ? words.findPlain(lower, a, b, hash, key) : words.findFolded(lower, a, b, hash);
		}
	}
	// Handles, e-mail addresses and links name someone or something: never sentiment, never a term.
	if (
		bits & (B.LOWER | B.UPPER) &&
		((a > start && lower.charCodeAt(a - 1) === 64) || (odd && isAddress(lower, a, b)))
	) {
		t.push(words, -1, b < end ? clauseFlags(text, b, end) : 0, a, b);
		return;
	}
	if (bits & (B.LOWER | B.UPPER | B.NON_ASCII)) {
		// Words, not code or markup: letters only, two or more of them.
		if (!odd && !(bits & B.DIGIT) && b - a > 1) t.letterWords++;
		if (bits & B.NON_ASCII) t.nonAscii = true;
	}
	if (bits & B.NON_ASCII && bits & B.UPPER && !(bits & B.LOWER)) {
		if (LOWER_LETTER.test(text.slice(a, b))) bits |= B.LOWER;
	}
	let extra = (bits & (B.UPPER | B.LOWER)) === B.UPPER ? F.UPPER : 0;
	if (b < end) extra |= clauseFlags(text, b, end);
	if (bits & B.APOS && (id < 0 || !(words.flags[id] & F.NEG))) {
		if (hasNt(lower, a, b)) extra |= F.NEG;
		else if (id < 0) {
			const votes = elisionVotes(lower, a, b);
			if (votes !== 0) t.vote(votes);
		}
	}
	// Whether the urgent-term scan can be skipped: a term's trigger is a known token (flagged in
	// the table), or a run between punctuation ("refund/cancel", "refund's"); non-ASCII text
	// always takes the scan.
	if (id < 0 && (bits & B.NON_ASCII || (odd && hasTriggerRun(lower, a, b, words)))) {
		t.terms |= F.TERM;
	}
	// (push notes the flags of a known token.)
	t.push(words, id, extra, a, b);
}

/**
 * emit for a token of ASCII letters and digits only, text[a, b) whose lower case hashes to `hash`;
 * when it is a short run of letters only, they are packed in `key` (see WordIndex.findPlain).
 */
function emitPlain(
	text: string,
	a: number,
	b: number,
	hash: number,
	key: number,
	bits: number,
	words: WordIndex,
	t: Tokens,
): void {
	const id = words.findPlain(text, a, b, hash, key);
	// A word of two letters or more, no digit (added, not branched on: the processor would
	// often guess that branch wrong).
	t.letterWords += (((bits >>> BBit.DIGIT) & 1) ^ 1) & ((a + 1 - b) >>> 31);
	t.push(words, id, (bits & (B.UPPER | B.LOWER)) === B.UPPER ? F.UPPER : 0, a, b);
}

/**
 * One pass over `text`: split on whitespace, strip punctuation from token ends the way the
 * reference does while hashing what remains, replace emoji by their description words, and count
 * '!' and '?'.
 */
export function tokenize(text: string, words: WordIndex, emoji: EmojiTable, t: Tokens): void {
	const len = text.length;
	// The text itself until a character outside ASCII needs its lower case: ASCII capitals are
	// read as lower case throughout, so most texts are never lower-cased as a whole.
	let lower = text;
	let lowered = false;
	t.reset(text);
	let start = -1;
	let a = -1;
	let b = -1;
	let bits = 0;
	// Hash of the token from its first non-punctuation character: to the latest one (span) and
	// to the current character (running); and the first character inside that is not a letter or
	// digit (odd).
	let span = 0;
	let running = 0;
	let odd = -1;
	// The letters of text[a, b) packed when that is one run of at most Spelling.MAX_PACKED ASCII letters,
	// else 0 (see WordIndex.findPlain).
	let key = 0;
	let exclaim = 0;
	let question = 0;
	for (let i = 0; i < len; i++) {
		const c = text.charCodeAt(i);
		if (((c | 32) - 97) >>> 0 < 26) {
			// Most characters are ASCII letters: take the whole run in a tight loop, hashing its
			// lower case, and note which cases it has.
			if (start < 0) {
				start = a = i;
				odd = -1;
				bits = 0;
				running = 0;
			} else if (a < 0) {
				a = i;
				running = 0;
			}
			let h = running;
			let j = i;
			let d = c;
			let any = 0;
			let all = B.UPPER;
			let k = 0;
			do {
				any |= d;
				all &= d;
				h = (Math.imul(h, Spelling.HASH_MULTIPLIER) + (d | 32)) | 0;
				k = (k << 5) | ((d | 32) - 96);
				d = ++j < len ? text.charCodeAt(j) : 0;
			} while (((d | 32) - 97) >>> 0 < 26);
			running = span = h;
			// k when the run starts the span and is short, else 0: masks, not branches (the
			// processor would often guess those wrong).
			key = k & (((a ^ i) - 1) >> 31) & ((j - i - Spelling.MAX_PACKED - 1) >> 31);
			b = j;
			// Bit 5 of a character code (32, the value of B.UPPER) is set in every lower-case
			// letter and clear in every capital: some letter was lower case when `any` has it,
			// some capital when `all` lacks it.
			bits |= (((any >>> BBit.UPPER) & 1) << BBit.LOWER) | (~all & B.UPPER);
			// A plain word ending at a space or the end of the text is done here.
			if (
				(d === 32 || j === len) &&
				a === start &&
				(odd < 0 || odd >= b) &&
				!(bits & B.NON_ASCII)
			) {
				emitPlain(text, a, b, span, key, bits, words, t);
				start = a = -1;
				i = j;
				continue;
			}
			i = j - 1;
			continue;
		}
		let cb: number;
		let lc: number;
		if (c < 128) {
			cb = ASCII[c];
			if (cb & K.SPACE) {
				if (start >= 0) {
					// Most tokens are a plain ASCII word: letters and digits only, nothing to strip.
					if (a === start && b === i && (odd < 0 || odd >= b) && !(bits & B.NON_ASCII)) {
						emitPlain(text, a, b, span, key, bits, words, t);
					} else {
						emit(text, lower, start, i, a, b, span, key, odd >= 0 && odd < b, bits, words, t);
					}
					start = a = -1;
				}
				continue;
			}
			if (cb & K.MARK) {
				if (c === 33) exclaim++;
				else question++;
			}
			lc = c | (cb & B.UPPER);
		} else {
			if (isSpace(c)) {
				if (start >= 0) {
					emit(text, lower, start, i, a, b, span, key, odd >= 0 && odd < b, bits, words, t);
					start = a = -1;
				}
				continue;
			}
			const kind = emojiKind(text, i, c, emoji);
			if (kind !== 0) {
				// An emoji stands apart from the text around it; modifiers and joiners just separate.
				if (start >= 0) {
					emit(text, lower, start, i, a, b, span, key, odd >= 0 && odd < b, bits, words, t);
					start = a = -1;
				}
				const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
				if (kind === 1) pushEmoji(text.slice(i, i + width), words, emoji, t);
				i += width - 1;
				continue;
			}
			if (!lowered) {
				lower = t.src;
				lowered = true;
			}
			lc = lower.charCodeAt(i);
			cb = lc === c ? B.NON_ASCII : B.NON_ASCII | B.UPPER;
			if (c === Spelling.RIGHT_SINGLE_QUOTE) {
				cb |= B.APOS | K.PUNCT;
				lc = Spelling.APOSTROPHE;
			} else if (isWidePunct(c)) cb |= K.PUNCT;
		}
		if (start < 0) {
			start = i;
			a = -1;
			odd = -1;
			bits = cb;
		} else {
			bits |= cb;
		}
		if (a >= 0) {
			running = (Math.imul(running, Spelling.HASH_MULTIPLIER) + lc) | 0;
			if (odd < 0 && !(cb & (B.LOWER | B.UPPER | B.DIGIT | B.NON_ASCII))) odd = i;
			if (!(cb & K.PUNCT)) {
				b = i + 1;
				span = running;
				key = 0;
			}
		} else if (!(cb & K.PUNCT)) {
			a = i;
			b = i + 1;
			key = 0;
			running = lc;
			span = lc;
			if (!(cb & (B.LOWER | B.UPPER | B.DIGIT | B.NON_ASCII))) odd = i;
		}
	}
	if (start >= 0)
		emit(text, lower, start, len, a, b, span, key, odd >= 0 && odd < b, bits, words, t);
	t.exclaim = exclaim;
	t.question = question;
}
