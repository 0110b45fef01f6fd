/**
 * The one field-path reader: dot paths with `[n]` for array elements (`message.text`,
 * `messages[0].id`). Used wherever an operator names a field of an item (Text Fields, ID Field).
 */
import { memoised } from './memo';

export interface FieldPath {
	/** The path as the operator wrote it, e.g. `message.text` or `messages[0].text`. */
	path: string;
	segments: string[];
}

const hasOwn = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

/** The parsed path, or undefined when it is empty or has an empty step (`a..b`, `.a`). */
export function parseFieldPath(path: string): FieldPath | undefined {
	const trimmed = path.trim();
	if (trimmed === '') return undefined;
	const segments = trimmed.replace(/\[(\d+)\]/g, '.$1').split('.');
	if (segments.some((s) => s.trim() === '')) return undefined;
	return { path: trimmed, segments: segments.map((s) => s.trim()) };
}

/** The value at `field` in `json`, or undefined when any step of the path is absent. */
export function readFieldPath(json: unknown, field: FieldPath): unknown {
	if (json === null || typeof json !== 'object') return undefined;
	// A key that itself contains dots ("message.text") wins over the nested path.
	if (field.segments.length > 1 && hasOwn(json, field.path)) {
		return (json as Record<string, unknown>)[field.path];
	}
	let current: unknown = json;
	for (const segment of field.segments) {
		if (current === null || typeof current !== 'object') return undefined;
		if (!hasOwn(current, segment)) return undefined;
		current = (current as Record<string, unknown>)[segment];
	}
	return current;
}

// A handful of paths per workflow.
const parsedPaths = new Map<string, FieldPath | null>();
const parseOrNull = (path: string) => parseFieldPath(path) ?? null;

/** The value at a written path (parsed once per distinct path); undefined for an invalid path. */
export function valueAtPath(json: unknown, path: string): unknown {
	const field = memoised(parsedPaths, path, parseOrNull, path);
	return field ? readFieldPath(json, field) : undefined;
}
