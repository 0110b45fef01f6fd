/**
 * The panel of Classify Urgency, its outputs (one data output, or one per priority, then Audit),
 * and the one table from the engine's option names to the labels the panel shows.
 */
import type { ExpressionString, INodeOutputConfiguration, INodeProperties } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { auditDetailOption } from '../toolkit/audit';
import { DEFAULT_URGENT_TERMS } from '../core/urgency/defaultTerms';

// Shown in the panel, so that nobody adds a term that is already there or guesses what to remove.
const BUILT_IN_TERMS = `Built in: ${DEFAULT_URGENT_TERMS.join(', ')}`;

export const ADD_FIELDS = 'addFields';
export const ROUTE_BY_PRIORITY = 'routeByPriority';

const output = (displayName: string): INodeOutputConfiguration => ({
	type: NodeConnectionTypes.Main,
	displayName,
});

const ADD_FIELDS_OUTPUTS = [output('Classified'), output('Audit')];
const ROUTE_OUTPUTS = [output('High'), output('Medium'), output('Low'), output('Audit')];

/** Evaluated by n8n (editor and engine) against the node's parameters, like Switch's outputs. */
export const CONFIGURED_OUTPUTS =
	`={{ $parameter["mode"] === "${ROUTE_BY_PRIORITY}" ? ${JSON.stringify(
		ROUTE_OUTPUTS,
	)} : ${JSON.stringify(ADD_FIELDS_OUTPUTS)} }}` as ExpressionString;

/** The engine's option names (UrgencyOptions paths) as the panel labels them. */
export const OPTION_LABELS: Readonly<Record<string, string>> = {
	'urgentTerms.add': 'Extra Urgent Terms',
	'urgentTerms.remove': 'Terms to Remove',
	'urgentTerms.patterns': 'Regular Expressions',
	lexiconOverrides: 'Lexicon Overrides',
	'thresholds.high': 'High Below',
	'thresholds.medium': 'Medium Below',
	unsupportedLanguage: 'Unsupported Language Priority',
	languages: 'Languages',
	complaintCues: 'Complaint Cues',
	platformSentiment: 'CXone Sentiment',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Add Fields',
				value: ADD_FIELDS,
				description: 'Add the result to each item; all items leave by one output',
			},
			{
				name: 'Route by Priority',
				value: ROUTE_BY_PRIORITY,
				description: 'Add the result and send each item to the High, Medium or Low output',
			},
		],
		default: ADD_FIELDS,
	},
	{
		displayName: 'Text Fields',
		name: 'textFields',
		type: 'string',
		default: 'subject, body',
		placeholder: 'subject, body, message.text',
		description:
			'Fields holding the text, separated by commas; dot paths reach nested fields (message.text, messages[0].text). Their texts are joined, one per line. Strings are read as they are, numbers as digits, arrays element by element; objects, booleans and null add no text.',
	},
	{
		displayName: 'Treat Missing As Empty',
		name: 'treatMissingAsEmpty',
		type: 'boolean',
		default: false,
		description:
			'Whether a field that the item does not have counts as empty text; when off, such an item fails with an error naming the field',
	},
	{
		displayName: 'Result Field',
		name: 'resultField',
		type: 'string',
		default: 'urgency',
		description:
			'Top-level field the result is written to, as an object: { priority, score, sentiment, keywords, reasons }. Kept under one key so it never mixes with the fields of the item; an item that already has this field fails unless "Overwrite Existing Field" is on.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Also Set Top-Level Priority',
				name: 'setTopLevelPriority',
				type: 'boolean',
				default: true,
				description:
					'Whether to also write the priority (HIGH, MEDIUM or LOW) to a top-level "priority" field, for easy IF and Switch conditions. An item whose "priority" differs fails unless "Overwrite Existing Field" is on.',
			},
			auditDetailOption(
				'Per 100 Items Summary',
				'One Audit item per 100 items, listing each one (conversation id, priority, score, sentiment, keywords) in its rows',
			),
			{
				displayName: 'Complaint Cues',
				name: 'complaintCues',
				type: 'boolean',
				default: true,
				description:
					'Whether calm complaints (late, missing, broken, wrong item, charged twice, on hold, asked again) raise the priority even without an urgent term',
			},
			{
				displayName: 'CXone Sentiment',
				name: 'platformSentiment',
				type: 'options',
				options: [
					{
						name: 'Use',
						value: 'use',
						description:
							'A message CXone rated negative is at least MEDIUM; it also decides messages in a language the engine does not read',
					},
					{ name: 'Ignore', value: 'ignore', description: 'Classify from the text alone' },
				],
				default: 'use',
				description:
					'How to use the sentiment CXone gives Digital Engagement messages (the item\'s "sentiment" field: positive, neutral or negative)',
			},
			{
				displayName: 'Extra Urgent Terms',
				name: 'extraUrgentTerms',
				type: 'string',
				default: '',
				placeholder: 'recall, wrong item',
				description:
					'Words or phrases, separated by commas, that make a message HIGH besides the built-in ones; matched whole and ignoring case',
				hint: BUILT_IN_TERMS,
			},
			{
				displayName: 'High Below',
				name: 'highBelow',
				type: 'number',
				typeOptions: { minValue: -1, maxValue: 1, numberPrecision: 2 },
				default: -0.4,
				description:
					'A message whose sentiment (-1 to 1) is below this is HIGH, even without an urgent term',
			},
			{
				displayName: 'Languages',
				name: 'languages',
				type: 'multiOptions',
				options: [
					{ name: 'Dutch', value: 'nl' },
					{ name: 'English', value: 'en' },
					{ name: 'French', value: 'fr' },
					{ name: 'German', value: 'de' },
					{ name: 'Italian', value: 'it' },
					{ name: 'Portuguese', value: 'pt' },
					{ name: 'Spanish', value: 'es' },
				],
				default: [],
				description:
					'Languages to read; empty reads all of them. A message in any other language is not scored and gets the Unsupported Language Priority, with the reason.',
			},
			{
				displayName: 'Lexicon Overrides',
				name: 'lexiconOverrides',
				type: 'json',
				default: '{}',
				placeholder: '{"outage": -3, "sorted": 2}',
				description:
					'JSON object of single words to sentiment values from -4 (most negative) to 4 (most positive); replaces the built-in value or adds a word',
			},
			{
				displayName: 'Medium Below',
				name: 'mediumBelow',
				type: 'number',
				typeOptions: { minValue: -1, maxValue: 1, numberPrecision: 2 },
				default: 0,
				description:
					'A message without an urgent term whose sentiment is below this (and not below High Below) is MEDIUM; the rest are LOW',
			},
			{
				displayName: 'Overwrite Existing Field',
				name: 'overwriteExisting',
				type: 'boolean',
				default: false,
				description:
					'Whether to replace an existing Result Field or top-level "priority" field instead of failing the item',
			},
			{
				displayName: 'Regular Expressions',
				name: 'urgentPatterns',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				placeholder: 'order #?\\d+ (missing|lost)\n/\\bVIP\\b/',
				description:
					'One per line; a message they match is HIGH. Plain expressions ignore case; write /expression/flags to choose the flags. The audit trail records a match as "pattern", never its text.',
			},
			{
				displayName: 'Terms to Remove',
				name: 'removeTerms',
				type: 'string',
				default: '',
				placeholder: 'cancel, complaint',
				description:
					'Built-in urgent terms to ignore, separated by commas; a base word (cancel) drops all its forms',
				hint: BUILT_IN_TERMS,
			},
			{
				displayName: 'Unsupported Language Priority',
				name: 'unsupportedLanguage',
				type: 'options',
				options: [
					{ name: 'High', value: 'HIGH' },
					{ name: 'Medium', value: 'MEDIUM' },
					{ name: 'Low', value: 'LOW' },
				],
				default: 'MEDIUM',
				description:
					'Priority of a message in a language the engine does not read (MEDIUM, so a person looks); its reasons say it was not scored and why',
			},
		],
	},
];
