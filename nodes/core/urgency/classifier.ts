import { compileTerms, type TermMatcher } from './terms';
import { CueIndex } from './cues';
import { detect, READ_CODES, VOTE_CODES } from './detect';
import { fold } from './languageTerms';
import { scoreLanguage, type Rated } from './languageScore';
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

/** Characters of a message read per classification (about 30,000 words); the rest is ignored. */
export const MAX_CLASSIFIED_CHARS = 200_000;
import {
	F_EMOJI,
	F_LEAST,
	F_NEG,
	F_NO,
	F_TERM_MULTI,
	F_TEXT,
	getEmojiTable,
	type EmojiTable,
	termPieces,
	wordTable,
} from './wordTable';

const MAX_REASONS = 5;
const MAX_KEYWORD_REASONS = 3;
const MAX_SENTIMENT_REASONS = 3;

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Strings are used as they are, numbers as their digits; anything else reads as empty text. */
function asText(input: unknown): string {
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

/** Text of tokens [j, i] as written: one space between words, at most 40 characters. */
function written(t: Tokens, text: string, j: number, i: number): string {
	const raw = text.slice(t.start[j], t.end[i]);
	const span = j === i ? raw : raw.replace(/\s+/g, ' ');
	return span.length > 40 ? span.slice(0, 40) : span;
}

/**
 * The first token of how rated token i reads in a reason: i itself, or the negation that flipped
 * it ("not good", "never liked", "least useful"), or for an idiom ("the shit", "bad ass") the word
 * before; -1 for an emoji, which reads as itself.
 */
function reasonStart(t: Tokens, i: number): number {
	const flags = t.flags;
	if (flags[i] & F_EMOJI) return -1;
	if (t.out[i] * t.val[i] >= 0) return i;
	for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
		if (flags[j] & (F_NEG | F_NO | F_LEAST) && !(flags[j] & F_TEXT)) return j;
	}
	return i > 0 && !(flags[i - 1] & F_TEXT) ? i - 1 : i;
}

// Signed tenths as shown at the end of a reason, " (-1.0)" .. " (+1.0)", built once.
const SUFFIX: readonly string[] = Array.from({ length: 21 }, (_, k) => {
	const r = Math.abs(k - 10);
	return ' (' + (k < 10 ? '-' : '+') + (r === 10 ? '1.0' : '0.' + r) + ')';
});

/** " (+0.8)", " (-0.5)": signed, one decimal, clamped to [-1, 1]. */
function suffix(x: number): string {
	const r = Math.round(Math.min(1, Math.abs(x)) * 10);
	if (x < 0) return r === 0 ? ' (-0.0)' : SUFFIX[10 - r];
	return SUFFIX[10 + r];
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
function addSentimentReasons(
	t: Tokens,
	text: string,
	sentiment: number,
	reasons: string[],
	limit: number,
) {
	if (sentiment === 0 || limit <= 0) return;
	// The best few candidates, strongest first, kept by insertion: texts have few rated tokens.
	const want = limit + 2;
	const out = t.out;
	let count = 0;
	for (let i = 0; i < t.n; i++) {
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
		const j = reasonStart(t, i);
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
		reasons.push((label ?? text.slice(from, to)) + suffix(out[i] / 4));
	}
	for (let m = 0; m < shown; m++) shownLabel[m] = undefined;
}

/** Whether a term or cue already given holds the words of `label` ("wrong" in "wrong item"). */
function covered(reasons: readonly string[], label: string): boolean {
	if (reasons.length === 0) return false;
	const words = label.toLowerCase();
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
function addRatedReasons(
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

const PLATFORM_VALUES: ReadonlySet<string> = new Set(['positive', 'neutral', 'negative']);

function platformSentiment(context: MessageContext | undefined): PlatformSentiment | undefined {
	const v = context?.sentiment;
	if (typeof v !== 'string') return undefined;
	const s = v.trim().toLowerCase();
	return PLATFORM_VALUES.has(s) ? (s as PlatformSentiment) : undefined;
}

const BAND_MIDDLE: Readonly<Record<Priority, number>> = { HIGH: 0.8333, MEDIUM: 0.5, LOW: 0.1667 };
const MAX_CUE_REASONS = 2;

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
	private readonly cues: CueIndex;
	private readonly cueBuffer: TermHit[] = [];
	private readonly spanBuffer: number[] = [];
	private readonly readsEnglish: boolean;

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
	}

	classify(input: unknown, context?: MessageContext): UrgencyResult {
		const full = asText(input);
		// Bounded work per message whatever an item holds: the start of a long text decides.
		const text = full.length > MAX_CLASSIFIED_CHARS ? full.slice(0, MAX_CLASSIFIED_CHARS) : full;
		const t = this.tokens;
		const st = this.settings;
		tokenize(text, this.words, this.emoji, t);
		const found = detect(t, text, t.nonAscii);
		const platform = st.platform ? platformSentiment(context) : undefined;
		// Buffers reused across calls (classification is synchronous).
		const cueHits: TermHit[] | undefined = st.cues ? this.cueBuffer : undefined;
		if (cueHits && cueHits.length > 0) cueHits.length = 0;
		const english = found.code === 'en' || found.code === 'und' || found.english > 0;
		const readsEnglish = this.readsEnglish;
		const spans = this.spanBuffer;
		if (spans.length > 0) spans.length = 0;
		let keywords: string[] =
			// The operator's patterns apply to every message; the English terms to English ones.
			(english || !found.read || this.terms.scanAlways) &&
			(t.termHint || this.terms.scanAlways || (t.termMaybe && multiWordTerm(t, this.words)))
				? this.terms.find(text, cueHits ? spans : undefined)
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
			this.explain(keywords, cueHits, reasons);
			addRatedReasons(scored.rated, text, sentiment, reasons, this.room(reasons));
		} else {
			sentiment = round4(compound(t));
			if (t.letterWords === 0 && sentiment === 0 && keywords.length === 0) {
				t.release();
				return noText(found.code === 'en' ? 'en' : 'und');
			}
			this.explain(keywords, cueHits, reasons);
			addSentimentReasons(t, text, sentiment, reasons, this.room(reasons));
		}
		t.release();
		// A cue in a clearly happy message ("thanks, it arrived late but works great") counts less.
		const cues = cueHits ? Math.max(0, cueWeight(cueHits) - Math.max(0, sentiment)) : 0;
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

	private otherTerms(
		text: string,
		language: Language | undefined,
		keywords: string[],
		cueHits: TermHit[] | undefined,
	): string[] {
		const t = this.tokens;
		let folded: string | undefined;
		const hits: TermHit[] = [];
		for (const [code, lang] of this.languages) {
			if (lang !== language && t.votes[VOTE_CODES.indexOf(code)] < 2) continue;
			if (folded === undefined) {
				const lower = text.toLowerCase();
				folded = fold(lower.length === text.length ? lower : text);
			}
			lang.terms.find(text, folded, hits);
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

	private room(reasons: string[]): number {
		return Math.min(MAX_SENTIMENT_REASONS, MAX_REASONS - reasons.length);
	}

	/** Terms first, then the complaint cues, as written. */
	private explain(keywords: string[], cueHits: TermHit[] | undefined, reasons: string[]): void {
		for (let k = 0; k < keywords.length && k < MAX_KEYWORD_REASONS; k++) reasons.push(keywords[k]);
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
		const reasons = keywords.slice(0, MAX_KEYWORD_REASONS);
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

/**
 * Whether a message read as English may hold another language's terms: two or more function
 * words of one language read, unless English ones plainly outnumber them.
 */
function foreignWords(t: Tokens, code: string): boolean {
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
function multiWordTerm(t: Tokens, words: WordIndex): boolean {
	if (t.nonAscii) return true;
	const src = t.src;
	for (let i = 0; i < t.n; i++) {
		if (!(t.flags[i] & F_TERM_MULTI) || t.flags[i] & F_TEXT) continue;
		for (const pieces of termPieces(words, t.ids[i])) {
			let all = true;
			for (let k = 0; k < pieces.length && all; k++) all = src.includes(pieces[k]);
			if (all) return true;
		}
	}
	return false;
}

/** Sum of cue weights, each cue counted once, at most 2. */
function cueWeight(hits: readonly TermHit[]): number {
	let sum = 0;
	// A message has few cues: a scan of those before beats a set.
	outer: for (let k = 0; k < hits.length; k++) {
		const text = hits[k].text;
		for (let j = 0; j < k; j++) if (hits[j].text === text) continue outer;
		sum += hits[k].weight;
	}
	return sum > 2 ? 2 : sum;
}

function noText(language: string): UrgencyResult {
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
