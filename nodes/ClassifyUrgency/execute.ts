import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { InputValidationError } from '../core/errors';
import {
	createClassifier,
	URGENT_TERM_FORMS,
	UrgencyConfigError,
	type Priority,
	type UrgencyClassifier,
	type UrgencyOptions,
} from '../core/urgency';
import { extractText, parseFieldPaths, type FieldPath } from '../core/urgency/itemText';
import {
	auditKeywords,
	conversationIdOf,
	isUpstreamErrorItem,
	resultPlacement,
	withResult,
	type ResultPlacement,
} from '../core/urgency/placement';
import { RunTally } from '../core/urgency/tally';
import { normalizeTerm } from '../core/urgency/terms';
import { AuditOutput, readAuditDetail } from '../toolkit/audit';
import { toNodeError } from '../toolkit/errors';
import { NodeParameters } from '../toolkit/parameters';
import { OPTION_LABELS, ROUTE_BY_PRIORITY } from './description';

/** Data output of each priority in Route by Priority mode. */
const PRIORITY_OUTPUT: Readonly<Record<Priority, number>> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/**
 * The panel's values. Engine options are read as given (`json`): the engine checks them, and its
 * errors are shown with the panel's labels (OPTION_LABELS).
 */
const PARAMETERS = {
	textFields: { type: 'string', label: 'Text Fields', default: 'subject, body' },
	treatMissingAsEmpty: { type: 'boolean', label: 'Treat Missing As Empty', default: false },
	resultField: { type: 'string', label: 'Result Field', default: 'urgency' },
	'options.setTopLevelPriority': {
		type: 'boolean',
		label: 'Also Set Top-Level Priority',
		default: true,
	},
	'options.overwriteExisting': {
		type: 'boolean',
		label: 'Overwrite Existing Field',
		default: false,
	},
	'options.extraUrgentTerms': { type: 'string', label: 'Extra Urgent Terms', default: '' },
	'options.removeTerms': { type: 'string', label: 'Terms to Remove', default: '' },
	'options.urgentPatterns': { type: 'string', label: 'Regular Expressions', default: '' },
	'options.lexiconOverrides': { type: 'json', label: 'Lexicon Overrides', default: {} },
	'options.highBelow': { type: 'json', label: 'High Below', default: null },
	'options.mediumBelow': { type: 'json', label: 'Medium Below', default: null },
	'options.unsupportedLanguage': {
		type: 'json',
		label: 'Unsupported Language Priority',
		default: null,
	},
	'options.languages': { type: 'list', label: 'Languages', default: [] },
	'options.complaintCues': { type: 'json', label: 'Complaint Cues', default: null },
	'options.platformSentiment': { type: 'json', label: 'CXone Sentiment', default: null },
} as const;

type PanelValues = ReturnType<NodeParameters<typeof PARAMETERS>['at']>;

interface Settings {
	fields: FieldPath[];
	missingAsEmpty: boolean;
	placement: ResultPlacement;
	classifier: UrgencyClassifier;
	/** Canonical urgent terms in use; any other keyword is a regular-expression match. */
	knownTerms: ReadonlySet<string>;
}

const MAX_CACHED_CLASSIFIERS = 16;

const splitTerms = (text: string) =>
	text
		.split(',')
		.map((term) => term.trim())
		.filter((term) => term !== '');

/** A number typed or given by an expression (as text); anything else goes to the engine as is. */
const numeric = (value: unknown) =>
	value === '' || value === null
		? undefined
		: typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
			? Number(value)
			: value;

/** "Lexicon Overrides" is JSON text in the panel, or an object from an expression. */
function overridesFrom(value: unknown): unknown {
	if (typeof value !== 'string') return value ?? undefined;
	if (value.trim() === '') return undefined;
	let reason = '';
	let parsed: unknown;
	try {
		parsed = JSON.parse(value) as unknown;
	} catch (error) {
		reason = error instanceof Error ? error.message : String(error);
	}
	if (reason !== '') {
		throw new InputValidationError(
			'Lexicon Overrides',
			`not valid JSON (${reason})`,
			'Give a JSON object of single words to numbers from -4 (most negative) to 4 (most positive), such as {"outage": -3, "sorted": 2}.',
		);
	}
	return parsed;
}

/** The engine's options from the panel, and the panel line of each regular expression. */
function engineOptions(p: PanelValues): { options: UrgencyOptions; patternLines: number[] } {
	const patterns: string[] = [];
	const patternLines: number[] = [];
	p['options.urgentPatterns'].split(/\r?\n/).forEach((line, index) => {
		if (line.trim() === '') return;
		patterns.push(line.trim());
		patternLines.push(index + 1);
	});
	const options = {
		urgentTerms: {
			add: splitTerms(p['options.extraUrgentTerms']),
			remove: splitTerms(p['options.removeTerms']),
			patterns,
		},
		lexiconOverrides: overridesFrom(p['options.lexiconOverrides']),
		thresholds: {
			high: numeric(p['options.highBelow']),
			medium: numeric(p['options.mediumBelow']),
		},
		unsupportedLanguage: p['options.unsupportedLanguage'],
		languages: p['options.languages'].length > 0 ? p['options.languages'] : undefined,
		complaintCues: p['options.complaintCues'],
		platformSentiment: p['options.platformSentiment'],
	};
	return { options: options as UrgencyOptions, patternLines };
}

/** An engine option error as the panel names it: its label, the line of a pattern, the fix. */
function panelError(error: UrgencyConfigError, patternLines: number[]): InputValidationError {
	const detail = error.detail;
	if (!detail) return new InputValidationError('Options', error.message, 'Check the node options.');
	// The engine writes other options as {option}: shown by their labels.
	const labelled = (text: string) =>
		text.replace(/\{([\w.]+)\}/g, (_match, key: string) => OPTION_LABELS[key] ?? key);
	const line =
		detail.option === 'urgentTerms.patterns' && detail.index !== undefined
			? `line ${patternLines[detail.index] ?? detail.index + 1}, `
			: '';
	return new InputValidationError(
		OPTION_LABELS[detail.option] ?? detail.option,
		`${line}${labelled(detail.problem)}`,
		labelled(detail.fix),
	);
}

class SettingsReader {
	private readonly panel: NodeParameters<typeof PARAMETERS>;
	private readonly classifiers = new Map<string, UrgencyClassifier>();
	private fixed?: Settings;

	constructor(ctx: IExecuteFunctions) {
		this.panel = new NodeParameters(ctx, PARAMETERS);
		if (this.panel.constant) this.fixed = this.build(this.panel.at(0));
	}

	/** The settings for an item; throws InputValidationError or NodeOperationError when wrong. */
	at(itemIndex: number): Settings {
		return this.fixed ?? this.build(this.panel.at(itemIndex));
	}

	private build(p: PanelValues): Settings {
		const { options, patternLines } = engineOptions(p);
		const key = JSON.stringify(options);
		let classifier = this.classifiers.get(key);
		if (!classifier) {
			let failure: unknown;
			try {
				classifier = createClassifier(options);
			} catch (error) {
				failure = error;
			}
			if (failure !== undefined || !classifier) {
				throw failure instanceof UrgencyConfigError ? panelError(failure, patternLines) : failure;
			}
			if (this.classifiers.size >= MAX_CACHED_CLASSIFIERS) this.classifiers.clear();
			this.classifiers.set(key, classifier);
		}
		const add = options.urgentTerms?.add ?? [];
		return {
			fields: parseFieldPaths(p.textFields),
			missingAsEmpty: p.treatMissingAsEmpty,
			placement: resultPlacement(
				p.resultField,
				p['options.setTopLevelPriority'],
				p['options.overwriteExisting'],
			),
			classifier,
			knownTerms: new Set([...Object.keys(URGENT_TERM_FORMS), ...add.map(normalizeTerm)]),
		};
	}
}

export async function classifyItems(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const tally = new RunTally();
	const items = this.getInputData();
	const route = this.getNodeParameter('mode', 0) === ROUTE_BY_PRIORITY;
	const audit = new AuditOutput(this, { detail: readAuditDetail(this), maxRows: 100 });
	const data: INodeExecutionData[][] = route ? [[], [], []] : [[]];
	const errorOutput = this.getNode().onError === 'continueErrorOutput';
	let settings: SettingsReader | undefined;
	let settingsError: unknown;
	try {
		settings = new SettingsReader(this);
	} catch (error) {
		settingsError = error;
	}

	for (let i = 0; i < items.length; i++) {
		const { json, binary } = items[i];
		const conversationId = conversationIdOf(json);
		try {
			if (!settings) throw settingsError;
			if (items[i].error || isUpstreamErrorItem(json)) {
				// An error item of an upstream node under "Continue": not a message; it passes on as
				// the error it is.
				const upstream = items[i].error?.message ?? json.message ?? json.error;
				throw new InputValidationError(
					'Input',
					`the item is an error of an earlier node: ${typeof upstream === 'string' ? upstream : JSON.stringify(upstream)}`,
					'Fix the earlier node, or route its errors elsewhere (its "On Error" setting).',
				);
			}
			const s = settings.at(i);
			const result = s.classifier.classify(extractText(json, s.fields, s.missingAsEmpty), {
				sentiment: typeof json.sentiment === 'string' ? json.sentiment : undefined,
			});
			const output = withResult(json, result, s.placement) as IDataObject;
			data[route ? PRIORITY_OUTPUT[result.priority] : 0].push({
				json: output,
				...(binary ? { binary } : {}),
				pairedItem: { item: i },
			});
			const { priority, score, sentiment } = result;
			const keywords = auditKeywords(result.keywords, s.knownTerms);
			audit.record('CLASSIFIED', { conversationId, priority, score, sentiment, keywords }, i);
			tally.classified(priority, sentiment);
		} catch (error) {
			const nodeError = toNodeError(this, error, i, { unexpected: 'Could not classify the item' });
			tally.failed();
			audit.record(
				'CLASSIFY_FAILED',
				{ conversationId, itemIndex: i, reason: nodeError.message },
				i,
			);
			if (!this.continueOnFail()) {
				// The chain head is not saved: this run's events reach no output, and a stored trail
				// must not point at records that were never stored.
				throw nodeError;
			}
			const failed: INodeExecutionData = {
				json: { ...json, error: nodeError.message },
				...(binary ? { binary } : {}),
				pairedItem: { item: i },
			};
			if (errorOutput) {
				// n8n moves items that carry an error to the node's error output.
				data[0].push({ ...failed, error: nodeError });
			} else if (!route) {
				data[0].push(failed);
			}
			// In Route by Priority mode with "Continue", a failed item is never put on a priority
			// output: its failure and reason are on the Audit output (CLASSIFY_FAILED).
		}
	}
	return [...data, audit.close(tally.metrics(items.length))];
}
