import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import {
	accessKeyGrantBody,
	checkBaseUrl,
	clientCredentialsGrantBody,
	DEFAULT_DFO_ISSUER,
	DEFAULT_SCOPES,
	dfoBaseUrlFromConfiguration,
	jwtClaims,
	v2BaseUrl,
	v2TokenUrl,
} from '../nodes/core/cxone/auth';
import { collectSecrets, summariseBody } from '../nodes/core/redact';
import {
	describeTransportCode,
	describeTransportError,
	transportFailureText,
} from '../nodes/core/transportErrors';
import {
	backoffDelay,
	defaultRetryPolicy,
	networkErrorCode,
	parseRetryAfter,
} from '../nodes/core/retry';

type Credentials = ICredentialDataDecryptedObject;

const str = (value: unknown) => (typeof value === 'string' ? value : '');

function secretsOf(credentials: Credentials): string[] {
	return collectSecrets([
		credentials.clientSecret,
		credentials.accessKeySecret,
		credentials.accessToken,
	]);
}

interface TokenCall {
	method: 'GET' | 'POST';
	url: string;
	body?: string;
	basicAuth?: { username: string; password: string };
	what: string;
	fix: string;
}

/**
 * One call of the token dance, retried on 429, 5xx and connection resets (a token endpoint has
 * bad minutes too). The error names the endpoint and quotes the API's own message, redacted.
 */
async function tokenCall(
	helper: IHttpRequestHelper,
	call: TokenCall,
	secrets: string[],
): Promise<Record<string, unknown>> {
	const policy = defaultRetryPolicy({ maxDelayMs: 5000 });
	for (let attempt = 0; ; attempt++) {
		let response:
			| { statusCode: number; headers: Record<string, unknown>; body: unknown }
			| undefined;
		try {
			const options: IHttpRequestOptions = {
				method: call.method,
				url: call.url,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				json: true,
				timeout: 30_000,
			};
			if (call.body !== undefined) {
				options.body = call.body;
				options.headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
			}
			if (call.basicAuth) options.auth = call.basicAuth;
			response = (await helper.helpers.httpRequest(options)) as typeof response;
		} catch (error) {
			const code = networkErrorCode(error);
			if (!code || attempt >= 2) {
				const origin = new URL(call.url).origin;
				const problem = describeTransportError(error) ?? (code && describeTransportCode(code));
				throw new Error(
					problem
						? `${call.what} failed: ${transportFailureText(problem, origin)}. ${problem.check}`
						: `${call.what} failed: could not reach ${origin} (network error). ${call.fix}`,
				);
			}
		}
		const status = response?.statusCode ?? 0;
		if (response && status >= 200 && status < 300) {
			const body = typeof response.body === 'string' ? safeJson(response.body) : response.body;
			if (body && typeof body === 'object') return body as Record<string, unknown>;
			throw new Error(
				`${call.what} failed: ${new URL(call.url).origin} answered ${status} without a JSON body.`,
			);
		}
		if (response && !(status === 429 || status >= 500)) {
			const said = summariseBody(response.body, secrets);
			throw new Error(
				`${call.what} failed (HTTP ${status} from ${new URL(call.url).origin})${said ? `: ${said}` : ''}. ${call.fix}`,
			);
		}
		if (attempt >= 2) {
			throw new Error(
				`${call.what} failed: ${new URL(call.url).origin} kept answering HTTP ${status}. Try again later.`,
			);
		}
		const retryAfter = response
			? parseRetryAfter(response.headers['retry-after'], Date.now())
			: undefined;
		await sleep(Math.min(retryAfter ?? backoffDelay(attempt, policy), 10_000));
	}
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function accessTokenFrom(body: Record<string, unknown>, what: string): string {
	const token = body.access_token;
	if (typeof token !== 'string' || token === '')
		throw new Error(`${what} failed: the answer has no access_token.`);
	return token;
}

async function v2Token(helper: IHttpRequestHelper, credentials: Credentials) {
	const environment = str(credentials.environment);
	const body = await tokenCall(
		helper,
		{
			method: 'POST',
			url: v2TokenUrl(environment, str(credentials.tokenUrl)),
			body: clientCredentialsGrantBody(str(credentials.scopes)),
			basicAuth: { username: str(credentials.clientId), password: str(credentials.clientSecret) },
			what: 'CXone token request',
			fix: 'Check the Client ID, Client Secret and Scopes of the NICE CXone API credential.',
		},
		secretsOf(credentials),
	);
	return {
		accessToken: accessTokenFrom(body, 'CXone token request'),
		resolvedBaseUrl: v2BaseUrl(environment),
	};
}

async function dfoToken(helper: IHttpRequestHelper, credentials: Credentials) {
	const secrets = secretsOf(credentials);
	const issuer = checkBaseUrl('Issuer', str(credentials.issuer) || DEFAULT_DFO_ISSUER);
	const discovery = await tokenCall(
		helper,
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
	const body = await tokenCall(
		helper,
		{
			method: 'POST',
			url: tokenEndpoint,
			body: accessKeyGrantBody(str(credentials.accessKeyId), str(credentials.accessKeySecret)),
			basicAuth: { username: str(credentials.clientId), password: str(credentials.clientSecret) },
			what: 'CXone access-key token request',
			fix: 'Check the Client ID and Client Secret of the registered app and the Access Key ID and Access Key Secret.',
		},
		secrets,
	);
	const accessToken = accessTokenFrom(body, 'CXone access-key token request');
	const override = str(credentials.digitalApiBaseUrl).trim();
	if (override)
		return { accessToken, resolvedBaseUrl: checkBaseUrl('Digital API Base URL', override) };
	const tenantId = jwtClaims(accessToken).tenantId;
	if (typeof tenantId !== 'string' || !tenantId) {
		throw new Error(
			'The access token carries no tenantId claim, so the Digital API cannot be discovered. Enter the Digital API Base URL in the credential.',
		);
	}
	const configuration = await tokenCall(
		helper,
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

export class CXoneApi implements ICredentialType {
	name = 'cxoneApi';

	displayName = 'NICE CXone API';

	documentationUrl = 'https://developer.niceincontact.com/';

	icon: Icon = { light: 'file:cxone.svg', dark: 'file:cxone.dark.svg' };

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{
					name: 'OAuth2 Client Credentials (Conversations API V2)',
					value: 'oauth2ClientCredentials',
					description: 'Client ID and secret of an OAuth2 client with scopes',
				},
				{
					name: 'Access Key (Digital Engagement DFO 3.0)',
					value: 'accessKey',
					description: 'Registered back-end app plus a CXone user access key',
				},
			],
			default: 'oauth2ClientCredentials',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'string',
			default: '',
			placeholder: 'na1',
			required: true,
			description:
				'Environment name (such as na1, becoming https://na1.api.nicecxone.com) or the full API base URL',
			displayOptions: { show: { authentication: ['oauth2ClientCredentials'] } },
		},
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: '',
			placeholder: 'https://na1.api.nicecxone.com/oauth2/token',
			description: 'Leave empty to use {base URL}/oauth2/token',
			displayOptions: { show: { authentication: ['oauth2ClientCredentials'] } },
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Scopes',
			name: 'scopes',
			type: 'string',
			default: DEFAULT_SCOPES,
			description:
				'Space-separated. Listing needs conversations:read; filtering by social channel types also needs social:read.',
			displayOptions: { show: { authentication: ['oauth2ClientCredentials'] } },
		},
		{
			displayName: 'Access Key ID',
			name: 'accessKeyId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { authentication: ['accessKey'] } },
		},
		{
			displayName: 'Access Key Secret',
			name: 'accessKeySecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authentication: ['accessKey'] } },
		},
		{
			displayName: 'Issuer',
			name: 'issuer',
			type: 'string',
			default: DEFAULT_DFO_ISSUER,
			description: 'OpenID issuer; US government tenants use https://cxone-gov.niceincontact.com',
			displayOptions: { show: { authentication: ['accessKey'] } },
		},
		{
			displayName: 'Digital API Base URL',
			name: 'digitalApiBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://api-de-na1.niceincontact.com/dfo/3.0',
			description: "Leave empty to discover it from the token's tenant through cxone-configuration",
			displayOptions: { show: { authentication: ['accessKey'] } },
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Resolved Base URL',
			name: 'resolvedBaseUrl',
			type: 'hidden',
			default: '',
		},
	];

	/** Fetches a token when none is cached, and again (once per request) after a 401. */
	async preAuthentication(this: IHttpRequestHelper, credentials: Credentials) {
		return credentials.authentication === 'accessKey'
			? await dfoToken(this, credentials)
			: await v2Token(this, credentials);
	}

	authenticate: IAuthenticate = async (
		credentials: Credentials,
		requestOptions: IHttpRequestOptions,
	) => {
		const override = str(credentials.digitalApiBaseUrl).trim();
		const baseURL =
			credentials.authentication === 'accessKey'
				? override
					? checkBaseUrl('Digital API Base URL', override)
					: str(credentials.resolvedBaseUrl)
				: v2BaseUrl(str(credentials.environment));
		return {
			...requestOptions,
			baseURL,
			headers: {
				...requestOptions.headers,
				Authorization: `Bearer ${str(credentials.accessToken)}`,
			},
		};
	};

	test: ICredentialTestRequest = {
		request: {
			url: '={{ $credentials.authentication === "accessKey" ? "/channels?page=1&size=1" : "/api/v2/conversations?limit=1" }}',
			method: 'GET',
		},
	};
}
