/* eslint-disable @typescript-eslint/no-require-imports */
import { InputValidationError } from '../../nodes/core/errors';
import { dfoBaseUrlFromConfiguration } from '../../nodes/core/cxone/auth';
import { validateQuery, type RawQueryInput } from '../../nodes/core/cxone/query';
import { baseUrlProblem, credentialRequestProblem, endpointUrlProblem } from '../../nodes/core/url';

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const base: RawQueryInput = {
	flavour: 'v2',
	timeRange: 'lastHours',
	hours: 24,
	scopes: 'conversations:read social:read',
};

// Values of every JSON type (and a few that only expressions make), none of them valid anywhere
// a whole number or a date is wanted.
const BAD_VALUES: unknown[] = [
	null,
	true,
	false,
	[],
	[5],
	{},
	{ toString: 1 },
	Object.create(null),
	'',
	'  ',
	'four',
	'1e400',
	Number.NaN,
	Number.POSITIVE_INFINITY,
	-1,
	0.5,
	1e12,
	'x'.repeat(100_000),
];

function failure(input: Partial<RawQueryInput>): InputValidationError {
	let caught: unknown;
	try {
		validateQuery({ ...base, ...input }, NOW);
	} catch (error) {
		caught = error;
	}
	expect(caught).toBeInstanceOf(InputValidationError);
	return caught as InputValidationError;
}

describe('validateQuery with values of every JSON type', () => {
	const fields: Array<[keyof RawQueryInput, string, Partial<RawQueryInput>]> = [
		['hours', 'Hours', { timeRange: 'lastHours' }],
		['days', 'Days', { timeRange: 'lastDays' }],
		['from', 'From', { timeRange: 'between', to: '2026-11-02T00:00:00Z' }],
		['to', 'To', { timeRange: 'between', from: '2026-11-01T00:00:00Z' }],
		['limit', 'Limit', {}],
		['pageSize', 'Page Size', {}],
		['retentionDays', 'Retention Days', {}],
	];
	for (const [key, label, context] of fields) {
		it(`${label}: a clear error naming the field, never a TypeError`, () => {
			for (const value of BAD_VALUES) {
				// A date field takes text only; a number of ms is not a date either.
				const error = failure({ ...context, [key]: value });
				expect(error.field).toBe(label);
				expect(error.message.startsWith(`${label}: `)).toBe(true);
				expect(error.message.length).toBeLessThan(400);
			}
		});
	}

	it('takes a number as one conversation id and refuses what is not a list', () => {
		expect(validateQuery({ ...base, conversationIds: 12345 }, NOW).conversationIds).toEqual([
			'12345',
		]);
		expect(
			validateQuery({ ...base, conversationIds: [12345, 'a-1'] }, NOW).conversationIds,
		).toEqual(['12345', 'a-1']);
		for (const [key, label] of [
			['conversationIds', 'Conversation IDs'],
			['channelTypes', 'Channel Types'],
			['customChannelTypes', 'Custom Channel Types'],
			['statuses', 'Statuses'],
		] as const) {
			for (const value of [true, {}, [null], [{}], Object.create(null), Number.NaN]) {
				expect(failure({ [key]: value }).field).toBe(label);
			}
		}
	});

	it('does not take true, a list or an empty text as a number', () => {
		expect(failure({ hours: true }).message).toMatch(/^Hours: must be a whole number .* got true/);
		expect(failure({ hours: [24] }).message).toMatch(/got a list/);
		expect(failure({ limit: '' }).message).toMatch(/^Limit: /);
		expect(validateQuery({ ...base, hours: ' 12 ' }, NOW).fromMs).toBe(NOW - 12 * 3_600_000);
	});

	it('names the time range mode whatever its type', () => {
		for (const value of [5, null, {}, Object.create(null)]) {
			expect(failure({ timeRange: value as string }).field).toBe('Time Range');
		}
	});
});

describe('URLs that credentials go to', () => {
	it('refuses a base URL with a query or fragment, and accepts a query on an endpoint URL', () => {
		for (const url of [
			'https://tickets.example.test/?tenant=1',
			'https://tickets.example.test/#top',
			'https://tickets.example.test/api?',
			'http://127.0.0.1:4010/?x=1',
		]) {
			expect(baseUrlProblem(url)).toMatch(/query \(\?\) or fragment \(#\)/);
		}
		expect(baseUrlProblem('https://tickets.example.test/api')).toBeUndefined();
		expect(endpointUrlProblem('https://tickets.example.test/batch?upsert=1')).toBeUndefined();
		expect(endpointUrlProblem('https://tickets.example.test/batch#x')).toMatch(/fragment/);
		expect(endpointUrlProblem(5 as unknown as string)).toMatch(/not a URL/);
	});

	it('sends a credential only over https (http on loopback) and only to its own origin', () => {
		const base = 'https://tickets.example.test';
		expect(
			credentialRequestProblem(base, { url: 'https://tickets.example.test/a' }),
		).toBeUndefined();
		expect(credentialRequestProblem(base, { baseURL: base, url: '/a' })).toBeUndefined();
		expect(credentialRequestProblem(base, { url: 'https://elsewhere.test/a' })).toMatch(
			/goes to https:\/\/elsewhere\.test, not to the credential's Base URL/,
		);
		expect(credentialRequestProblem(base, { url: 'http://tickets.example.test/a' })).toMatch(
			/https/,
		);
		expect(credentialRequestProblem('http://tickets.example.test', { url: '/a' })).toMatch(
			/^Base URL: .*must use https/,
		);
		expect(
			credentialRequestProblem('http://127.0.0.1:9', { baseURL: 'http://127.0.0.1:9', url: '/' }),
		).toBeUndefined();
	});

	it('the ticketing credential test and requests follow the https and origin rule', async () => {
		const { TicketingApi } = require('../../dist/credentials/TicketingApi.credentials.js');
		const credential = new TicketingApi();
		expect(credential.test.request.disableFollowRedirect).toBe(true);
		const data = (baseUrl: string) => ({ baseUrl, authType: 'bearer', token: 'secret-token' });
		const testRequest = (baseUrl: string) => ({ baseURL: baseUrl, url: '/', headers: {} });
		await expect(
			credential.authenticate(
				data('http://tickets.example.test'),
				testRequest('http://tickets.example.test'),
			),
		).rejects.toThrow(/Ticketing Endpoint API: Base URL: .*must use https/);
		await expect(
			credential.authenticate(
				data('https://tickets.example.test/?x=1'),
				testRequest('https://tickets.example.test/?x=1'),
			),
		).rejects.toThrow(/query/);
		await expect(
			credential.authenticate(data('https://tickets.example.test'), {
				url: 'https://other.test/batch',
				headers: {},
			}),
		).rejects.toThrow(/not to the credential's Base URL/);
		const ok = await credential.authenticate(
			data('http://localhost:4011'),
			testRequest('http://localhost:4011'),
		);
		expect(ok.headers.Authorization).toBe('Bearer secret-token');
	});

	it('the HubSpot credential test and requests follow the https and origin rule', async () => {
		const {
			HubSpotTicketsApi,
		} = require('../../dist/credentials/HubSpotTicketsApi.credentials.js');
		const credential = new HubSpotTicketsApi();
		expect(credential.test.request.disableFollowRedirect).toBe(true);
		const request = (baseURL: string) => ({ baseURL, url: '/crm/v3/objects/tickets', headers: {} });
		await expect(
			credential.authenticate(
				{ accessToken: 't', baseUrl: 'http://hubspot-proxy.test' },
				request('http://hubspot-proxy.test'),
			),
		).rejects.toThrow(/HubSpot Tickets API: Base URL: .*must use https/);
		await expect(
			credential.authenticate(
				{ accessToken: 't', baseUrl: '' },
				{ url: 'https://evil.test/x', headers: {} },
			),
		).rejects.toThrow(/not to the credential's Base URL \(https:\/\/api\.hubapi\.com\)/);
		const ok = await credential.authenticate(
			{ accessToken: 'pat-1', baseUrl: '' },
			request('https://api.hubapi.com'),
		);
		expect(ok.headers.Authorization).toBe('Bearer pat-1');
	});
});

describe('the Digital Engagement base from the tenant configuration', () => {
	it('is built on a NICE domain only', () => {
		expect(dfoBaseUrlFromConfiguration({ area: 'na1', domain: 'niceincontact.com' })).toBe(
			'https://api-de-na1.niceincontact.com/dfo/3.0',
		);
		expect(dfoBaseUrlFromConfiguration({ area: 'eu1', domain: 'eu.nicecxone.com' })).toBe(
			'https://api-de-eu1.eu.nicecxone.com/dfo/3.0',
		);
		expect(dfoBaseUrlFromConfiguration({ area: 'g1', domain: 'nicecxone-gov.com' })).toBe(
			'https://api-de-g1.nicecxone-gov.com/dfo/3.0',
		);
		for (const domain of [
			'evil.test',
			'niceincontact.com.evil.test',
			'evilniceincontact.com',
			'nicecxone.co',
			'localhost',
		]) {
			expect(() => dfoBaseUrlFromConfiguration({ area: 'na1', domain })).toThrow(
				/not a NICE CXone domain/,
			);
		}
	});
});
