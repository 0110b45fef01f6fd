// Operator patterns and huge texts cannot hang the n8n process.
import fc from 'fast-check';
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
			fc.property(fc.string({ maxLength: 6 }), inner, fc.constantFrom('+', '*'), (prefix, body, q) => {
				const safePrefix = prefix.replace(/[\\()[\]{}|+*?.^$]/g, '');
				expect(catastrophicPatternReason(`${safePrefix}(${body})${q}`)).toBeDefined();
			}),
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
});
