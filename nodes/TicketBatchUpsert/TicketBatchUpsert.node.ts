import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { properties } from './description';
import { upsertTickets } from './execute';

export class TicketBatchUpsert implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ticket Batch Upsert',
		name: 'ticketBatchUpsert',
		icon: { light: 'file:tickets.svg', dark: 'file:tickets.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle:
			'={{$parameter["target"] === "hubspot" ? "HubSpot tickets" : "Generic JSON endpoint"}}',
		description: 'Create or update tickets in batches, idempotently, accounting for every record',
		defaults: { name: 'Ticket Batch Upsert' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Succeeded', 'Failed', 'Audit'],
		credentials: [
			{
				name: 'ticketingApi',
				required: true,
				displayOptions: { show: { target: ['generic'], authentication: ['ticketingApi'] } },
			},
			{
				name: 'hubSpotTicketsApi',
				required: true,
				displayOptions: { show: { target: ['hubspot'] } },
			},
		],
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await upsertTickets.call(this);
	}
}
