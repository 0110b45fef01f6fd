import { compileTerms, type TermMatcher } from './terms';
import { CueIndex } from './cues';
import { Decide, type Detected, detect, VOTE_CODES } from './detect';
import { isEnglishWord } from './englishWords';
import { lowerOf, wordsOf } from './tokenText';
import { anyTermPattern, fold } from './languageTerms';
import { scoreLanguage } from './languageScore';
import { getLanguages, type Language } from './languages';
import {
	checkOptions,
	readFlag,
	readLanguages,
	readOverrides,
	readPlatformSentiment,
	readThresholds,
	readUnsupported,
	type Thresholds,
} from './options';
import { compound } from './sentiment';
import { tokenize } from './tokenizer';
import { Tokens } from './tokens';
import type {
	MessageContext,
	PlatformSentiment,
	Priority,
	UrgencyClassifier,
	UrgencyResult,
} from './types';
import type { TermHit } from './written';
import type { WordIndex } from './wordIndex';
import { addRatedReasons, addSentimentReasons, MAX_REASONS, WordReasons } from './reasons';
import {
	asText,
	cueWeight,
	foreignWords,
	multiWordTerm,
	noText,
	platformSentiment,
	urgencyScore,
} from './messageSignals';

export { urgencyScore } from './messageSignals';

import { getEmojiTable, type EmojiTable, wordTable } from './wordTable';

/**
 * Characters of a message read per classification (about 30,000 words); the rest is ignored.
 * A module-local constant: an exported one is read through the module's exports object, a
 * generic property load on every call.
 */
const MAX_CHARS = 200_000;
export { MAX_CHARS as MAX_CLASSIFIED_CHARS };

const MAX_KEYWORD_REASONS = 3;
const MAX_SENTIMENT_REASONS = 3;

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

const BAND_MIDDLE: Readonly<Record<Priority, number>> = { HIGH: 0.8333, MEDIUM: 0.5, LOW: 0.1667 };
const MAX_CUE_REASONS = 2;

const NOT_LETTERS = /[^\p{L}\p{M}\p{N}]+/u;
/** Every language the engine reads besides English, whatever the options say. */
const ALL = getLanguages();

/** `text` in lower case without accents, index for index with `text` (see lowerOf). */
const foldedText = (text: string) => fold(lowerOf(text));

/**
 * Whether `text` has a term or cue of the language `code` (any language the engine reads) that
 * holds the word `word`.
 */
function hasTerms(code: string, text: string, word: string): boolean {
	const lang = ALL.get(code);
	if (lang === undefined) return false;
	const folded = foldedText(text);
	if (!lang.terms.has(folded)) return false;
	const hits: TermHit[] = [];
	lang.terms.find(text, folded, hits);
	const w = fold(word);
	return hits.some((h) => fold(h.text).split(NOT_LETTERS).includes(w));
}

/** The hits of `lang`'s terms and cues in `folded` that are phrases (hold a space), added to `out`. */
function phrasesOf(lang: Language, text: string, folded: string, out: TermHit[]): void {
	const found: TermHit[] = [...out];
	lang.terms.find(text, folded, found);
	for (let k = out.length; k < found.length; k++) if (/\s/.test(found[k].text)) out.push(found[k]);
}

/** anyTermPattern of the languages read, by their codes: built once per set of languages. */
const ANY_TERM = new Map<string, RegExp | undefined>();

/** Bit of each language of ALL in the masks of knownBy. */
const ALL_BIT = new Map([...ALL.keys()].map((code, i) => [code, i]));
const KNOWN_BY = new Map<string, number>();

/**
 * Which languages of ALL know a folded word (Language.knows), as bits; remembered, since the
 * same words come back from message to message (forgotten all at once past 50,000 words).
 */
function knownBy(word: string): number {
	let mask = KNOWN_BY.get(word);
	if (mask === undefined) {
		mask = 0;
		for (const [code, lang] of ALL)
			if (lang.knows(word)) mask |= 1 << (ALL_BIT.get(code) as number);
		if (KNOWN_BY.size >= 50_000) KNOWN_BY.clear();
		KNOWN_BY.set(word, mask);
	}
	return mask;
}

/** anyTermPattern of every language the engine reads besides English (null until asked). */
let anyTermOfAll: RegExp | undefined | null = null;

/** Whether a rated token after token `but` is positive (the valences after VADER's rules). */
function positiveAfter(out: Float64Array, lex: Int32Array, count: number, but: number): boolean {
	for (let k = 0; k < count; k++) {
		const i = lex[k];
		if (i > but && out[i] > 0) return true;
	}
	return false;
}

/** The language a message settled on when its words decided it. */
const settled = (found: Detected, code: string): Detected => ({
	code,
	read: true,
	english: found.english,
	decide: Decide.DONE,
});

/**
 * Of `known` (see Classifier.evidence), the entry with the most evidence, starting from `best`;
 * on a tie with some evidence, `prefer`.
 */
function strongest(
	known: ReadonlyArray<readonly [string, number, number]>,
	best: readonly [string, number, number],
	prefer: string,
): readonly [string, number, number] {
	for (const entry of known) {
		const n = entry[1];
		if (n > best[1] || (n > 0 && n === best[1] && entry[0] === prefer)) best = entry;
	}
	return best;
}

interface Settings {
	thresholds: Thresholds;
	unsupported: Priority;
	read: ReadonlySet<string>;
	cues: boolean;
	platform: boolean;
}

class Classifier implements UrgencyClassifier {
	private readonly tokens = new Tokens();
	private readonly languages: ReadonlyMap<string, Language>;
	private readonly orders = new Map<string, ReadonlyArray<readonly [string, Language]>>();
	private readonly cues: CueIndex;
	private readonly cueBuffer: TermHit[] = [];
	private readonly spanBuffer: number[] = [];
	/** The English terms found, as written, one per keyword (see TermMatcher.find). */
	private readonly written: string[] = [];
	private readonly readsEnglish: boolean;
	private readonly wordReasons: WordReasons;
	/**
	 * Finds something in a folded text exactly when the terms of some language read would; when
	 * it finds nothing, no language's scan can (see anyTermPattern).
	 */
	private readonly anyTerm: RegExp | undefined;
	/** For detect: see its `hasTerms`. */
	private readonly hasTerms = (code: string, text: string, word: string): boolean =>
		code === 'en' ? this.terms.find(text).length > 0 : hasTerms(code, text, word);

	constructor(
		private readonly words: WordIndex,
		private readonly emoji: EmojiTable,
		private readonly terms: TermMatcher,
		private readonly settings: Settings,
	) {
		this.cues = new CueIndex(words, terms.cues);
		const all = getLanguages();
		this.languages = new Map([...all].filter(([code]) => settings.read.has(code)));
		this.readsEnglish = settings.read.has('en');
		const codes = [...this.languages.keys()].join();
		if (!ANY_TERM.has(codes)) {
			ANY_TERM.set(codes, anyTermPattern([...this.languages.values()].map((l) => l.terms)));
		}
		this.anyTerm = ANY_TERM.get(codes);
		this.wordReasons = new WordReasons(words);
	}

	classify(input: unknown, context?: MessageContext): UrgencyResult {
		const full = asText(input);
		// Bounded work per message whatever an item holds: the start of a long text decides.
		const text = full.length > MAX_CHARS ? full.slice(0, MAX_CHARS) : full;
		const t = this.tokens;
		const st = this.settings;
		tokenize(text, this.words, this.emoji, t);
		let found = detect(t, text, t.nonAscii, this.words, this.hasTerms);
		if (found.decide !== Decide.DONE) found = this.decide(t, text, found);
		const platform = st.platform ? platformSentiment(context) : undefined;
		// Buffers reused across calls (classification is synchronous).
		const cueHits: TermHit[] | undefined = st.cues ? this.cueBuffer : undefined;
		if (cueHits && cueHits.length > 0) cueHits.length = 0;
		const english = found.code === 'en' || found.code === 'und' || found.english > 0;
		const readsEnglish = this.readsEnglish;
		const spans = this.spanBuffer;
		if (spans.length > 0) spans.length = 0;
		const written = this.written;
		if (written.length > 0) written.length = 0;
		let keywords: string[] =
			// The operator's patterns apply to every message; the English terms to English ones.
			(english || !found.read || this.terms.scanAlways) && this.mayHaveTerm(t)
				? this.terms.find(text, cueHits ? spans : undefined, written)
				: [];
		if (cueHits && t.cueHint && english && readsEnglish) this.cues.find(t, text, spans, cueHits);
		const language = found.code === 'en' ? undefined : this.languages.get(found.code);
		const other = language !== undefined;
		if (
			!found.read ||
			(found.code === 'en' && !readsEnglish) ||
			(found.code !== 'en' && found.code !== 'und' && !other)
		) {
			const result = this.unread(found.code, keywords, platform, text);
			t.release();
			return result;
		}
		let sentiment: number;
		// Where the first "but" word starts when nothing after it is positive: a cue after it
		// ("Danke! Aber ein Artikel fehlt") is not softened by the politeness before it.
		let butAt = -1;
		const reasons: string[] = [];
		// The terms of every other language read with a vote: a message may mix them.
		// (One stray function word, "de" or "la" in an English message, is not another language.)
		// Not for a message plainly English: four or more English function words, at least twice
		// as many as of any other language.
		if (other || (t.voted & ~1 && foreignWords(t, found.code))) {
			keywords = this.otherTerms(text, language, keywords, cueHits);
		}
		if (other) {
			const scored = scoreLanguage(text, language, this.words, found.english > 0);
			sentiment = round4(scored.sentiment);
			if (scored.butAt >= 0 && !scored.rated.some((r) => r.start > scored.butAt && r.value > 0)) {
				butAt = scored.butAt;
			}
			this.explain(keywords, cueHits, reasons);
			addRatedReasons(scored.rated, text, sentiment, reasons, this.room(reasons));
		} else {
			sentiment = round4(compound(t, this.words));
			if (t.firstBut >= 0 && !positiveAfter(t.out, t.lex, t.lexCount, t.firstBut)) {
				butAt = t.start[t.firstBut];
			}
			if (
				sentiment === 0 &&
				keywords.length === 0 &&
				(t.letterWords === 0 || found.code === 'und') &&
				!(cueHits && cueHits.length > 0)
			) {
				// No word of two letters ("——", "@bob"; "Don't" and "e-mail" are words): no text.
				// Words, but not one the engine knows in any language it reads: not understood.
				const result =
					wordsOf(lowerOf(text)).length === 0
						? noText(found.code === 'en' ? 'en' : 'und')
						: found.code === 'und'
							? this.unread('und', keywords, platform, text)
							: undefined;
				if (result) {
					t.release();
					return result;
				}
			}
			this.explain(keywords, cueHits, reasons);
			addSentimentReasons(t, text, sentiment, reasons, this.room(reasons), this.wordReasons);
		}
		t.release();
		// A cue in a clearly happy message ("thanks, it arrived late but works great") counts less;
		// not when every cue comes after a "but" ("Thanks! But one item is missing").
		const softened = butAt < 0 || (cueHits !== undefined && cueHits.some((h) => h.index < butAt));
		const cues = cueHits
			? Math.max(0, cueWeight(cueHits) - (softened ? Math.max(0, sentiment) : 0))
			: 0;
		const th = st.thresholds;
		let priority: Priority =
			keywords.length > 0 || cues >= 1 || (cues >= 0.5 && sentiment < 0) || sentiment < th.high
				? 'HIGH'
				: cues >= 0.25 || sentiment < th.medium
					? 'MEDIUM'
					: 'LOW';
		if (platform === 'negative' && priority === 'LOW') {
			priority = 'MEDIUM';
			if (reasons.length < MAX_REASONS) reasons.push('CXone sentiment: negative');
		}
		return {
			priority,
			score: urgencyScore(priority, sentiment, keywords.length, th, cues),
			sentiment,
			keywords,
			reasons,
			language: found.code,
			scored: true,
		};
	}

	/** A language the votes left open (see Decide), out of the path of most messages. */
	private decide(t: Tokens, text: string, found: Detected): Detected {
		const folded = foldedText(text);
		const words = wordsOf(folded);
		return found.decide === Decide.TIE
			? this.breakTie(t, text, folded, words, found)
			: this.identify(t, text, folded, words, found);
	}

	/**
	 * The language of a message with no function word and nothing rated that the English pass
	 * knows. English when most of its words are common English words ("Delivery date?");
	 * else the language read whose words (rated, negations, boosters, common words), terms and
	 * votes it has most of, the detected one on a tie, or English when its urgent terms are as
	 * many ("refund/cancel"). Four or more words need a term, or half of them known. With none of
	 * those, the detected one: a letter such as "ã" still tells, and 'und' stays. Every language
	 * the engine reads competes: one that `languages` leaves out leaves the message unread.
	 */
	private identify(
		t: Tokens,
		text: string,
		folded: string,
		words: string[],
		found: Detected,
	): Detected {
		if (words.length === 0) return found;
		if (found.code === 'en' || found.code === 'und') {
			let common = 0;
			for (const w of words) if (isEnglishWord(w)) common++;
			if (common * 2 > words.length) return settled(found, 'en');
		}
		const terms = this.mayHaveTerm(t) ? this.terms.find(text).length : 0;
		const known = this.evidence(t, text, folded, words, () => true);
		const [best, most, bestTerms] = strongest(known, ['en', terms, terms], found.code);
		return bestTerms > 0 || (most > 0 && (found.read || most * 2 >= words.length))
			? settled(found, best)
			: found;
	}

	/**
	 * A message whose function words vote as much for another language read ("que" is Spanish
	 * and Portuguese: "Que vergonha"): the one of them whose words and terms it has more of.
	 */
	private breakTie(
		t: Tokens,
		text: string,
		folded: string,
		words: string[],
		found: Detected,
	): Detected {
		const votes = t.votes[VOTE_CODES.indexOf(found.code)];
		// Every language the engine reads competes, those `languages` leaves out too: one of
		// them that wins keeps the message unread ("language not supported"), as its votes did.
		const known = this.evidence(t, text, folded, words, (v) => v === votes);
		// English against the others: its function words and the common English words.
		let english = votes;
		if (found.code === 'en') for (const w of words) if (isEnglishWord(w)) english++;
		const seed: [string, number, number] = [found.code, found.code === 'en' ? english : -1, 0];
		const [best] = strongest(known, seed, found.code);
		return best === found.code ? found : settled(found, best);
	}

	/**
	 * For each language the engine reads (whatever `languages` says) whose votes `take` accepts:
	 * its code, the words of `words` (folded) it knows plus its terms found in `folded` plus its
	 * votes (a letter or an elided article counts as much as a word), and its terms found.
	 */
	private evidence(
		t: Tokens,
		text: string,
		folded: string,
		words: string[],
		take: (votes: number) => boolean,
	): Array<[string, number, number]> {
		if (anyTermOfAll === null) anyTermOfAll = anyTermPattern([...ALL.values()].map((l) => l.terms));
		const anyTerm = anyTermOfAll !== undefined && anyTermOfAll.test(folded);
		const known: Array<[string, number, number]> = [];
		const hits: TermHit[] = [];
		const masks = words.map(knownBy);
		for (const [code, lang] of ALL) {
			const votes = t.votes[VOTE_CODES.indexOf(code)];
			if (!take(votes)) continue;
			hits.length = 0;
			if (anyTerm && lang.terms.has(folded)) lang.terms.find(text, folded, hits);
			let n = hits.length + votes;
			const bit = ALL_BIT.get(code) as number;
			for (const m of masks) n += (m >>> bit) & 1;
			known.push([code, n, hits.length]);
		}
		return known;
	}

	/** Whether the English terms (or the operator's patterns) can be in the tokens' text. */
	private mayHaveTerm(t: Tokens): boolean {
		return t.termHint || this.terms.scanAlways || (t.termMaybe && multiWordTerm(t, this.words));
	}

	private otherTerms(
		text: string,
		language: Language | undefined,
		keywords: string[],
		cueHits: TermHit[] | undefined,
	): string[] {
		const t = this.tokens;
		if (this.anyTerm === undefined) return keywords;
		let folded: string | undefined;
		const hits: TermHit[] = [];
		// The message's own language first: its phrases win over another language's shorter
		// one inside them ("in attesa al telefono", not Spanish "al telefono").
		const order = language === undefined ? this.languages : this.ownFirst(language);
		for (const [code, lang] of order) {
			// The terms of the message's language and of those it has two function words of; for
			// a message read in another language, the phrases of every language too ("Me cobraron
			// dos veces" reads as Portuguese by "dos"; its term is Spanish). Not their single
			// words: a stem of one language is often a word of another ("pirat*", "Piraten").
			const voted = lang === language || t.votes[VOTE_CODES.indexOf(code)] >= 2;
			if (!voted && language === undefined) continue;
			if (folded === undefined) {
				folded = foldedText(text);
				if (!this.anyTerm.test(folded)) return keywords;
			}
			if (voted) lang.terms.find(text, folded, hits);
			else if (lang.terms.has(folded)) phrasesOf(lang, text, folded, hits);
		}
		if (hits.length === 0) return keywords;
		hits.sort((a, b) => a.index - b.index);
		const out = [...keywords];
		for (const h of hits) {
			if (h.weight === 0) {
				if (!out.includes(h.text)) out.push(h.text);
			} else if (cueHits && !cueHits.some((c) => c.text === h.text)) cueHits.push(h);
		}
		return out;
	}

	/** The languages read with `language` first (built once per language). */
	private ownFirst(language: Language): ReadonlyArray<readonly [string, Language]> {
		let order = this.orders.get(language.code);
		if (order === undefined) {
			order = [
				[language.code, language],
				...[...this.languages].filter(([code]) => code !== language.code),
			];
			this.orders.set(language.code, order);
		}
		return order;
	}

	private room(reasons: string[]): number {
		return Math.min(MAX_SENTIMENT_REASONS, MAX_REASONS - reasons.length);
	}

	/**
	 * The reasons for `keywords`: each as the message wrote it. English ones are keywords by their
	 * canonical term ("charged twice") and reasons as written ("double charged"); those of the
	 * other languages are written already.
	 */
	private termReasons(keywords: readonly string[]): string[] {
		const reasons: string[] = [];
		for (let k = 0; k < keywords.length && k < MAX_KEYWORD_REASONS; k++) {
			const r = k < this.written.length ? this.written[k] : keywords[k];
			if (!reasons.includes(r)) reasons.push(r);
		}
		return reasons;
	}

	/** Terms first, then the complaint cues, as written. */
	private explain(keywords: string[], cueHits: TermHit[] | undefined, reasons: string[]): void {
		if (keywords.length > 0) for (const r of this.termReasons(keywords)) reasons.push(r);
		if (!cueHits || cueHits.length === 0) return;
		const strongFirst =
			cueHits.length === 1
				? cueHits
				: [...cueHits].sort((a, b) => b.weight - a.weight || a.index - b.index);
		let added = 0;
		for (const h of strongFirst) {
			if (added >= MAX_CUE_REASONS || reasons.length >= MAX_REASONS - 1) break;
			if (reasons.includes(h.text)) continue;
			reasons.push(h.text);
			added++;
		}
	}

	/** A message in a language not read: said so, never silently LOW. */
	private unread(
		code: string,
		keywords: string[],
		platform: PlatformSentiment | undefined,
		text: string,
	): UrgencyResult {
		const st = this.settings;
		const reasons = this.termReasons(keywords);
		reasons.push(code === 'und' ? 'language not identified' : `language not supported: ${code}`);
		let priority: Priority = keywords.length > 0 ? 'HIGH' : st.unsupported;
		if (keywords.length === 0 && platform !== undefined) {
			priority =
				platform === 'negative' ? 'HIGH' : platform === 'positive' ? 'LOW' : st.unsupported;
			reasons.push(`CXone sentiment: ${platform}`);
		}
		return {
			priority,
			score:
				keywords.length > 0
					? urgencyScore('HIGH', 0, keywords.length, st.thresholds)
					: BAND_MIDDLE[priority],
			sentiment: 0,
			keywords,
			reasons: text.length > 0 ? reasons : ['no text'],
			language: code,
			scored: false,
		};
	}
}

export function compileClassifier(options: unknown): UrgencyClassifier {
	const opts = checkOptions(options);
	const terms = compileTerms(opts.urgentTerms);
	return new Classifier(
		wordTable(readOverrides(opts.lexiconOverrides), terms),
		getEmojiTable(),
		terms,
		{
			thresholds: readThresholds(opts.thresholds),
			unsupported: readUnsupported(opts.unsupportedLanguage),
			read: readLanguages(opts.languages),
			cues: readFlag(opts.complaintCues, 'complaintCues', true),
			platform: readPlatformSentiment(opts.platformSentiment),
		},
	);
}
