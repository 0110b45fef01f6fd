/**
 * Where the result goes on the output item, and what of it the audit trail may keep.
 */
import { InputValidationError } from '../errors';
import type { UrgencyResult } from './types';

type Json = Record<string, unknown>;

export interface ResultPlacement {
	/** Key the result object is written under. */
	field: string;
	/** Also write the priority string to the top-level `priority` field. */
	setPriority: boolean;
	/** Replace existing fields instead of failing the item. */
	overwrite: boolean;
}

const hasOwn = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

/** Checks the Result Field settings against each other. */
export function resultPlacement(
	resultField: string,
	setPriority: boolean,
	overwrite: boolean,
): ResultPlacement {
	const field = resultField.trim();
	if (field === '') {
		throw new InputValidationError(
			'Result Field',
			'is empty',
			'Give the name of the field to write the result to, such as "urgency".',
		);
	}
	if (field === 'priority' && setPriority) {
		throw new InputValidationError(
			'Result Field',
			'"priority" is also the top-level priority field',
			'Choose another Result Field name, or turn off "Also Set Top-Level Priority" in the options.',
		);
	}
	return { field, setPriority, overwrite };
}

/**
 * A copy of the item's fields with the result under `placement.field` and, when asked, the
 * priority string at top-level `priority`. Never replaces a field silently: an existing result
 * field, or a different top-level priority, fails the item unless `placement.overwrite`.
 */
export function withResult(json: Json, result: UrgencyResult, placement: ResultPlacement): Json {
	if (!placement.overwrite) {
		if (hasOwn(json, placement.field)) {
			throw new InputValidationError(
				'Result Field',
				`the item already has a field "${placement.field}", which was not overwritten`,
				'Set Result Field to a name the items do not use, or turn on "Overwrite Existing Field" in the options.',
			);
		}
		if (placement.setPriority && hasOwn(json, 'priority') && json.priority !== result.priority) {
			throw new InputValidationError(
				'Also Set Top-Level Priority',
				`the item already has a field "priority", which was not overwritten with ${result.priority}`,
				`It holds ${JSON.stringify(json.priority)?.slice(0, 40)}. Turn off "Also Set Top-Level Priority" or turn on "Overwrite Existing Field" in the options.`,
			);
		}
	}
	const output: Json = {
		...json,
		[placement.field]: {
			priority: result.priority,
			score: result.score,
			sentiment: result.sentiment,
			keywords: result.keywords,
			reasons: result.reasons,
			language: result.language,
			scored: result.scored,
		},
	};
	if (placement.setPriority) output.priority = result.priority;
	return output;
}

/**
 * Keywords as the audit trail keeps them: urgent terms as they are (they come from the
 * configuration), regular-expression matches as "pattern" (their text is the message's).
 */
export function auditKeywords(keywords: readonly string[], knownTerms: ReadonlySet<string>) {
	return keywords.map((keyword) => (knownTerms.has(keyword) ? keyword : 'pattern'));
}

/** The item's id for the audit trail, when it is a plain string or number. */
export function conversationIdOf(json: Json): string | number | null {
	const id = json.id;
	return typeof id === 'string' || typeof id === 'number' ? id : null;
}

/**
 * An error item of an upstream node that went on under "Continue": n8n's shape (only `error`,
 * `message`, `details`), which is no message to classify or ticket.
 */
export function isUpstreamErrorItem(json: Json): boolean {
	if (!hasOwn(json, 'error') || json.error === undefined || json.error === null) return false;
	return Object.keys(json).every(
		(key) => key === 'error' || key === 'message' || key === 'details',
	);
}
