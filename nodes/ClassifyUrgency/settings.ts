/**
 * Reads the node's parameters and compiles the classifier. Parameters without expressions are
 * read and checked once, before any item; when a parameter holds an expression it is read for
 * each item, and a compiled classifier is reused for every item with the same options.
 */
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { InputValidationError, errorMessage } from '../core/errors';
import { createClassifier, type UrgencyClassifier } from '../core/urgency';
import { buildSettings, type RawParameters, type Settings } from './config';

export interface ItemSettings extends Settings {
	classifier: UrgencyClassifier;
}

type Parameter = keyof RawParameters;
const PARAMETERS: readonly Parameter[] = [
	'textFields',
	'treatMissingAsEmpty',
	'resultField',
	'options',
];
const DEFAULTS: Readonly<RawParameters> = {
	textFields: 'subject, body',
	treatMissingAsEmpty: false,
	resultField: 'urgency',
	options: {},
};
const MAX_CACHED_CLASSIFIERS = 16;

function hasExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (value === null || typeof value !== 'object') return false;
	return Object.values(value).some(hasExpression);
}

/** A parameter error as the node shows it: the parameter in the message, the fix below. */
export function toNodeError(
	ctx: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
): NodeOperationError {
	if (error instanceof NodeOperationError) return error;
	if (error instanceof InputValidationError) {
		return new NodeOperationError(ctx.getNode(), error.message, {
			itemIndex,
			description: error.fix,
		});
	}
	return new NodeOperationError(
		ctx.getNode(),
		`Could not classify the item: ${errorMessage(error)}`,
		{
			itemIndex,
			description: 'Check the node options; if they look right, report the error with the item.',
		},
	);
}

export class SettingsReader {
	/** Parameters holding an expression, read for each item; the others are read once. */
	private readonly perItem: Parameter[];
	private readonly once: Partial<RawParameters>;
	private readonly fixed?: ItemSettings;
	private readonly classifiers = new Map<string, UrgencyClassifier>();

	/** Throws NodeOperationError when expression-free parameters are wrong. */
	constructor(private readonly ctx: IExecuteFunctions) {
		const parameters = ctx.getNode().parameters;
		this.perItem = PARAMETERS.filter((name) => hasExpression(parameters[name]));
		const constant = PARAMETERS.filter((name) => !this.perItem.includes(name));
		this.once = this.read(0, constant);
		if (this.perItem.length === 0) this.fixed = this.build(0, this.once as RawParameters);
	}

	/** The settings for item `itemIndex`; throws NodeOperationError when they are wrong. */
	at(itemIndex: number): ItemSettings {
		if (this.fixed) return this.fixed;
		const raw = { ...this.once, ...this.read(itemIndex, this.perItem) } as RawParameters;
		return this.build(itemIndex, raw);
	}

	private read(itemIndex: number, names: readonly Parameter[]): Partial<RawParameters> {
		const raw: Partial<RawParameters> = {};
		for (const name of names) {
			raw[name] = this.ctx.getNodeParameter(name, itemIndex, DEFAULTS[name]) as never;
		}
		return raw;
	}

	private build(itemIndex: number, raw: RawParameters): ItemSettings {
		try {
			const settings = buildSettings(raw);
			return { ...settings, classifier: this.compile(settings) };
		} catch (error) {
			throw toNodeError(this.ctx, error, itemIndex);
		}
	}

	private compile(settings: Settings): UrgencyClassifier {
		const key = JSON.stringify(settings.engine);
		let classifier = this.classifiers.get(key);
		if (!classifier) {
			classifier = createClassifier(settings.engine);
			if (this.classifiers.size >= MAX_CACHED_CLASSIFIERS) this.classifiers.clear();
			this.classifiers.set(key, classifier);
		}
		return classifier;
	}
}
