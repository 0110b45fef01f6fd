/**
 * Pure helpers of the credential: base URLs, token requests, JWT claims. The credential class
 * calls them with n8n's request helper; tests call them directly.
 */

import { checkBaseUrl } from '../url';

export type AuthenticationMode = 'oauth2ClientCredentials' | 'accessKey';

export const DEFAULT_SCOPES = 'conversations:read social:read';
export const DEFAULT_DFO_ISSUER = 'https://cxone.niceincontact.com';

/** "na1" becomes https://na1.api.nicecxone.com; a full URL is taken as it is. */
export function v2BaseUrl(environment: string): string {
	const value = environment.trim();
	if (!value)
		throw new Error('Environment: enter the environment name (such as na1) or the API base URL.');
	if (/^https?:\/\//i.test(value)) return checkBaseUrl('Environment', value);
	if (!/^[a-z0-9-]{2,40}$/i.test(value)) {
		throw new Error(
			`Environment: "${value}" is neither an environment name (such as na1) nor a URL.`,
		);
	}
	return `https://${value.toLowerCase()}.api.nicecxone.com`;
}

export function v2TokenUrl(environment: string, tokenUrl: string): string {
	return tokenUrl.trim()
		? checkBaseUrl('Token URL', tokenUrl)
		: `${v2BaseUrl(environment)}/oauth2/token`;
}

/** Claims of a JWT payload, without verifying it (the API verifies; we only read tenantId). */
export function jwtClaims(token: string): Record<string, unknown> {
	const part = token.split('.')[1];
	if (!part) return {};
	try {
		const json = Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
		const claims: unknown = JSON.parse(json);
		return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

/** The domains a Digital Engagement base built from the tenant configuration may be on. */
export const NICE_DOMAINS = ['niceincontact.com', 'nicecxone.com', 'nicecxone-gov.com'] as const;

/** The documented Digital Engagement base: https://api-de-{area}.{domain}/dfo/3.0. */
export function dfoBaseUrlFromConfiguration(configuration: unknown): string {
	const config = (configuration ?? {}) as Record<string, unknown>;
	const area = typeof config.area === 'string' ? config.area.trim() : '';
	const domain = typeof config.domain === 'string' ? config.domain.trim() : '';
	if (!/^[a-z0-9-]+$/i.test(area) || !/^[a-z0-9.-]+$/i.test(domain)) {
		throw new Error(
			'The CXone configuration did not give an area and domain for this tenant. Enter the Digital API Base URL in the credential.',
		);
	}
	// The access token goes to this address: only to NICE's own domains. Anything else (a
	// tampered or misrouted configuration answer) needs the operator to type the base URL.
	const host = domain.toLowerCase().replace(/\.+$/, '');
	if (!NICE_DOMAINS.some((nice) => host === nice || host.endsWith(`.${nice}`))) {
		throw new Error(
			`The CXone configuration named the domain "${domain.slice(0, 80)}", which is not a NICE CXone domain (${NICE_DOMAINS.join(', ')}); the token is not sent there. If it is right, enter the Digital API Base URL in the credential.`,
		);
	}
	return `https://api-de-${area.toLowerCase()}.${domain.toLowerCase()}/dfo/3.0`;
}

/** Form body for the DFO password grant; URLSearchParams encodes "=", "+" and "/" in keys. */
export function accessKeyGrantBody(accessKeyId: string, accessKeySecret: string): string {
	return new URLSearchParams({
		grant_type: 'password',
		username: accessKeyId,
		password: accessKeySecret,
	}).toString();
}

export function clientCredentialsGrantBody(scopes: string): string {
	const params = new URLSearchParams({ grant_type: 'client_credentials' });
	const scope = scopes
		.split(/[\s,]+/)
		.filter(Boolean)
		.join(' ');
	if (scope) params.set('scope', scope);
	return params.toString();
}
