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

import { DEFAULT_DFO_ISSUER, DEFAULT_SCOPES, v2BaseUrl } from '../nodes/core/cxone/auth';
import {
	fetchCXoneToken,
	tokenFingerprint,
	type SendTokenRequest,
} from '../nodes/core/cxone/token';
import { REQUEST_POLICY_OPTIONS } from '../nodes/core/request';
import type { HttpResult } from '../nodes/core/retry';
import { checkBaseUrl } from '../nodes/core/url';

type Credentials = ICredentialDataDecryptedObject;

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** n8n's request helper under the package's request policy (no redirects, a timeout). */
function tokenSender(helper: IHttpRequestHelper): SendTokenRequest {
	return async (call) => {
		const options: IHttpRequestOptions = {
			...REQUEST_POLICY_OPTIONS,
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
		return (await helper.helpers.httpRequest(options)) as HttpResult;
	};
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
		{
			displayName: 'Token Fingerprint',
			name: 'tokenFingerprint',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	/** Fetches a token when none is cached, and again (once per request) after a 401. */
	async preAuthentication(this: IHttpRequestHelper, credentials: Credentials) {
		return { ...(await fetchCXoneToken(tokenSender(this), sleep, credentials)) };
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
		// A token fetched with other settings (another secret, environment or issuer) is never
		// sent: without it the API answers 401 and n8n fetches a token for the settings as they are.
		const current = str(credentials.tokenFingerprint) === tokenFingerprint(credentials);
		return {
			...requestOptions,
			...REQUEST_POLICY_OPTIONS,
			baseURL,
			headers: {
				...requestOptions.headers,
				...(current ? { Authorization: `Bearer ${str(credentials.accessToken)}` } : {}),
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
