import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { DEFAULT_URGENT_TERMS } from '../core/urgency/defaultTerms';
import { auditItem, closeAuditTrail, openAuditTrail } from '../toolkit/audit';
import { ADD_FIELDS, CONFIGURED_OUTPUTS, ROUTE_BY_PRIORITY } from './outputs';
import { PRIORITY_OUTPUT, auditKeywords, conversationIdOf, withResult } from './result';
import { RunTally } from './tally';
import { SettingsReader, toNodeError } from './settings';
import { extractText } from './text';

// Shown in the panel, so that nobody adds a term that is already there or guesses what to remove.
const BUILT_IN_TERMS = `Built in: ${DEFAULT_URGENT_TERMS.join(', ')}`;

export class ClassifyUrgency implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Classify Urgency',
		name: 'classifyUrgency',
		icon: { light: 'file:classifyUrgency.svg', dark: 'file:classifyUrgency.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: `={{$parameter["mode"] === "${ROUTE_BY_PRIORITY}" ? "Route by priority" : "Add urgency fields"}}`,
		description:
			'Rate the urgency and sentiment of customer messages (HIGH, MEDIUM or LOW), offline and without AI credits',
		defaults: { name: 'Classify Urgency' },
		// Used by the editor's Docs link as it is (a codex URL gets a query after its #anchor).
		documentationUrl:
			'https://github.com/cxone-social-inbox/n8n-nodes-cxone-social-inbox#classify-urgency',
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: CONFIGURED_OUTPUTS,
		// The Audit output's count is one more than the records: say why where it is seen.
		hints: [
			{
				message:
					'Audit holds one CLASSIFIED event per item and one RUN_METRICS item per run: 1000 conversations give 1001 audit items.',
				type: 'info',
				location: 'outputPane',
				whenToDisplay: 'afterExecution',
			},
		],
		properties: [
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
				],
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const tally = new RunTally();
		const items = this.getInputData();
		const route = this.getNodeParameter('mode', 0) === ROUTE_BY_PRIORITY;
		const settings = new SettingsReader(this);
		const trail = openAuditTrail(this);
		const data: INodeExecutionData[][] = route ? [[], [], []] : [[]];
		const audit: INodeExecutionData[] = [];

		for (let i = 0; i < items.length; i++) {
			const { json, binary } = items[i];
			const conversationId = conversationIdOf(json);
			try {
				const s = settings.at(i);
				const result = s.classifier.classify(extractText(json, s.fields, s.missingAsEmpty));
				const output = withResult(json, result, s.placement);
				data[route ? PRIORITY_OUTPUT[result.priority] : 0].push({
					json: output,
					...(binary ? { binary } : {}),
					pairedItem: { item: i },
				});
				const { priority, score, sentiment } = result;
				const keywords = auditKeywords(result.keywords, s.knownTerms);
				const event = { conversationId, priority, score, sentiment, keywords };
				audit.push(auditItem(trail.event('CLASSIFIED', event), i));
				tally.classified(priority, sentiment);
			} catch (error) {
				const nodeError = toNodeError(this, error, i);
				tally.failed();
				const event = { conversationId, itemIndex: i, reason: nodeError.message };
				audit.push(auditItem(trail.event('CLASSIFY_FAILED', event), i));
				if (!this.continueOnFail()) {
					// The chain head is not saved: this run's events reach no output, and a stored trail
					// must not point at records that were never stored.
					throw nodeError;
				}
				data[0].push({
					json: { ...json, error: nodeError.message },
					...(binary ? { binary } : {}),
					pairedItem: { item: i },
				});
			}
		}
		audit.push(auditItem(trail.metrics(tally.metrics(items.length)), 0));
		closeAuditTrail(this, trail);
		return [...data, audit];
	}
}
