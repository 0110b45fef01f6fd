// The word table the tokenizer looks every token up in: each way of finding a word gives its id,
// whatever the words, however the table grew, and nothing else is ever found.
import fc from 'fast-check';
import { createClassifier } from '../../nodes/core/urgency';
import { VOTE_CODES } from '../../nodes/core/urgency/detect';
import { ENGLISH_STOP, OTHER_LATIN, READ_LANGUAGES } from '../../nodes/core/urgency/languageData';
import { compileTerms } from '../../nodes/core/urgency/terms';
import { hashFolded, hashSpan, WordIndex } from '../../nodes/core/urgency/wordIndex';
import { F, wordTable } from '../../nodes/core/urgency/wordTable';

const letters = fc.string({
	unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')),
	minLength: 1,
	maxLength: 12,
});
const tokens = fc.string({
	unit: fc.constantFrom(..."abcdexyz019'-@.’é".split('')),
	minLength: 1,
	maxLength: 10,
});

const straight = (w: string) => w.replace(/’/g, "'");

/** The packed key the tokenizer passes for a short run of ASCII letters, else 0. */
function packed(word: string): number {
	if (word.length > 6 || !/^[a-z]+$/.test(word)) return 0;
	let key = 0;
	for (const ch of word) key = (key << 5) | (ch.charCodeAt(0) - 96);
	return key;
}

describe('WordIndex', () => {
	it('finds every word it holds by each lookup, and no other, as it grows from one slot set', () => {
		fc.assert(
			fc.property(
				// Unique as the table reads them: a typographic apostrophe is a straight one.
				fc.uniqueArray(fc.oneof(letters, tokens), {
					minLength: 1,
					maxLength: 400,
					selector: straight,
				}),
				fc.array(fc.oneof(letters, tokens), { maxLength: 100 }),
				(held, others) => {
					const index = new WordIndex(1);
					const ids = held.map((w) => index.insert(w));
					expect(new Set(ids).size).toBe(held.length);
					held.forEach((word, k) => {
						const id = ids[k];
						expect(index.word(id)).toBe(word);
						expect(index.lookup(word)).toBe(id);
						// Inside a longer text, and with ASCII capitals read as lower case.
						const text = `x ${word} y`;
						expect(index.find(text, 2, 2 + word.length, hashSpan(word, 0, word.length))).toBe(id);
						const upper = `x ${word.replace(/[a-z]/g, (c) => c.toUpperCase())} y`;
						expect(
							index.findFolded(upper, 2, 2 + word.length, hashFolded(upper, 2, 2 + word.length)),
						).toBe(id);
						if (/^[a-z0-9]+$/.test(word)) {
							expect(
								index.findPlain(
									upper,
									2,
									2 + word.length,
									hashSpan(word, 0, word.length),
									packed(word),
								),
							).toBe(id);
						}
					});
					for (const other of others) {
						if (held.some((w) => straight(w) === straight(other))) continue;
						expect(index.lookup(other)).toBe(-1);
					}
					// A copy finds the same, and words added to it stay out of the original.
					const copy = index.clone();
					held.forEach((word, k) => expect(copy.lookup(word)).toBe(ids[k]));
					const added = copy.insert('zzzzzzzzzzzzz-new');
					expect(copy.lookup('zzzzzzzzzzzzz-new')).toBe(added);
					expect(index.lookup('zzzzzzzzzzzzz-new')).toBe(-1);
				},
			),
			{ numRuns: 60 },
		);
	});

	it('reads a typographic apostrophe as a straight one', () => {
		const index = new WordIndex(4);
		const id = index.insert("don't");
		expect(index.lookup('don’t')).toBe(id);
		expect(index.insert('don’t')).toBe(id);
	});
});

describe('the word table', () => {
	it('gives every function word of every language its vote, also the words inserted as it grows', () => {
		// The table grows while the lists are added; a flag written to the arrays read before the
		// insert that grew them was lost ("sarebbe" did not vote Italian).
		const words = wordTable(new Map(), compileTerms(undefined));
		const lists = [
			ENGLISH_STOP,
			...READ_LANGUAGES.map((l) => l.stop),
			...OTHER_LATIN.map(([, s]) => s),
		];
		const missing: string[] = [];
		lists.forEach((list, bit) => {
			for (const w of list.split(/\s+/)) {
				if (!w) continue;
				const id = words.lookup(w);
				if (id < 0 || !(words.lang[id] & (1 << bit))) missing.push(`${VOTE_CODES[bit]}:${w}`);
			}
		});
		expect(missing).toEqual([]);
	});

	it('marks every urgent-term trigger it adds for an operator, however many', () => {
		const add = Array.from({ length: 9000 }, (_, k) => `zq${k.toString(36)}x`);
		const terms = compileTerms({ add });
		const words = wordTable(new Map(), terms);
		const unmarked = add.filter((w) => {
			const id = words.lookup(w);
			return id < 0 || !(words.flags[id] & F.TERM);
		});
		expect(unmarked).toEqual([]);
		// A message with any of them is HIGH for that term (an unmarked trigger skipped the scan).
		const classifier = createClassifier({ urgentTerms: { add } });
		const missed = add.filter((w) => {
			const result = classifier.classify(`about ${w} today`);
			return result.priority !== 'HIGH' || result.keywords[0] !== w;
		});
		expect(missed).toEqual([]);
	});
});

describe('WordIndex.mark', () => {
	it('sets flag and language bits on every word, also on those whose insert grows the table', () => {
		const words = new WordIndex(4);
		const list = Array.from({ length: 3000 }, (_, k) => `w${k.toString(36)}x`);
		list.forEach((w, k) => words.mark(w, 1 << (k % 8), 1 << (k % 5)));
		// Marking again adds bits and keeps those set before.
		list.forEach((w) => words.mark(w, 1 << 20));
		list.forEach((w, k) => {
			const id = words.lookup(w);
			expect(words.flags[id]).toBe((1 << (k % 8)) | (1 << 20));
			expect(words.lang[id]).toBe(1 << (k % 5));
		});
	});
});
