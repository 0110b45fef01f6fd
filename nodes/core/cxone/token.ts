/**
 * The CXone token dance, without n8n: OAuth2 client credentials (v2), or the access-key password
 * grant after OpenID discovery (dfo), then the tenant's Digital API base. The credential injects
 * the function that sends a request; every call goes through the one request policy (timeout,
 * no redirects, the shared retry engine).
 */
import { ApiCallError, errorMessage } from '../errors';
import { sha256Hex } from '../hash';
import { RequestStats } from '../metrics';
import { collectSecrets, redactSecrets, summariseBody } from '../redact';
import { sendWithPolicy } from '../request';
import { defaultRetryPolicy, networkErrorCode, type HttpResult, type Sleep } from '../retry';
import {
	describeTransportCode,
	describeTransportError,
	transportFailureText,
} from '../transportErrors';
import { checkBaseUrl } from '../url';
import {
	accessKeyGrantBody,
	clientCredentialsGrantBody,
	DEFAULT_DFO_ISSUER,
	dfoBaseUrlFromConfiguration,
	jwtClaims,
	v2BaseUrl,
	v2TokenUrl,
} from './auth';

export interface TokenRequest {
	method: 'GET' | 'POST';
	url: string;
	/** Form-encoded body. */
	body?: string;
	basicAuth?: { username: string; password: string };
}

export type SendTokenRequest = (request: TokenRequest) => Promise<HttpResult>;

/** The credential's fields, as n8n decrypts them. */
export type TokenSettings = Record<string, unknown>;

export interface TokenResult {
	accessToken: string;
	resolvedBaseUrl: string;
	/** Ties the cached token to the settings that produced it. */
	tokenFingerprint: string;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** Token endpoints have bad minutes too: 429 and 5xx are retried, briefly. */
const TOKEN_POLICY = defaultRetryPolicy({
	retryableStatuses: new Set([429, 500, 502, 503, 504]),
	maxAttempts: 3,
	maxDelayMs: 5_000,
	maxWaitMs: 20_000,
});

/** The fields that decide which token is fetched, and from where. */
const FINGERPRINTED = [
	'authentication',
	'environment',
	'tokenUrl',
	'scopes',
	'clientId',
	'clientSecret',
	'accessKeyId',
	'accessKeySecret',
	'issuer',
	'digitalApiBaseUrl',
] as const;

/**
 * A one-way digest of the settings a token was fetched with. When any of them changes, the cached
 * token no longer matches and is not sent (n8n then fetches a new one).
 */
export function tokenFingerprint(settings: TokenSettings): string {
	return sha256Hex(
		`cxone-token-settings\n${JSON.stringify(FINGERPRINTED.map((key) => str(settings[key])))}`,
	);
}

export function tokenSecrets(settings: TokenSettings): string[] {
	// The token calls send the client id and secret as Basic auth: base64("id:secret") is a secret.
	return collectSecrets(
		[settings.clientSecret, settings.accessKeySecret, settings.accessToken],
		[[settings.clientId, settings.clientSecret]],
	);
}

interface TokenCall extends TokenRequest {
	what: string;
	fix: string;
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** Why a token call failed in transit: a redirect, a status that kept failing, or no answer. */
function tokenFailure(error: unknown, call: TokenCall, origin: string, secrets: string[]): string {
	if (error instanceof ApiCallError && error.details.status !== undefined) {
		const status = error.details.status;
		if (status >= 300 && status < 400) return `${error.message} ${call.fix}`;
		return `${call.what} failed: ${origin} kept answering HTTP ${status}. Try again later.`;
	}
	// Retried in vain (a host that does not resolve, a refused connection): the retry engine's
	// words already say what failed, and its hint what to check.
	if (error instanceof ApiCallError && error.details.hint) {
		// The error code stays out of the message: n8n swaps a message holding one for its own.
		const check = error.details.hint.replace(/\s*\(error code [A-Z0-9_]+\)\s*$/, '');
		return redactSecrets(
			`${call.what} failed: could not reach ${origin}: ${error.message} ${check}`,
			secrets,
		);
	}
	// In words, not a bare code: n8n replaces a message holding a code (EAI_AGAIN, ...) with its own.
	const code = networkErrorCode(error);
	const problem = describeTransportError(error) ?? (code ? describeTransportCode(code) : undefined);
	return redactSecrets(
		problem
			? `${call.what} failed: ${transportFailureText(problem, origin)}. ${problem.check}`
			: `${call.what} failed: could not reach ${origin} (${errorMessage(error)}). ${call.fix}`,
		secrets,
	);
}

/**
 * One call of the dance. The error names the endpoint (origin only) and quotes the API's own
 * message, redacted.
 */
async function tokenCall(
	send: SendTokenRequest,
	sleep: Sleep,
	call: TokenCall,
	secrets: string[],
): Promise<Record<string, unknown>> {
	const origin = new URL(call.url).origin;
	const sent = await sendWithPolicy(
		async () =>
			await send({
				method: call.method,
				url: call.url,
				body: call.body,
				basicAuth: call.basicAuth,
			}),
		{ label: call.what, policy: TOKEN_POLICY, sleep, stats: new RequestStats(), secrets },
	).then(
		(result) => ({ result, failure: undefined }),
		(error: unknown) => ({
			result: undefined,
			failure: tokenFailure(error, call, origin, secrets),
		}),
	);
	if (!sent.result) throw new Error(sent.failure);
	const response = sent.result;
	const status = response.statusCode;
	if (status >= 200 && status < 300) {
		const body = typeof response.body === 'string' ? safeJson(response.body) : response.body;
		if (body && typeof body === 'object') return body as Record<string, unknown>;
		throw new Error(`${call.what} failed: ${origin} answered ${status} without a JSON body.`);
	}
	const said = summariseBody(response.body, secrets);
	throw new Error(
		`${call.what} failed (HTTP ${status} from ${origin})${said ? `: ${said}` : ''}. ${call.fix}`,
	);
}

function accessTokenFrom(body: Record<string, unknown>, what: string): string {
	const token = body.access_token;
	if (typeof token !== 'string' || token === '')
		throw new Error(`${what} failed: the answer has no access_token.`);
	return token;
}

async function v2Token(send: SendTokenRequest, sleep: Sleep, settings: TokenSettings) {
	const environment = str(settings.environment);
	const body = await tokenCall(
		send,
		sleep,
		{
			method: 'POST',
			url: v2TokenUrl(environment, str(settings.tokenUrl)),
			body: clientCredentialsGrantBody(str(settings.scopes)),
			basicAuth: { username: str(settings.clientId), password: str(settings.clientSecret) },
			what: 'CXone token request',
			fix: 'Check the Client ID, Client Secret and Scopes of the NICE CXone API credential.',
		},
		tokenSecrets(settings),
	);
	return {
		accessToken: accessTokenFrom(body, 'CXone token request'),
		resolvedBaseUrl: v2BaseUrl(environment),
	};
}

async function dfoToken(send: SendTokenRequest, sleep: Sleep, settings: TokenSettings) {
	const secrets = tokenSecrets(settings);
	const issuer = checkBaseUrl('Issuer', str(settings.issuer) || DEFAULT_DFO_ISSUER);
	const discovery = await tokenCall(
		send,
		sleep,
		{
			method: 'GET',
			url: `${issuer}/.well-known/openid-configuration`,
			what: 'CXone discovery',
			fix: 'Check the Issuer URL.',
		},
		secrets,
	);
	const tokenEndpoint = checkBaseUrl(
		'token_endpoint (from discovery)',
		str(discovery.token_endpoint) || `${issuer}/auth/token`,
	);
	if (new URL(tokenEndpoint).host !== new URL(issuer).host) {
		throw new Error(
			`token_endpoint (from discovery): ${new URL(tokenEndpoint).origin} is not on the issuer's host (${new URL(issuer).host}); the access key is sent only to the issuer. Check the Issuer URL.`,
		);
	}
	const body = await tokenCall(
		send,
		sleep,
		{
			method: 'POST',
			url: tokenEndpoint,
			body: accessKeyGrantBody(str(settings.accessKeyId), str(settings.accessKeySecret)),
			basicAuth: { username: str(settings.clientId), password: str(settings.clientSecret) },
			what: 'CXone access-key token request',
			fix: 'Check the Client ID and Client Secret of the registered app and the Access Key ID and Access Key Secret.',
		},
		secrets,
	);
	const accessToken = accessTokenFrom(body, 'CXone access-key token request');
	const override = str(settings.digitalApiBaseUrl).trim();
	if (override)
		return { accessToken, resolvedBaseUrl: checkBaseUrl('Digital API Base URL', override) };
	const tenantId = jwtClaims(accessToken).tenantId;
	if (typeof tenantId !== 'string' || !tenantId) {
		throw new Error(
			'The access token carries no tenantId claim, so the Digital API cannot be discovered. Enter the Digital API Base URL in the credential.',
		);
	}
	const configuration = await tokenCall(
		send,
		sleep,
		{
			method: 'GET',
			url: `${issuer}/.well-known/cxone-configuration?tenantId=${encodeURIComponent(tenantId)}`,
			what: 'CXone tenant configuration',
			fix: 'Enter the Digital API Base URL in the credential to skip discovery.',
		},
		secrets,
	);
	return { accessToken, resolvedBaseUrl: dfoBaseUrlFromConfiguration(configuration) };
}

/** Fetches a token for the settings as they are now (never a cached one). */
export async function fetchCXoneToken(
	send: SendTokenRequest,
	sleep: Sleep,
	settings: TokenSettings,
): Promise<TokenResult> {
	const result =
		settings.authentication === 'accessKey'
			? await dfoToken(send, sleep, settings)
			: await v2Token(send, sleep, settings);
	return { ...result, tokenFingerprint: tokenFingerprint(settings) };
}
