/**
 * The one way this node talks HTTP: n8n's request helpers (with the chosen credential) under the
 * package's request policy: a timeout, no redirects, every status returned to the delivery core,
 * which retries under the shared engine and judges each record.
 */
import type { IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { REQUEST_POLICY_OPTIONS } from '../core/request';
import type { HttpResult } from '../core/retry';
import type { SendTickets } from '../core/tickets/types';

export function createTicketSender(
	ctx: IExecuteFunctions,
	credentialType: string | undefined,
	timeoutMs: number,
): SendTickets {
	return async (request) => {
		const options: IHttpRequestOptions = {
			...REQUEST_POLICY_OPTIONS,
			method: request.method,
			url: request.url,
			// Bytes, not a JSON string: axios would parse and trim a string again (its "is this
			// JSON?" check), which costs as much as building the body.
			body: request.body as Buffer,
			headers: request.headers,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: timeoutMs,
		};
		const response = credentialType
			? await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, options)
			: await ctx.helpers.httpRequest(options);
		return response as HttpResult;
	};
}
