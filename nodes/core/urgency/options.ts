import { UrgencyConfigError } from './errors';
import { READ_CODES } from './detect';
import type { Priority, UrgencyOptions } from './types';

export interface Thresholds {
	high: number;
	medium: number;
}

const OVERRIDES_FIX =
	'Give a JSON object of single words to numbers from -4 (most negative) to 4 (most positive), such as {"outage": -3, "sorted": 2}.';

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ high: -0.4, medium: 0 });

const show = (value: unknown) =>
	typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));

export function checkOptions(options: unknown): UrgencyOptions {
	if (options === undefined || options === null) return {};
	if (typeof options !== 'object' || Array.isArray(options)) {
		throw new UrgencyConfigError(
			`Urgency options must be an object with urgentTerms, lexiconOverrides, thresholds, unsupportedLanguage, languages, complaintCues or platformSentiment, got ${show(options)}.`,
		);
	}
	return options as UrgencyOptions;
}

/** Validated overrides keyed the way tokens are looked up (lower case, straight apostrophes). */
export function readOverrides(value: unknown): Map<string, number> {
	const overrides = new Map<string, number>();
	if (value === undefined || value === null) return overrides;
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw new UrgencyConfigError(
			`lexiconOverrides must be an object mapping words to valences from -4 to 4, got ${show(value)}.`,
			{ option: 'lexiconOverrides', problem: 'must be a JSON object', fix: OVERRIDES_FIX },
		);
	}
	for (const [word, valence] of Object.entries(value as Record<string, unknown>)) {
		const key = word
			.trim()
			.toLowerCase()
			.replace(/\u2019/g, "'");
		if (!key || /\s/.test(key)) {
			throw new UrgencyConfigError(
				`lexiconOverrides key ${JSON.stringify(word)} must be a single word (valences apply to one token at a time); use urgentTerms.add for phrases.`,
				{
					option: 'lexiconOverrides',
					problem: `${JSON.stringify(word)} is not a single word`,
					fix: `${OVERRIDES_FIX} For phrases, use {urgentTerms.add}.`,
				},
			);
		}
		if (typeof valence !== 'number' || !Number.isFinite(valence) || valence < -4 || valence > 4) {
			throw new UrgencyConfigError(
				`lexiconOverrides[${JSON.stringify(word)}] = ${show(valence)} is out of range; give a number from -4 (most negative) to 4 (most positive), 0 for neutral.`,
				{
					option: 'lexiconOverrides',
					problem: `the value of ${JSON.stringify(word)} (${show(valence)}) is not a number from -4 to 4`,
					fix: OVERRIDES_FIX,
				},
			);
		}
		overrides.set(key, valence);
	}
	return overrides;
}

export function readThresholds(value: unknown): Thresholds {
	if (value === undefined || value === null) return { ...DEFAULT_THRESHOLDS };
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw new UrgencyConfigError(
			`thresholds must be an object like { high: -0.4, medium: 0 }, got ${show(value)}.`,
		);
	}
	const given = value as Record<string, unknown>;
	const result = { ...DEFAULT_THRESHOLDS };
	for (const name of ['high', 'medium'] as const) {
		const v = given[name];
		if (v === undefined) continue;
		if (typeof v !== 'number' || !Number.isFinite(v) || v < -1 || v > 1) {
			throw new UrgencyConfigError(
				`thresholds.${name} = ${show(v)} is out of range; give a sentiment cut from -1 to 1 (default ${DEFAULT_THRESHOLDS[name]}).`,
				{
					option: `thresholds.${name}`,
					problem: `${show(v)} is not a sentiment from -1 to 1`,
					fix: `Give a number from -1 (most negative) to 1 (most positive); the default is ${DEFAULT_THRESHOLDS[name]}.`,
				},
			);
		}
		result[name] = v;
	}
	if (result.high > result.medium) {
		throw new UrgencyConfigError(
			`thresholds.high (${result.high}) must not be above thresholds.medium (${result.medium}); HIGH is for the more negative texts.`,
			{
				option: 'thresholds.high',
				problem: `${result.high} is above {thresholds.medium} (${result.medium})`,
				fix: 'HIGH is for the more negative texts: set {thresholds.high} to {thresholds.medium} or lower.',
			},
		);
	}
	return result;
}

const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;

export function readUnsupported(value: unknown): Priority {
	if (value === undefined || value === null) return 'MEDIUM';
	const v = typeof value === 'string' ? value.trim().toUpperCase() : value;
	if (typeof v === 'string' && (PRIORITIES as readonly string[]).includes(v)) return v as Priority;
	throw new UrgencyConfigError(
		`unsupportedLanguage = ${show(value)} is not a priority; give 'HIGH', 'MEDIUM' (default, so a person looks) or 'LOW'.`,
		{
			option: 'unsupportedLanguage',
			problem: `${show(value)} is not a priority`,
			fix: 'Choose HIGH, MEDIUM (the default, so a person looks) or LOW.',
		},
	);
}

export function readLanguages(value: unknown): ReadonlySet<string> {
	if (value === undefined || value === null) return new Set(READ_CODES);
	const list = typeof value === 'string' ? value.split(',') : value;
	if (!Array.isArray(list)) {
		throw new UrgencyConfigError(
			`languages must be a list of language codes such as ['en', 'es'], got ${show(value)}; leave it out to read all of ${READ_CODES.join(', ')}.`,
			{
				option: 'languages',
				problem: `${show(value)} is not a list of language codes`,
				fix: `Give codes such as "en, es"; leave it empty to read all of ${READ_CODES.join(', ')}.`,
			},
		);
	}
	const codes = new Set<string>();
	for (const item of list) {
		const code = typeof item === 'string' ? item.trim().toLowerCase() : '';
		if (!READ_CODES.includes(code)) {
			throw new UrgencyConfigError(
				`languages: ${show(item)} is not a language the engine reads; use some of ${READ_CODES.join(', ')}.`,
				{
					option: 'languages',
					problem: `${show(item)} is not a language the engine reads`,
					fix: `Use some of ${READ_CODES.join(', ')}, or leave it empty to read them all.`,
				},
			);
		}
		codes.add(code);
	}
	return codes;
}

export function readFlag(value: unknown, name: string, fallback: boolean): boolean {
	if (value === undefined || value === null) return fallback;
	if (typeof value === 'boolean') return value;
	throw new UrgencyConfigError(`${name} must be true or false, got ${show(value)}.`, {
		option: name,
		problem: `${show(value)} is not true or false`,
		fix: 'Switch it on or off.',
	});
}

export function readPlatformSentiment(value: unknown): boolean {
	if (value === undefined || value === null || value === 'use') return true;
	if (value === 'ignore') return false;
	throw new UrgencyConfigError(
		`platformSentiment = ${show(value)} is not an option; give 'use' (default) or 'ignore'.`,
		{
			option: 'platformSentiment',
			problem: `${show(value)} is not one of the choices`,
			fix: "Choose 'use' (the default) or 'ignore'.",
		},
	);
}
