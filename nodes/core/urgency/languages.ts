/**
 * Reading messages in the languages of languageData.ts: a word table per language (exact words and
 * stems, matched as written and with accents removed), a sentiment pass with VADER's shape
 * (negation window, boosters, "but", exclamation marks, the same normalisation), and the urgent
 * terms and complaint cues of the language, reported in the message's own words.
 */
import { READ_LANGUAGES, type LanguageData } from './languageData';
import { fold, parseCues, parseTerms, TermSet } from './languageTerms';
import { Vader } from './vaderRules';

export const enum L {
	NEG = 1,
	NEG_AFTER = 2,
	BUT = 4,
	BOOST = 8,
}

export interface Entry {
	val: number;
	boost: number;
	flags: number;
}

/** The first two characters of a string as one number (a map key without a new string). */
const pairKey = (s: string) => s.charCodeAt(0) * 0x10000 + s.charCodeAt(1);

const words = (list: string) => list.split(/\s+/).filter((w) => w.length > 0);

export class Language {
	readonly code: string;
	readonly name: string;
	readonly terms: TermSet;
	private readonly exact = new Map<string, Entry>();
	private readonly stems = new Map<string, Entry>();
	/** Stem lengths, longest first, by the first two letters of the stems (few per pair). */
	private readonly stemLengths = new Map<number, number[]>();
	/** Lengths of stems of one letter or none (a word of any start may end in one). */
	private readonly shortStems: number[];
	/** The common words without sentiment and the function words, without accents. */
	private readonly common: ReadonlySet<string>;

	constructor(data: LanguageData) {
		this.code = data.code;
		this.name = data.name;
		const put = (word: string, change: (e: Entry) => void) => {
			const stem = word.endsWith('*');
			const w = stem ? word.slice(0, -1) : word;
			const table = stem ? this.stems : this.exact;
			for (const key of w === fold(w) ? [w] : [w, fold(w)]) {
				// The accented form keeps its own entry; the folded one is added only if free.
				if (key !== w && table.has(key)) continue;
				let e = table.get(key);
				if (!e) {
					e = { val: 0, boost: 0, flags: 0 };
					table.set(key, e);
				}
				change(e);
			}
		};
		for (const entry of words(data.lexicon)) {
			const k = entry.lastIndexOf(':');
			const v = Number(entry.slice(k + 1));
			put(entry.slice(0, k), (e) => (e.val = v));
		}
		for (const w of words(data.negate)) put(w, (e) => (e.flags |= L.NEG));
		for (const w of words(data.negateAfter ?? '')) put(w, (e) => (e.flags |= L.NEG_AFTER));
		for (const w of words(data.but)) put(w, (e) => (e.flags |= L.BUT));
		for (const w of words(data.boost)) {
			put(w, (e) => {
				e.flags |= L.BOOST;
				e.boost = Vader.B_INCR;
			});
		}
		for (const w of words(data.damp)) {
			put(w, (e) => {
				e.flags |= L.BOOST;
				e.boost = Vader.B_DECR;
			});
		}
		const short = new Set<number>();
		for (const key of this.stems.keys()) {
			if (key.length < 2) {
				short.add(key.length);
				continue;
			}
			const head = pairKey(key);
			const lengths = this.stemLengths.get(head) ?? [];
			if (!lengths.includes(key.length)) lengths.push(key.length);
			this.stemLengths.set(head, lengths);
		}
		for (const lengths of this.stemLengths.values()) lengths.sort((a, b) => b - a);
		this.shortStems = [...short].sort((a, b) => b - a);
		this.terms = new TermSet(parseTerms(data.urgent), parseCues(data.cues));
		this.common = new Set(
			[...words(data.words), ...words(data.stop), ...words(data.falseFriends ?? '')].map(fold),
		);
	}

	/** Whether a word (lower case, accents removed) is one of the language's: rated, listed, common. */
	knows(folded: string): boolean {
		return this.listed(folded) || this.lookup(folded) !== undefined;
	}

	/**
	 * Whether a word (lower case, accents removed) is a common or function word of the language, or
	 * one of its false friends: `knows` without the word list `lookup` reads.
	 */
	listed(folded: string): boolean {
		return this.common.has(folded);
	}

	/** The entry of a lower-case word: as written, without accents, or by its longest stem. */
	lookup(word: string): Entry | undefined {
		const e = this.exact.get(word);
		if (e !== undefined) return e;
		const plain = fold(word);
		if (plain !== word) {
			const f = this.exact.get(plain);
			if (f !== undefined) return f;
		}
		// Only stems that start as the word does can match; the longest wins.
		const lengths = plain.length >= 2 ? this.stemLengths.get(pairKey(plain)) : undefined;
		if (lengths !== undefined) {
			for (const len of lengths) {
				if (len > plain.length) continue;
				const s = this.stems.get(len === plain.length ? plain : plain.slice(0, len));
				if (s !== undefined) return s;
			}
		}
		for (const len of this.shortStems) {
			if (len > plain.length) continue;
			const s = this.stems.get(len === plain.length ? plain : plain.slice(0, len));
			if (s !== undefined) return s;
		}
		return undefined;
	}
}

let languages: Map<string, Language> | undefined;

/** The languages read besides English, by code, built on first use. */
export function getLanguages(): ReadonlyMap<string, Language> {
	if (!languages) {
		languages = new Map(READ_LANGUAGES.map((d) => [d.code, new Language(d)]));
	}
	return languages;
}
