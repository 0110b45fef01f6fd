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
		subtitle: `={{$parameter["mode"] === "${ROUTE_BY_PRIORITY}" ? "Route by Priority" : "Add Fields"}}`,
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
