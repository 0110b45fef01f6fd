/**
 * Reads the text to classify from an item: one or more dot paths, coerced to text and joined.
 * Pure functions, no n8n runtime imports.
 */
import { InputValidationError } from '../errors';
import { parseFieldPath, readFieldPath, type FieldPath } from '../fieldPath';

export type { FieldPath };

/** How deep arrays inside arrays are followed when turning a value into text. */
const MAX_ARRAY_DEPTH = 4;

/** Parses "subject, body, message.text, messages[0].text" into field paths. */
export function parseFieldPaths(value: unknown): FieldPath[] {
	const text = typeof value === 'string' ? value : '';
	const fields: FieldPath[] = [];
	for (const raw of text.split(',')) {
		const path = raw.trim();
		if (path === '') continue;
		const field = parseFieldPath(path);
		if (!field) {
			throw new InputValidationError(
				'Text Fields',
				`"${path}" is not a valid field path`,
				'Write dot paths separated by commas, such as "subject, body" or "message.text"; array elements as "messages[0].text".',
			);
		}
		fields.push(field);
	}
	if (fields.length === 0) {
		throw new InputValidationError(
			'Text Fields',
			'no field to read the text from',
			'Give at least one field, such as "subject, body".',
		);
	}
	return fields;
}

/**
 * Strings are used as they are and numbers as their digits; arrays contribute their elements,
 * one per line. Objects, booleans and null add no text: point a path at the text inside an
 * object instead (`message.text`), so ids and keys never count as words.
 */
export function toText(value: unknown, depth = 0): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'bigint') return String(value);
	if (Array.isArray(value) && depth < MAX_ARRAY_DEPTH) {
		const parts: string[] = [];
		for (const element of value) {
			const part = toText(element, depth + 1);
			if (part !== '') parts.push(part);
		}
		return parts.join('\n');
	}
	return '';
}

/**
 * The item's text: each field's text, one per line. A field that is absent is an error naming
 * it, unless `missingAsEmpty` (then it adds nothing). A field that is present but null is empty.
 */
export function extractText(
	json: Record<string, unknown>,
	fields: readonly FieldPath[],
	missingAsEmpty: boolean,
): string {
	let text = '';
	for (const field of fields) {
		const value = readFieldPath(json, field);
		if (value === undefined) {
			if (missingAsEmpty) continue;
			throw missingField(json, field);
		}
		const part = toText(value);
		if (part !== '') text = text === '' ? part : `${text}\n${part}`;
	}
	return text;
}

function missingField(json: Record<string, unknown>, field: FieldPath): InputValidationError {
	const keys = Object.keys(json);
	const shown = keys.slice(0, 12).map((k) => `"${k}"`);
	if (keys.length > shown.length) shown.push(`and ${keys.length - shown.length} more`);
	return new InputValidationError(
		'Text Fields',
		`the item has no field "${field.path}"`,
		`Turn on "Treat Missing As Empty" or fix the path in Text Fields. The item's top-level fields are: ${shown.length > 0 ? shown.join(', ') : '(none)'}.`,
	);
}
