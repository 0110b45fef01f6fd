import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { continuingOnFail } from '../toolkit/errors';
import * as getConversations from './execute';

// n8n's lint names the class file after the node type (`cxone`, kept so saved workflows load);
// everywhere else the product is spelled CXone.
export class Cxone implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CXone',
		name: 'cxone',
		icon: { light: 'file:cxone.svg', dark: 'file:cxone.dark.svg' },
		group: ['input'],
		version: 1,
		subtitle:
			'={{"CXone: " + ($parameter["operation"] === "getConversations" ? "Get Conversations" : $parameter["operation"])}}',
		description:
			'Read conversations from a NICE CXone social inbox (Conversations API v2 or Digital Engagement)',
		defaults: { name: 'CXone: Get Conversations' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Conversations', 'Audit'],
		credentials: [{ name: 'cxoneApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Conversation', value: 'conversation' }],
				default: 'conversation',
			},
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				displayOptions: { show: { resource: ['conversation'] } },
				options: [
					{
						name: 'Get Conversations',
						value: 'getConversations',
						description: 'List conversations in a time range, following every page',
						action: 'Get conversations',
					},
				],
				default: 'getConversations',
			},
			...getConversations.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		// Fetch failures arrive as error items on Conversations (output 0) under Continue On Fail.
		return await continuingOnFail(
			this,
			2,
			0,
			async () => await getConversations.execute.call(this),
			{
				unexpected: 'CXone request failed',
			},
		);
	}
}
