/**
 * The node's outputs depend on its mode: one data output (Add Fields) or one per priority
 * (Route by Priority); the Audit output is always the last.
 */
import type { ExpressionString, INodeOutputConfiguration } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

export const ADD_FIELDS = 'addFields';
export const ROUTE_BY_PRIORITY = 'routeByPriority';

const output = (displayName: string): INodeOutputConfiguration => ({
	type: NodeConnectionTypes.Main,
	displayName,
});

export const ADD_FIELDS_OUTPUTS = [output('Classified'), output('Audit')];
export const ROUTE_OUTPUTS = [output('High'), output('Medium'), output('Low'), output('Audit')];

/** Evaluated by n8n (editor and engine) against the node's parameters, like Switch's outputs. */
export const CONFIGURED_OUTPUTS =
	`={{ $parameter["mode"] === "${ROUTE_BY_PRIORITY}" ? ${JSON.stringify(
		ROUTE_OUTPUTS,
	)} : ${JSON.stringify(ADD_FIELDS_OUTPUTS)} }}` as ExpressionString;
