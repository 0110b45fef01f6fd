/**
 * Where the result goes on the output item, and what of it the audit trail may keep.
 * Pure functions, no n8n runtime imports.
 */
import type { IDataObject } from 'n8n-workflow';

import { InputValidationError } from '../core/errors';
import type { Priority, UrgencyResult } from '../core/urgency';
import type { ResultPlacement } from './config';

type Json = IDataObject;

const hasOwn = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

/** Data output of each priority in Route by Priority mode. */
export const PRIORITY_OUTPUT: Readonly<Record<Priority, number>> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

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
