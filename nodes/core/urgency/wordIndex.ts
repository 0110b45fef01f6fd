/**
 * Words in an open-addressing table keyed by a polynomial hash that the tokenizer computes while it
 * scans the text, so looking a token up needs no substring and no string hashing.
 */
/** A const enum: the compiler writes the numbers where they are used. */
export const enum Spelling {
	HASH_MULTIPLIER = 31,
	APOSTROPHE = 39,
	RIGHT_SINGLE_QUOTE = 0x2019,
	/** Letters a..z of a short word packed five bits each (see WordIndex.findPlain); 0 for others. */
	MAX_PACKED = 6,
}
/**
 * At most one word per three slots: four lookups in five end at their first slot (a probe that
 * goes on is a branch the processor mostly guesses wrong), and the table, 128 KB for the default
 * words, stays in cache.
 */
const fits = (count: number, size: number) => count * 3 <= size;

/** Fibonacci hashing: the first slot is taken from the high bits of the hash times 2^32 / phi. */
const SPREAD = 0x9e3779b1;

/** Hash of text[a, b), with typographic apostrophes read as straight ones. */
export function hashSpan(text: string, a: number, b: number): number {
	let h = 0;
	for (let i = a; i < b; i++) {
		const c = text.charCodeAt(i);
		h =
			(Math.imul(h, Spelling.HASH_MULTIPLIER) +
				(c === Spelling.RIGHT_SINGLE_QUOTE ? Spelling.APOSTROPHE : c)) |
			0;
	}
	return h;
}

/** hashSpan of the lower case of text[a, b) when that differs from it only in ASCII capitals. */
export function hashFolded(text: string, a: number, b: number): number {
	let h = 0;
	for (let i = a; i < b; i++) {
		const c = text.charCodeAt(i);
		const f =
			(c - 65) >>> 0 < 26 ? c + 32 : c === Spelling.RIGHT_SINGLE_QUOTE ? Spelling.APOSTROPHE : c;
		h = (Math.imul(h, Spelling.HASH_MULTIPLIER) + f) | 0;
	}
	return h;
}

function packLetters(word: string): number {
	if (word.length > Spelling.MAX_PACKED) return 0;
	let key = 0;
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if (c < 97 || c > 122) return 0;
		key = (key << 5) | (c - 96);
	}
	return key;
}

export class WordIndex {
	/**
	 * Per slot, 0 when empty, else the word's id + 1 in the low `bits` bits and the high bits of its
	 * hash above them: one number per slot keeps the table small enough to stay in cache, and a
	 * probe stops at most slots without reading anything else.
	 */
	private slots: Int32Array;
	private mask: number;
	private bits: number;
	/** 32 - bits: the hash's first slot is Math.imul(hash, SPREAD) >>> shift. */
	private shift: number;
	private hashes: Int32Array;
	private words: string[] = [];
	/** Characters of all words, one after another; word id -> [offset, offset + length). */
	private chars = new Uint16Array(1024);
	private offsets: Int32Array;
	/** Per word id, its letters packed when it is a..z only and short (packLetters), else 0. */
	private packed: Int32Array;
	private used = 0;

	/** Per word id. */
	val: Float64Array;
	boost: Float64Array;
	flags: Int32Array;
	/** Bit per language (see languages.ts) whose function words include this word. */
	lang: Int32Array;
	count = 0;

	constructor(capacity = 256) {
		let size = 16;
		while (!fits(capacity, size)) size *= 2;
		this.slots = new Int32Array(size);
		this.mask = size - 1;
		this.bits = 31 - Math.clz32(size);
		this.shift = 32 - this.bits;
		this.hashes = new Int32Array(capacity);
		this.offsets = new Int32Array(capacity + 1);
		this.packed = new Int32Array(capacity);
		this.val = new Float64Array(capacity);
		this.boost = new Float64Array(capacity);
		this.flags = new Int32Array(capacity);
		this.lang = new Int32Array(capacity);
	}

	clone(): WordIndex {
		const copy = new WordIndex(1);
		copy.slots = this.slots.slice();
		copy.chars = this.chars.slice();
		copy.offsets = this.offsets.slice();
		copy.packed = this.packed.slice();
		copy.used = this.used;
		copy.mask = this.mask;
		copy.bits = this.bits;
		copy.shift = this.shift;
		copy.hashes = this.hashes.slice();
		copy.words = this.words.slice();
		copy.val = this.val.slice();
		copy.boost = this.boost.slice();
		copy.flags = this.flags.slice();
		copy.lang = this.lang.slice();
		copy.count = this.count;
		return copy;
	}

	/** Id of the word spelled by lower-case text[a, b) whose hashSpan is `hash`, or -1. */
	find(text: string, a: number, b: number, hash: number): number {
		const { slots, mask, bits, shift } = this;
		const len = b - a;
		for (let h = Math.imul(hash, SPREAD) >>> shift; ; h = (h + 1) & mask) {
			const slot = slots[h];
			if (slot === 0) return -1;
			// Another word's hash differs in the high bits, mostly.
			if ((slot ^ hash) >>> bits !== 0) continue;
			const id = (slot & mask) - 1;
			const from = this.offsets[id];
			if (this.offsets[id + 1] - from !== len) continue;
			const chars = this.chars;
			let k = 0;
			while (k < len) {
				const c = text.charCodeAt(a + k);
				if ((c === Spelling.RIGHT_SINGLE_QUOTE ? Spelling.APOSTROPHE : c) !== chars[from + k])
					break;
				k++;
			}
			if (k === len) return id;
		}
	}

	/**
	 * find for text[a, b) read with ASCII capitals as lower case: the same id as find on the lower
	 * case of a text that differs from `text` only in ASCII capitals (`hash` is its hashFolded).
	 */
	findFolded(text: string, a: number, b: number, hash: number): number {
		const { slots, mask, bits, shift } = this;
		const len = b - a;
		for (let h = Math.imul(hash, SPREAD) >>> shift; ; h = (h + 1) & mask) {
			const slot = slots[h];
			if (slot === 0) return -1;
			// Another word's hash differs in the high bits, mostly.
			if ((slot ^ hash) >>> bits !== 0) continue;
			const id = (slot & mask) - 1;
			const from = this.offsets[id];
			if (this.offsets[id + 1] - from !== len) continue;
			const chars = this.chars;
			let k = 0;
			while (k < len) {
				const c = text.charCodeAt(a + k);
				const f =
					(c - 65) >>> 0 < 26
						? c + 32
						: c === Spelling.RIGHT_SINGLE_QUOTE
							? Spelling.APOSTROPHE
							: c;
				if (f !== chars[from + k]) break;
				k++;
			}
			if (k === len) return id;
		}
	}

	/**
	 * find for a token of ASCII letters and digits only, text[a, b) in any case, whose lower case
	 * hashes to `hash`. `key` is its letters packed five bits each (1 for a or A .. 26 for z or Z)
	 * when it is letters only and at most Spelling.MAX_PACKED long, else 0: then one comparison tells the
	 * word instead of one per character.
	 */
	findPlain(text: string, a: number, b: number, hash: number, key: number): number {
		const { slots, mask, bits, shift } = this;
		for (let h = Math.imul(hash, SPREAD) >>> shift; ; h = (h + 1) & mask) {
			const slot = slots[h];
			if (slot === 0) return -1;
			// Another word's hash differs in the high bits, mostly.
			if ((slot ^ hash) >>> bits !== 0) continue;
			const id = (slot & mask) - 1;
			if (key !== 0) {
				if (this.packed[id] === key) return id;
				continue;
			}
			const from = this.offsets[id];
			const len = b - a;
			if (this.offsets[id + 1] - from !== len) continue;
			const chars = this.chars;
			let k = 0;
			// c | 32 is the lower case of a letter, and leaves a digit as it is.
			while (k < len && (text.charCodeAt(a + k) | 32) === chars[from + k]) k++;
			if (k === len) return id;
		}
	}

	word(id: number): string {
		return this.words[id];
	}

	lookup(word: string): number {
		return this.find(word, 0, word.length, hashSpan(word, 0, word.length));
	}

	/**
	 * Inserts `word` if new and sets `flags` and `lang` bits on it; its id. (The bits are set
	 * here because inserting may grow the arrays: `words.flags[words.insert(w)] |= f` would read
	 * `words.flags` before the call and write to the old array.)
	 */
	mark(word: string, flags: number, lang = 0): number {
		const id = this.insert(word);
		this.flags[id] |= flags;
		this.lang[id] |= lang;
		return id;
	}

	/** Id of `word`, adding it (with zero valence and flags) when new. */
	insert(word: string): number {
		const found = this.lookup(word);
		if (found >= 0) return found;
		if (this.count === this.flags.length) this.growWords();
		if (!fits(this.count + 1, this.mask + 1)) this.growSlots();
		const id = this.count++;
		const hash = hashSpan(word, 0, word.length);
		this.words[id] = word;
		this.hashes[id] = hash;
		while (this.used + word.length > this.chars.length) {
			const chars = new Uint16Array(this.chars.length * 2);
			chars.set(this.chars);
			this.chars = chars;
		}
		for (let k = 0; k < word.length; k++) {
			const c = word.charCodeAt(k);
			this.chars[this.used++] = c === Spelling.RIGHT_SINGLE_QUOTE ? Spelling.APOSTROPHE : c;
		}
		this.offsets[id + 1] = this.used;
		this.packed[id] = packLetters(word);
		this.val[id] = 0;
		this.boost[id] = 0;
		this.flags[id] = 0;
		this.lang[id] = 0;
		this.place(id, hash);
		return id;
	}

	private place(id: number, hash: number): void {
		let h = Math.imul(hash, SPREAD) >>> this.shift;
		while (this.slots[h] !== 0) h = (h + 1) & this.mask;
		this.slots[h] = ((hash >>> this.bits) << this.bits) | (id + 1);
	}

	private growSlots(): void {
		const size = (this.mask + 1) * 2;
		this.slots = new Int32Array(size);
		this.mask = size - 1;
		this.bits = 31 - Math.clz32(size);
		this.shift = 32 - this.bits;
		for (let id = 0; id < this.count; id++) this.place(id, this.hashes[id]);
	}

	private growWords(): void {
		const size = this.flags.length * 2;
		const grown = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
			to.set(from);
			return to;
		};
		this.hashes = grown(this.hashes, new Int32Array(size));
		this.offsets = grown(this.offsets, new Int32Array(size + 1));
		this.packed = grown(this.packed, new Int32Array(size));
		this.val = grown(this.val, new Float64Array(size));
		this.boost = grown(this.boost, new Float64Array(size));
		this.flags = grown(this.flags, new Int32Array(size));
		this.lang = grown(this.lang, new Int32Array(size));
	}
}
