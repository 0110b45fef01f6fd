'use strict';
// Token endpoints for both APIs (v2 and dfo) and the bearer check used by every data route.
const crypto = require('node:crypto');
const { HttpError, readBody, parseBasic, credentialsMatch, bearer } = require('../lib/http');

const UNAUTHORIZED = { message: 'Unauthorized: token expired or invalid' };
// The DFO API's authentication errors are {error, errorDescription} (NICE's generated types).
const DFO_UNAUTHORIZED = {
	error: 'invalid_token',
	errorDescription: 'The access token is expired or invalid',
};
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
const randomToken = () => crypto.randomBytes(24).toString('base64url');
const b64json = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');

function createAuth(ctx) {
	const tokens = new Map(); // access token -> { api, scopes: Set, expiresAt }
	const refreshTokens = new Map(); // refresh token -> expiresAt
	let issued = 0;

	function remember(token, entry) {
		if (tokens.size > 50000) {
			const now = ctx.now();
			for (const [key, value] of tokens) if (value.expiresAt <= now) tokens.delete(key);
			for (const key of tokens.keys()) {
				if (tokens.size <= 50000) break;
				tokens.delete(key);
			}
		}
		tokens.set(token, entry);
		issued++;
	}

	async function readForm(req) {
		const body = await readBody(req);
		if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] || '')) {
			throw new HttpError(400, {
				error: 'invalid_request',
				error_description: 'Content-Type must be application/x-www-form-urlencoded',
			});
		}
		return new URLSearchParams(body);
	}

	function checkClient(req, client) {
		if (!credentialsMatch(parseBasic(req), client.clientId, client.clientSecret)) {
			throw new HttpError(
				401,
				{ error: 'invalid_client', error_description: 'Client authentication failed' },
				{ 'WWW-Authenticate': 'Basic realm="cxone"' },
			);
		}
	}

	async function v2Token(req) {
		const client = ctx.clients.v2;
		checkClient(req, client);
		const form = await readForm(req);
		const grant = form.get('grant_type');
		if (grant !== 'client_credentials') {
			throw new HttpError(400, {
				error: 'unsupported_grant_type',
				error_description: `grant_type ${grant || '(missing)'} is not supported`,
			});
		}
		const scopeParam = form.get('scope');
		const scopes =
			scopeParam && scopeParam.trim() ? scopeParam.trim().split(/\s+/) : [...client.scopes];
		const missing = scopes.find((scope) => !client.scopes.includes(scope));
		if (missing) {
			throw new HttpError(400, {
				error: 'invalid_scope',
				error_description: `Scope '${missing}' is not allowed for client ${client.clientId}`,
			});
		}
		const accessToken = randomToken();
		remember(accessToken, {
			api: 'v2',
			scopes: new Set(scopes),
			expiresAt: ctx.now() + ctx.tokenTtlSeconds * 1000,
		});
		return {
			status: 200,
			headers: NO_STORE,
			body: {
				access_token: accessToken,
				token_type: 'Bearer',
				expires_in: ctx.tokenTtlSeconds,
				scope: scopes.join(' '),
			},
		};
	}

	function jwt(payload) {
		return `${b64json({ alg: 'RS256', typ: 'JWT', kid: 'sandbox' })}.${b64json(payload)}.${crypto.randomBytes(32).toString('base64url')}`;
	}

	// DFO: password grant with the access key (or refresh_token); the JWT claims carry the tenant.
	async function dfoToken(req) {
		const client = ctx.clients.dfo;
		checkClient(req, client);
		const form = await readForm(req);
		const grant = form.get('grant_type');
		if (grant === 'password') {
			if (
				form.get('username') !== client.accessKeyId ||
				form.get('password') !== client.accessKeySecret
			) {
				throw new HttpError(400, {
					error: 'invalid_grant',
					error_description: 'Invalid access key',
				});
			}
		} else if (grant === 'refresh_token') {
			const expiry = refreshTokens.get(form.get('refresh_token'));
			if (!expiry || expiry <= ctx.now()) {
				throw new HttpError(400, {
					error: 'invalid_grant',
					error_description: 'Invalid refresh token',
				});
			}
		} else {
			throw new HttpError(400, {
				error: 'unsupported_grant_type',
				error_description: `grant_type ${grant || '(missing)'} is not supported`,
			});
		}
		const now = ctx.now();
		const iat = Math.floor(now / 1000);
		const exp = iat + ctx.tokenTtlSeconds;
		const claims = {
			iss: ctx.baseUrl(req),
			sub: `user:${client.accessKeyId}`,
			aud: client.clientId,
			tenantId: ctx.tenantId,
			area: ctx.area,
			icDomain: ctx.domain,
			iat,
			exp,
			jti: crypto.randomUUID(),
		};
		const accessToken = jwt(claims);
		const refreshToken = randomToken();
		refreshTokens.set(refreshToken, now + 24 * 3600 * 1000);
		remember(accessToken, {
			api: 'dfo',
			scopes: new Set(['openid']),
			expiresAt: now + ctx.tokenTtlSeconds * 1000,
		});
		return {
			status: 200,
			headers: NO_STORE,
			body: {
				access_token: accessToken,
				token_type: 'Bearer',
				refresh_token: refreshToken,
				expires_in: ctx.tokenTtlSeconds,
				id_token: jwt({ ...claims, name: 'Sandbox Integration User' }),
			},
		};
	}

	// -> token entry; throws 401 when missing, unknown, expired or of the other api.
	function authenticate(req, api) {
		const token = bearer(req);
		const entry = token && tokens.get(token);
		if (!entry || entry.api !== api || entry.expiresAt <= ctx.now()) {
			if (entry && entry.expiresAt <= ctx.now()) tokens.delete(token);
			throw new HttpError(401, api === 'dfo' ? DFO_UNAUTHORIZED : UNAUTHORIZED, {
				'WWW-Authenticate': 'Bearer error="invalid_token"',
			});
		}
		return entry;
	}

	function requireScope(entry, scope) {
		if (!entry.scopes.has(scope)) {
			throw new HttpError(403, { message: `Forbidden: missing scope ${scope}` });
		}
	}

	return {
		v2Token,
		dfoToken,
		authenticate,
		requireScope,
		invalidate: (token) => tokens.delete(token),
		expireAll: () => {
			for (const entry of tokens.values()) entry.expiresAt = 0;
		},
		get issued() {
			return issued;
		},
		resetCount: () => {
			issued = 0;
		},
		UNAUTHORIZED,
		DFO_UNAUTHORIZED,
	};
}

module.exports = { createAuth };
