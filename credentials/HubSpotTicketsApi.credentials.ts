import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { credentialRequestProblem } from '../nodes/core/url';

const DEFAULT_BASE_URL = 'https://api.hubapi.com';

/**
 * A HubSpot private app access token for the tickets batch API. Own credential type: n8n's
 * verification rules forbid a community node from reusing n8n's HubSpot credential types.
 */
export class HubSpotTicketsApi implements ICredentialType {
	name = 'hubSpotTicketsApi';

	displayName = 'HubSpot Tickets (Private App) API';

	documentationUrl = 'https://developers.hubspot.com/docs/api/private-apps';

	icon: Icon = { light: 'file:tickets.svg', dark: 'file:tickets.dark.svg' };

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Private app token with the tickets scope',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.hubapi.com',
			description: 'Change only for a proxy or a local test server',
		},
	];

	authenticate: IAuthenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	) => {
		// The same rule as every request of the node (https, or http on loopback; the credential's
		// own origin only), so neither the credential test nor the node sends the token elsewhere.
		const base = typeof credentials.baseUrl === 'string' && credentials.baseUrl.trim();
		const problem = credentialRequestProblem(base || DEFAULT_BASE_URL, requestOptions);
		if (problem) throw new Error(`HubSpot Tickets API: ${problem}`);
		const token = typeof credentials.accessToken === 'string' ? credentials.accessToken : '';
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, Authorization: `Bearer ${token}` },
		};
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl || "https://api.hubapi.com"}}',
			url: '/crm/v3/objects/tickets',
			qs: { limit: 1 },
			// A redirect would carry the token to wherever it points.
			disableFollowRedirect: true,
		},
	};
}
