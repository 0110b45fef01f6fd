/**
 * Reading the values of the query's fields: numbers in range, dates, lists of text. Every failure
 * names the field and says how to fix it.
 */
import { z } from 'zod/v4';

import { InputValidationError } from '../errors';
import { describeValue } from '../parameters';

export const LIST_FIX =
	'Separate values with commas or new lines, or give an expression that returns a list of text.';
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function fail(field: string, message: string, fix: string): never {
	throw new InputValidationError(field, message, fix);
}

// A number, or text that is one ("24"); true, null, lists and objects are not (coercing them
// would turn true into 1 and [] into 0).
export const numeric = z.union([z.number(), z.string().trim().min(1).pipe(z.coerce.number())]);

export function number(
	field: string,
	value: unknown,
	min: number,
	max: number,
	fix: string,
): number {
	const parsed = numeric.pipe(z.number().finite().int().min(min).max(max)).safeParse(value);
	if (!parsed.success)
		fail(field, `must be a whole number from ${min} to ${max}, got ${describeValue(value)}`, fix);
	return parsed.data;
}

export function date(field: string, value: unknown): number {
	const text =
		value instanceof Date
			? Number.isNaN(value.getTime())
				? ''
				: value.toISOString()
			: typeof value === 'string'
				? value.trim()
				: '';
	const ms = text ? Date.parse(text) : NaN;
	if (Number.isNaN(ms)) {
		fail(
			field,
			`${describeValue(value)} is not a date`,
			'Pick a date and time, or use an ISO 8601 value such as 2026-01-15T10:30:00Z.',
		);
	}
	return ms;
}

const listEntry = (value: unknown): string | undefined =>
	typeof value === 'string'
		? value
		: typeof value === 'number' && Number.isFinite(value)
			? String(value)
			: undefined;

/**
 * Splits a comma, space or newline separated list; arrays pass through, and a number is one entry
 * (an id typed as 12345). Anything else fails naming the field, never ignored: an ignored filter
 * would return every conversation.
 */
export function splitList(value: unknown, field = 'List'): string[] {
	let parts: string[];
	if (value === undefined || value === null || value === '') parts = [];
	else if (Array.isArray(value)) {
		parts = [];
		for (const entry of value) {
			const text = listEntry(entry);
			if (text === undefined) {
				fail(field, `the entry ${describeValue(entry)} is not text`, LIST_FIX);
			}
			for (const part of text.split(/[\s,;]+/)) parts.push(part);
		}
	} else {
		const text = listEntry(value);
		if (text === undefined) fail(field, `${describeValue(value)} is not a list`, LIST_FIX);
		parts = text.split(/[\s,;]+/);
	}
	return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
}
