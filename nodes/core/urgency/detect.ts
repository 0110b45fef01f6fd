/**
 * Language of a message, decided from what the English pass already has: votes of function words
 * (looked up in the same word table as the sentiment words, so English pays one array read per
 * known token) and, for text with characters outside ASCII, the script of its letters.
 */
import { ENGLISH_STOP, OTHER_LATIN, READ_LANGUAGES } from './languageData';
import type { Tokens } from './tokens';
import type { WordIndex } from './wordIndex';
import { F } from './wordTable';

/** Language code per vote bit: English, the languages read, then the Latin-script others. */
export const VOTE_CODES: readonly string[] = [
	'en',
	...READ_LANGUAGES.map((l) => l.code),
	...OTHER_LATIN.map(([code]) => code),
];
const READ_COUNT = 1 + READ_LANGUAGES.length;

/** Codes of the languages the engine reads. */
export const READ_CODES: readonly string[] = VOTE_CODES.slice(0, READ_COUNT);

/** Sets the language bits of every function word in the table. */
export function markLanguages(words: WordIndex): void {
	const lists = [
		ENGLISH_STOP,
		...READ_LANGUAGES.map((l) => l.stop),
		...OTHER_LATIN.map(([, s]) => s),
	];
	lists.forEach((list, bit) => {
		for (const w of list.split(/\s+/)) if (w) words.mark(w, 0, 1 << bit);
	});
}

// Letters by script: [first, last, code].
// prettier-ignore
const SCRIPTS: ReadonlyArray<readonly [number, number, string]> = [
	[0x0370, 0x03ff, 'el'], [0x0400, 0x04ff, 'ru'], [0x0530, 0x058f, 'hy'], [0x0590, 0x05ff, 'he'],
	[0x0600, 0x06ff, 'ar'], [0x0750, 0x077f, 'ar'], [0x0900, 0x097f, 'hi'], [0x0980, 0x09ff, 'bn'],
	[0x0a00, 0x0a7f, 'pa'], [0x0a80, 0x0aff, 'gu'], [0x0b80, 0x0bff, 'ta'], [0x0c00, 0x0c7f, 'te'],
	[0x0c80, 0x0cff, 'kn'], [0x0d00, 0x0d7f, 'ml'], [0x0d80, 0x0dff, 'si'], [0x0e00, 0x0e7f, 'th'],
	[0x0e80, 0x0eff, 'lo'], [0x1000, 0x109f, 'my'], [0x10a0, 0x10ff, 'ka'], [0x1100, 0x11ff, 'ko'],
	[0x1200, 0x137f, 'am'], [0x1780, 0x17ff, 'km'], [0x3040, 0x30ff, 'ja'], [0x3130, 0x318f, 'ko'],
	[0x3400, 0x4dbf, 'zh'], [0x4e00, 0x9fff, 'zh'], [0xac00, 0xd7af, 'ko'], [0xfb1d, 0xfb4f, 'he'],
	[0xfb50, 0xfdff, 'ar'], [0xfe70, 0xfeff, 'ar'],
];

function scriptOf(c: number): string | undefined {
	let lo = 0;
	let hi = SCRIPTS.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const [first, last, code] = SCRIPTS[mid];
		if (c < first) hi = mid - 1;
		else if (c > last) lo = mid + 1;
		else return code;
	}
	return undefined;
}

const isLatin = (c: number) =>
	(c >= 65 && c <= 90) ||
	(c >= 97 && c <= 122) ||
	(c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/**
 * The script language of a text whose letters are mostly not Latin ('ja' when kana appear among
 * Han characters, 'uk' for Cyrillic with Ukrainian letters), or undefined.
 */
export function nonLatinScript(text: string): string | undefined {
	let latin = 0;
	let other = 0;
	const counts = new Map<string, number>();
	let kana = false;
	let ukrainian = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x370) {
			if (isLatin(c)) latin++;
			continue;
		}
		const code = scriptOf(c);
		if (code === undefined) continue;
		other++;
		counts.set(code, (counts.get(code) ?? 0) + 1);
		if (code === 'ja') kana = true;
		else if (c === 0x0456 || c === 0x0457 || c === 0x0454 || c === 0x0491) ukrainian = true;
	}
	if (other <= latin) return undefined;
	let best = '';
	let most = 0;
	for (const [code, n] of counts) {
		if (n > most) {
			best = code;
			most = n;
		}
	}
	if (best === 'zh' && kana) return 'ja';
	if (best === 'ru' && ukrainian) return 'uk';
	return best;
}

/** Letters that only some of the languages read write: one vote per letter seen, at most two. */
const LETTER_VOTES: ReadonlyMap<number, string> = new Map([
	[0xe3, 'pt'],
	[0xf5, 'pt'],
	[0xf1, 'es'],
	[0xbf, 'es'],
	[0xa1, 'es'],
	[0xdf, 'de'],
	[0xe4, 'de'],
	[0xf6, 'de'],
	[0xfc, 'de'],
	[0xf2, 'it'],
	[0xec, 'it'],
	[0xf9, 'it'],
	[0x153, 'fr'],
	[0xea, 'fr'],
	[0xee, 'fr'],
]);

/**
 * Letters that none of the languages read writes, with the languages not read that write them
 * (Latin-1 and Latin Extended-A, both cases): "ł" is Polish, "ő" Hungarian, "ț" Romanian. One
 * vote per distinct letter, at most two: the words of the message still count for more, so a
 * name ("Thanks Łukasz", "Gracias Søren") does not outvote the language it is written in.
 */
const UNREAD_LETTERS: ReadonlyMap<number, number> = (() => {
	const m = new Map<number, number>();
	// prettier-ignore
	const table: ReadonlyArray<readonly [string, string]> = [
		['åÅ', 'sv da no'], ['æÆøØ', 'da no'], ['ðÐþÞ', 'is'], ['őŐűŰ', 'hu'],
		['łŁśŚźŹżŻńŃ', 'pl'], ['ąĄęĘ', 'pl lt'], ['ćĆ', 'pl hr'], ['řŘůŮěĚ', 'cs'],
		['ľĽĺĹŕŔ', 'sk'], ['čČšŠžŽ', 'cs sk hr lt lv'], ['đĐ', 'hr vi'], ['ăĂ', 'ro vi'],
		['șȘțȚ', 'ro'], ['şŞţŢ', 'ro tr'], ['ğĞıİ', 'tr'], ['ėĖįĮųŲ', 'lt'], ['ūŪ', 'lt lv'],
		['āĀēĒīĪļĻņŅķĶģĢ', 'lv'], ['ŵŴŷŶ', 'cy'], ['·', 'ca'],
	];
	for (const [letters, codes] of table) {
		let bits = 0;
		for (const code of codes.split(' ')) bits |= 1 << VOTE_CODES.indexOf(code);
		for (const letter of letters) m.set(letter.charCodeAt(0), bits);
	}
	return m;
})();

function letterVotes(t: Tokens, text: string): void {
	let seen = 0;
	let unread = 0;
	let firstUnread = 0;
	for (let i = 0; i < text.length && (seen < 2 || unread < 2); i++) {
		const c = text.charCodeAt(i);
		if (c < 0xa1 || c > 0x24f) continue;
		const other = UNREAD_LETTERS.get(c);
		if (other !== undefined) {
			if (unread < 2 && c !== firstUnread) {
				t.vote(other);
				firstUnread = c;
				unread++;
			}
			continue;
		}
		if (seen >= 2 || c > 0x153) continue;
		const lower = c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 32 : c;
		let code = LETTER_VOTES.get(lower);
		// "güe", "güi": Spanish ("vergüenza", "pingüino"), not German.
		if (lower === 0xfc && i > 0 && (text.charCodeAt(i - 1) | 32) === 103) {
			const next = text.charCodeAt(i + 1) | 32;
			if (next === 101 || next === 105) code = 'es';
		}
		if (code !== undefined) {
			t.vote(1 << VOTE_CODES.indexOf(code));
			seen++;
		}
	}
}

export interface Detected {
	/** ISO 639-1 code, or 'und'. */
	code: string;
	/** Whether the engine reads it. */
	read: boolean;
	/** Votes for English (mixed-language text reads English words too). */
	english: number;
	/** Whether the words of the message should still decide its language, and how. */
	decide: Decide;
}

export const enum Decide {
	/** The votes decided. */
	DONE = 0,
	/**
	 * No function word and no rated word the English pass knows, or only one letter ("ü" in
	 * "Vergüenza"): the words of every language read decide (Classifier.identify).
	 */
	BY_WORDS = 1,
	/** Another language read has as many votes ("que"): their words decide (Classifier.breakTie). */
	TIE = 2,
}

/**
 * From the English pass's votes: the language with the most function words, English on a tie;
 * Latin-script text with four or more words and not one word the engine knows is 'und'.
 */
export function detect(
	t: Tokens,
	text: string,
	nonAscii: boolean,
	words: WordIndex,
	/**
	 * Whether `text` has an urgent term of English (code 'en'), or a term or cue of language
	 * `code` that holds the word `word`.
	 */
	hasTerms: (code: string, text: string, word: string) => boolean,
): Detected {
	if (nonAscii) {
		const script = nonLatinScript(text);
		if (script !== undefined) {
			return { code: script, read: false, english: t.votes[0], decide: Decide.DONE };
		}
		letterVotes(t, text);
	}
	const english = t.votes[0];
	if (t.voted === 0 || t.voted === 1) {
		if (t.voted === 0 && t.known === 0 && t.letterWords >= 4) {
			return { code: 'und', read: false, english, decide: Decide.BY_WORDS };
		}
		const code = english > 0 || t.known > 0 ? 'en' : 'und';
		// Known words but no function word and nothing rated ("Service nul"): the words decide.
		const decide = t.voted === 0 && t.rated === 0 ? Decide.BY_WORDS : Decide.DONE;
		return { code, read: true, english, decide };
	}
	let best = 0;
	for (let k = 1; k < VOTE_CODES.length; k++) if (t.votes[k] > t.votes[best]) best = k;
	// English on a tie with a language read, with nothing rated ("Mijn account is geblokkeerd":
	// "is" against "mijn"): the words may still decide (below).
	let tiedWithEnglish = false;
	if (best === 0 && t.rated === 0) {
		for (let k = 1; k < READ_COUNT; k++) if (t.votes[k] === english) tiedWithEnglish = true;
	}
	// Letters alone ("ü", "ö") against a function word of a language not read ("teşekkürler",
	// "köszönöm", "çok"): the word tells. Those languages share the letters.
	if (best !== 0 && best < READ_COUNT && !hasWordVote(t, words, best)) {
		let other = 0;
		for (let k = READ_COUNT; k < VOTE_CODES.length; k++)
			if (t.votes[k] > t.votes[other] && hasWordVote(t, words, k)) other = k;
		if (other !== 0) best = other;
	}
	// One function word ("a", "no", "de"), however often written ("NO NO NO"), is weak evidence:
	// it decides only when nothing in the message is English (a function word, a rated word, an
	// urgent term: "Need a refund ASAP"), or when it is part of one of that language's terms or
	// cues in the message ("No funciona", "no llegó"; not "direct" in "Cheers Dan, direct
	// transfer received").
	let decide = Decide.DONE;
	if (best !== 0) {
		const voter = weakVotes(t, words, best);
		if (voter === NO_WORD && english === 0 && t.known === 0) decide = Decide.BY_WORDS;
		// The function word itself rated in English ("sin" in "Llegó sin problemas", "die"):
		// English only by that word, so the words decide (English when most are English words,
		// "No such thing").
		const selfRated = voter >= 0 && words.flags[voter] & F.LEX ? t.votes[best] : 0;
		if (
			voter !== STRONG &&
			(english > 0 || t.rated > 0 || hasTerms('en', text, '')) &&
			!(voter >= 0 && best < READ_COUNT && hasTerms(VOTE_CODES[best], text, words.word(voter)))
		) {
			if (english === 0 && selfRated > 0 && t.rated === selfRated && !hasTerms('en', text, '')) {
				decide = Decide.BY_WORDS;
			}
			best = 0;
		}
	}
	const code = best === 0 && english === 0 && t.known === 0 ? 'und' : VOTE_CODES[best];
	if (code === 'und') decide = Decide.BY_WORDS;
	else if (code === 'en' && tiedWithEnglish && !hasTerms('en', text, '')) decide = Decide.TIE;
	else if (decide === Decide.DONE && best !== 0 && best < READ_COUNT) {
		for (let k = 1; k < READ_COUNT; k++)
			if (k !== best && t.votes[k] === t.votes[best]) decide = Decide.TIE;
	}
	return { code, read: best < READ_COUNT, english, decide };
}

/** Whether a word of the message (not a letter) votes for language `k`. */
function hasWordVote(t: Tokens, words: WordIndex, k: number): boolean {
	const bit = 1 << k;
	for (let i = 0; i < t.n; i++) {
		const id = t.ids[i];
		if (id >= 0 && !(t.flags[i] & F.TEXT) && words.lang[id] & bit) return true;
	}
	return false;
}

/** weakVotes: the votes are more than one piece of evidence. */
const STRONG = -1;
/** weakVotes: one vote without a word (an elided article, a letter such as "ñ"). */
const NO_WORD = -2;

/**
 * Whether the votes for language `k` are one piece of evidence: the id of the one function word
 * they all come from, however often written; NO_WORD for a single vote without a word; else
 * STRONG.
 */
function weakVotes(t: Tokens, words: WordIndex, k: number): number {
	const bit = 1 << k;
	const { ids, flags, n } = t;
	let word = -1;
	let times = 0;
	for (let i = 0; i < n; i++) {
		const id = ids[i];
		// Emoji are described by English words, which the writer did not write.
		if (id < 0 || flags[i] & F.TEXT || !(words.lang[id] & bit)) continue;
		if (word >= 0 && id !== word) return STRONG;
		word = id;
		times++;
	}
	if (times > 0) return times === t.votes[k] ? word : STRONG;
	return t.votes[k] < 2 ? NO_WORD : STRONG;
}

const bit = (code: string) => 1 << VOTE_CODES.indexOf(code);
const FR = bit('fr');
const IT = bit('it');
const FR_IT = FR | IT;

/**
 * Votes of an elided article or pronoun at the start of a token ("l'ordine", "n'est", "dell'"),
 * which French and Italian write and English does not; 0 for any other token.
 */
export function elisionVotes(src: string, a: number, b: number): number {
	let q = a + 1;
	while (q < b && q < a + 5) {
		const c = src.charCodeAt(q);
		if (c === 39 || c === 0x2019) break;
		q++;
	}
	if (q >= b - 1 || q === a + 5) return 0;
	// The tokenizer may pass the text as written when its token is ASCII: read capitals as lower.
	const head = src.slice(a, q).toLowerCase();
	switch (head) {
		case 'l':
		case 'd':
			return FR_IT;
		case 'n':
		case 's':
		case 'c':
		case 'j':
		case 'm':
		case 't':
		case 'qu':
		case 'jusqu':
		case 'lorsqu':
			return FR;
		case 'dell':
		case 'nell':
		case 'all':
		case 'dall':
		case 'sull':
		case 'un':
		case 'po':
			return IT;
		default:
			return 0;
	}
}
