/**
 * The one error mapper for every node: the core's typed errors become NodeOperationError (the
 * operator's input is wrong) or NodeApiError (the remote API said no), with the fix as the
 * description, the item named, and every secret of the run redacted from message and description.
 */
import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	ApiCallError,
	InputValidationError,
	RecordSchemaError,
	errorMessage,
} from '../core/errors';
import { redactSecrets } from '../core/redact';
import { describeTransportError, transportFailureText } from '../core/transportErrors';

export interface ErrorContext {
	/** The run's secrets (credential values, tokens); redacted from everything shown. */
	secrets?: readonly string[];
	/** What to do about a malformed record (depends on the node's options). */
	recordFix?: string;
	/** How far the run got, appended to the description (e.g. what was fetched before). */
	progress?: string;
	/** The message prefix for an unexpected error, e.g. "CXone request failed". */
	unexpected?: string;
}

const join = (...parts: Array<string | undefined>) =>
	parts.filter((part) => part !== undefined && part !== '').join(' ');

export function toNodeError(
	ctx: { getNode(): INode },
	error: unknown,
	itemIndex: number,
	context: ErrorContext = {},
): NodeOperationError | NodeApiError {
	const node = ctx.getNode();
	const secrets = context.secrets ?? [];
	const clean = (text: string | undefined) =>
		text === undefined ? undefined : redactSecrets(text, secrets);
	if (error instanceof InputValidationError) {
		return new NodeOperationError(node, clean(error.message) ?? '', {
			itemIndex,
			description: clean(error.fix),
		});
	}
	if (error instanceof RecordSchemaError) {
		return new NodeApiError(
			node,
			{},
			{
				itemIndex,
				message: clean(error.message),
				description: clean(join(context.recordFix, context.progress)),
			},
		);
	}
	if (error instanceof ApiCallError) {
		const { status, hint } = error.details;
		return new NodeApiError(
			node,
			{},
			{
				itemIndex,
				message: clean(error.message),
				description: clean(join(hint, context.progress)),
				httpCode: status ? String(status) : undefined,
			},
		);
	}
	if (error instanceof NodeOperationError || error instanceof NodeApiError) {
		error.message = clean(error.message) ?? '';
		if (error.description) error.description = clean(error.description);
		return error;
	}
	// A transport failure in words (n8n replaces a message holding a bare code with its own).
	const transport = describeTransportError(error);
	return new NodeApiError(
		node,
		{},
		{
			itemIndex,
			message: clean(
				`${context.unexpected ?? 'The node failed'}: ${transport ? transportFailureText(transport) : errorMessage(error)}`,
			),
			description: clean(join(transport?.check, context.progress)),
		},
	);
}

/**
 * Whether the node is set to "On Error: Continue (using error output)". n8n then adds an error
 * output after the node's own and moves there every item that carries `error`; a node that throws
 * instead has its input items passed on as if they had succeeded, so nodes never throw in that
 * mode.
 */
export function usesErrorOutput(ctx: IExecuteFunctions): boolean {
	return ctx.getNode().onError === 'continueErrorOutput';
}

/**
 * The item for a node-level error under Continue On Fail: the input item's fields, the error's
 * message (and description), and, for the error output, the error itself on the item, which is
 * what n8n routes by.
 */
export function errorItem(
	ctx: IExecuteFunctions,
	json: IDataObject,
	error: NodeOperationError | NodeApiError,
	itemIndex: number,
	extra: IDataObject = {},
): INodeExecutionData {
	const item: INodeExecutionData = {
		json: Object.assign({}, json, extra, {
			error: error.message,
			description: error.description ?? '',
		}),
		pairedItem: { item: itemIndex },
	};
	if (usesErrorOutput(ctx)) item.error = error;
	return item;
}

const ERROR_ITEM_KEYS = new Set([
	'error',
	'message',
	'details',
	'description',
	'fetchedBeforeFailure',
	'stack',
	'name',
	'code',
	'httpCode',
	'timestamp',
	'context',
]);

function messageOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() || undefined;
	if (value instanceof Error) return value.message || value.name;
	if (value !== null && typeof value === 'object') {
		const message = (value as IDataObject).message;
		if (typeof message === 'string' && message.trim()) return message.trim();
	}
	return undefined;
}

/**
 * The error an upstream node passed on as data under "Continue" (n8n's error item: `error` set on
 * the item, or json made of `error` with at most a message, description and details), or
 * undefined for an ordinary item. Such an item is not a record to deliver.
 */
export function upstreamError(item: INodeExecutionData): string | undefined {
	const fromItem = messageOf(item.error);
	if (fromItem) return fromItem;
	const json = item.json ?? {};
	if (json.error === undefined || json.error === null || json.error === false) return undefined;
	for (const key of Object.keys(json)) if (!ERROR_ITEM_KEYS.has(key)) return undefined;
	const message = messageOf(json.error) ?? messageOf(json.message) ?? 'an error';
	const description = typeof json.description === 'string' ? json.description.trim() : '';
	return description && description !== message ? `${message} (${description})` : message;
}

/**
 * Runs a node's execute so that Continue On Fail behaves as n8n's own nodes do. A node error the
 * run still throws becomes one error item per input item (n8n would otherwise pass the input items
 * on as if they had succeeded); with the error output, error items the run returned on
 * `errorOutputIndex` (json made of `error` and its details) carry the error, so n8n routes them to
 * the error output.
 */
export async function continuingOnFail(
	ctx: IExecuteFunctions,
	outputs: number,
	errorOutputIndex: number,
	run: () => Promise<INodeExecutionData[][]>,
	context: ErrorContext = {},
): Promise<INodeExecutionData[][]> {
	let result: INodeExecutionData[][];
	try {
		result = await run();
	} catch (error) {
		const nodeError = toNodeError(ctx, error, 0, context);
		if (!ctx.continueOnFail()) throw nodeError;
		result = Array.from({ length: outputs }, () => []);
		result[errorOutputIndex] = ctx
			.getInputData()
			.map((item, index) => errorItem(ctx, item.json ?? {}, nodeError, index));
		return result;
	}
	if (usesErrorOutput(ctx)) {
		for (const item of result[errorOutputIndex] ?? []) {
			if (item.error || upstreamError(item) === undefined) continue;
			const json = item.json;
			const description = typeof json.description === 'string' ? json.description : undefined;
			item.error = new NodeOperationError(ctx.getNode(), String(json.error), {
				description,
				itemIndex:
					item.pairedItem && !Array.isArray(item.pairedItem) && typeof item.pairedItem === 'object'
						? item.pairedItem.item
						: undefined,
			});
		}
	}
	return result;
}
