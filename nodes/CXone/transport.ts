/**
 * The one way this node talks HTTP: n8n's httpRequestWithAuthentication (token in the credential's
 * preAuthentication, fetched again once on a 401), under the package's request policy (no
 * redirects, a timeout, the shared retry engine).
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	IPollFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { ApiCallError } from '../core/errors';
import type { ApiClient } from '../core/cxone/fetch';
import type { RequestStats } from '../core/metrics';
import { learnSecrets, redactSecrets, summariseBody } from '../core/redact';
import { REQUEST_POLICY_OPTIONS, REQUEST_TIMEOUT_MS, sendWithPolicy } from '../core/request';
import { MALFORMED_RESPONSE, type HttpResult, type RetryPolicy } from '../core/retry';

export const CREDENTIAL_TYPE = 'cxoneApi';

const STATUS_HINTS: Record<number, string> = {
	400: 'CXone refused the query. Check the time range (within the retention window, not in the future) and the filters.',
	401: 'CXone refused the credential even after fetching a new token. Check the Client ID and Client Secret (and the access key) of the credential.',
	403: "The credential is not allowed to do this. Add the missing scope (conversations:read, social:read) to the credential, or give the access key's user the Digital permissions.",
	404: 'Not found. Check the environment or base URL in the credential.',
};

/** Tokens n8n fetched for this run's requests: the first (none cached) and those after a 401. */
export class TokenCounts {
	requests = 0;
	refreshes = 0;

	summary(): { tokenRequests: number; tokenRefreshes: number } {
		return { tokenRequests: this.requests, tokenRefreshes: this.refreshes };
	}
}

/**
 * The credentials every request of a run is sent with. n8n writes each token it fetches
 * (preAuthentication: when none is cached, and again after a 401) into the object it was handed,
 * so the run's requests share one token, and an accessor on the token field counts each new one
 * and adds it to the secrets at once, before any response could echo it.
 */
export function runCredentials(
	data: ICredentialDataDecryptedObject,
	counts: TokenCounts,
	secrets: string[],
): ICredentialsDecrypted {
	const shared: ICredentialDataDecryptedObject = { ...data };
	let token = shared.accessToken;
	Object.defineProperty(shared, 'accessToken', {
		enumerable: true,
		configurable: true,
		get: () => token,
		set: (value: ICredentialDataDecryptedObject[string]) => {
			if (value === token) return;
			counts.requests++;
			// n8n asks again with a token in hand only after a 401.
			if (typeof token === 'string' && token !== '') counts.refreshes++;
			token = value;
			learnSecrets(secrets, [value]);
		},
	});
	return { id: '', name: '', type: CREDENTIAL_TYPE, data: shared };
}

export interface ClientOptions {
	/** From runCredentials; without it n8n reads the stored credentials for each request. */
	credentials?: ICredentialsDecrypted;
	policy: RetryPolicy;
	stats: RequestStats;
	secrets: string[];
	/** Says how much was fetched, for errors raised mid-pagination. */
	progress: () => string;
	timeoutMs?: number;
}

function malformed(message: string) {
	// A truncated body on an idempotent GET is worth a retry, like a reset connection.
	return Object.assign(new Error(message), { code: MALFORMED_RESPONSE });
}

const MALFORMED = Symbol('malformed');

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return MALFORMED;
	}
}

/** Get Conversations runs it in an execution, the CXone Trigger in a poll. */
export type TransportContext = IExecuteFunctions | IPollFunctions;

export function createCXoneClient(ctx: TransportContext, options: ClientOptions): ApiClient {
	const { policy, stats, secrets, progress } = options;
	return {
		async get(path, qs) {
			const label = `GET ${path.replace(/\/contacts\/[^/]+\/messages$/, '/contacts/{id}/messages')}`;
			const attempt = async (): Promise<HttpResult> => {
				const request: IHttpRequestOptions = {
					...REQUEST_POLICY_OPTIONS,
					method: 'GET',
					url: path,
					qs: qs as IDataObject,
					arrayFormat: 'brackets',
					headers: { Accept: 'application/json' },
					encoding: 'text',
					returnFullResponse: true,
					// A plain `true` would also swallow the 401 and the token would never be refreshed.
					ignoreHttpStatusErrors: { ignore: true, except: [401] },
					timeout: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
				};
				const outcome = await ctx.helpers.httpRequestWithAuthentication
					.call(
						ctx,
						CREDENTIAL_TYPE,
						request,
						options.credentials ? { credentialsDecrypted: options.credentials } : undefined,
					)
					.then(
						(response) => ({ response: response as HttpResult, error: undefined }),
						(error: unknown) => ({ response: undefined, error }),
					);
				if (!outcome.response) {
					// n8n already fetched a new token once and retried; a second 401 is final.
					if (Number((outcome.error as { httpCode?: unknown }).httpCode) === 401) {
						// The API's own words ({error, errorDescription} on DFO) ride on the error's cause.
						const cause = (outcome.error as { cause?: { response?: { data?: unknown } } }).cause;
						const said = summariseBody(cause?.response?.data, secrets);
						throw new ApiCallError(
							redactSecrets(`${label} was refused (HTTP 401)${said ? `: ${said}` : ''}.`, secrets),
							{ status: 401, apiMessage: said, hint: STATUS_HINTS[401] },
						);
					}
					throw outcome.error;
				}
				const { response } = outcome;
				if (
					response.statusCode >= 200 &&
					response.statusCode < 300 &&
					typeof response.body === 'string'
				) {
					const parsed = parseJson(response.body);
					if (parsed === MALFORMED) throw malformed(`${label} answered with malformed JSON`);
					response.body = parsed;
				}
				return response;
			};
			const result = await sendWithPolicy(attempt, {
				label,
				policy,
				sleep,
				stats,
				secrets,
				progress,
			});
			if (result.statusCode >= 200 && result.statusCode < 300) return result.body;
			const said = summariseBody(result.body, secrets);
			throw new ApiCallError(
				redactSecrets(
					`${label} failed with HTTP ${result.statusCode}${said ? `: ${said}` : ''}.`,
					secrets,
				),
				{
					status: result.statusCode,
					apiMessage: said,
					hint: STATUS_HINTS[result.statusCode] ?? 'See the message from CXone above.',
				},
			);
		},
	};
}
