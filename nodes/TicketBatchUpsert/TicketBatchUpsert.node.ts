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
			'={{($parameter["target"] === "hubspot" ? "HubSpot" : "JSON endpoint") + ", batches of " + $parameter["batchSize"]}}',
		description: 'Create or update tickets in batches, idempotently, accounting for every record',
		defaults: { name: 'Ticket Batch Upsert' },
		// Used by the editor's Docs link as it is (a codex URL gets a query after its #anchor).
		documentationUrl:
			'https://github.com/cxone-social-inbox/n8n-nodes-cxone-social-inbox#ticket-batch-upsert',
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Succeeded', 'Failed', 'Audit'],
		// The Audit output's count differs from the records': say why where it is seen.
		hints: [
			{
				message:
					'Audit holds one RECORDS_AUDITED record per batch, listing each record as SYNCED or FAILED (with Audit Detail "Per Record": one event each), a watermark event when the sync point is set, and one RUN_METRICS item per run.',
				type: 'info',
				location: 'outputPane',
				whenToDisplay: 'afterExecution',
			},
		],
		credentials: [
			{
				name: 'ticketingApi',
				required: true,
				displayOptions: { show: { authentication: ['ticketingApi'] } },
			},
			{
				name: 'hubSpotTicketsApi',
				required: true,
				displayOptions: { show: { authentication: ['hubSpotTicketsApi'] } },
			},
		],
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await upsertTickets.call(this);
	}
}
