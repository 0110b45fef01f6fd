/**
 * Character classes for the tokenizer. Facts about a character (K_*) and about a token being
 * scanned (B_*) are bits, so the scan loop reads one table entry per ASCII character and keeps
 * one variable per token.
 */
// Const enums: the compiler writes the numbers where they are used, so the scan loop reads no
// module export per use.
/** Positions of token facts read by shifting rather than tested (and of B.UPPER's bit). */
export const enum BBit {
	LOWER = 0,
	DIGIT = 3,
	/** Also the bit of a character code that turns an ASCII capital into its lower case. */
	UPPER = 5,
}
export const enum B {
	LOWER = 1 << BBit.LOWER,
	NON_ASCII = 2,
	APOS = 4,
	DIGIT = 1 << BBit.DIGIT,
	UPPER = 1 << BBit.UPPER,
}
export const enum K {
	PUNCT = 64,
	SPACE = 128,
	MARK = 256,
	CLAUSE = 512,
}

export const ASCII = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
	if (c >= 97 && c <= 122) ASCII[c] = B.LOWER;
	else if (c >= 65 && c <= 90) ASCII[c] = B.UPPER;
	else if (c >= 48 && c <= 57) ASCII[c] = B.DIGIT;
}
// Python's string.punctuation, which the reference strips from both ends of a token.
for (const ch of '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~') ASCII[ch.charCodeAt(0)] |= K.PUNCT;
// Python's str.split() whitespace in the ASCII range.
for (const c of [9, 10, 11, 12, 13, 28, 29, 30, 31, 32]) ASCII[c] = K.SPACE;
ASCII[39] |= B.APOS;
ASCII[33] |= K.MARK;
ASCII[63] |= K.MARK;
for (const ch of '.;:!?') ASCII[ch.charCodeAt(0)] |= K.CLAUSE;

/** Typographic quotes, ellipsis and inverted marks, as phones type them: stripped like ASCII. */
export const isWidePunct = (c: number) =>
	c === 0x2018 ||
	c === 0x2019 ||
	c === 0x201c ||
	c === 0x201d ||
	c === 0x2026 ||
	c === 0xab ||
	c === 0xbb ||
	c === 0xa1 ||
	c === 0xbf;

/** Unicode whitespace, as Python's str.split() sees it. */
export const isSpace = (c: number) =>
	c === 32 ||
	(c >= 9 && c <= 13) ||
	(c >= 28 && c <= 31) ||
	(c >= 0x80 &&
		(c === 0x85 ||
			c === 0xa0 ||
			c === 0x1680 ||
			(c >= 0x2000 && c <= 0x200a) ||
			c === 0x2028 ||
			c === 0x2029 ||
			c === 0x202f ||
			c === 0x205f ||
			c === 0x3000));
