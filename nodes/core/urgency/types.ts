export type Priority = 'HIGH' | 'MEDIUM' | 'LOW';

export interface UrgencyResult {
	priority: Priority;
	/** Continuous urgency in [0, 1]: HIGH in [2/3, 1], MEDIUM in (1/3, 2/3), LOW in [0, 1/3). */
	score: number;
	/** VADER-style compound sentiment in [-1, 1]. */
	sentiment: number;
	/** Canonical urgent terms found, in order of first appearance, without repeats. */
	keywords: string[];
	/**
	 * Up to five short entries that drove the result, quoting the message as written, e.g.
	 * `['refund', 'still waiting', 'terrible (-0.5)']`; `'no text'` for an empty message, and
	 * `'language not supported: he'` for one the engine did not read.
	 */
	reasons: string[];
	/** ISO 639-1 code of the message's language, or 'und' when it cannot be told. */
	language: string;
	/** False when the text was not read: no text, or a language the engine does not read. */
	scored: boolean;
}

/** CXone's own sentiment of a message, when the platform gave one. */
export type PlatformSentiment = 'positive' | 'neutral' | 'negative';

/** What is known about a message besides its text. */
export interface MessageContext {
	/** CXone's sentiment (Get Conversations keeps it on the item as `sentiment`). */
	sentiment?: PlatformSentiment | string | null;
}

export interface UrgentTermOptions {
	/** Extra words or phrases, matched whole and case-insensitively. */
	add?: string[];
	/** Default terms to drop, by canonical term (drops all its inflections) or by one form. */
	remove?: string[];
	/** Regular expressions as strings: `'/order #?\d+ missing/i'` or plain `'foo.*bar'`. */
	patterns?: string[];
}

export interface UrgencyThresholds {
	/** HIGH when sentiment is below this, even without an urgent term. Default -0.4. */
	high?: number;
	/** MEDIUM when sentiment is below this. Default 0. */
	medium?: number;
}

export interface UrgencyOptions {
	urgentTerms?: UrgentTermOptions;
	/** Word to valence on VADER's -4..4 scale; replaces the lexicon's rating, or adds a word. */
	lexiconOverrides?: Record<string, number>;
	thresholds?: UrgencyThresholds;
	/** Priority of a message in a language the engine does not read. Default 'MEDIUM'. */
	unsupportedLanguage?: Priority;
	/**
	 * Languages to read (ISO 639-1 codes of en, es, pt, fr, de, it, nl). Default: all. A message
	 * in a language left out is treated as not supported.
	 */
	languages?: string[];
	/** Complaint cues (late, wrong item, on hold, ...) raise priority. Default true. */
	complaintCues?: boolean;
	/**
	 * How CXone's own sentiment of a message is used: 'use' (default) raises a negative message to
	 * at least MEDIUM and decides an unread message; 'ignore' leaves it out.
	 */
	platformSentiment?: 'use' | 'ignore';
}

export interface UrgencyClassifier {
	classify(text: unknown, context?: MessageContext): UrgencyResult;
}
