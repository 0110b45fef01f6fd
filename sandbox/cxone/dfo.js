'use strict';
// dfo: DFO 3.0 discovery, channels, contact search (scrollToken) and contact messages.
const crypto = require('node:crypto');
const { HttpError, badRequest, getList, encodeToken, decodeToken } = require('../lib/http');
const { ALL_STATUSES, CASE_BASE } = require('./dfo-model');

const HITS_SCAN_LIMIT = 2000000;
const DAY_MS = 86400000;

// DFO API errors as NICE's generated types show them: {errors: [{message, field?, errorCode?}],
// uid?}, the uid naming the request for support.
function dfoError(status, message, field, errorCode) {
	const error = { message };
	if (field) error.field = field;
	if (errorCode) error.errorCode = errorCode;
	return new HttpError(status, {
		errors: [error],
		uid: crypto.randomBytes(8).toString('hex'),
	});
}
const invalid = (message, field) => dfoError(400, message, field, 'InvalidParameter');

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

// A bare array, as NICE's spec has it; deleted channels only with includeDeleted=1 (what NICE's
// agent SDK sends; not in the spec).
function listChannels(ctx, req, params) {
	ctx.auth.authenticate(req, 'dfo');
	const page = params.has('page') ? Number(params.get('page')) : 1;
	const size = params.has('size') ? Number(params.get('size')) : 25;
	if (!Number.isInteger(page) || page < 1) throw invalid('page must be a positive integer', 'page');
	if (!Number.isInteger(size) || size < 1 || size > 1000) {
		throw invalid('size must be an integer in 1..1000', 'size');
	}
	const includeDeleted = ['1', 'true'].includes(params.get('includeDeleted') || '');
	const all = ctx.dfo.channels.filter((c) => includeDeleted || !c.isDeleted);
	return { status: 200, body: all.slice((page - 1) * size, page * size).map((c) => ({ ...c })) };
}

const splitList = (params, name) =>
	getList(params, name)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);

// NICE's UI sends the filters inside `query` as `status IN (a,b) AND channel IN (x)`.
function parseFilterQuery(text) {
	const out = { status: [], channel: [] };
	if (!text) return out;
	for (const clause of text.split(/\s+AND\s+/i)) {
		const match = /^\s*(\w+)\s+IN\s*\(([^()]*)\)\s*$/i.exec(clause);
		if (!match || !(match[1] in out)) {
			throw invalid(
				`query: cannot read '${clause.trim()}' (use field IN (a,b) joined by AND; fields status, channel)`,
				'query',
			);
		}
		out[match[1]].push(...match[2].split(',').map((v) => v.trim().replace(/^['"]|['"]$/g, '')));
	}
	return out;
}

function rawQuery(params) {
	// No page size exists for the contacts search. A real server may ignore one; this one refuses
	// it, so a client that believes it controls the page size is caught.
	for (const name of ['size', 'pageSize', 'limit']) {
		if (params.has(name)) throw invalid(`${name} is not a parameter of the contacts search`, name);
	}
	const inQuery = parseFilterQuery(params.get('query'));
	const list = (name) =>
		[...new Set([...splitList(params, name), ...inQuery[name]].filter(Boolean))].sort();
	return {
		from: params.get('date[from]') || null,
		to: params.get('date[to]') || null,
		statuses: list('status'),
		channels: list('channel'),
		sorting: params.get('sorting') || null,
		sortingType: params.get('sortingType') || null,
	};
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

// date[from] / date[to] are creation dates (YYYY-MM-DD, UTC here): a date-time is refused, as a
// strict server would. Returns the day's start in ms.
function parseDay(value, field) {
	const match = DATE_ONLY.exec(value);
	const ms = match ? Date.UTC(+match[1], +match[2] - 1, +match[3]) : NaN;
	if (!match || new Date(ms).toISOString().slice(0, 10) !== value) {
		throw invalid(`${field} must be a date (YYYY-MM-DD), got '${value}'`, field);
	}
	return ms;
}

const dayOf = (ms) => Math.floor(ms / DAY_MS) * DAY_MS;

// Both days inclusive; retention and "not in the future" are checked by day.
function dayRange(ctx, raw) {
	const now = ctx.now();
	const oldest = now - ctx.retentionDays * DAY_MS;
	const fromDay = raw.from ? parseDay(raw.from, 'date[from]') : null;
	const toDay = raw.to ? parseDay(raw.to, 'date[to]') : null;
	if (fromDay !== null && toDay !== null && fromDay > toDay) {
		throw invalid('date[from] must not be after date[to]', 'date[from]');
	}
	if (toDay !== null && toDay > dayOf(now + 60000)) {
		throw invalid('date[to] must not be in the future', 'date[to]');
	}
	if (fromDay !== null && fromDay < dayOf(oldest)) {
		throw invalid(
			`date[from] is older than the retention policy (${ctx.retentionDays} days)`,
			'date[from]',
		);
	}
	const fromMs = Math.max(fromDay ?? oldest, oldest);
	const toMs = toDay === null ? Infinity : toDay + DAY_MS;
	return ctx.generator.indexRangeFor(fromMs, toMs);
}

// Validates a raw query -> { range, statuses, channels, desc }.
function resolveQuery(ctx, raw) {
	for (const s of raw.statuses) {
		if (!ALL_STATUSES.has(s)) throw invalid(`Unknown status '${s}'`, 'status');
	}
	for (const c of raw.channels) {
		if (!ctx.dfo.channelById.has(c)) throw invalid(`Unknown channel id '${c}'`, 'channel');
	}
	if (raw.sorting && raw.sorting !== 'createdAt' && raw.sorting !== 'updatedAt') {
		throw invalid('sorting must be createdAt or updatedAt', 'sorting');
	}
	if (raw.sortingType && raw.sortingType !== 'asc' && raw.sortingType !== 'desc') {
		throw invalid('sortingType must be asc or desc', 'sortingType');
	}
	return {
		range: dayRange(ctx, raw),
		statuses: raw.statuses.length ? new Set(raw.statuses) : null,
		channels: raw.channels.length ? new Set(raw.channels) : null,
		desc: raw.sortingType === 'desc',
	};
}

function matcher(ctx, q) {
	if (!q.statuses && !q.channels) return null;
	return (i) => {
		const a = ctx.dfo.attrsAt(i);
		const status = ctx.live ? ctx.live.statusAt(i) : a.status;
		return (
			(!q.statuses || q.statuses.has(status)) && (!q.channels || q.channels.has(a.channelId))
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

// Sorting by updatedAt is accepted but served in createdAt order (sandbox simplification). Like a
// scroll over a search index, one request scans a bounded stretch (ctx.dfoScanLimit contacts): a
// filtered search may return empty pages that still carry a scrollToken. The last page has none.
function searchContacts(ctx, req, params) {
	ctx.auth.authenticate(req, 'dfo');
	const sent = params.get('scrollToken') || '';
	let raw = rawQuery(params);
	let cursor = null;
	if (sent) {
		cursor = decodeToken(sent, 'scrollToken');
		const given = Object.values(raw).some((v) => (Array.isArray(v) ? v.length : v));
		if (!cursor.c || (given && JSON.stringify(raw) !== JSON.stringify(cursor.c))) {
			throw invalid('scrollToken does not belong to this search', 'scrollToken');
		}
		raw = cursor.c;
	}
	const q = resolveQuery(ctx, raw);
	const [start, end] = q.range;
	const hits = cursor ? cursor.h : countHits(ctx, q);
	let i = cursor ? cursor.i : q.desc ? end : start;
	if (!Number.isInteger(i) || i < start || i > end)
		throw invalid('Invalid scrollToken', 'scrollToken');
	const match = matcher(ctx, q);
	const data = [];
	const scanLimit = ctx.dfoScanLimit ?? Infinity;
	let scanned = 0;
	while (data.length < ctx.dfoPageSize && scanned < scanLimit && (q.desc ? i > start : i < end)) {
		const index = q.desc ? --i : i++;
		scanned++;
		if ((!match || match(index)) && !ctx.live?.isHidden(index)) {
			data.push(ctx.live ? ctx.live.contactAt(index) : ctx.dfo.contactAt(index));
		}
	}
	const returned = (cursor ? cursor.r || 0 : 0) + data.length;
	const more = (q.desc ? i > start : i < end) && (hits === null || returned < hits);
	const body = { hits, data };
	if (more) {
		const next = { i, h: hits, r: returned, c: raw, n: crypto.randomBytes(3).toString('hex') };
		body.scrollToken = encodeToken(next);
	}
	return { status: 200, body, cursor: { key: 'scrollToken', sent } };
}

function contactIndex(ctx, id) {
	const i = ctx.dfo.indexOfContactId(id);
	if (i < 0) throw dfoError(404, `Contact ${id} not found`, null, 'NotFound');
	return i;
}

function getContact(ctx, req, params, id) {
	ctx.auth.authenticate(req, 'dfo');
	const index = contactIndex(ctx, id);
	return { status: 200, body: ctx.live ? ctx.live.contactAt(index) : ctx.dfo.contactAt(index) };
}

function listMessages(ctx, req, params, id) {
	ctx.auth.authenticate(req, 'dfo');
	const index = contactIndex(ctx, id);
	const data = ctx.live ? ctx.live.messagesFor(index) : ctx.dfo.messagesFor(index);
	return { status: 200, body: { hits: data.length, data } };
}

// The whole message, for those flagged hasAdditionalMessageContent.
function getMessage(ctx, req, params, id) {
	ctx.auth.authenticate(req, 'dfo');
	const message = ctx.dfo.messageById(id);
	if (!message) throw dfoError(404, `Message ${id} not found`, null, 'NotFound');
	return { status: 200, body: message };
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
	getMessage,
	resolveQuery,
	expectedDfo,
};
