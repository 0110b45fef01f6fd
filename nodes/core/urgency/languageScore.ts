/**
 * Sentiment of a message read in one of the other languages, with VADER's shape: negation window
 * (before the word, and after it where the language puts it there), boosters, "but", exclamation
 * and question marks, emoji and emoticons, and the same normalisation as English.
 */
import { type Entry, L, type Language } from './languages';
import { fold } from './languageTerms';
import { compound } from './sentiment';
import { tokenize } from './tokenizer';
import { Tokens } from './tokens';
import { Vader } from './vaderRules';
import type { WordIndex } from './wordIndex';
import { F, getEmojiTable } from './wordTable';

let emojiValence: Map<number, number> | undefined;

/**
 * Emoji code point to the English valence of its description, read by the English rules so that
 * "broken heart" is sad, not a heart; as a sum before normalisation.
 */
function getEmojiValence(english: WordIndex): Map<number, number> {
	if (emojiValence) return emojiValence;
	emojiValence = new Map();
	const t = new Tokens();
	const emoji = getEmojiTable();
	for (const [cp, description] of emoji.words) {
		tokenize(description.join(' '), english, emoji, t);
		const c = compound(t, english);
		if (c !== 0 && c > -1 && c < 1) emojiValence.set(cp, c * Math.sqrt(Vader.ALPHA / (1 - c * c)));
	}
	return emojiValence;
}

/** A rated word or emoji of a scored message, for the reasons. */
export interface Rated {
	start: number;
	end: number;
	value: number;
}

export interface LanguageScore {
	sentiment: number;
	rated: Rated[];
	/** Where the first "but" word of the message starts ("aber", "pero"), or -1. */
	butAt: number;
}

// Emoticons (":(", ":-/", ";)", ":D", "<3") standing apart: rated by VADER's list, as in English.
const EMOTICON = "(?<!\\S)(?:[:;=][-'^]?(?:[()\\[\\]/\\\\|*@{}3]+|[dpo]+(?![\\p{L}\\p{N}]))|</?3)";
// Words first: most tokens are words, and no emoticon starts with a letter.
const TOKEN = new RegExp(
	'[\\p{L}\\p{M}\\p{N}]+|' + EMOTICON + '|[!?.,;:\\u2026]|\\p{Extended_Pictographic}',
	'gu',
);
const REPEATED_END = /(.)\1+$/u;
const ADDRESS = /\S*(?:@|:\/\/|www\.)\S*/g;
const HAS_DIGIT = /\p{N}/u;
const ELONGATED = /(\p{L})\1\1/u;
const RUNS = /(\p{L})\1{2,}/gu;
const CLAUSE = 1;

/** HAS_DIGIT.test(tok), without the expression for a token of ASCII characters (most are). */
export function hasDigit(tok: string): boolean {
	for (let i = 0; i < tok.length; i++) {
		const c = tok.charCodeAt(i);
		if (c > 127) return HAS_DIGIT.test(tok);
		if ((c - 48) >>> 0 < 10) return true;
	}
	return false;
}

/**
 * ELONGATED.test(tok), without the expression unless the token has a character three times in a
 * row or any surrogate (a character outside the first plane, or half of one).
 */
export function isElongated(tok: string): boolean {
	for (let i = 0; i < tok.length; i++) {
		const c = tok.charCodeAt(i);
		if ((c & 0xf800) === 0xd800) return ELONGATED.test(tok);
		if (i >= 2 && c === tok.charCodeAt(i - 1) && c === tok.charCodeAt(i - 2)) {
			return ELONGATED.test(tok);
		}
	}
	return false;
}

/**
 * VADER-shaped sentiment of `text` read as `lang`. Words the language does not know are looked up
 * in the English table when `english` is given (mixed-language messages).
 */
export function scoreLanguage(
	text: string,
	lang: Language,
	englishWords: WordIndex,
	readEnglish: boolean,
): LanguageScore {
	let lower = text.toLowerCase();
	// Spans index the text: a character whose lower case is longer keeps its case.
	if (lower.length !== text.length) lower = text;
	// (The expression tries every position: most texts have none of what it needs.)
	if (lower.includes('@') || lower.includes('://') || lower.includes('www.')) {
		lower = lower.replace(ADDRESS, (m) => ' '.repeat(m.length));
	}
	const emoji = getEmojiValence(englishWords);
	const starts: number[] = [];
	const ends: number[] = [];
	const entries: Array<Entry | undefined> = [];
	const vals: number[] = [];
	const marks: number[] = [];
	let exclaim = 0;
	let question = 0;
	let firstBut = -1;
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(lower); m !== null; m = TOKEN.exec(lower)) {
		const tok = m[0];
		const c = tok.charCodeAt(0);
		if (
			tok.length === 1 &&
			(c === 33 || c === 63 || c === 46 || c === 44 || c === 59 || c === 58 || c === 0x2026)
		) {
			if (c === 33) exclaim++;
			else if (c === 63) question++;
			if (marks.length > 0) marks[marks.length - 1] = CLAUSE;
			continue;
		}
		let entry: Entry | undefined;
		let val = 0;
		let mark = 0;
		const cp = tok.codePointAt(0) as number;
		if (cp > 0x2000 && emoji.has(cp) && tok.length <= 2) {
			// An emoji closes what was written before it: a negation does not reach across it
			// ("não pode sair 😢" is sad, not the opposite).
			if (marks.length > 0) marks[marks.length - 1] = CLAUSE;
			mark = CLAUSE;
			val = emoji.get(cp) as number;
		} else if (cp < 0x40 && (cp === 58 || cp === 59 || cp === 61 || cp === 60)) {
			// An emoticon; a drawn-out one (":(((") reads as its short form. Like the colon it is
			// written with, it ends a clause: nothing negates it and it negates nothing.
			if (marks.length > 0) marks[marks.length - 1] = CLAUSE;
			mark = CLAUSE;
			let id = englishWords.lookup(tok);
			if (id < 0) id = englishWords.lookup(tok.replace(REPEATED_END, '$1'));
			if (id >= 0 && englishWords.flags[id] & F.LEX) val = englishWords.val[id];
		} else if (!hasDigit(tok)) {
			entry = lang.lookup(tok);
			// Drawn-out words ("poooorra", "bellissimooo"): runs of three or more letters as one.
			if (!entry && isElongated(tok)) entry = lang.lookup(tok.replace(RUNS, '$1'));
			if (entry) val = entry.val;
			else if (readEnglish || tok.length >= 4) {
				// English words in the message (mixed text, or "love", "happy" in any tweet): always
				// when English is voted for, else only longer, clearly rated words. Not a word of
				// the language itself ("die", "war" in German; "dire" in French; "sin" in Spanish):
				// `lookup` above found no entry, so its common and function words and false friends
				// are what is left to ask, and only of a word English rates.
				const id = englishWords.lookup(tok);
				if (id >= 0 && englishWords.flags[id] & F.LEX && !lang.listed(fold(tok))) {
					const ev = englishWords.val[id];
					if (readEnglish || ev >= 1.5 || ev <= -1.5) val = ev;
				}
			}
		}
		if (entry && entry.flags & L.BUT && firstBut < 0) firstBut = starts.length;
		starts.push(m.index);
		ends.push(m.index + tok.length);
		entries.push(entry);
		vals.push(val);
		marks.push(mark);
	}
	const n = starts.length;
	const rated: Rated[] = [];
	// Negations that flipped a word: they count as that flip, not as a negative word of their own.
	const used: boolean[] = new Array(n).fill(false);
	for (let i = 0; i < n; i++) {
		const e = entries[i];
		if (!e || !(e.flags & L.NEG) || vals[i] === 0) continue;
		for (let k = 1; k <= 3 && i + k < n; k++) {
			if (marks[i + k - 1] === CLAUSE) break;
			const f = entries[i + k];
			if (vals[i + k] !== 0 && !(f && f.flags & L.NEG)) {
				used[i] = true;
				break;
			}
		}
	}
	let sum = 0;
	for (let i = 0; i < n; i++) {
		let v = vals[i];
		if (v === 0 || used[i]) continue;
		const own = entries[i];
		if (own && own.flags & L.NEG) {
			// A negation on its own ("no", "nunca", "nicht"): VADER's rating of "no", unless it
			// follows and negates a word before it (it then ends its clause: "leider nicht am
			// Wochenende" does not negate "leider").
			let after = false;
			if (own.flags & L.NEG_AFTER && (i === n - 1 || marks[i] === CLAUSE)) {
				for (let k = 1; k <= 3 && i - k >= 0; k++) {
					if (marks[i - k] === CLAUSE) break;
					if (vals[i - k] !== 0 && !(entries[i - k] && (entries[i - k] as Entry).flags & L.NEG)) {
						after = true;
						break;
					}
				}
			}
			if (!after) {
				sum += v;
				rated.push({ start: starts[i], end: ends[i], value: v });
			}
			continue;
		}
		let from = i;
		let negated = false;
		for (let k = 1; k <= 3 && i - k >= 0; k++) {
			const j = i - k;
			if (marks[j] === CLAUSE) break;
			const e = entries[j];
			if (!e) continue;
			if (e.flags & L.BOOST) {
				const s = v < 0 ? -e.boost : e.boost;
				v += k === 1 ? s : k === 2 ? s * 0.95 : s * 0.9;
			}
			if (e.flags & L.NEG && !negated) {
				negated = true;
				from = j;
			}
		}
		if (!negated) {
			for (let k = 1; k <= 3 && i + k < n; k++) {
				if (marks[i + k - 1] === CLAUSE) break;
				const e = entries[i + k];
				if (e && e.flags & L.NEG_AFTER && (i + k === n - 1 || marks[i + k] === CLAUSE)) {
					negated = true;
					break;
				}
			}
		}
		if (negated) v *= Vader.N_SCALAR;
		if (firstBut >= 0) {
			if (i < firstBut) v *= 0.5;
			else if (i > firstBut) v *= 1.5;
		}
		sum += v;
		rated.push({ start: starts[from], end: ends[i], value: v });
	}
	const butAt = firstBut >= 0 ? starts[firstBut] : -1;
	if (sum === 0) return { sentiment: 0, rated, butAt };
	const emphasis =
		(exclaim > 4 ? 4 : exclaim) * Vader.EXCLAIM_INCR +
		(question > 1 ? (question <= 3 ? question * Vader.QUESTION_INCR : Vader.QUESTION_MAX) : 0);
	sum += sum > 0 ? emphasis : -emphasis;
	const score = sum / Math.sqrt(sum * sum + Vader.ALPHA);
	return { sentiment: score < -1 ? -1 : score > 1 ? 1 : score, rated, butAt };
}
