import {
	classify,
	createClassifier,
	DEFAULT_URGENT_TERMS,
	SUPPORT_NEUTRAL,
	type UrgencyResult,
} from '../../nodes/core/urgency';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const vader = require('vader-sentiment') as {
	SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};
const vaderCompound = (text: string) =>
	vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;

const sentiment = (text: string) => classify(text).sentiment;

describe('VADER rules', () => {
	// Sentences where the npm port and the reference implementation agree.
	it.each([
		'VADER is smart, handsome, and funny.',
		'VADER is smart, handsome, and funny!',
		'VADER is very smart, handsome, and funny.',
		'VADER is VERY SMART, handsome, and FUNNY.',
		'VADER is VERY SMART, handsome, and FUNNY!!!',
		'VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!',
		'VADER is not smart, handsome, nor funny.',
		'The book was good.',
		"At least it isn't a horrible book.",
		'The book was only kind of good.',
		'The plot was good, but the characters are uncompelling and the dialog is not great.',
		'Today SUX!',
		'Make sure you :) or :D today!',
		'not good',
		'not bad',
		'The book was good, but the movie was terrible',
	])('matches vader-sentiment on %p', (text) => {
		expect(sentiment(text)).toBeCloseTo(vaderCompound(text), 3);
	});

	// Outputs of the reference vaderSentiment.py, whose rules the npm port predates.
	it.each([
		['Not bad at all', 0.431],
		['Without a doubt, excellent idea.', 0.7013],
		["Today only kinda sux! But I'll get by, lol", 0.5249],
		['Catch utf-8 emoji such as 💘 and 💋 and 😁', 0.875],
		['Sentiment analysis has never been good.', -0.3412],
		['Sentiment analysis has never been this good!', 0.5672],
		['With VADER, sentiment analysis is the shit!', 0.6476],
		['Roger Dodger is one of the least compelling variations on this theme.', -0.1695],
		['Roger Dodger is at least compelling as a variation on the theme.', 0.2263],
	])('matches the reference on %p', (text, expected) => {
		expect(sentiment(text)).toBeCloseTo(expected, 3);
	});

	it('keeps the idiom "bad ass" without rating "hand", which the support lexicon drops', () => {
		// The reference gives 0.802, of which "hand" (2.2, chat slang for "have a nice day") is part.
		expect(sentiment('On the other hand, VADER is quite bad ass')).toBeCloseTo(0.6124, 3);
		expect(sentiment('VADER is quite bad ass')).toBeCloseTo(0.6124, 3);
	});

	it('orders the classic cases as VADER does', () => {
		expect(sentiment('not good')).toBeLessThan(0);
		expect(sentiment('not bad')).toBeGreaterThan(0);
		expect(sentiment('not bad')).toBeLessThan(sentiment('good'));
		expect(sentiment('VADER is VERY SMART, handsome, and FUNNY!!!')).toBeGreaterThan(0.9);
		expect(sentiment('The book was good, but the movie was terrible')).toBeLessThan(0);
	});

	it('adds emphasis for exclamation marks up to four, and for ALL CAPS only in mixed case', () => {
		const marks = [0, 1, 2, 3, 4, 5].map((n) => sentiment(`good${'!'.repeat(n)}`));
		for (let n = 1; n <= 4; n++) expect(marks[n]).toBeGreaterThan(marks[n - 1]);
		expect(marks[5]).toBe(marks[4]);
		expect(sentiment('This is GOOD')).toBeGreaterThan(sentiment('This is good'));
		expect(sentiment('THIS IS GOOD')).toBe(sentiment('this is good'));
	});

	it('reads "no" before a word as its negation, but not across punctuation or when repeated', () => {
		expect(sentiment('No problem at all')).toBeGreaterThan(0);
		expect(sentiment('No. Great service')).toBeGreaterThan(0.4);
		expect(sentiment('no no no')).toBeLessThan(0);
		expect(sentiment('NO NO NO NO. WTF')).toBeLessThan(-0.5);
	});

	it('treats typographic apostrophes like straight ones', () => {
		expect(sentiment('I don’t like it')).toBe(sentiment("I don't like it"));
		expect(sentiment('“great”')).toBe(sentiment('great'));
	});
});

describe('support context', () => {
	it('marks "please help, urgent!" HIGH without reading it as positive', () => {
		const result = classify('please help, urgent!');
		expect(result.priority).toBe('HIGH');
		expect(result.keywords).toEqual(['urgent']);
		expect(result.sentiment).toBe(0);
		expect(vaderCompound('please help, urgent!')).toBeGreaterThan(0.5);
	});

	it.each(['help', 'please', 'urgent', 'legal', 'support', 'want'])(
		'scores the request word %p as neutral',
		(word) => {
			expect(SUPPORT_NEUTRAL).toContain(word);
			expect(sentiment(`I ${word} it`)).toBe(0);
		},
	);

	it('reads "would like" and "Kind regards" as requests and sign-offs, not praise', () => {
		expect(sentiment('I would like a replacement')).toBe(0);
		expect(sentiment("I'd like a replacement")).toBe(0);
		expect(sentiment('I like it')).toBeGreaterThan(0);
		expect(sentiment('Kind regards, Ann')).toBe(0);
	});

	it('marks a threat to sue HIGH', () => {
		expect(classify("I'm going to sue you").priority).toBe('HIGH');
		expect(classify("I'm going to sue you").keywords).toEqual(['sue']);
	});

	it('reads an angry emoji as negative and thanks as LOW', () => {
		expect(classify('😡').sentiment).toBeLessThan(0);
		expect(classify('😡').reasons[0]).toMatch(/^😡 \(-0\.\d\)$/);
		const thanks = classify('Thanks, great service');
		expect(thanks.priority).toBe('LOW');
		expect(thanks.sentiment).toBeGreaterThan(0.5);
	});

	it('does not see "sue" inside other words', () => {
		for (const text of [
			'I have an issue with my order',
			'Please pursue this',
			'Pass me a tissue',
			'Suez canal',
		]) {
			const result = classify(text);
			expect(result.keywords).toEqual([]);
			expect(result.priority).not.toBe('HIGH');
		}
	});

	it.each([
		['My subscription was cancelled twice', 'cancel'],
		['I want the cancellation confirmed', 'cancel'],
		['They refunded half', 'refund'],
		['We are suing', 'sue'],
		['He SUED them', 'sue'],
		['This has escalated', 'escalate'],
		['The site is down again', 'down'],
		['I cannot login since Monday', "can't log in"],
		['I can’t log in', "can't log in"],
		['I was double-charged', 'charged twice'],
		['The parcel never arrived', 'never arrived'],
		['#refund', 'refund'],
		['refund/cancel', 'refund'],
	])('finds %p as %p', (text, term) => {
		expect(classify(text).keywords).toContain(term);
		expect(classify(text).priority).toBe('HIGH');
	});

	it('does not take harmless uses of "down" or "broke" as urgent', () => {
		expect(classify('Prices went down').keywords).toEqual([]);
		expect(classify("I'm broke until Friday").keywords).toEqual([]);
		expect(classify('It broke down on the motorway').keywords).toEqual(['broken']);
	});

	it('reports canonical terms in order of appearance, without repeats', () => {
		const result = classify('Refund now! I was refunded nothing, so I will cancel, cancel, CANCEL');
		expect(result.keywords).toEqual(['refund', 'cancel']);
		expect(classify('cancel and refund').keywords).toEqual(['cancel', 'refund']);
	});

	it('gives short reasons: terms first, then the strongest words', () => {
		const result = classify('My order never arrived, terrible service, I want a refund');
		expect(result.reasons.slice(0, 2)).toEqual(['never arrived', 'refund']);
		expect(result.reasons).toContain('terrible (-0.5)');
		expect(result.reasons.length).toBeLessThanOrEqual(5);
		expect(classify('not good at all').reasons).toEqual(['not good (-0.4)']);
		expect(classify('').reasons).toEqual(['no text']);
	});

	it('quotes a word as each message wrote it, whatever the messages before it wrote', () => {
		// One classifier keeps the reasons of words met lately: a word's other spellings must
		// never be given its kept one.
		const classifier = createClassifier();
		const reasonOf = (text: string) => classifier.classify(text).reasons[0];
		const spellings = ['awful', 'Awful', 'AWFUL', 'AwFul', 'aWFUL', 'awful', 'AWFUL'];
		for (let round = 0; round < 2; round++) {
			for (const word of spellings) {
				expect(reasonOf(`That was ${word}`)).toMatch(new RegExp(`^${word} \\(-0\\.\\d\\)$`));
			}
		}
		// The same word with another weight is its own reason.
		expect(reasonOf('That was awful')).not.toBe(reasonOf('That was very awful'));
		expect(reasonOf('That was very awful')).toMatch(/^awful \(-0\.\d\)$/);
		// A word the table spells with a typographic apostrophe, written with a straight one.
		const custom = createClassifier({ lexiconOverrides: { 'o’kay': 2 } });
		for (const written of ["o'kay", 'o’kay', "O'KAY", "o'kay", 'o’kay']) {
			expect(custom.classify(`that was ${written}`).reasons[0]).toBe(
				`${written} (+${written === "O'KAY" ? '0.7' : '0.5'})`,
			);
		}
	});

	it('exports the default vocabulary', () => {
		expect(DEFAULT_URGENT_TERMS).toEqual(
			expect.arrayContaining(['urgent', 'immediately', 'cancel', 'refund', 'not working']),
		);
		expect(DEFAULT_URGENT_TERMS).toEqual(
			expect.arrayContaining(['broken', 'complaint', 'escalate', 'legal', 'sue']),
		);
		expect(new Set(DEFAULT_URGENT_TERMS).size).toBe(DEFAULT_URGENT_TERMS.length);
	});
});

describe('any input', () => {
	const expectEmpty = (result: UrgencyResult) => {
		expect(result).toEqual({
			priority: 'LOW',
			score: 0,
			sentiment: 0,
			keywords: [],
			reasons: ['no text'],
			language: 'und',
			scored: false,
		});
	};

	it.each([null, undefined, {}, [], true, Symbol('x'), () => 'urgent'])(
		'treats %p as empty text',
		(input) => {
			expectEmpty(classify(input));
		},
	);

	it('reads numbers as their digits and empty text as LOW', () => {
		expectEmpty(classify(''));
		expectEmpty(classify('   \n\t '));
		expectEmpty(classify(42));
		expect(classify(new String('urgent')).keywords).toEqual(['urgent']);
	});

	it('handles any script and emoji-only text', () => {
		for (const text of [
			'注文が届きません',
			'لم يصل طلبي',
			'🙂🙂🙂',
			'👍🏽',
			'👨‍👩‍👧',
			'🇺🇸',
			'İstanbul',
		]) {
			const result = classify(text);
			expect(result.sentiment).toBeGreaterThanOrEqual(-1);
			expect(result.sentiment).toBeLessThanOrEqual(1);
		}
		expect(classify('🙂🙂🙂').sentiment).toBeGreaterThan(0);
		// French is read: its refund term is reported as written.
		expect(classify('Je veux être remboursé, URGENT').keywords).toEqual(['remboursé', 'urgent']);
	});

	it('classifies 100 KB texts in linear time', () => {
		const classifier = createClassifier();
		const units: Array<[string, number]> = [
			['This is terrible, I want a refund! ', 3000],
			['a', 100_000],
			['!', 100_000],
			['no ', 33_000],
			['😡', 50_000],
			['注文', 50_000],
			['x/', 50_000],
			// Terms of other languages, found anywhere in a message of no function word.
			['fraude ', 14_000],
			['Betrug ', 14_000],
			['no funciona estafa ', 5_000],
		];
		// Twenty texts of a tenth the length against two whole ones, in this process's CPU time
		// (other processes on the machine do not count): about 1 when the work is linear in the
		// length, about 10 when it is quadratic.
		const cpu = (fn: () => void) => {
			const start = process.cpuUsage();
			fn();
			const used = process.cpuUsage(start);
			return used.user + used.system;
		};
		const inputs = units.map(([unit, n]) => unit.repeat(n));
		for (const [unit, n] of units) {
			const tenth = unit.repeat(n / 10);
			const whole = unit.repeat(n);
			classifier.classify(tenth);
			classifier.classify(whole);
			// The quickest of five rounds on each side: a garbage collection (on any thread of the
			// process) only ever adds time.
			let small = Infinity;
			let large = Infinity;
			for (let round = 0; round < 5; round++) {
				small = Math.min(
					small,
					cpu(() => {
						for (let k = 0; k < 20; k++) classifier.classify(tenth);
					}),
				);
				large = Math.min(
					large,
					cpu(() => {
						for (let k = 0; k < 2; k++) classifier.classify(whole);
					}),
				);
			}
			expect({ unit, linear: large / Math.max(small, 1) < 3 }).toEqual({ unit, linear: true });
			expect(classifier.classify(whole).reasons.length).toBeLessThanOrEqual(5);
		}
		const long = classifier.classify(inputs[0]);
		expect(long.priority).toBe('HIGH');
		expect(long.keywords).toEqual(['refund']);
	});
});
