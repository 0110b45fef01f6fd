import {
	classify,
	createClassifier,
	type Priority,
	UrgencyConfigError,
	type UrgencyOptions,
} from '../../nodes/core/urgency';

const configError = (options: unknown) => {
	try {
		createClassifier(options as UrgencyOptions);
	} catch (error) {
		return error;
	}
	throw new Error('expected an UrgencyConfigError');
};

describe('urgentTerms', () => {
	it('adds words and phrases, matched whole and case-insensitively', () => {
		const classifier = createClassifier({ urgentTerms: { add: ['Wrong Item', 'GDPR'] } });
		expect(classifier.classify('I got the wrong   item and a gdpr question').keywords).toEqual([
			'wrong item',
			'gdpr',
		]);
		expect(classifier.classify('wrong items').keywords).toEqual([]);
		expect(classifier.classify('refund please').keywords).toEqual(['refund']);
		expect(classify('I got the wrong item').keywords).toEqual([]);
	});

	it('treats added terms literally, not as regular expressions', () => {
		const classifier = createClassifier({ urgentTerms: { add: ['c++ (beta)', 'a.b'] } });
		expect(classifier.classify('the c++ (beta) build').keywords).toEqual(['c++ (beta)']);
		expect(classifier.classify('axb').keywords).toEqual([]);
	});

	it('removes a default term with all its forms, or a single form', () => {
		const noCancel = createClassifier({ urgentTerms: { remove: ['cancel'] } });
		expect(noCancel.classify('I cancelled, cancel it').keywords).toEqual([]);
		expect(noCancel.classify('I cancelled, cancel it, refund').keywords).toEqual(['refund']);
		const noPast = createClassifier({ urgentTerms: { remove: ['cancelled'] } });
		expect(noPast.classify('I cancelled').keywords).toEqual([]);
		expect(noPast.classify('cancel it').keywords).toEqual(['cancel']);
	});

	it('runs patterns, reporting the matched text in order with the other terms', () => {
		const classifier = createClassifier({
			urgentTerms: { patterns: ['/order #?\\d+ missing/i', 'wait(ed|ing) \\d+ (days|weeks)'] },
		});
		const result = classifier.classify('Refund! ORDER #123 missing, I WAITED 3 weeks, refund');
		expect(result.keywords).toEqual(['refund', 'order #123 missing', 'waited 3 weeks']);
		expect(result.priority).toBe('HIGH');
		expect(classifier.classify('order 5 found').keywords).toEqual([]);
	});

	it('keeps the flags of a /pattern/flags string', () => {
		const caseSensitive = createClassifier({ urgentTerms: { patterns: ['/VIP/'] } });
		expect(caseSensitive.classify('a VIP customer').keywords).toEqual(['vip']);
		expect(caseSensitive.classify('a vip customer').keywords).toEqual([]);
	});

	it('survives patterns that match the empty string', () => {
		const classifier = createClassifier({ urgentTerms: { patterns: ['x*'] } });
		expect(classifier.classify('abc xx').keywords).toEqual(['xx']);
	});

	it('names an invalid regular expression and how to fix it', () => {
		const error = configError({ urgentTerms: { patterns: ['ok', '/order (#\\d+/i'] } });
		expect(error).toBeInstanceOf(UrgencyConfigError);
		expect((error as Error).message).toContain('urgentTerms.patterns[1]');
		expect((error as Error).message).toContain('/order (#\\\\d+/i');
		expect((error as Error).message).toMatch(/escape special characters/);
		expect(() => classify('x', { urgentTerms: { patterns: ['[a-'] } })).toThrow(UrgencyConfigError);
	});

	it('rejects empty or non-string terms', () => {
		expect((configError({ urgentTerms: { add: ['ok', ' '] } }) as Error).message).toContain(
			'urgentTerms.add[1]',
		);
		expect(configError({ urgentTerms: { remove: [3] } })).toBeInstanceOf(UrgencyConfigError);
		expect(configError({ urgentTerms: { add: 'refund' } })).toBeInstanceOf(UrgencyConfigError);
	});
});

describe('lexiconOverrides', () => {
	it('replaces or adds word valences', () => {
		const classifier = createClassifier({ lexiconOverrides: { great: -3, Laggy: -2 } });
		expect(classifier.classify('great').sentiment).toBeLessThan(0);
		expect(classifier.classify('LAGGY app').sentiment).toBeLessThan(0);
		expect(classify('great').sentiment).toBeGreaterThan(0);
		expect(classify('laggy app').sentiment).toBe(0);
	});

	it('can restore a support-neutral word', () => {
		expect(classify('please').sentiment).toBe(0);
		expect(classify('please', { lexiconOverrides: { please: 1.3 } }).sentiment).toBeGreaterThan(0);
	});

	it('still applies the rules to overridden words', () => {
		const classifier = createClassifier({ lexiconOverrides: { laggy: -2 } });
		expect(classifier.classify('not laggy').sentiment).toBeGreaterThan(0);
		expect(classifier.classify('very laggy').sentiment).toBeLessThan(
			classifier.classify('laggy').sentiment,
		);
	});

	it.each([5, -4.5, Number.NaN, '2', null])('rejects the valence %p, naming the word', (value) => {
		const error = configError({ lexiconOverrides: { slow: value } });
		expect(error).toBeInstanceOf(UrgencyConfigError);
		expect((error as Error).message).toContain('"slow"');
		expect((error as Error).message).toContain('-4');
	});

	it('rejects phrases as keys', () => {
		expect((configError({ lexiconOverrides: { 'not bad': 1 } }) as Error).message).toContain(
			'urgentTerms.add',
		);
	});
});

describe('thresholds and score', () => {
	const band: Record<Priority, [number, number]> = {
		HIGH: [2 / 3, 1],
		MEDIUM: [1 / 3, 2 / 3],
		LOW: [0, 1 / 3],
	};
	const texts = [
		'Thanks, great service!',
		'ok',
		'It is a bit slow',
		'This is bad',
		'This is awful, horrible, the worst',
		'refund please, thank you so much',
		'refund now, this is terrible',
		'cancel and refund, never arrived, this is a disgusting scam',
		'',
	];

	it('keeps every score inside the band of its priority', () => {
		for (const text of texts) {
			const { priority, score } = classify(text);
			expect(score).toBeGreaterThanOrEqual(band[priority][0]);
			if (priority === 'HIGH') expect(score).toBeLessThanOrEqual(1);
			else expect(score).toBeLessThan(band[priority][1]);
		}
	});

	it('ranks more negative texts, and more urgent terms, higher', () => {
		const score = (text: string) => classify(text).score;
		expect(score('Thanks, great service!')).toBeLessThan(score('ok'));
		expect(score('ok')).toBeLessThan(score('It is a bit slow'));
		expect(score('It is a bit slow')).toBeLessThan(score('This is awful, horrible, the worst'));
		expect(score('refund please, thank you so much')).toBeLessThan(
			score('refund now, this is terrible'),
		);
		expect(score('refund now, this is terrible')).toBeLessThan(
			score('cancel and refund, never arrived, this is a disgusting scam'),
		);
		// Empty text is not scored: it scores 0, below any text.
		const ordered = texts
			.map((t) => classify(t))
			.filter((r) => r.keywords.length === 0 && r.scored);
		for (const a of ordered) {
			for (const b of ordered) {
				if (a.sentiment < b.sentiment) expect(a.score).toBeGreaterThanOrEqual(b.score);
			}
		}
	});

	it('uses the default cuts: HIGH below -0.4, MEDIUM below 0', () => {
		expect(classify('This is bad').sentiment).toBeLessThan(-0.4);
		expect(classify('This is bad').priority).toBe('HIGH');
		expect(classify('It is a bit slow').priority).toBe('LOW');
		const slightly = classify('not good');
		expect(slightly.sentiment).toBeLessThan(0);
		expect(slightly.sentiment).toBeGreaterThan(-0.4);
		expect(slightly.priority).toBe('MEDIUM');
	});

	it('moves the cuts', () => {
		const strict = createClassifier({ thresholds: { high: -0.9, medium: -0.5 } });
		expect(strict.classify('This is bad').priority).toBe('MEDIUM');
		expect(strict.classify('not good').priority).toBe('LOW');
		const eager = createClassifier({ thresholds: { medium: 0.5 } });
		expect(eager.classify('ok').priority).toBe('MEDIUM');
		expect(eager.classify('refund').priority).toBe('HIGH');
	});

	it('rejects cuts out of range or out of order', () => {
		expect((configError({ thresholds: { high: -2 } }) as Error).message).toContain(
			'thresholds.high',
		);
		expect((configError({ thresholds: { high: 0.2, medium: 0 } }) as Error).message).toMatch(
			/must not be above/,
		);
		expect(configError('strict')).toBeInstanceOf(UrgencyConfigError);
	});

	it('compiles options once per options object', () => {
		const options: UrgencyOptions = { urgentTerms: { add: ['zorg'] } };
		expect(classify('zorg', options).keywords).toEqual(['zorg']);
		expect(classify('zorg', options).keywords).toEqual(['zorg']);
		expect(classify('zorg').keywords).toEqual([]);
	});
});
