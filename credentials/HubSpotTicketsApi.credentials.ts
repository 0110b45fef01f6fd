import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

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

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/crm/v3/objects/tickets',
			qs: { limit: 1 },
		},
	};
}
