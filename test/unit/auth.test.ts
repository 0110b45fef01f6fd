import {
	accessKeyGrantBody,
	clientCredentialsGrantBody,
	dfoBaseUrlFromConfiguration,
	jwtClaims,
	v2BaseUrl,
	v2TokenUrl,
} from '../../nodes/core/cxone/auth';
import { checkBaseUrl } from '../../nodes/core/url';
import { collectSecrets, redactSecrets, summariseBody } from '../../nodes/core/redact';

describe('credential helpers', () => {
	it('derive the v2 base and token URL from an environment name or take a URL', () => {
		expect(v2BaseUrl('NA1')).toBe('https://na1.api.nicecxone.com');
		expect(v2TokenUrl('eu1', '')).toBe('https://eu1.api.nicecxone.com/oauth2/token');
		expect(v2BaseUrl('https://example.test/')).toBe('https://example.test');
		expect(v2TokenUrl('na1', 'https://auth.example.test/token')).toBe('https://auth.example.test/token');
	});

	it('require https except on loopback', () => {
		expect(checkBaseUrl('X', 'http://127.0.0.1:4010/')).toBe('http://127.0.0.1:4010');
		expect(checkBaseUrl('X', 'http://localhost:1')).toBe('http://localhost:1');
		expect(() => checkBaseUrl('Environment', 'http://na1.api.nicecxone.com')).toThrow(/Environment: .* must use https/);
		expect(() => checkBaseUrl('Token URL', 'not a url')).toThrow(/Token URL: "not a url" is not a URL/);
		expect(() => checkBaseUrl('X', 'https://user:pw@example.test')).toThrow(/do not put credentials in the URL/);
		expect(() => v2BaseUrl('na1; rm')).toThrow(/neither an environment name/);
	});

	it('encode grant bodies so keys with = + / survive', () => {
		const body = new URLSearchParams(accessKeyGrantBody('AK=1', 'a+b/c=='));
		expect(body.get('grant_type')).toBe('password');
		expect(body.get('username')).toBe('AK=1');
		expect(body.get('password')).toBe('a+b/c==');
		expect(clientCredentialsGrantBody('conversations:read, social:read')).toBe('grant_type=client_credentials&scope=conversations%3Aread+social%3Aread');
		expect(clientCredentialsGrantBody('')).toBe('grant_type=client_credentials');
	});

	it('read the tenantId claim and build the documented DFO base URL', () => {
		const payload = Buffer.from(JSON.stringify({ tenantId: 't-1', area: 'na1' })).toString('base64url');
		expect(jwtClaims(`h.${payload}.s`).tenantId).toBe('t-1');
		expect(jwtClaims('opaque')).toEqual({});
		expect(dfoBaseUrlFromConfiguration({ area: 'na1', domain: 'niceincontact.com' })).toBe('https://api-de-na1.niceincontact.com/dfo/3.0');
		expect(() => dfoBaseUrlFromConfiguration({ area: 'na1' })).toThrow(/Digital API Base URL/);
	});
});

describe('redaction', () => {
	it('removes secrets, their URL-encoded form and bearer tokens from any text', () => {
		const secrets = collectSecrets(['s3cr=t/value', 'tok-123456789', '', undefined, 'ab']);
		const text = 'client_secret=s3cr%3Dt%2Fvalue raw s3cr=t/value Authorization: Bearer abcdefghijklmnop tok-123456789';
		const out = redactSecrets(text, secrets);
		expect(out).not.toMatch(/s3cr|tok-123456789|abcdefghijklmnop/);
		expect(out).toContain('[redacted]');
	});
	it('summarise an API body to its message', () => {
		expect(summariseBody({ error: 'invalid_client', error_description: 'Client authentication failed' }, [])).toBe('Client authentication failed');
		expect(summariseBody('x'.repeat(500), []).length).toBeLessThanOrEqual(301);
	});
});
