/**
 * Urgency engine for social customer-service messages: urgent-term matching plus VADER-style
 * sentiment (Hutto & Gilbert, 2014), with no dependencies and no I/O.
 */
import { compileClassifier } from './classifier';
import type { MessageContext, UrgencyClassifier, UrgencyOptions, UrgencyResult } from './types';

export { DEFAULT_URGENT_TERMS, URGENT_TERM_FORMS } from './defaultTerms';
export { UrgencyConfigError } from './errors';
export { DEFAULT_THRESHOLDS } from './options';
export { MAX_CLASSIFIED_CHARS } from './classifier';
export { SUPPORT_NEUTRAL } from './vaderRules';
export { READ_CODES as LANGUAGES_READ } from './detect';
export { COMPLAINT_CUES } from './defaultTerms';
export { SUPPORT_DROPPED, SUPPORT_DROPPED_WHY } from './supportLexicon';
export type {
	MessageContext,
	PlatformSentiment,
	Priority,
	UrgencyClassifier,
	UrgencyOptions,
	UrgencyResult,
	UrgencyThresholds,
	UrgentTermOptions,
} from './types';

/** Compiles options once (terms into one regular expression, overrides into the word table). */
export function createClassifier(options?: UrgencyOptions): UrgencyClassifier {
	return compileClassifier(options);
}

let defaultClassifier: UrgencyClassifier | undefined;
const compiled = new WeakMap<object, UrgencyClassifier>();

/**
 * Classifies one text. Options are compiled once per options object and cached, so reusing the
 * same object is cheap (and changes made to it afterwards are not seen); prefer createClassifier
 * for a long-lived configuration.
 */
export function classify(
	text: unknown,
	options?: UrgencyOptions,
	context?: MessageContext,
): UrgencyResult {
	if (options === undefined || options === null) {
		defaultClassifier ??= compileClassifier(undefined);
		return defaultClassifier.classify(text, context);
	}
	if (typeof options !== 'object') return compileClassifier(options).classify(text, context);
	let classifier = compiled.get(options);
	if (!classifier) {
		classifier = compileClassifier(options);
		compiled.set(options, classifier);
	}
	return classifier.classify(text, context);
}
