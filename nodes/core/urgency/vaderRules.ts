/**
 * Rule constants of VADER (Hutto & Gilbert, 2014), as in the reference vaderSentiment.py, plus the
 * few support-context adjustments this engine makes on top of them.
 */

/** The reference constants (a const enum: the compiler writes the numbers where they are used). */
export const enum Vader {
	/** Empirically derived mean intensity change of a booster word (reference B_INCR). */
	B_INCR = 0.293,
	B_DECR = -0.293,
	/** Intensity added by an ALL-CAPS word when the text mixes case (reference C_INCR). */
	C_INCR = 0.733,
	/** Factor applied to a word negated within three preceding tokens (reference N_SCALAR). */
	N_SCALAR = -0.74,
	/** Per exclamation mark, at most four count. */
	EXCLAIM_INCR = 0.292,
	QUESTION_INCR = 0.18,
	QUESTION_MAX = 0.96,
	/** Normalisation constant: compound = sum / sqrt(sum^2 + ALPHA). */
	ALPHA = 15,
}

// prettier-ignore
export const NEGATE: readonly string[] = [
	'aint', 'arent', 'cannot', 'cant', 'couldnt', 'darent', 'didnt', 'doesnt',
	"ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
	'dont', 'hadnt', 'hasnt', 'havent', 'isnt', 'mightnt', 'mustnt', 'neither',
	"don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
	'neednt', "needn't", 'never', 'none', 'nope', 'nor', 'not', 'nothing', 'nowhere',
	'oughtnt', 'shant', 'shouldnt', 'uhuh', 'wasnt', 'werent',
	"oughtn't", "shan't", "shouldn't", 'uh-uh', "wasn't", "weren't",
	'without', 'wont', 'wouldnt', "won't", "wouldn't", 'rarely', 'seldom', 'despite',
];

const boost = (words: string[], value: number) => words.map((w): [string, number] => [w, value]);

/** Degree adverbs: single tokens and the two-token n-grams the idiom check looks for. */
// prettier-ignore
export const BOOSTERS: ReadonlyMap<string, number> = new Map([
	...boost([
		'absolutely', 'amazingly', 'awfully', 'completely', 'considerable', 'considerably',
		'decidedly', 'deeply', 'effing', 'enormous', 'enormously', 'entirely', 'especially',
		'exceptional', 'exceptionally', 'extreme', 'extremely', 'fabulously', 'flipping',
		'flippin', 'frackin', 'fracking', 'fricking', 'frickin', 'frigging', 'friggin', 'fully',
		'fuckin', 'fucking', 'fuggin', 'fugging', 'greatly', 'hella', 'highly', 'hugely',
		'incredible', 'incredibly', 'intensely', 'major', 'majorly', 'more', 'most',
		'particularly', 'purely', 'quite', 'really', 'remarkably', 'so', 'substantially',
		'thoroughly', 'total', 'totally', 'tremendous', 'tremendously', 'uber', 'unbelievably',
		'unusually', 'utter', 'utterly', 'very',
	], Vader.B_INCR),
	...boost([
		'almost', 'barely', 'hardly', 'just enough', 'kind of', 'kinda', 'kindof', 'kind-of',
		'less', 'little', 'marginal', 'marginally', 'occasional', 'occasionally', 'partly',
		'scarce', 'scarcely', 'slight', 'slightly', 'somewhat', 'sort of', 'sorta', 'sortof',
		'sort-of',
	], Vader.B_DECR),
]);

/** Phrases that contain a lexicon word but mean something else; the value replaces its valence. */
export const SPECIAL_CASES: ReadonlyMap<string, number> = new Map([
	['the shit', 3],
	['the bomb', 3],
	['bad ass', 1.5],
	['badass', 1.5],
	['bus stop', 0],
	['yeah right', -2],
	['kiss of death', -1.5],
	['to die for', 3],
	['beating heart', 3.1],
	['broken heart', -2.9],
]);

/**
 * Words rated positive by VADER's raters that, in a message to customer support, are the
 * vocabulary of the request itself ("please help", "urgent", "legal department", "customer
 * support", "I want", "kindly refund", "Dear team", "Sincerely"), not a judgement. They score 0
 * here so that a polite urgent request does not read as happy. `lexiconOverrides` can restore any.
 */
// prettier-ignore
export const SUPPORT_NEUTRAL: readonly string[] = [
	'help', 'helps', 'helping', 'please', 'pls', 'plz', 'support', 'supports', 'supported',
	'supporting', 'want', 'urgent', 'legal', 'kindly', 'resolve', 'dear', 'sincerely',
];

/** "would like" / "I'd like": `like` is a request, not liking; these tokens before it neutralise it. */
// prettier-ignore
export const LIKE_REQUEST_CUES: readonly string[] = [
	'would', "i'd", "we'd", "you'd", 'id', 'wd', 'wud', 'wld',
];

/** Sign-offs ("Kind regards", "Best wishes"): the word before these scores 0. */
export const SIGN_OFF_NOUNS: readonly string[] = ['regards', 'wishes'];

/**
 * Emoji whose description in the lexicon file has no word VADER rates, although the emoji is a
 * common, unambiguous reaction in complaints and thanks. Each gets its current CLDR name or a CLDR
 * keyword that VADER rates; the thumbs get a word for the gesture's conventional meaning.
 */
export const EMOJI_DESCRIPTION_OVERRIDES: ReadonlyMap<string, string> = new Map([
	['😡', 'enraged face'],
	['🤬', 'face with symbols on mouth swearing'],
	['😒', 'unamused face unhappy'],
	['🤮', 'face vomiting puke'],
	['👎', 'thumbs down dislike'],
	['👍', 'thumbs up approval'],
	// "broken heart" scores as a heart: the special case needs three words before it.
	['💔', 'heartbreak heartbroken'],
]);
