import { COMPLAINT_CUES, URGENT_TERM_FORMS } from './defaultTerms';
import { UrgencyConfigError } from './errors';
import { catastrophicPatternReason } from './safePattern';
import type { UrgentTermOptions } from './types';
import { asWritten, quoteEnd } from './written';

/** Lower case, one space between words, straight apostrophes: the key a match is looked up by. */
export function normalizeTerm(text: string): string {
	return text
		.toLowerCase()
		.replace(/\u2019/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/;

function atom(ch: string): string {
	if (ch === ' ') return '\\s+';
	if (ch === "'") return "['\u2019]";
	return REGEX_SPECIAL.test(ch) ? '\\' + ch : ch;
}

interface TrieNode {
	end: boolean;
	next: Map<string, TrieNode>;
}

/** Alternation factored by common prefix, so the engine tries few branches at each position. */
function trieSource(forms: Iterable<string>): string {
	const root: TrieNode = { end: false, next: new Map() };
	for (const form of forms) {
		let node = root;
		for (const ch of form) {
			const a = atom(ch);
			let child = node.next.get(a);
			if (!child) {
				child = { end: false, next: new Map() };
				node.next.set(a, child);
			}
			node = child;
		}
		node.end = true;
	}
	const source = (start: TrieNode): string => {
		// A run of single-child nodes is a plain literal: followed in a loop, so recursion goes only
		// as deep as the branch points (a long operator term cannot exhaust the stack).
		let prefix = '';
		let node = start;
		while (!node.end && node.next.size === 1) {
			const [[a, child]] = node.next;
			prefix += a;
			node = child;
		}
		const parts = [...node.next].map(([a, child]) => a + source(child));
		if (parts.length === 0) return prefix;
		const body = parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
		return prefix + (node.end ? `(?:${body})?` : body);
	};
	return source(root);
}

// Letters, combining marks and digits: a term never matches inside a longer word ("issue", "tissue").
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

const PATTERN_FIX =
	'Fix that line, or escape special characters such as ( ) [ ] ? * + with a backslash to match them literally. Write one expression per line, as "order #?\\d+ missing" or "/order #?\\d+ missing/i".';

function compilePattern(pattern: unknown, index: number): RegExp {
	const where = `urgentTerms.patterns[${index}]`;
	if (typeof pattern !== 'string' || pattern.trim() === '') {
		throw new UrgencyConfigError(
			`${where} must be a non-empty string, got ${JSON.stringify(pattern)}; write a regular expression such as 'order #?\\d+ missing' or '/order #?\\d+ missing/i'.`,
			{
				option: 'urgentTerms.patterns',
				index,
				problem: `${JSON.stringify(pattern)} is not a regular expression`,
				fix: PATTERN_FIX,
			},
		);
	}
	const literal = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
	const body = literal ? literal[1] : pattern;
	// 'g' to scan the whole text; a sticky flag would stop the scan at the first non-match.
	const flags = literal ? literal[2].replace(/[gy]/g, '') + 'g' : 'gi';
	const catastrophic = catastrophicPatternReason(body);
	if (catastrophic) {
		throw new UrgencyConfigError(
			`${where} ${JSON.stringify(pattern)} is refused: ${catastrophic}.`,
			{
				option: 'urgentTerms.patterns',
				index,
				problem: `${JSON.stringify(pattern)} is refused: ${catastrophic}`,
				fix: 'Rewrite it without a repeat inside a repeat, e.g. "a+" instead of "(a+)+", or "(ab|cd)+" with branches that cannot match the same text.',
			},
		);
	}
	let reason: string;
	try {
		return new RegExp(body, flags);
	} catch (error) {
		reason = error instanceof Error ? error.message : String(error);
	}
	throw new UrgencyConfigError(
		`${where} ${JSON.stringify(pattern)} is not a valid regular expression (${reason}). Fix the expression, or escape special characters such as ( ) [ ] ? * + with a backslash to match them literally.`,
		{
			option: 'urgentTerms.patterns',
			index,
			problem: `${JSON.stringify(pattern)} is not a valid regular expression (${reason})`,
			fix: PATTERN_FIX,
		},
	);
}

function hasNonAscii(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return true;
	return false;
}

function termList(value: unknown, name: string): string[] {
	if (value === undefined) return [];
	if (!Array.isArray(value)) {
		throw new UrgencyConfigError(
			`urgentTerms.${name} must be an array of strings, got ${JSON.stringify(value)}.`,
		);
	}
	return value.map((term, i) => {
		const normalized = typeof term === 'string' ? normalizeTerm(term) : '';
		if (!normalized) {
			throw new UrgencyConfigError(
				`urgentTerms.${name}[${i}] must be a non-empty word or phrase, got ${JSON.stringify(term)}; remove it or give a term.`,
				{
					option: `urgentTerms.${name}`,
					index: i,
					problem: `${JSON.stringify(term)} is not a word or phrase`,
					fix: 'Remove the entry or give a word or phrase.',
				},
			);
		}
		return normalized;
	});
}

export interface TermMatcher {
	/**
	 * Canonical terms found in `text`, in order of first appearance, without repeats; the start
	 * and end of each match are added to `spans` when given, and each term's first match as
	 * written (see asWritten) to `written`, one per term returned.
	 */
	find(text: string, spans?: number[], written?: string[]): string[];
	/** Complaint cue phrases (lower case) to their weight: the defaults less those removed. */
	readonly cues: ReadonlyMap<string, number>;
	/** True when the terms are the defaults (patterns aside). */
	readonly isDefault: boolean;
	/** True when there are patterns, which no token can rule out. */
	readonly scanAlways: boolean;
	/**
	 * A run of ASCII letters and digits from each form: a text can hold the form only if one of its
	 * tokens is that run, or has it between punctuation, or has non-ASCII characters.
	 */
	readonly triggers: readonly string[];
	/** Whether a term occurs in `word` (used for known tokens with punctuation inside). */
	containsTerm(word: string): boolean;
}

export function compileTerms(options: UrgentTermOptions | undefined): TermMatcher {
	if (options !== undefined && (typeof options !== 'object' || options === null)) {
		throw new UrgencyConfigError(
			`urgentTerms must be an object with optional add, remove and patterns arrays, got ${JSON.stringify(options)}.`,
		);
	}
	const formToTerm = new Map<string, string>();
	for (const [term, forms] of Object.entries(URGENT_TERM_FORMS)) {
		for (const form of forms) formToTerm.set(form, term);
	}
	for (const term of termList(options?.add, 'add')) {
		if (!formToTerm.has(term)) formToTerm.set(term, term);
	}
	const cueWeight = new Map(Object.entries(COMPLAINT_CUES));
	for (const form of formToTerm.keys()) cueWeight.delete(form);
	for (const term of termList(options?.remove, 'remove')) {
		formToTerm.delete(term);
		cueWeight.delete(term);
		for (const [form, canonical] of formToTerm) if (canonical === term) formToTerm.delete(form);
	}
	const patterns = (options?.patterns === undefined ? [] : termPatterns(options.patterns)).map(
		compilePattern,
	);
	const source = formToTerm.size > 0 ? BEFORE + trieSource(formToTerm.keys()) + AFTER : undefined;
	const words = source !== undefined ? new RegExp(source, 'giu') : undefined;
	const test = source !== undefined ? new RegExp(source, 'iu') : undefined;
	// One run of ASCII letters and digits per form: its longest, usually its rarest. Forms with
	// other characters need none (the tokens holding them always hint); forms with no such run
	// cannot be ruled out at all.
	let scanAlways = patterns.length > 0;
	const triggers: string[] = [];
	for (const form of formToTerm.keys()) {
		if (hasNonAscii(form)) continue;
		const pieces = form.split(/[^a-z0-9]+/).filter((p) => p.length > 0);
		if (pieces.length === 0) scanAlways = true;
		else triggers.push(pieces.reduce((best, p) => (p.length >= best.length ? p : best)));
	}

	const findWords = (text: string, hits: Array<[number, string, number]>) => {
		if (!words) return;
		words.lastIndex = 0;
		for (let m = words.exec(text); m !== null; m = words.exec(text)) {
			const form = normalizeTerm(m[0]);
			// Case-insensitive matching also takes compatibility letters (the long s in "ſcam").
			hits.push([
				m.index,
				formToTerm.get(form) ?? formToTerm.get(form.normalize('NFKC')) ?? form,
				m[0].length,
			]);
		}
	};
	const findPatterns = (text: string, hits: Array<[number, string, number]>) => {
		for (const re of patterns) {
			re.lastIndex = 0;
			for (let m = re.exec(text); m !== null; m = re.exec(text)) {
				if (m[0] === '') {
					// An empty match would not advance the scan.
					re.lastIndex++;
					continue;
				}
				hits.push([m.index, normalizeTerm(m[0]).slice(0, 60), m[0].length]);
			}
		}
	};

	return {
		isDefault: options?.add === undefined && options?.remove === undefined,
		scanAlways,
		triggers,
		containsTerm: (word: string) => test !== undefined && test.test(word),
		cues: cueWeight,
		find(text: string, spans?: number[], written?: string[]): string[] {
			const hits: Array<[number, string, number]> = [];
			findWords(text, hits);
			if (patterns.length > 0) {
				findPatterns(text, hits);
				hits.sort((a, b) => a[0] - b[0]);
			}
			if (spans) for (const [at, , len] of hits) spans.push(at, at + len);
			const found: string[] = [];
			if (hits.length === 0) return found;
			const seen = new Set<string>();
			for (const [at, term, len] of hits) {
				if (seen.has(term)) continue;
				seen.add(term);
				found.push(term);
				if (written) written.push(asWritten(text.slice(at, quoteEnd(text, at, at + len))));
			}
			return found;
		},
	};
}

function termPatterns(value: unknown): unknown[] {
	if (!Array.isArray(value)) {
		throw new UrgencyConfigError(
			`urgentTerms.patterns must be an array of regular expressions as strings, got ${JSON.stringify(value)}.`,
		);
	}
	return value;
}
