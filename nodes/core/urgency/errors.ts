/** Where an option error lies and what to do about it, for a caller that shows its own labels. */
export interface UrgencyConfigDetail {
	/** The option, as a path into UrgencyOptions: 'thresholds.high', 'urgentTerms.patterns', ... */
	option: string;
	/** The entry of a list option (a pattern, a term) that is wrong. */
	index?: number;
	/** What is wrong, in words that do not depend on how the option was given. */
	problem: string;
	/** What to do about it. */
	fix: string;
}

/** Thrown when classifier options cannot be compiled; the message names the value and the fix. */
export class UrgencyConfigError extends Error {
	readonly detail?: UrgencyConfigDetail;

	constructor(message: string, detail?: UrgencyConfigDetail) {
		super(message);
		this.name = 'UrgencyConfigError';
		this.detail = detail;
	}
}
