import { lowerOf } from './tokenText';
import type { WordIndex } from './wordIndex';
import { F, FBit } from './wordTable';

/**
 * Whitespace-separated tokens of one text, as spans of the lower-cased text with their word ids
 * and flags (valences are read through the id), in buffers reused across calls: classification
 * is synchronous, so one set per classifier suffices. A token votes for the languages of its word
 * (`WordIndex.lang`, 0 for most words).
 */
export class Tokens {
	n = 0;
	/** The text tokenized, and its lower case once asked for (see src). */
	private text = '';
	private lower: string | undefined;
	start = new Int32Array(64);
	end = new Int32Array(64);
	/** Text of tokens flagged F.TEXT. */
	texts: string[] = [];
	/** The emoji a token was described from, for tokens flagged F.EMOJI. */
	labels: string[] = [];
	flags = new Int32Array(64);
	/** Word id per token, -1 when the word is not in the table (the rules read valences through it). */
	ids = new Int32Array(64);
	/** Per-token valence after the rules, set for the rated tokens (`lex`) only. */
	out = new Float64Array(64);
	/** Indexes of the tokens flagged F.LEX, in order: `lexCount` of them. */
	lex = new Int32Array(64);
	lexCount = 0;
	exclaim = 0;
	question = 0;
	firstBut = -1;
	upper = 0;
	/**
	 * F.TERM when some token may hold an urgent term (the term scan cannot be skipped), and
	 * F.TERM_MULTI when some token is the trigger of a default term of several words.
	 */
	terms = 0;
	/** Tokens with letters, other than handles, addresses and links. */
	letterWords = 0;
	/** Some token has characters outside ASCII. */
	nonAscii = false;
	/** Tokens found in the word table (rated, or a function word of some language). */
	known = 0;
	/**
	 * The first and last token that is the longest word of a complaint cue; -1 for none (see
	 * cueHint).
	 */
	cueFirst = -1;
	cueLast = -1;
	/** Tokens rated in the English lexicon. */
	rated = 0;
	/** Function words seen per language bit, and the bits seen. */
	votes = new Int32Array(32);
	voted = 0;

	/** Some token may hold an urgent term: the term scan cannot be skipped. */
	get termHint(): boolean {
		return (this.terms & F.TERM) !== 0;
	}

	/** No token may hold an urgent term, but one is the trigger of a default term of several words. */
	get termMaybe(): boolean {
		return this.terms === F.TERM_MULTI;
	}

	/** Some token is the longest word of a complaint cue. */
	get cueHint(): boolean {
		return this.cueLast >= 0;
	}

	/** The lower-cased text that spans refer to (same length as the input), made on first use. */
	get src(): string {
		if (this.lower === undefined) this.lower = lowerOf(this.text);
		return this.lower;
	}

	reset(text: string): void {
		this.n = 0;
		this.lexCount = 0;
		this.terms = 0;
		this.letterWords = 0;
		this.nonAscii = false;
		this.known = 0;
		this.rated = 0;
		this.cueFirst = -1;
		this.cueLast = -1;
		if (this.voted !== 0) {
			// Only the languages voted for have counts to clear (a loop: fill() is a runtime call).
			const votes = this.votes;
			for (let bits = this.voted, k = 0; bits !== 0; bits >>>= 1, k++) votes[k] = 0;
			this.voted = 0;
		}
		this.text = text;
		this.lower = undefined;
		this.exclaim = 0;
		this.question = 0;
		this.firstBut = -1;
		this.upper = 0;
	}

	/** Drops references to the last text once it has been scored. */
	release(): void {
		this.text = '';
		this.lower = undefined;
		if (this.texts.length > 1024) this.texts = [];
		if (this.labels.length > 1024) this.labels = [];
	}

	push(words: WordIndex, id: number, extra: number, start: number, end: number): void {
		const i = this.n;
		if (i === this.flags.length) this.grow();
		let f = extra;
		if (id >= 0) {
			f |= words.flags[id];
			if (!(extra & F.TEXT)) {
				this.known++;
				// Counted by adding a bit, not by a branch the processor would often guess wrong.
				this.rated += f & F.LEX;
				this.terms |= f & (F.TERM | F.TERM_MULTI);
				// The first and last cue word, set by masks (all ones for a cue word) rather
				// than by a branch.
				const cue = -((f >>> FBit.CUE) & 1);
				this.cueFirst ^= (this.cueFirst ^ i) & cue & (this.cueLast >> 31);
				this.cueLast ^= (this.cueLast ^ i) & cue;
				// Most function words are English only: counted by adding their English bit; the
				// languages of the others one by one.
				const lang = words.lang[id];
				this.votes[0] += lang & 1;
				this.voted |= lang;
				if (lang & ~1) this.vote(lang & ~1);
			}
		}
		this.flags[i] = f;
		this.ids[i] = id;
		this.start[i] = start;
		this.end[i] = end;
		// The rated tokens in order: written always, kept when rated (F.LEX is bit 0).
		this.lex[this.lexCount] = i;
		this.lexCount += f & F.LEX;
		this.upper += (f >>> FBit.UPPER) & 1;
		if (f & F.BUT && this.firstBut < 0) this.firstBut = i;
		this.n = i + 1;
	}

	vote(lang: number): void {
		this.voted |= lang;
		for (let bits = lang, k = 0; bits !== 0; bits >>>= 1, k++) if (bits & 1) this.votes[k]++;
	}

	pushText(words: WordIndex, text: string, extra: number): void {
		this.texts[this.n] = text;
		this.push(words, words.lookup(text), extra | F.TEXT, 0, 0);
	}

	private grow(): void {
		const size = this.flags.length * 2;
		const grown = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
			to.set(from);
			return to;
		};
		this.flags = grown(this.flags, new Int32Array(size));
		this.ids = grown(this.ids, new Int32Array(size));
		this.start = grown(this.start, new Int32Array(size));
		this.end = grown(this.end, new Int32Array(size));
		this.out = new Float64Array(size);
		this.lex = grown(this.lex, new Int32Array(size));
	}
}
