/**
 * What a parameter value must be, checked without n8n: numbers finite and in range, strings and
 * lists of the right type (numbers accepted where an id is meant), options from their list.
 * The toolkit turns a failed check into an error naming the field and the item.
 */

interface Base<T> {
	/** The field's name as the panel shows it. */
	label: string;
	default: T;
}

export type ParameterSpec =
	| (Base<number> & { type: 'number'; min?: number; max?: number; integer?: boolean })
	| (Base<string> & { type: 'string'; required?: boolean; maxLength?: number })
	| (Base<string> & { type: 'options'; values: readonly string[] })
	| (Base<readonly string[]> & { type: 'list'; maxItems?: number })
	| (Base<boolean> & { type: 'boolean' })
	| (Base<unknown> & { type: 'json' });

export type ValueOf<S extends ParameterSpec> = S['type'] extends 'number'
	? number
	: S['type'] extends 'boolean'
		? boolean
		: S['type'] extends 'list'
			? string[]
			: S['type'] extends 'json'
				? unknown
				: string;

export type CheckedValue =
	| { ok: true; value: unknown }
	| { ok: false; problem: string; fix: string };

const MAX_STRING_LENGTH = 1_000_000;
const MAX_LIST_ITEMS = 10_000;

/** A short, safe rendering of a wrong value for an error message. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'empty';
	if (typeof value === 'string') {
		return value.length > 40
			? `"${value.slice(0, 40)}…" (text)`
			: `${JSON.stringify(value)} (text)`;
	}
	if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
		return String(value);
	}
	return Array.isArray(value) ? 'a list' : 'an object';
}

function rangeText(spec: { min?: number; max?: number; integer?: boolean }): string {
	const kind = spec.integer ? 'a whole number' : 'a number';
	if (spec.min !== undefined && spec.max !== undefined)
		return `${kind} from ${spec.min} to ${spec.max}`;
	if (spec.min !== undefined) return `${kind} of at least ${spec.min}`;
	if (spec.max !== undefined) return `${kind} of at most ${spec.max}`;
	return kind;
}

function checkNumber(spec: Extract<ParameterSpec, { type: 'number' }>, raw: unknown): CheckedValue {
	const value =
		typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : (raw as unknown);
	const wanted = rangeText(spec);
	const fix = `Enter ${wanted} (the default is ${spec.default}).`;
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		return { ok: false, problem: `${describeValue(raw)} is not ${wanted}`, fix };
	}
	if (spec.integer && !Number.isInteger(value)) {
		return { ok: false, problem: `${value} is not a whole number`, fix };
	}
	if (
		(spec.min !== undefined && value < spec.min) ||
		(spec.max !== undefined && value > spec.max)
	) {
		return { ok: false, problem: `${value} is out of range: use ${wanted}`, fix };
	}
	return { ok: true, value };
}

function checkString(spec: Extract<ParameterSpec, { type: 'string' }>, raw: unknown): CheckedValue {
	// Numbers are accepted where text is meant (an id typed as 12345 arrives as a number).
	const value =
		typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : raw === undefined ? '' : raw;
	if (typeof value !== 'string') {
		return { ok: false, problem: `${describeValue(raw)} is not text`, fix: 'Enter text.' };
	}
	const max = spec.maxLength ?? MAX_STRING_LENGTH;
	if (value.length > max) {
		return {
			ok: false,
			problem: `is ${value.length} characters long, more than ${max}`,
			fix: `Shorten it to at most ${max} characters.`,
		};
	}
	if (spec.required && value.trim() === '') {
		return { ok: false, problem: 'is empty', fix: 'Enter a value; this field is required.' };
	}
	return { ok: true, value };
}

function checkList(spec: Extract<ParameterSpec, { type: 'list' }>, raw: unknown): CheckedValue {
	const fix = 'Enter values separated by commas, or an expression that gives a list of text.';
	let entries: unknown[];
	if (raw === undefined || raw === null || raw === '') entries = [];
	else if (typeof raw === 'string') entries = raw.split(',');
	else if (typeof raw === 'number' && Number.isFinite(raw)) entries = [raw];
	else if (Array.isArray(raw)) entries = raw;
	else return { ok: false, problem: `${describeValue(raw)} is not a list`, fix };
	const max = spec.maxItems ?? MAX_LIST_ITEMS;
	if (entries.length > max) {
		return { ok: false, problem: `has ${entries.length} entries, more than ${max}`, fix };
	}
	const values: string[] = [];
	for (const entry of entries) {
		if (typeof entry === 'number' && Number.isFinite(entry)) values.push(String(entry));
		else if (typeof entry === 'string') {
			const trimmed = entry.trim();
			if (trimmed !== '') values.push(trimmed);
		} else {
			return { ok: false, problem: `the entry ${describeValue(entry)} is not text`, fix };
		}
	}
	return { ok: true, value: values };
}

/** Checks one value against its spec (the value as n8n resolved it, expressions included). */
export function checkParameterValue(spec: ParameterSpec, raw: unknown): CheckedValue {
	switch (spec.type) {
		case 'number':
			return checkNumber(spec, raw);
		case 'string':
			return checkString(spec, raw);
		case 'list':
			return checkList(spec, raw);
		case 'options': {
			if (typeof raw === 'string' && spec.values.includes(raw)) return { ok: true, value: raw };
			return {
				ok: false,
				problem: `${describeValue(raw)} is not one of the choices`,
				fix: `Choose one of: ${spec.values.join(', ')}.`,
			};
		}
		case 'boolean': {
			if (typeof raw === 'boolean') return { ok: true, value: raw };
			if (raw === 'true' || raw === 'false') return { ok: true, value: raw === 'true' };
			return {
				ok: false,
				problem: `${describeValue(raw)} is not true or false`,
				fix: 'Switch it on or off, or give an expression that is true or false.',
			};
		}
		case 'json':
			return { ok: true, value: raw };
	}
}
