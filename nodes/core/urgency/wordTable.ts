import { EMOJI_DESCRIPTIONS, VADER_LEXICON } from './lexicon.generated';
import {
	BOOSTERS,
	EMOJI_DESCRIPTION_OVERRIDES,
	LIKE_REQUEST_CUES,
	NEGATE,
	SIGN_OFF_NOUNS,
	SPECIAL_CASES,
	SUPPORT_NEUTRAL,
} from './vaderRules';
import { COMPLAINT_CUES, URGENT_TERM_FORMS } from './defaultTerms';
import { markLanguages } from './detect';
import { SUPPORT_DROPPED_WORDS } from './supportLexicon';
import { compileTerms, type TermMatcher } from './terms';
import { WordIndex } from './wordIndex';

/** Positions of the flags that are counted by shifting rather than tested (see Tokens.push). */
export const enum FBit {
	UPPER = 19,
	CUE = 24,
}

// Bit flags describing a word; the rules test them instead of comparing strings.
// (A const enum: the compiler writes the numbers where they are used.)
export const enum F {
	LEX = 1,
	NEG = 1 << 1,
	BOOST = 1 << 2,
	NO = 1 << 3,
	OR_NOR = 1 << 4,
	LEAST = 1 << 5,
	AT_VERY = 1 << 6,
	NEVER = 1 << 7,
	SO_THIS = 1 << 8,
	WITHOUT = 1 << 9,
	DOUBT = 1 << 10,
	BUT = 1 << 11,
	/** Part of a multi-word special case or booster n-gram. */
	IDIOM = 1 << 12,
	KIND = 1 << 13,
	OF = 1 << 14,
	LIKE = 1 << 15,
	LIKE_CUE = 1 << 16,
	SIGN_OFF = 1 << 17,
	/** A trigger word of an urgent term, or a known token with a term inside. */
	TERM = 1 << 18,
	// Per-token flags, set by the tokenizer.
	UPPER = 1 << FBit.UPPER,
	EMOJI = 1 << 20,
	/** Followed by punctuation that ends a clause: . ; : ! ? or an ellipsis. */
	PUNCT_AFTER = 1 << 21,
	/** Followed by a comma. */
	COMMA_AFTER = 1 << 22,
	/** Kept as a string (an emoji's description word) rather than as a span of the input. */
	TEXT = 1 << 23,
	/** The longest word of a complaint cue: without one, no cue can be in the text. */
	CUE = 1 << FBit.CUE,
	/**
	 * The trigger of a default urgent term of several words only ("not working"): the term scan is
	 * needed only if the text also has that term's other words (see termPieces).
	 */
	TERM_MULTI = 1 << 26,
	/** The first word of a complaint cue; of a cue of one word; the second word of a cue. */
	CUE_START = 1 << 27,
	CUE_SINGLE = 1 << 28,
	CUE_SECOND = 1 << 29,
}

/** Multi-word special cases and booster n-grams, keyed by space-joined lower-case tokens. */
export const PHRASE_VALENCE: ReadonlyMap<string, number> = new Map(
	[...SPECIAL_CASES].filter(([k]) => k.includes(' ')),
);
export const PHRASE_BOOST: ReadonlyMap<string, number> = new Map(
	[...BOOSTERS].filter(([k]) => k.includes(' ')),
);

let baseWords: WordIndex | undefined;

function buildBaseWords(): WordIndex {
	const words = new WordIndex(1 << 13);
	const flag = (list: readonly string[], f: number) => {
		for (const w of list) words.mark(w, f);
	};
	const lexicon = Object.entries(VADER_LEXICON).filter(
		([word]) => !SUPPORT_DROPPED_WORDS.has(word.toLowerCase()),
	);
	for (const [word, v] of lexicon) {
		const id = words.insert(word);
		words.val[id] = v;
		words.flags[id] |= F.LEX;
	}
	// Lookups are lower-case, so entries rated in capitals (":D", "O.o") would never match otherwise.
	for (const [word, v] of lexicon) {
		const lower = word.toLowerCase();
		if (lower === word || words.lookup(lower) >= 0) continue;
		const id = words.insert(lower);
		words.val[id] = v;
		words.flags[id] |= F.LEX;
	}
	for (const word of SUPPORT_NEUTRAL) {
		const id = words.insert(word);
		words.val[id] = 0;
		words.flags[id] &= ~F.LEX;
	}
	for (const [word, b] of BOOSTERS) {
		if (word.includes(' ')) continue;
		const id = words.insert(word);
		words.boost[id] = b;
		words.flags[id] |= F.BOOST;
	}
	for (const phrase of [...PHRASE_VALENCE.keys(), ...PHRASE_BOOST.keys()]) {
		flag(phrase.split(' '), F.IDIOM);
	}
	flag(NEGATE, F.NEG);
	flag(['no'], F.NO);
	flag(['or', 'nor'], F.OR_NOR);
	flag(['least'], F.LEAST);
	flag(['at', 'very'], F.AT_VERY);
	flag(['never'], F.NEVER);
	flag(['so', 'this'], F.SO_THIS);
	flag(['without'], F.WITHOUT);
	flag(['doubt'], F.DOUBT);
	flag(['but'], F.BUT);
	flag(['kind'], F.KIND);
	flag(['of'], F.OF);
	flag(['like'], F.LIKE);
	flag(LIKE_REQUEST_CUES, F.LIKE_CUE);
	flag(SIGN_OFF_NOUNS, F.SIGN_OFF);
	markLanguages(words);
	// Every word of a complaint cue, so cues are matched by word id.
	for (const phrase of Object.keys(COMPLAINT_CUES)) {
		const parts = phrase.split(' ');
		for (const w of parts) words.insert(w);
		const longest = parts.reduce((best, w) => (w.length > best.length ? w : best));
		words.flags[words.lookup(longest)] |= F.CUE;
	}
	return words;
}

/** Per table: trigger word id -> the ASCII words of each default term it triggers. */
const multiTerms = new WeakMap<WordIndex, Map<number, string[][]>>();

/**
 * The words of the several-word default terms whose trigger is the word `id` (flagged
 * F.TERM_MULTI): a term can be in an all-ASCII text only if the lower case text holds all of them.
 */
export function termPieces(words: WordIndex, id: number): readonly string[][] {
	return multiTerms.get(words)?.get(id) ?? [];
}

const RUNS = /[^a-z0-9]+/;

/** Marks where complaint cues can start, so that most tokens are passed over by their flags. */
function markCues(words: WordIndex, cues: ReadonlyMap<string, number>): void {
	const marks = F.CUE_START | F.CUE_SINGLE | F.CUE_SECOND;
	for (let id = 0; id < words.count; id++) words.flags[id] &= ~marks;
	for (const form of cues.keys()) {
		const ids = form.split(' ').map((w) => words.lookup(w));
		// CueIndex leaves out a cue with a word the table lacks.
		if (ids.some((id) => id < 0)) continue;
		words.flags[ids[0]] |= F.CUE_START;
		if (ids.length > 1) words.flags[ids[1]] |= F.CUE_SECOND;
		else words.flags[ids[0]] |= F.CUE_SINGLE;
	}
}

/** Marks the words that let the tokenizer rule out urgent terms and cues in most texts. */
function markTerms(words: WordIndex, terms: TermMatcher): void {
	markCues(words, terms.cues);
	for (let id = 0; id < words.count; id++) words.flags[id] &= ~(F.TERM | F.TERM_MULTI);
	// With the default terms, a trigger that only starts terms of several words ("working" in
	// "not working") does not by itself make the scan needed; the classifier checks their other
	// words first. With terms added or removed every trigger counts, as the forms are not known.
	const multi = new Map<number, string[][]>();
	const single = new Set<string>(terms.triggers);
	if (terms.isDefault) {
		single.clear();
		for (const forms of Object.values(URGENT_TERM_FORMS)) {
			for (const form of forms) {
				if (!/^[\x20-\x7e]*$/.test(form)) continue;
				const pieces = form.split(RUNS).filter((p) => p.length > 0);
				if (pieces.length === 0) continue;
				const trigger = pieces.reduce((best, p) => (p.length >= best.length ? p : best));
				if (pieces.length === 1) {
					single.add(trigger);
					continue;
				}
				const id = words.insert(trigger);
				let list = multi.get(id);
				if (!list) {
					list = [];
					multi.set(id, list);
				}
				list.push(pieces);
			}
		}
		for (const id of multi.keys()) words.flags[id] |= F.TERM_MULTI;
	}
	multiTerms.set(words, multi);
	for (const trigger of single) words.mark(trigger, F.TERM);
	const triggers = new Set(terms.triggers);
	for (let id = 0; id < words.count; id++) {
		const word = words.word(id);
		if (!/[^a-z0-9]/.test(word)) continue;
		// Known tokens are not split by the tokenizer, so decide here for their pieces.
		const pieces = word.split(/[^a-z0-9]+/);
		if (pieces.some((p) => triggers.has(p)) || terms.containsTerm(word)) {
			words.flags[id] |= F.TERM;
		}
	}
}

/** The shared table, or a copy with `overrides` (already validated) and `terms` applied. */
export function wordTable(overrides: ReadonlyMap<string, number>, terms: TermMatcher): WordIndex {
	if (!baseWords) {
		baseWords = buildBaseWords();
		markTerms(baseWords, compileTerms(undefined));
	}
	if (overrides.size === 0 && terms.isDefault) return baseWords;
	const words = baseWords.clone();
	for (const [word, v] of overrides) {
		const id = words.insert(word);
		words.val[id] = v;
		words.flags[id] |= F.LEX;
	}
	markTerms(words, terms);
	return words;
}

/** Emoji code point to the lower-case words of its description, punctuation stripped. */
export interface EmojiTable {
	/** BMP code points: 1 = emoji with a description, 2 = modifier/joiner to drop. */
	readonly bmp: Uint8Array;
	readonly words: ReadonlyMap<number, readonly string[]>;
}

let emojiTable: EmojiTable | undefined;

const stripAsciiPunct = (w: string) => w.replace(/^[!-/:-@[-`{-~]+|[!-/:-@[-`{-~]+$/g, '');

export function isEmojiModifier(cp: number): boolean {
	return (
		cp === 0x200d || // zero-width joiner
		cp === 0xfe0f ||
		cp === 0xfe0e || // variation selectors
		cp === 0x20e3 || // keycap
		(cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin tones
		(cp >= 0xe0020 && cp <= 0xe007f) // tag sequences
	);
}

export function getEmojiTable(): EmojiTable {
	if (emojiTable) return emojiTable;
	const bmp = new Uint8Array(0x10000);
	const words = new Map<number, readonly string[]>();
	const descriptions: Record<string, string> = { ...EMOJI_DESCRIPTIONS };
	for (const [symbol, description] of EMOJI_DESCRIPTION_OVERRIDES)
		descriptions[symbol] = description;
	for (const [symbol, description] of Object.entries(descriptions)) {
		const cp = symbol.codePointAt(0) as number;
		// ASCII entries (keycap bases such as digits) are plain text, not emoji.
		if (cp < 0x80 || isEmojiModifier(cp)) continue;
		const list = description
			.toLowerCase()
			.split(/\s+/)
			.map((w) => (stripAsciiPunct(w).length <= 2 ? w : stripAsciiPunct(w)))
			.filter((w) => w.length > 0);
		words.set(cp, Object.freeze(list));
		if (cp < 0x10000) bmp[cp] = 1;
	}
	for (const cp of [0x200d, 0xfe0f, 0xfe0e, 0x20e3]) bmp[cp] = 2;
	emojiTable = { bmp, words };
	return emojiTable;
}
