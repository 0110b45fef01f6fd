/**
 * English complaint cues matched on the tokens the sentiment pass already has, by word id: no
 * regular expression and no substring until a cue is found.
 */
import type { Tokens } from './tokens';
import type { WordIndex } from './wordIndex';
import { asWritten, quoteEnd, type TermHit } from './written';
import { F } from './wordTable';

/** Numbers per cue in CueIndex.cues: its length in words, then the ids of up to MAX_WORDS. */
const MAX_WORDS = 4;
const STRIDE = 1 + MAX_WORDS;

export class CueIndex {
	/**
	 * The cues side by side (STRIDE numbers each), those starting with one word together, longest
	 * first; their weights; and per word id, where its cues start and end (0, 0 for none).
	 */
	private readonly cues: Int32Array;
	private readonly weights: Float64Array;
	private readonly from: Int32Array;
	private readonly to: Int32Array;
	/** Words in the longest cue. */
	private readonly longest: number = 1;

	constructor(words: WordIndex, cues: ReadonlyMap<string, number>) {
		const byStart: Array<Array<{ ids: number[]; weight: number }> | undefined> = [];
		for (const [form, weight] of cues) {
			const ids = form.split(' ').map((w) => words.lookup(w));
			if (ids.some((id) => id < 0)) continue;
			if (ids.length > MAX_WORDS) throw new Error(`complaint cue "${form}" has too many words`);
			if (ids.length > this.longest) this.longest = ids.length;
			(byStart[ids[0]] ??= []).push({ ids, weight });
		}
		const all = byStart.flatMap((list) =>
			// Longest first (a stable sort), so "on hold" wins over a cue it starts with.
			list ? list.sort((a, b) => b.ids.length - a.ids.length) : [],
		);
		this.cues = new Int32Array(all.length * STRIDE);
		this.weights = new Float64Array(all.length);
		this.from = new Int32Array(words.count);
		this.to = new Int32Array(words.count);
		all.forEach(({ ids, weight }, k) => {
			this.cues[k * STRIDE] = ids.length;
			ids.forEach((id, w) => (this.cues[k * STRIDE + 1 + w] = id));
			this.weights[k] = weight;
			if (this.to[ids[0]] === 0) this.from[ids[0]] = k;
			this.to[ids[0]] = k + 1;
		});
	}

	/** Cues in the tokens of `text`, skipping any inside `spans` (urgent terms found). */
	find(t: Tokens, text: string, spans: readonly number[], out: TermHit[]): void {
		const { ids, flags, n } = t;
		const cues = this.cues;
		// A cue holds its longest word (flagged F.CUE): only starts near such a token can match.
		const first = t.cueFirst - this.longest + 1;
		const last = t.cueLast;
		for (let i = first > 0 ? first : 0; i <= last; i++) {
			const f = flags[i];
			// The word flags tell where a cue can start (see markCues): no table read per token.
			if (!(f & F.CUE_START) || f & F.TEXT) continue;
			// Most starts ("is", "not", "on") are followed by no cue's second word.
			if (!(f & F.CUE_SINGLE) && !(i + 1 < n && flags[i + 1] & F.CUE_SECOND)) continue;
			const id = ids[i];
			for (let c = this.from[id], end = this.to[id]; c < end; c++) {
				const p = c * STRIDE;
				const len = cues[p];
				if (i + len > n) continue;
				let k = 1;
				while (k < len && ids[i + k] === cues[p + 1 + k] && !(flags[i + k] & F.TEXT)) k++;
				if (k < len) continue;
				const from = t.start[i];
				const to = t.end[i + len - 1];
				let inside = false;
				for (let s = 0; s < spans.length; s += 2) {
					if (from < spans[s + 1] && spans[s] < to) inside = true;
				}
				if (!inside) {
					out.push({
						index: from,
						text: cueText(text, from, quoteEnd(text, from, to)),
						weight: this.weights[c],
					});
				}
				i += len - 1;
				break;
			}
		}
	}
}

/**
 * asWritten of text[from, to), without a regular expression when the words are ASCII and one space
 * apart, as they mostly are (and without lower-casing the whole text).
 */
function cueText(text: string, from: number, to: number): string {
	if (to - from > 40) return asWritten(text.slice(from, to));
	let capitals = false;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c > 127 || (c <= 32 && (c !== 32 || text.charCodeAt(i + 1) <= 32))) {
			return asWritten(text.slice(from, to));
		}
		if ((c - 65) >>> 0 < 26) capitals = true;
	}
	const span = text.slice(from, to);
	return capitals ? span.toLowerCase() : span;
}
