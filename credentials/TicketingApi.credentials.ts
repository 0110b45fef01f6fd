import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { credentialRequestProblem } from '../nodes/core/url';

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Header, Bearer or Basic authentication for a generic ticketing endpoint. The package carries its
 * own credential type because n8n's verification rules forbid a community node from reusing
 * credential types defined elsewhere (such as n8n's own Header Auth).
 */
export class TicketingApi implements ICredentialType {
	name = 'ticketingApi';

	displayName = 'Ticketing Endpoint API';

	documentationUrl =
		'https://github.com/cxone-social-inbox/n8n-nodes-cxone-social-inbox#ticket-batch-upsert';

	icon: Icon = { light: 'file:tickets.svg', dark: 'file:tickets.dark.svg' };

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://tickets.example.com',
			required: true,
			description: "The node's URL is resolved against it; https, or http on a loopback host",
		},
		{
			displayName: 'Authentication Type',
			name: 'authType',
			type: 'options',
			options: [
				{ name: 'Bearer Token', value: 'bearer' },
				{ name: 'Header', value: 'header' },
				{ name: 'Basic Auth', value: 'basic' },
			],
			default: 'bearer',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['bearer'] } },
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'X-API-Key',
			displayOptions: { show: { authType: ['header'] } },
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['header'] } },
		},
		{
			displayName: 'User',
			name: 'user',
			type: 'string',
			default: '',
			displayOptions: { show: { authType: ['basic'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['basic'] } },
		},
		{
			displayName: 'Test Path',
			name: 'testPath',
			type: 'string',
			default: '/',
			description:
				'A path under the base URL that answers 2xx to an authenticated GET, used by the credential test',
		},
	];

	authenticate: IAuthenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	) => {
		// The same rule as every request of the nodes (https, or http on loopback; the credential's
		// own origin only), so neither the credential test nor a node sends the secret elsewhere.
		const problem = credentialRequestProblem(str(credentials.baseUrl), requestOptions);
		if (problem) throw new Error(`Ticketing Endpoint API: ${problem}`);
		const headers = { ...requestOptions.headers };
		const type = str(credentials.authType);
		if (type === 'bearer') headers.Authorization = `Bearer ${str(credentials.token)}`;
		else if (type === 'header')
			headers[str(credentials.headerName) || 'X-API-Key'] = str(credentials.apiKey);
		else if (type === 'basic') {
			headers.Authorization = `Basic ${Buffer.from(`${str(credentials.user)}:${str(credentials.password)}`).toString('base64')}`;
		}
		return { ...requestOptions, headers };
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '={{$credentials.testPath || "/"}}',
			method: 'GET',
			// A redirect would carry the credential to wherever it points.
			disableFollowRedirect: true,
		},
	};
}
