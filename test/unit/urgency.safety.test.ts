// Operator patterns and huge texts cannot hang the n8n process.
import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
	createClassifier,
	MAX_CLASSIFIED_CHARS,
	UrgencyConfigError,
} from '../../nodes/core/urgency';
import { catastrophicPatternReason } from '../../nodes/core/urgency/safePattern';

function configError(patterns: string[]) {
	try {
		createClassifier({ urgentTerms: { patterns } });
	} catch (error) {
		return error as UrgencyConfigError;
	}
	throw new Error('expected an UrgencyConfigError');
}

describe('catastrophic regular expressions', () => {
	it.each(['(a+)+$', '(a*)*b', '(a|a)*$', '(.|x)+!', '(\\w+\\s?)+$', '(?:x+x+)+y', '((ab)*)+c'])(
		'refuses %s, naming the entry and the fix',
		(pattern) => {
			const error = configError(['refund', pattern]);
			expect(error).toBeInstanceOf(UrgencyConfigError);
			expect(error.detail).toMatchObject({ option: 'urgentTerms.patterns', index: 1 });
			expect(error.detail?.problem).toMatch(/is refused/);
			expect(error.detail?.fix).toMatch(/without a repeat inside a repeat/);
		},
	);

	it.each(['order #?\\d+ (missing|lost)', '/\\bVIP\\b/', 'refund.*now', '(foo|bar)+', 'a{2,3}b'])(
		'accepts %s',
		(pattern) => {
			expect(() => createClassifier({ urgentTerms: { patterns: [pattern] } })).not.toThrow();
		},
	);

	it('never lets a refused shape through, whatever surrounds it', () => {
		const atom = fc.constantFrom('a', 'x', '\\w', '[a-z]', '.', '\\d');
		const inner = fc.tuple(atom, fc.constantFrom('+', '*', '{2,}')).map(([a, q]) => a + q);
		fc.assert(
			fc.property(
				fc.string({ maxLength: 6 }),
				inner,
				fc.constantFrom('+', '*'),
				(prefix, body, q) => {
					const safePrefix = prefix.replace(/[\\()[\]{}|+*?.^$]/g, '');
					expect(catastrophicPatternReason(`${safePrefix}(${body})${q}`)).toBeDefined();
				},
			),
		);
	});
});

describe('bounded work per message', () => {
	it('reads at most MAX_CLASSIFIED_CHARS of a message', () => {
		const classifier = createClassifier();
		const tail = ' I want a refund now';
		const long = 'x'.repeat(MAX_CLASSIFIED_CHARS) + tail;
		expect(classifier.classify(long).keywords).toEqual([]);
		expect(classifier.classify('x'.repeat(100) + tail).keywords).toEqual(['refund']);
	});

	it('classifies 4 MB with an 800-word extra term (the cap bounds the scan)', () => {
		const term = Array.from({ length: 800 }, (_, i) => `w${i % 7}`).join(' ');
		const classifier = createClassifier({ urgentTerms: { add: [term] } });
		const text = 'w0 w1 w2 w3 w4 w5 w6 '.repeat(200_000);
		expect(text.length).toBeGreaterThan(4_000_000);
		expect(classifier.classify(text).priority).toMatch(/HIGH|MEDIUM|LOW/);
	});

	it('keeps nothing of a message once its result is dropped', () => {
		// A classifier lives as long as its node's run: what it keeps between messages (such as
		// the reasons of words met lately) must not hold on to a message, however long.
		setFlagsFromString('--expose-gc');
		const gc = runInNewContext('gc') as () => void;
		const classifier = createClassifier();
		const heapUsed = () => {
			gc();
			return process.memoryUsage().heapUsed;
		};
		// The results are dropped unread: reading a reason could copy it out of the message.
		const classifyHuge = (opening: string) => {
			const huge = `${opening} yours. ${'lorem ipsum '.repeat(2_000_000)}`;
			classifier.classify(huge);
		};
		const before = heapUsed();
		// Words long enough that a slice of the message would point into it, in each spelling.
		for (const word of ['Affectionately', 'DISAPPOINTMENT', 'unfortunately']) classifyHuge(word);
		// Three messages of 24 MB each were read; far less than one of them may stay.
		const kept = heapUsed() - before;
		// The reasons of those words are still the ones kept, as written.
		const reasonOf = (text: string) => classifier.classify(text).reasons[0];
		expect(reasonOf('Affectionately yours')).toMatch(/^Affectionately \(\+0\.\d\)$/);
		expect(reasonOf('DISAPPOINTMENT here')).toMatch(/^DISAPPOINTMENT \(-0\.\d\)$/);
		expect(reasonOf('unfortunately not here')).toMatch(/^unfortunately \(-0\.\d\)$/);
		expect(kept).toBeLessThan(4_000_000);
	});
});
