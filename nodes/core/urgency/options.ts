import { UrgencyConfigError } from './errors';
import type { UrgencyOptions } from './types';

export interface Thresholds {
	high: number;
	medium: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ high: -0.4, medium: 0 });

const show = (value: unknown) =>
	typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));

export function checkOptions(options: unknown): UrgencyOptions {
	if (options === undefined || options === null) return {};
	if (typeof options !== 'object' || Array.isArray(options)) {
		throw new UrgencyConfigError(
			`Urgency options must be an object with urgentTerms, lexiconOverrides or thresholds, got ${show(options)}.`,
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
			);
		}
		if (typeof valence !== 'number' || !Number.isFinite(valence) || valence < -4 || valence > 4) {
			throw new UrgencyConfigError(
				`lexiconOverrides[${JSON.stringify(word)}] = ${show(valence)} is out of range; give a number from -4 (most negative) to 4 (most positive), 0 for neutral.`,
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
			);
		}
		result[name] = v;
	}
	if (result.high > result.medium) {
		throw new UrgencyConfigError(
			`thresholds.high (${result.high}) must not be above thresholds.medium (${result.medium}); HIGH is for the more negative texts.`,
		);
	}
	return result;
}
