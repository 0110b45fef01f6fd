import { compileTerms, type TermMatcher } from './terms';
import { checkOptions, readOverrides, readThresholds, type Thresholds } from './options';
import { compound } from './sentiment';
import { tokenize } from './tokenizer';
import { Tokens } from './tokens';
import type { Priority, UrgencyClassifier, UrgencyResult } from './types';
import type { WordIndex } from './wordIndex';
import {
	F_EMOJI,
	F_LEAST,
	F_NEG,
	F_NO,
	getEmojiTable,
	type EmojiTable,
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
 * More negative sentiment never lowers it; within HIGH each further urgent term raises it.
 */
export function urgencyScore(
	priority: Priority,
	sentiment: number,
	keywordCount: number,
	th: Thresholds,
): number {
	if (priority === 'HIGH') {
		const terms = 1 - Math.pow(0.5, keywordCount);
		const negativity = (1 - sentiment) / 2;
		return round4(2 / 3 + ((terms + negativity) / 2) * (1 / 3));
	}
	if (priority === 'MEDIUM') {
		const span = th.medium - th.high;
		const t = span > 0 ? (th.medium - sentiment) / span : 1;
		return Math.min(0.6663, Math.max(0.3334, round4(1 / 3 + 0.333 * t)));
	}
	const span = 1 - th.medium;
	const t = span > 0 ? (sentiment - th.medium) / span : 1;
	return Math.min(0.333, Math.max(0, round4(0.333 * (1 - t))));
}

/** Signed, one decimal, clamped to [-1, 1]: "+0.8", "-0.5". */
function tenths(x: number): string {
	const r = Math.round(Math.min(1, Math.abs(x)) * 10);
	return (x < 0 ? '-' : '+') + (r === 10 ? '1.0' : '0.' + r);
}

/** How a rated token reads in a reason: the emoji, the word, or the word with what flipped it. */
function reasonLabel(t: Tokens, i: number): string {
	if (t.flags[i] & F_EMOJI) return t.labels[i];
	const word = t.tok(i);
	if (t.out[i] * t.val[i] >= 0) return word;
	// Pushed the other way: name the negation ("not good", "never good", "least useful"), or for an
	// idiom ("the shit", "bad ass") the word before.
	for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
		if (t.flags[j] & (F_NEG | F_NO | F_LEAST)) return `${t.tok(j)} ${word}`;
	}
	return i > 0 ? `${t.tok(i - 1)} ${word}` : word;
}

/**
 * Appends to `reasons` up to `limit` of the strongest rated tokens pulling the same way as the
 * overall sentiment, skipping labels already given.
 */
function addSentimentReasons(t: Tokens, sentiment: number, reasons: string[], limit: number) {
	if (sentiment === 0 || limit <= 0) return;
	// The best few candidates, strongest first, kept by insertion: texts have few rated tokens.
	const best: number[] = [];
	const want = limit + 2;
	const out = t.out;
	for (let i = 0; i < t.n; i++) {
		const v = out[i];
		if (v * sentiment <= 0) continue;
		const mag = v < 0 ? -v : v;
		let k = best.length;
		while (k > 0 && Math.abs(out[best[k - 1]]) < mag) k--;
		if (k >= want) continue;
		best.splice(k, 0, i);
		if (best.length > want) best.pop();
	}
	const labels: string[] = [];
	for (let k = 0; k < best.length && labels.length < limit; k++) {
		const i = best[k];
		const label = reasonLabel(t, i);
		if (labels.includes(label) || reasons.includes(label)) continue;
		labels.push(label);
		reasons.push(label + ' (' + tenths(out[i] / 4) + ')');
	}
}

class Classifier implements UrgencyClassifier {
	private readonly tokens = new Tokens();

	constructor(
		private readonly words: WordIndex,
		private readonly emoji: EmojiTable,
		private readonly terms: TermMatcher,
		private readonly thresholds: Thresholds,
	) {}

	classify(input: unknown): UrgencyResult {
		const text = asText(input);
		const t = this.tokens;
		tokenize(text, this.words, this.emoji, t);
		const sentiment = round4(compound(t));
		const keywords = t.termHint || this.terms.scanAlways ? this.terms.find(text) : [];
		const th = this.thresholds;
		const priority: Priority =
			keywords.length > 0 || sentiment < th.high
				? 'HIGH'
				: sentiment < th.medium
					? 'MEDIUM'
					: 'LOW';
		const reasons = keywords.length > 0 ? keywords.slice(0, MAX_KEYWORD_REASONS) : [];
		const room = Math.min(MAX_SENTIMENT_REASONS, MAX_REASONS - reasons.length);
		addSentimentReasons(t, sentiment, reasons, room);
		t.release();
		return {
			priority,
			score: urgencyScore(priority, sentiment, keywords.length, th),
			sentiment,
			keywords,
			reasons,
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
		readThresholds(opts.thresholds),
	);
}
