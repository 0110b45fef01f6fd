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
		// What the node will read, not its name again (the canvas shows the name above it).
		subtitle:
			'={{$parameter["timeRange"] === "sinceLastSync" ? "Since last sync" : $parameter["timeRange"] === "lastDays" ? "Last " + $parameter["days"] + " days" : $parameter["timeRange"] === "between" ? "Between two dates" : "Last " + $parameter["hours"] + " hours"}}',
		description:
			'Read conversations from a NICE CXone social inbox (Conversations API v2 or Digital Engagement)',
		defaults: { name: 'CXone: Get Conversations' },
		// Used by the editor's Docs link as it is; n8n appends its tracking query to a codex URL,
		// after any #anchor, where the anchor stops working.
		documentationUrl:
			'https://github.com/cxone-social-inbox/n8n-nodes-cxone-social-inbox#cxone-get-conversations',
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Conversations', 'Audit'],
		// The Audit output's count differs from the records': say why where it is seen.
		hints: [
			{
				message:
					'Audit holds one RECORDS_AUDITED record per page, listing each conversation (with Audit Detail "Per Record": one event each), and one RUN_METRICS item per run.',
				type: 'info',
				location: 'outputPane',
				whenToDisplay: 'afterExecution',
			},
		],
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
