/**
 * English complaint cues matched on the tokens the sentiment pass already has, by word id: no
 * regular expression and no substring until a cue is found.
 */
import type { Tokens } from './tokens';
import type { WordIndex } from './wordIndex';
import { asWritten, type TermHit } from './written';
import { F_TEXT } from './wordTable';

interface Phrase {
	ids: Int32Array;
	weight: number;
}

export class CueIndex {
	/** Per word id: whether some cue starts with it. */
	private readonly starts: Uint8Array;
	/** Per word id: whether some cue has it second, or is a single word (-1 stands for that). */
	private readonly seconds: Uint8Array;
	/** Per word id, the cues that start with it (an array indexed by id: no hashing per token). */
	private readonly phrases: Array<Phrase[] | undefined> = [];
	/** Words in the longest cue. */
	private readonly longest: number = 1;

	constructor(words: WordIndex, cues: ReadonlyMap<string, number>) {
		this.starts = new Uint8Array(words.count);
		this.seconds = new Uint8Array(words.count);
		const single = new Set<number>();
		for (const [form, weight] of cues) {
			const parts = form.split(' ');
			const ids = new Int32Array(parts.length);
			let known = true;
			parts.forEach((w, k) => {
				ids[k] = words.lookup(w);
				if (ids[k] < 0) known = false;
			});
			if (!known) continue;
			if (ids.length > this.longest) this.longest = ids.length;
			this.starts[ids[0]] = 1;
			if (ids.length > 1) this.seconds[ids[1]] = 1;
			else single.add(ids[0]);
			let list = this.phrases[ids[0]];
			if (!list) {
				list = [];
				this.phrases[ids[0]] = list;
			}
			list.push({ ids, weight });
		}
		for (const id of single) this.starts[id] = 2;
		// Longest first, so "on hold" wins over a cue it starts with.
		for (const list of this.phrases) list?.sort((a, b) => b.ids.length - a.ids.length);
	}

	/** Cues in the tokens of `text`, skipping any inside `spans` (urgent terms found). */
	find(t: Tokens, text: string, spans: readonly number[], out: TermHit[]): void {
		const { ids, flags, n } = t;
		const starts = this.starts;
		// A cue holds its longest word (flagged F_CUE): only starts near such a token can match.
		const first = t.cueFirst - this.longest + 1;
		const last = t.cueLast;
		for (let i = first > 0 ? first : 0; i <= last; i++) {
			const id = ids[i];
			if (id < 0 || id >= starts.length || starts[id] === 0 || flags[i] & F_TEXT) continue;
			// Most starts ("is", "not", "on") are followed by no cue's second word.
			if (starts[id] === 1) {
				const next = i + 1 < n ? ids[i + 1] : -1;
				if (next < 0 || next >= starts.length || this.seconds[next] === 0) continue;
			}
			for (const p of this.phrases[id] as Phrase[]) {
				const len = p.ids.length;
				if (i + len > n) continue;
				let k = 1;
				while (k < len && ids[i + k] === p.ids[k] && !(flags[i + k] & F_TEXT)) k++;
				if (k < len) continue;
				const from = t.start[i];
				const to = t.end[i + len - 1];
				let inside = false;
				for (let s = 0; s < spans.length; s += 2) {
					if (from < spans[s + 1] && spans[s] < to) inside = true;
				}
				if (!inside)
					out.push({ index: from, text: cueText(text, from, to), weight: p.weight });
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
