/**
 * The one error mapper for every node: the core's typed errors become NodeOperationError (the
 * operator's input is wrong) or NodeApiError (the remote API said no), with the fix as the
 * description, the item named, and every secret of the run redacted from message and description.
 */
import type { INode } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	ApiCallError,
	InputValidationError,
	RecordSchemaError,
	errorMessage,
} from '../core/errors';
import { redactSecrets } from '../core/redact';

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
	return new NodeApiError(
		node,
		{},
		{
			itemIndex,
			message: clean(`${context.unexpected ?? 'The node failed'}: ${errorMessage(error)}`),
			description: clean(context.progress),
		},
	);
}
