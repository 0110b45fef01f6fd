import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as trigger from './execute';

// n8n's lint names the class file after the node type (`cxoneTrigger`), as for `Cxone.node.ts`.
export class CxoneTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CXone Trigger',
		name: 'cxoneTrigger',
		icon: { light: 'file:cxoneTrigger.svg', dark: 'file:cxoneTrigger.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"CXone: " + $parameter["event"]}}',
		description:
			'Starts the workflow on new conversations, inbound messages or status changes in a NICE CXone social inbox',
		defaults: { name: 'CXone Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'cxoneApi', required: true }],
		properties: trigger.description,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await trigger.poll.call(this);
	}
}
