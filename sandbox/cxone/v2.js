'use strict';
// v2: GET /api/v2/conversations (cursor pagination with nextPageToken).
const crypto = require('node:crypto');
const { badRequest, getList, parseTime, encodeToken, decodeToken } = require('../lib/http');

const CHANNEL_TYPES = new Set([
	'FACEBOOK',
	'TWITTER',
	'INSTAGRAM',
	'WHATSAPP',
	'WEBCHAT',
	'SMS',
	'EMAIL',
	'LINE',
	'TELEGRAM',
	'VIBER',
	'APPLE_BUSINESS_CHAT',
]);
const SOCIAL_TYPES = new Set([
	'FACEBOOK',
	'TWITTER',
	'INSTAGRAM',
	'WHATSAPP',
	'LINE',
	'TELEGRAM',
	'VIBER',
	'APPLE_BUSINESS_CHAT',
]);
const ID_PATTERN = /^conv-[0-9a-f-]{8,64}$/;
// A sparse filter may match nothing in many indices: bound each request's scan and let the client
// follow the token (pages can be short, even empty, while a token is present).
const SCAN_FACTOR = 50;

// Repeated and comma-separated values; a Go-style `[A B]` string is a client bug worth a 400.
function listParam(params, name) {
	const out = [];
	for (const raw of getList(params, name)) {
		if (/^\s*\[.*\]\s*$/.test(raw)) {
			throw badRequest(
				`${name}: '${raw}' looks like a Go-style list; send repeated or comma-separated values`,
			);
		}
		for (const part of raw.split(',')) if (part.trim()) out.push(part.trim());
	}
	return out;
}

// Shared by the handler and expectedIds: resolve a time range to an index range with the API's rules.
function timeRange(ctx, fromMs, toMs, explicit) {
	const now = ctx.now();
	const oldest = now - ctx.retentionDays * 86400000;
	if (explicit.from && fromMs > toMs) throw badRequest('from must not be after to');
	if (explicit.to && toMs > now + 60000) throw badRequest('to must not be in the future');
	if (explicit.from && fromMs < oldest) {
		throw badRequest(`from is older than the retention policy (${ctx.retentionDays} days)`);
	}
	return ctx.generator.indexRangeFor(
		explicit.from ? fromMs : oldest,
		explicit.to ? toMs : Infinity,
	);
}

function parseQuery(ctx, params) {
	const channelTypes = listParam(params, 'channelTypes');
	for (const type of channelTypes) {
		if (!CHANNEL_TYPES.has(type)) {
			throw badRequest(`Unknown channel type '${type}'. Valid: ${[...CHANNEL_TYPES].join(', ')}`);
		}
	}
	const ids = listParam(params, 'conversationIds');
	for (const id of ids) {
		if (!ID_PATTERN.test(id)) throw badRequest(`Malformed conversation id '${id}'`);
	}
	const from = params.get('from');
	const to = params.get('to');
	const fromMs = from ? parseTime(from) : -Infinity;
	const toMs = to ? parseTime(to) : Infinity;
	if (Number.isNaN(fromMs)) throw badRequest(`from is not an RFC 3339 date-time: '${from}'`);
	if (Number.isNaN(toMs)) throw badRequest(`to is not an RFC 3339 date-time: '${to}'`);
	const limitRaw = params.get('limit');
	const limit = limitRaw === null ? ctx.v2PageSizeDefault : Number(limitRaw);
	if (!Number.isInteger(limit) || limit < 1) throw badRequest('limit must be a positive integer');
	if (limit > ctx.v2PageSizeMax) throw badRequest(`limit must be at most ${ctx.v2PageSizeMax}`);
	const range = timeRange(ctx, fromMs, toMs, { from: !!from, to: !!to });
	const canonical = JSON.stringify([
		from,
		to,
		[...new Set(channelTypes)].sort(),
		[...new Set(ids)].sort(),
	]);
	const hash = crypto.createHash('sha1').update(canonical).digest('base64url').slice(0, 16);
	return {
		channelTypes,
		types: channelTypes.length ? new Set(channelTypes) : null,
		ids,
		range,
		limit,
		hash,
	};
}

// Sorted indices for an id filter: ids decode to their index, so no scan is needed.
function indicesForIds(ctx, ids, [start, end], types) {
	const set = new Set();
	for (const id of ids) {
		const i = ctx.generator.indexOfId(id);
		if (i >= start && i < end && (!types || types.has(ctx.generator.channelAt(i)))) set.add(i);
	}
	return [...set].sort((a, b) => a - b);
}

const toRecord = (c) => ({
	id: c.id,
	channel: c.channel,
	subject: c.subject,
	body: c.body,
	createdTimestamp: c.createdTimestamp,
	updatedTimestamp: c.updatedTimestamp,
});

function listConversations(ctx, req, params) {
	const token = ctx.auth.authenticate(req, 'v2');
	ctx.auth.requireScope(token, 'conversations:read');
	const q = parseQuery(ctx, params);
	const social = q.channelTypes.find((type) => SOCIAL_TYPES.has(type));
	if (social) ctx.auth.requireScope(token, 'social:read');
	const [start, end] = q.range;
	const sent = params.get('nextPageToken') || '';
	let next = start;
	if (sent) {
		const cursor = decodeToken(sent, 'nextPageToken');
		if (cursor.q !== q.hash) throw badRequest('nextPageToken does not belong to this query');
		if (!Number.isInteger(cursor.i) || cursor.i < start || cursor.i > end) {
			throw badRequest('Invalid nextPageToken');
		}
		next = cursor.i;
	}
	const gen = ctx.generator;
	const data = [];
	let nextPageToken = '';
	if (q.ids.length) {
		const indices = indicesForIds(ctx, q.ids, q.range, q.types);
		let k = indices.findIndex((i) => i >= next);
		if (k < 0) k = indices.length;
		for (; k < indices.length && data.length < q.limit; k++) {
			if (!ctx.live?.isHidden(indices[k])) data.push(toRecord(gen.at(indices[k])));
		}
		if (k < indices.length) nextPageToken = encodeToken({ i: indices[k], q: q.hash });
	} else {
		const budget = q.limit * SCAN_FACTOR;
		let i = next;
		for (const stop = Math.min(end, next + budget); i < stop && data.length < q.limit; i++) {
			if ((!q.types || q.types.has(gen.channelAt(i))) && !ctx.live?.isHidden(i)) {
				data.push(toRecord(gen.at(i)));
			}
		}
		if (i < end) nextPageToken = encodeToken({ i, q: q.hash });
	}
	return { status: 200, body: { nextPageToken, data }, cursor: { key: 'nextPageToken', sent } };
}

function expectedV2(ctx, range, channelTypes = [], ids = []) {
	const types = channelTypes.length ? new Set(channelTypes) : null;
	const gen = ctx.generator;
	if (ids.length) return indicesForIds(ctx, ids, range, types).map((i) => gen.idAt(i));
	const out = [];
	for (let i = range[0]; i < range[1]; i++) {
		if (!types || types.has(gen.channelAt(i))) out.push(gen.idAt(i));
	}
	return out;
}

module.exports = {
	listConversations,
	expectedV2,
	timeRange,
	listParam,
	CHANNEL_TYPES,
	SOCIAL_TYPES,
};
