'use strict';
// Flavour B: DFO 3.0 discovery, channels, contact search (scrollToken) and contact messages.
const crypto = require('node:crypto');
const { HttpError, badRequest, getList, parseTime, encodeToken, decodeToken } = require('../lib/http');
const { timeRange } = require('./v2');
const { ALL_STATUSES, CASE_BASE } = require('./dfo-model');

const HITS_SCAN_LIMIT = 2000000;

function openidConfiguration(ctx, req) {
	const base = ctx.baseUrl(req);
	return {
		status: 200,
		body: {
			issuer: base,
			authorization_endpoint: `${base}/auth/authorize`,
			token_endpoint: `${base}/auth/token`,
			userinfo_endpoint: `${base}/auth/userinfo`,
			jwks_uri: `${base}/auth/jwks`,
			grant_types_supported: ['password', 'refresh_token'],
			response_types_supported: ['code', 'token', 'id_token'],
			token_endpoint_auth_methods_supported: ['client_secret_basic'],
			id_token_signing_alg_values_supported: ['RS256'],
			scopes_supported: ['openid'],
		},
	};
}

function cxoneConfiguration(ctx, req, params) {
	const tenantId = params.get('tenantId');
	if (!tenantId) throw badRequest('tenantId is required');
	if (tenantId !== ctx.tenantId) {
		throw new HttpError(404, { message: `Tenant ${tenantId} not found` });
	}
	return {
		status: 200,
		body: {
			tenantId,
			api_endpoint: ctx.apiEndpoint,
			area: ctx.area,
			domain: ctx.domain,
			ui_endpoint: `https://${ctx.area}.nice-incontact.com`,
			auth_endpoint: ctx.baseUrl(req),
		},
	};
}

function listChannels(ctx, req, params) {
	ctx.auth.authenticate(req, 'dfo');
	const page = params.has('page') ? Number(params.get('page')) : 1;
	const size = params.has('size') ? Number(params.get('size')) : 25;
	if (!Number.isInteger(page) || page < 1) throw badRequest('page must be a positive integer');
	if (!Number.isInteger(size) || size < 1 || size > 1000) {
		throw badRequest('size must be an integer in 1..1000');
	}
	const all = ctx.dfo.channels;
	return {
		status: 200,
		body: {
			data: all.slice((page - 1) * size, page * size).map((c) => ({ ...c })),
			totalRecords: all.length,
		},
	};
}

const splitList = (params, name) =>
	getList(params, name)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);

function rawQuery(params) {
	return {
		from: params.get('date[from]') || null,
		to: params.get('date[to]') || null,
		statuses: [...new Set(splitList(params, 'status'))].sort(),
		channels: [...new Set(splitList(params, 'channel'))].sort(),
		sorting: params.get('sorting') || null,
		sortingType: params.get('sortingType') || null,
	};
}

// Validates a raw query -> { range, statuses, channels, desc }.
function resolveQuery(ctx, raw) {
	for (const s of raw.statuses) if (!ALL_STATUSES.has(s)) throw badRequest(`Unknown status '${s}'`);
	for (const c of raw.channels) {
		if (!ctx.dfo.channelById.has(c)) throw badRequest(`Unknown channel id '${c}'`);
	}
	if (raw.sorting && raw.sorting !== 'createdAt' && raw.sorting !== 'updatedAt') {
		throw badRequest('sorting must be createdAt or updatedAt');
	}
	if (raw.sortingType && raw.sortingType !== 'asc' && raw.sortingType !== 'desc') {
		throw badRequest('sortingType must be asc or desc');
	}
	const fromMs = raw.from ? parseTime(raw.from, true) : -Infinity;
	const toMs = raw.to ? parseTime(raw.to, true) : Infinity;
	if (Number.isNaN(fromMs)) throw badRequest(`date[from] is not a valid date-time: '${raw.from}'`);
	if (Number.isNaN(toMs)) throw badRequest(`date[to] is not a valid date-time: '${raw.to}'`);
	return {
		range: timeRange(ctx, fromMs, toMs, { from: !!raw.from, to: !!raw.to }),
		statuses: raw.statuses.length ? new Set(raw.statuses) : null,
		channels: raw.channels.length ? new Set(raw.channels) : null,
		desc: raw.sortingType === 'desc',
	};
}

function matcher(ctx, q) {
	if (!q.statuses && !q.channels) return null;
	return (i) => {
		const a = ctx.dfo.attrsAt(i);
		return (
			(!q.statuses || q.statuses.has(a.status)) && (!q.channels || q.channels.has(a.channelId))
		);
	};
}

function countHits(ctx, q) {
	const [start, end] = q.range;
	const match = matcher(ctx, q);
	if (!match) return end - start;
	if (end - start > HITS_SCAN_LIMIT) return null;
	let hits = 0;
	for (let i = start; i < end; i++) if (match(i)) hits++;
	return hits;
}

// Sorting by updatedAt is accepted but served in createdAt order (sandbox simplification).
function searchContacts(ctx, req, params) {
	ctx.auth.authenticate(req, 'dfo');
	const sent = params.get('scrollToken') || '';
	let raw = rawQuery(params);
	let cursor = null;
	if (sent) {
		cursor = decodeToken(sent, 'scrollToken');
		const given = Object.values(raw).some((v) => (Array.isArray(v) ? v.length : v));
		if (!cursor.c || (given && JSON.stringify(raw) !== JSON.stringify(cursor.c))) {
			throw badRequest('scrollToken does not belong to this search');
		}
		raw = cursor.c;
	}
	const q = resolveQuery(ctx, raw);
	const [start, end] = q.range;
	const hits = cursor ? cursor.h : countHits(ctx, q);
	let i = cursor ? cursor.i : q.desc ? end : start;
	if (!Number.isInteger(i) || i < start || i > end) throw badRequest('Invalid scrollToken');
	const match = matcher(ctx, q);
	const data = [];
	// No scan bound here: DFO clients stop at the first empty page, so only the end may be empty.
	while (data.length < ctx.dfoPageSize && (q.desc ? i > start : i < end)) {
		const index = q.desc ? --i : i++;
		if (!match || match(index)) data.push(ctx.dfo.contactAt(index));
	}
	const scrollToken = encodeToken({ i, h: hits, c: raw, n: crypto.randomBytes(3).toString('hex') });
	return { status: 200, body: { hits, scrollToken, data }, cursor: { key: 'scrollToken', sent } };
}

function contactIndex(ctx, id) {
	const i = ctx.dfo.indexOfContactId(id);
	if (i < 0) throw new HttpError(404, { message: `Contact ${id} not found` });
	return i;
}

function getContact(ctx, req, params, id) {
	ctx.auth.authenticate(req, 'dfo');
	return { status: 200, body: ctx.dfo.contactAt(contactIndex(ctx, id)) };
}

function listMessages(ctx, req, params, id) {
	ctx.auth.authenticate(req, 'dfo');
	const data = ctx.dfo.messagesFor(contactIndex(ctx, id));
	return { status: 200, body: { hits: data.length, data } };
}

function expectedDfo(ctx, q, desc) {
	const match = matcher(ctx, q);
	const out = [];
	for (let i = q.range[0]; i < q.range[1]; i++) {
		if (!match || match(i)) out.push(String(CASE_BASE + i));
	}
	return desc ? out.reverse() : out;
}

module.exports = {
	openidConfiguration,
	cxoneConfiguration,
	listChannels,
	searchContacts,
	getContact,
	listMessages,
	resolveQuery,
	expectedDfo,
};
