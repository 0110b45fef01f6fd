/**
 * Turns the node's parameters into urgency-engine options and result placement, naming the
 * parameter and the fix when one is wrong. Pure functions, no n8n runtime imports.
 */
import { InputValidationError } from '../core/errors';
import { DEFAULT_THRESHOLDS, URGENT_TERM_FORMS, type UrgencyOptions } from '../core/urgency';
import { normalizeTerm } from '../core/urgency/terms';
import { parseFieldPaths, type FieldPath } from './text';

/** The parameter values as n8n returns them (before validation). */
export interface RawParameters {
	textFields: unknown;
	treatMissingAsEmpty: unknown;
	resultField: unknown;
	options: Record<string, unknown>;
}

export interface ResultPlacement {
	/** Key the result object is written under. */
	field: string;
	/** Also write the priority string to the top-level `priority` field. */
	setPriority: boolean;
	/** Replace existing fields instead of failing the item. */
	overwrite: boolean;
}

export interface Settings {
	fields: FieldPath[];
	missingAsEmpty: boolean;
	placement: ResultPlacement;
	engine: UrgencyOptions;
	/** Canonical urgent terms in use; any other keyword is a regular-expression match. */
	knownTerms: ReadonlySet<string>;
}

/** Comma-separated words or phrases, trimmed, empty entries dropped. */
export function parseTerms(value: unknown): string[] {
	if (typeof value !== 'string') return [];
	return value
		.split(',')
		.map((term) => term.trim())
		.filter((term) => term !== '');
}

/** Splits a written regular expression the way the engine reads it: `/body/flags` or a plain body. */
function regexParts(pattern: string): { body: string; flags: string } {
	const literal = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
	if (!literal) return { body: pattern, flags: 'gi' };
	return { body: literal[1], flags: literal[2].replace(/[gy]/g, '') + 'g' };
}

/** One regular expression per line (blank lines skipped); the first invalid one is named. */
export function parsePatterns(value: unknown): string[] {
	if (typeof value !== 'string') return [];
	const patterns: string[] = [];
	const lines = value.split(/\r?\n/);
	for (let line = 0; line < lines.length; line++) {
		const pattern = lines[line].trim();
		if (pattern === '') continue;
		const { body, flags } = regexParts(pattern);
		let reason = '';
		try {
			new RegExp(body, flags);
		} catch (error) {
			reason = error instanceof Error ? error.message : String(error);
		}
		if (reason !== '') {
			throw new InputValidationError(
				'Regular Expressions',
				`line ${line + 1}, ${JSON.stringify(pattern)}, is not a valid regular expression (${reason})`,
				'Fix that line, or escape special characters such as ( ) [ ] ? * + with a backslash to match them literally. Write one expression per line, as "order #?\\d+ missing" or "/order #?\\d+ missing/i".',
			);
		}
		patterns.push(pattern);
	}
	return patterns;
}

/** A JSON object of single words to valences from -4 to 4 (a string, or an object from an expression). */
export function parseLexiconOverrides(value: unknown): Record<string, number> {
	const fix =
		'Give a JSON object of single words to numbers from -4 (most negative) to 4 (most positive), such as {"outage": -3, "sorted": 2}.';
	let parsed: unknown = value;
	if (value === undefined || value === null) return {};
	if (typeof value === 'string') {
		if (value.trim() === '') return {};
		let reason = '';
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			reason = error instanceof Error ? error.message : String(error);
		}
		if (reason !== '') {
			throw new InputValidationError('Lexicon Overrides', `not valid JSON (${reason})`, fix);
		}
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new InputValidationError('Lexicon Overrides', 'must be a JSON object', fix);
	}
	const overrides: Record<string, number> = {};
	for (const [word, valence] of Object.entries(parsed as Record<string, unknown>)) {
		if (word.trim() === '' || /\s/.test(word.trim())) {
			throw new InputValidationError(
				'Lexicon Overrides',
				`${JSON.stringify(word)} is not a single word`,
				`${fix} For phrases, use Extra Urgent Terms.`,
			);
		}
		if (typeof valence !== 'number' || !Number.isFinite(valence) || valence < -4 || valence > 4) {
			throw new InputValidationError(
				'Lexicon Overrides',
				`the value of ${JSON.stringify(word)} (${JSON.stringify(valence)}) is not a number from -4 to 4`,
				fix,
			);
		}
		overrides[word.trim()] = valence;
	}
	return overrides;
}

function threshold(value: unknown, name: string, fallback: number): number {
	if (value === undefined || value === null || value === '') return fallback;
	const number = typeof value === 'string' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number) || number < -1 || number > 1) {
		throw new InputValidationError(
			name,
			`${JSON.stringify(value)} is not a sentiment from -1 to 1`,
			`Give a number from -1 (most negative) to 1 (most positive); the default is ${fallback}.`,
		);
	}
	return number;
}

function resultPlacement(resultField: unknown, options: Record<string, unknown>): ResultPlacement {
	const field = typeof resultField === 'string' ? resultField.trim() : '';
	const setPriority = options.setTopLevelPriority !== false;
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
	return { field, setPriority, overwrite: options.overwriteExisting === true };
}

export function buildSettings(raw: RawParameters): Settings {
	const options = raw.options ?? {};
	const fields = parseFieldPaths(raw.textFields);
	const placement = resultPlacement(raw.resultField, options);
	const add = parseTerms(options.extraUrgentTerms);
	const remove = parseTerms(options.removeTerms);
	const patterns = parsePatterns(options.urgentPatterns);
	const high = threshold(options.highBelow, 'High Below', DEFAULT_THRESHOLDS.high);
	const medium = threshold(options.mediumBelow, 'Medium Below', DEFAULT_THRESHOLDS.medium);
	if (high > medium) {
		throw new InputValidationError(
			'High Below',
			`${high} is above Medium Below (${medium})`,
			'HIGH is for the more negative texts: set High Below to Medium Below or lower.',
		);
	}
	const engine: UrgencyOptions = {
		urgentTerms: { add, remove, patterns },
		lexiconOverrides: parseLexiconOverrides(options.lexiconOverrides),
		thresholds: { high, medium },
	};
	const knownTerms = new Set([...Object.keys(URGENT_TERM_FORMS), ...add.map(normalizeTerm)]);
	return {
		fields,
		missingAsEmpty: raw.treatMissingAsEmpty === true,
		placement,
		engine,
		knownTerms,
	};
}
