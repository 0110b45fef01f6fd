import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CONFIGURED_OUTPUTS, ROUTE_BY_PRIORITY, properties } from './description';
import { classifyItems } from './execute';

export class ClassifyUrgency implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Classify Urgency',
		name: 'classifyUrgency',
		icon: { light: 'file:classifyUrgency.svg', dark: 'file:classifyUrgency.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: `={{$parameter["mode"] === "${ROUTE_BY_PRIORITY}" ? "Route by priority" : "Add urgency fields"}}`,
		// Used by the editor's Docs link as it is (a codex URL gets a query after its #anchor).
		documentationUrl:
			'https://github.com/cxone-social-inbox/n8n-nodes-cxone-social-inbox#classify-urgency',
		// The Audit output's count differs from the records': say why where it is seen.
		hints: [
			{
				message:
					'Audit holds one RECORDS_AUDITED record per 100 items, listing each (with Audit Detail "Per Record": one CLASSIFIED event each), and one RUN_METRICS item per run.',
				type: 'info',
				location: 'outputPane',
				whenToDisplay: 'afterExecution',
			},
		],
		description:
			'Rate the urgency and sentiment of customer messages (HIGH, MEDIUM or LOW), offline and without AI credits',
		defaults: { name: 'Classify Urgency' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: CONFIGURED_OUTPUTS,
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await classifyItems.call(this);
	}
}
