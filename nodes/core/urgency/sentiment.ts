import type { Tokens } from './tokens';
import type { WordIndex } from './wordIndex';
import { Vader } from './vaderRules';
import { F, PHRASE_BOOST, PHRASE_VALENCE } from './wordTable';

/**
 * Whether punctuation after a token closes the scope of a negation before it: a full stop and the
 * like always; a comma unless it follows a rated word other than a negation, as in a list ("not
 * smart, handsome, nor funny").
 */
function endsScope(f: number): boolean {
	if (f & F.PUNCT_AFTER) return true;
	return (f & F.COMMA_AFTER) !== 0 && (!(f & F.LEX) || (f & (F.NO | F.NEG)) !== 0);
}

/**
 * Reference rule: "no" one or two tokens before, or three before with "or"/"nor" just before
 * ("no fun or joy"). Here its reach also ends at punctuation ("No. Happy to help").
 */
function negatedByNo(f: Int32Array, i: number): boolean {
	const near = i > 2 ? f[i - 1] | f[i - 2] | f[i - 3] : i === 2 ? f[0] | f[1] : i === 1 ? f[0] : 0;
	if (!(near & F.NO)) return false;
	for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
		const fj = f[j];
		if (endsScope(fj)) return false;
		if (fj & F.NO) return j > i - 3 || (f[i - 1] & F.OR_NOR) !== 0;
	}
	return false;
}

/** A phrase of PHRASE_VALENCE or PHRASE_BOOST as the word ids of its words, and its value. */
interface Phrase {
	ids: readonly number[];
	value: number;
}

interface Phrases {
	valence: readonly Phrase[];
	boost: readonly Phrase[];
}

const phraseCache = new WeakMap<WordIndex, Phrases>();

/**
 * The phrases by word id in `words`. A token is flagged F.IDIOM only when it is one of their
 * words, so its text is that word's: comparing ids is comparing the space-joined tokens.
 */
function phrasesOf(words: WordIndex): Phrases {
	let phrases = phraseCache.get(words);
	if (!phrases) {
		const byIds = (map: ReadonlyMap<string, number>) =>
			[...map].map(([k, value]) => ({ ids: k.split(' ').map((w) => words.lookup(w)), value }));
		phrases = { valence: byIds(PHRASE_VALENCE), boost: byIds(PHRASE_BOOST) };
		phraseCache.set(words, phrases);
	}
	return phrases;
}

/** The value of the phrase that tokens [a, a + count) spell, when all can be part of one. */
function phrase(t: Tokens, a: number, count: number, list: readonly Phrase[]): number | undefined {
	const flags = t.flags;
	const all = count === 2 ? flags[a] & flags[a + 1] : flags[a] & flags[a + 1] & flags[a + 2];
	if (!(all & F.IDIOM)) return undefined;
	const ids = t.ids;
	for (const p of list) {
		if (p.ids.length !== count) continue;
		let k = 0;
		while (k < count && p.ids[k] === ids[a + k]) k++;
		if (k === count) return p.value;
	}
	return undefined;
}

// Token spans (offset from i, length) the reference tries, in its order.
const BEFORE_SPANS = [-1, 2, -2, 3, -2, 2, -3, 3, -3, 2]; // onezero .. threetwo
const BOOST_SPANS = [-3, 3, -3, 2, -2, 2]; // threetwoone, threetwo, twoone

/** Reference _special_idioms_check; only called for i >= 3. */
function idioms(t: Tokens, valence: number, i: number, words: WordIndex): number {
	const n = t.n;
	// Most tokens cannot be part of a phrase; then nothing below can match.
	const f = t.flags;
	if (!((f[i] | f[i - 1] | f[i - 2]) & F.IDIOM)) return valence;
	const { valence: special, boost } = phrasesOf(words);
	for (let k = 0; k < BEFORE_SPANS.length; k += 2) {
		const v = phrase(t, i + BEFORE_SPANS[k], BEFORE_SPANS[k + 1], special);
		if (v !== undefined) {
			valence = v;
			break;
		}
	}
	if (n - 1 > i) {
		const v = phrase(t, i, 2, special);
		if (v !== undefined) valence = v;
	}
	if (n - 1 > i + 1) {
		const v = phrase(t, i, 3, special);
		if (v !== undefined) valence = v;
	}
	// Booster n-grams such as "kind of" before the word.
	for (let k = 0; k < BOOST_SPANS.length; k += 2) {
		const b = phrase(t, i + BOOST_SPANS[k], BOOST_SPANS[k + 1], boost);
		if (b !== undefined) valence += b;
	}
	return valence;
}

/** Reference _negation_check for the token `1 + k` places before i. */
function negation(t: Tokens, valence: number, k: number, i: number, scope: boolean): number {
	const f = t.flags;
	const n = scope ? Vader.N_SCALAR : 1;
	if (k === 0) return f[i - 1] & F.NEG ? valence * n : valence;
	if (k === 1) {
		if (f[i - 2] & F.NEVER && f[i - 1] & F.SO_THIS) return valence * 1.25;
		if (f[i - 2] & F.WITHOUT && f[i - 1] & F.DOUBT) return valence;
		return f[i - 2] & F.NEG ? valence * n : valence;
	}
	if ((f[i - 3] & F.NEVER && f[i - 2] & F.SO_THIS) || f[i - 1] & F.SO_THIS) return valence * 1.25;
	if (f[i - 3] & F.WITHOUT && (f[i - 2] & F.DOUBT || f[i - 1] & F.DOUBT)) return valence;
	return f[i - 3] & F.NEG ? valence * n : valence;
}

/** Flag sets (a const enum: the compiler writes the numbers where they are used). */
const enum Rules {
	/** Flags of the three tokens before a rated word (or of the word) that some rule below reads. */
	NEAR = F.NEG | F.NO | F.BOOST | F.NEVER | F.SO_THIS | F.WITHOUT | F.DOUBT | F.IDIOM | F.LEAST,
}

/** Valence of token i after VADER's rules, or 0 when it carries none. */
function tokenValence(t: Tokens, i: number, capDiff: boolean, words: WordIndex): number {
	const f = t.flags;
	const ids = t.ids;
	const { val, boost } = words;
	const n = t.n;
	const fi = f[i];
	if (fi & F.BOOST) return 0;
	if (fi & F.KIND && i < n - 1 && f[i + 1] & F.OF) return 0;
	if (!(fi & F.LEX)) return 0;
	// Support context: "I would like", "Kind regards".
	if (fi & F.LIKE && i > 0 && f[i - 1] & F.LIKE_CUE) return 0;
	if (i < n - 1 && f[i + 1] & F.SIGN_OFF) return 0;

	let valence = val[ids[i]];
	// "no" directly before a rated word negates that word instead of counting itself. Not when
	// punctuation follows it ("No. Great service"): then it is an answer, not a determiner. And a
	// repeated "no" ("no no no") is insistence, not a double negative: only other words flip.
	if (fi & F.NO && !(fi & (F.PUNCT_AFTER | F.COMMA_AFTER)) && i !== n - 1 && f[i + 1] & F.LEX) {
		valence = 0;
	}
	if (!(fi & F.NO) && negatedByNo(f, i)) valence = val[ids[i]] * Vader.N_SCALAR;
	if (capDiff && fi & F.UPPER) valence += valence > 0 ? Vader.C_INCR : -Vader.C_INCR;

	// Most rated words have no booster, negation or phrase word among the three tokens before
	// them: then no rule below applies, which one test tells (fewer branches to guess).
	if (i >= 3 && !((fi | f[i - 1] | f[i - 2] | f[i - 3]) & Rules.NEAR)) return valence;

	// A negation reaches across a clause break in the reference ("never arrived, terrible
	// service" would read as praise); here its scope ends there, as is usual.
	let scope = true;
	for (let k = 0; k < 3; k++) {
		const j = i - k - 1;
		if (j < 0) break;
		const fj = f[j];
		if (endsScope(fj)) scope = false;
		if (fj & F.LEX) continue;
		if (fj & F.BOOST) {
			let s = valence < 0 ? -boost[ids[j]] : boost[ids[j]];
			if (capDiff && fj & F.UPPER) s += valence > 0 ? Vader.C_INCR : -Vader.C_INCR;
			if (k === 1) s *= 0.95;
			else if (k === 2) s *= 0.9;
			valence += s;
		}
		valence = negation(t, valence, k, i, scope);
		if (k === 2) valence = idioms(t, valence, i, words);
	}

	// "least" as negation ("the least useful"), but not "at least" / "very least".
	if (i > 0 && f[i - 1] & F.LEAST && !(f[i - 1] & F.LEX)) {
		if (i === 1 || !(f[i - 2] & F.AT_VERY)) valence *= Vader.N_SCALAR;
	}
	return valence;
}

/**
 * VADER compound score of text tokenized with `words`, in [-1, 1]; the valences of the rated tokens
 * (`t.lex`) are left in `t.out`.
 * Follows the reference polarity_scores, including "but", punctuation emphasis and normalisation.
 */
export function compound(t: Tokens, words: WordIndex): number {
	const n = t.n;
	if (n === 0) return 0;
	const out = t.out;
	const capDiff = t.upper > 0 && t.upper < n;
	const but = t.firstBut;
	let sum = 0;
	const f = t.flags;
	// Only rated tokens can have a valence (not a booster that is also rated).
	const lex = t.lex;
	for (let k = 0; k < t.lexCount; k++) {
		const i = lex[k];
		if (f[i] & F.BOOST) {
			out[i] = 0;
			continue;
		}
		let v = tokenValence(t, i, capDiff, words);
		if (but >= 0 && v !== 0) {
			if (i < but) v *= 0.5;
			else if (i > but) v *= 1.5;
		}
		out[i] = v;
		sum += v;
	}
	if (sum === 0) return 0;
	const exclaim = (t.exclaim > 4 ? 4 : t.exclaim) * Vader.EXCLAIM_INCR;
	const question =
		t.question > 1 ? (t.question <= 3 ? t.question * Vader.QUESTION_INCR : Vader.QUESTION_MAX) : 0;
	const emphasis = exclaim + question;
	sum += sum > 0 ? emphasis : -emphasis;
	const score = sum / Math.sqrt(sum * sum + Vader.ALPHA);
	return score < -1 ? -1 : score > 1 ? 1 : score;
}
