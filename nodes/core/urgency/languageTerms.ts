/**
 * The urgent terms and complaint cues of one language, matched on text folded to lower case
 * without accents and reported as the message wrote them.
 */
import { asWritten, type TermHit } from './written';

const foldCache = new Map<number, string>();

/** One character without its accents, when that stays one character ("é" to "e", not "ß"). */
function foldChar(c: number, ch: string): string {
	if (c < 0xc0) return ch;
	let f = foldCache.get(c);
	if (f === undefined) {
		const stripped = ch.normalize('NFD').replace(/\p{M}+/gu, '');
		f = stripped.length === 1 ? stripped : ch;
		foldCache.set(c, f);
	}
	return f;
}

/** Lower case without accents, the same length as `lower`. */
export function fold(lower: string): string {
	let plain = true;
	for (let i = 0; i < lower.length; i++) {
		if (lower.charCodeAt(i) >= 0xc0) {
			plain = false;
			break;
		}
	}
	if (plain) return lower;
	let out = '';
	for (let i = 0; i < lower.length; i++) out += foldChar(lower.charCodeAt(i), lower[i]);
	return out;
}

const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

/** Regular-expression pieces of a folded form: letters, a stem end, a space or an apostrophe. */
function atoms(form: string): string[] {
	const out: string[] = [];
	for (const ch of form) {
		if (ch === '*') out.push('[\\p{L}\\p{M}]*');
		else if (ch === ' ') out.push('[\\s\\-]+');
		else if (ch === "'") out.push("['\u2019]\\s*");
		else out.push(/[.+?^${}()|[\]\\/]/.test(ch) ? '\\' + ch : ch);
	}
	return out;
}

interface Trie {
	end: boolean;
	next: Map<string, Trie>;
}

/**
 * One expression for forms (already folded), factored by common prefix so that few branches are
 * tried at each position; a longer form wins over its prefix ("no llegó" over "no").
 */
function termRegex(forms: readonly string[]): RegExp | undefined {
	if (forms.length === 0) return undefined;
	const root: Trie = { end: false, next: new Map() };
	for (const form of forms) {
		let node = root;
		for (const a of atoms(form)) {
			let child = node.next.get(a);
			if (!child) {
				child = { end: false, next: new Map() };
				node.next.set(a, child);
			}
			node = child;
		}
		node.end = true;
	}
	const source = (node: Trie): string => {
		const parts = [...node.next].map(([a, child]) => a + source(child));
		if (parts.length === 0) return '';
		const body = parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
		return node.end ? `(?:${body})?` : body;
	};
	return new RegExp(BEFORE + source(root) + AFTER, 'gu');
}

/** Urgent terms and complaint cues of one language, matched on folded text. */
export class TermSet {
	private readonly urgent?: RegExp;
	/** The cues by weight, heaviest first (1 makes a message HIGH; 0.5 and 0.2 need others). */
	private readonly cues: ReadonlyArray<readonly [RegExp | undefined, number]>;

	/** Every form of the set, folded: urgent terms and cues alike. */
	readonly forms: readonly string[];
	/** anyTermPattern of this set alone, once `has` has been asked (null before). */
	private any: RegExp | undefined | null = null;

	constructor(urgent: readonly string[], cues: ReadonlyArray<readonly [string, number]>) {
		const urgentForms = urgent.map(fold);
		const weights = [...new Set(cues.map(([, w]) => w))].sort((a, b) => b - a);
		const byWeight = weights.map((w) => cues.filter(([, x]) => x === w).map(([f]) => fold(f)));
		this.urgent = termRegex(urgentForms);
		this.cues = byWeight.map((forms, k) => [termRegex(forms), weights[k]] as const);
		this.forms = [...urgentForms, ...byWeight.flat()];
	}

	/** Whether `folded` has a term or cue of the set (built on first use). */
	has(folded: string): boolean {
		if (this.any === null) this.any = anyTermPattern([this]);
		return this.any !== undefined && this.any.test(folded);
	}

	/** Hits in `folded` (the folded lower case of `text`), as written in `text`. */
	find(text: string, folded: string, out: TermHit[]): void {
		scan(this.urgent, text, folded, 0, out);
		for (const [re, weight] of this.cues) scan(re, text, folded, weight, out);
	}
}

/**
 * One expression for every form of `sets`, not global: it finds something in a folded text
 * exactly when some set's find would, so a text it finds nothing in (most texts) skips the sets'
 * scans. (Each scan tries every position; one pass of this costs about as much as one of them.)
 */
export function anyTermPattern(sets: readonly TermSet[]): RegExp | undefined {
	const pattern = termRegex([...new Set(sets.flatMap((s) => s.forms))]);
	return pattern && new RegExp(pattern.source, 'u');
}

function scan(
	re: RegExp | undefined,
	text: string,
	folded: string,
	weight: number,
	out: TermHit[],
) {
	if (!re) return;
	// A phrase that overlaps one already found (urgent before cues, an earlier language) is the
	// same words. The earlier hits do not overlap one another: in order of their start, a pointer
	// moves past those that end before a match, so the check stays linear in the hits.
	const prior = out.length > 1 ? [...out].sort((a, b) => a.index - b.index) : out.slice();
	let j = 0;
	re.lastIndex = 0;
	for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
		const start = m.index;
		const end = start + m[0].length;
		while (j < prior.length && prior[j].index + prior[j].text.length <= start) j++;
		if (j < prior.length && prior[j].index < end) continue;
		out.push({ index: start, text: asWritten(text.slice(start, end)), weight });
	}
}

export function parseTerms(list: string): string[] {
	return list
		.split('|')
		.map((t) => t.trim().toLowerCase())
		.filter((t) => t.length > 0);
}

export function parseCues(list: string): Array<[string, number]> {
	return parseTerms(list).map((entry) => {
		const k = entry.lastIndexOf(':');
		return [entry.slice(0, k), Number(entry.slice(k + 1))];
	});
}
