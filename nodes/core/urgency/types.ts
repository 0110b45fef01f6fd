export type Priority = 'HIGH' | 'MEDIUM' | 'LOW';

export interface UrgencyResult {
	priority: Priority;
	/** Continuous urgency in [0, 1]: HIGH in [2/3, 1], MEDIUM in (1/3, 2/3), LOW in [0, 1/3). */
	score: number;
	/** VADER-style compound sentiment in [-1, 1]. */
	sentiment: number;
	/** Canonical urgent terms found, in order of first appearance, without repeats. */
	keywords: string[];
	/** Up to five short entries that drove the result, e.g. `['refund', 'terrible (-0.5)']`. */
	reasons: string[];
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
}

export interface UrgencyClassifier {
	classify(text: unknown): UrgencyResult;
}
