'use strict';
// The CXone simulator as a plain (req, res) handler: routing, stats, faults, admin endpoints.
const { createGenerator, DAY_MS } = require('./generator');
const { createDfoModel } = require('./dfo-model');
const { createAuth } = require('./auth');
const { createLive } = require('./live');
const { HttpError, send, readJson, parseTime } = require('../lib/http');
const v2 = require('./v2');
const dfo = require('./dfo');
const faultsLib = require('../lib/faults');

const DEFAULT_CLIENTS = {
	v2: {
		clientId: 'sandbox-client',
		clientSecret: 'sandbox-secret-v2',
		scopes: ['conversations:read', 'social:read', 'tickets:write'],
	},
	dfo: {
		clientId: 'sandbox-dfo-client',
		clientSecret: 'sandbox-dfo-secret',
		accessKeyId: 'AKID-sandbox',
		accessKeySecret: 'aks=sandbox/secret+1',
	},
};

// [method, path or RegExp, route key, handler(ctx, req, params, ...captures)]
const ROUTES = [
	['POST', '/oauth2/token', 'v2.token', (ctx, req) => ctx.auth.v2Token(req)],
	['GET', '/api/v2/conversations', 'v2.conversations', v2.listConversations],
	['GET', '/.well-known/openid-configuration', 'dfo.openid', dfo.openidConfiguration],
	['POST', '/auth/token', 'dfo.token', (ctx, req) => ctx.auth.dfoToken(req)],
	['GET', '/.well-known/cxone-configuration', 'dfo.config', dfo.cxoneConfiguration],
	['GET', '/dfo/3.0/channels', 'dfo.channels', dfo.listChannels],
	['GET', '/dfo/3.0/contacts', 'dfo.contacts', dfo.searchContacts],
	['GET', /^\/dfo\/3\.0\/contacts\/([^/]+)$/, 'dfo.contact', dfo.getContact],
	['GET', /^\/dfo\/3\.0\/contacts\/([^/]+)\/messages$/, 'dfo.messages', dfo.listMessages],
	['GET', /^\/dfo\/3\.0\/messages\/([^/]+)$/, 'dfo.message', dfo.getMessage],
];

function safeDecode(value) {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

function findRoute(method, path) {
	let pathMatched = false;
	for (const [m, pattern, key, fn] of ROUTES) {
		const captures =
			typeof pattern === 'string' ? (pattern === path ? [] : null) : pattern.exec(path)?.slice(1);
		if (!captures) continue;
		pathMatched = true;
		if (m === method) return { key, fn, captures: captures.map(safeDecode) };
	}
	return pathMatched ? { key: 'methodNotAllowed' } : null;
}

function toMs(value) {
	if (value === undefined || value === null || value === '') return undefined;
	if (value instanceof Date) return value.getTime();
	return typeof value === 'number' ? value : parseTime(String(value), true);
}

/**
 * A steady stream of new conversations (streamPerSecond > 0): `conversations` already exist when
 * the simulator starts (created over the seconds before it, at the same rate), then
 * `streamPerSecond` more appear every second for `streamSeconds`, then the stream stops. The
 * generator stays a pure function of the index; what changes with the clock is only how far the
 * API lets a client see.
 */
function streamLayout(o) {
	const stepMs = 1000 / o.streamPerSecond;
	const streamed = Math.round(o.streamPerSecond * (o.streamSeconds ?? 3600));
	const count = o.conversations + streamed;
	const startedAt = o.endTime;
	const spanMs = count * stepMs;
	const startTime = startedAt - o.conversations * stepMs;
	return {
		perSecond: o.streamPerSecond,
		startedAt,
		layout: { count, endTime: startTime + spanMs, spanMs },
	};
}

// Conversations created after now do not exist yet: every index range stops at the clock. Created
// times have second precision, so a conversation exists from the start of its second: a listing
// never misses one that a later listing would show with a time before the first one's end.
function visibleUntilNow(generator, now) {
	const indexRangeFor = (fromMs = -Infinity, toMs = Infinity) =>
		generator.indexRangeFor(fromMs, Math.min(toMs, Math.floor(now() / 1000) * 1000 + 1));
	return { ...generator, indexRangeFor };
}

function streamStats(stream, generator, nowMs) {
	const [, visible] = generator.indexRangeFor();
	return {
		perSecond: stream.perSecond,
		startedAt: new Date(stream.startedAt).toISOString(),
		endsAt: new Date(stream.layout.endTime).toISOString(),
		visible,
		total: stream.layout.count,
		finished: visible >= stream.layout.count || nowMs >= stream.layout.endTime,
	};
}

function createCXoneHandler(options = {}) {
	const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
	const o = {
		seed: 42,
		conversations: 250,
		endTime: (given.now || Date.now)(),
		spanMs: 30 * DAY_MS,
		retentionDays: 90,
		tokenTtlSeconds: 3600,
		v2PageSizeDefault: 100,
		v2PageSizeMax: 1000,
		dfoPageSize: 25,
		// Contacts one search request looks at before answering (see dfo.searchContacts).
		dfoScanLimit: 100,
		tenantId: '11ed0000-aaaa-bbbb-cccc-000000000001',
		area: 'na1',
		domain: 'niceincontact.com',
		apiEndpoint: 'https://api-na1.niceincontact.com',
		gzip: false,
		...given,
	};
	const stream = o.streamPerSecond > 0 ? streamLayout(o) : undefined;
	const generator = stream
		? visibleUntilNow(createGenerator({ seed: o.seed, ...stream.layout }), o.now || Date.now)
		: createGenerator({
				seed: o.seed,
				count: o.conversations,
				endTime: o.endTime,
				spanMs: o.spanMs,
			});
	const ctx = {
		...o,
		clients: {
			v2: { ...DEFAULT_CLIENTS.v2, ...o.clients?.v2 },
			dfo: { ...DEFAULT_CLIENTS.dfo, ...o.clients?.dfo },
		},
		now: o.now || Date.now,
		generator,
		dfo: createDfoModel({ seed: o.seed, generator }),
		url: null,
		baseUrl: (req) => ctx.url || `http://${req.headers.host}`,
	};
	ctx.auth = createAuth(ctx);
	ctx.live = createLive(ctx);
	const faults = faultsLib.createFaults();
	let requests = {};

	function stats() {
		const out = {
			requests: { ...requests },
			faultsFired: faults.fired,
			tokensIssued: ctx.auth.issued,
		};
		if (stream) out.stream = streamStats(stream, generator, ctx.now());
		return out;
	}

	function reset() {
		faults.reset();
		requests = {};
		ctx.auth.resetCount();
	}

	// Exact ids the API returns over all pages. api 'dfo' gives contact ids (channelTypes are
	// mapped to the tenant's channel ids unless channelIds is given).
	function expectedIds(query = {}) {
		const explicit = { from: toMs(query.from) !== undefined, to: toMs(query.to) !== undefined };
		const range = v2.timeRange(
			ctx,
			toMs(query.from) ?? -Infinity,
			toMs(query.to) ?? Infinity,
			explicit,
		);
		if (query.api !== 'dfo') {
			return v2.expectedV2(ctx, range, query.channelTypes || [], query.conversationIds || []);
		}
		const channelIds =
			query.channelIds ||
			(query.channelTypes || []).flatMap((t) => ctx.dfo.channelsByType[t] || []);
		const q = {
			range,
			statuses: query.statuses?.length ? new Set(query.statuses) : null,
			channels: channelIds.length || query.channelTypes?.length ? new Set(channelIds) : null,
		};
		return dfo.expectedDfo(ctx, q, query.sortingType === 'desc');
	}

	const ADMIN = {
		'GET /__sandbox/stats': () => [200, stats()],
		'GET /__sandbox/faults': () => [200, faults.list()],
		'DELETE /__sandbox/faults': () => [200, { cleared: faults.clear() ?? true }],
		'POST /__sandbox/faults': (body) => [201, { added: faults.add(body) }],
		'POST /__sandbox/reset': () => [200, { reset: reset() ?? true }],
		'POST /__sandbox/tokens/expire': () => [200, { expired: ctx.auth.expireAll() ?? true }],
		'POST /__sandbox/expected-ids': (body) => {
			const ids = expectedIds(body || {});
			return [200, { count: ids.length, ids }];
		},
	};

	async function admin(req, res, path) {
		const action = ADMIN[`${req.method} ${path}`];
		if (!action) {
			return send(req, res, 404, { message: `Unknown sandbox admin route ${req.method} ${path}` });
		}
		try {
			const [status, body] = action(req.method === 'POST' ? await readJson(req) : undefined);
			return send(req, res, status, body);
		} catch (err) {
			return send(req, res, err.status || 400, { message: err.message });
		}
	}

	async function route(req, res) {
		const q = req.url.indexOf('?');
		const path = q < 0 ? req.url : req.url.slice(0, q);
		if (path.startsWith('/__sandbox/')) return admin(req, res, path);
		const found = findRoute(req.method, path);
		const key = found ? found.key : 'notFound';
		requests[key] = (requests[key] || 0) + 1;
		if (!found) return send(req, res, 404, { message: `No route for ${req.method} ${path}` });
		if (!found.fn) {
			return send(req, res, 405, { message: `Method ${req.method} not allowed on ${path}` });
		}
		const rule = faults.match(key);
		if (rule) {
			const early = await faultsLib.before(rule, ctx, req, key);
			if (!faultsLib.AFTER_TYPES.has(rule.type)) faults.record(key, rule);
			if (early === 'reset') return req.socket.destroy();
			if (early) return send(req, res, early.status, early.body, early.headers);
			if (res.destroyed || req.socket.destroyed) return undefined;
		}
		const params = new URLSearchParams(q < 0 ? '' : req.url.slice(q + 1));
		let result;
		try {
			result = await found.fn(ctx, req, params, ...found.captures);
		} catch (err) {
			if (!(err instanceof HttpError)) throw err;
			return send(req, res, err.status, err.body, err.headers);
		}
		const carried = faults.pendingDuplicate.get(key);
		if (carried && Array.isArray(result.body?.data)) {
			faults.pendingDuplicate.delete(key);
			result.body.data.unshift(carried);
		}
		if (rule && faultsLib.AFTER_TYPES.has(rule.type)) {
			const note = faultsLib.after(rule, key, result);
			if (note === 'deferred') faults.pendingRepeat.set(key, rule);
			else if (note && typeof note === 'object') {
				faults.pendingDuplicate.set(key, note.carry);
				faults.record(key, rule, 'last record listed again on the next page');
			} else faults.record(key, rule, note);
		} else if (faults.pendingRepeat.has(key) && result.cursor?.sent) {
			const deferred = faults.pendingRepeat.get(key);
			faults.record(key, deferred, 'matched the first page, applied to this one');
			faults.pendingRepeat.delete(key);
			faultsLib.applyDeferred(deferred, result);
		}
		return send(req, res, result.status, result.body, result.headers, ctx.gzip);
	}

	function handler(req, res) {
		route(req, res).catch((err) => {
			if (res.headersSent) return res.destroy();
			return send(req, res, 500, { message: `Sandbox error: ${err.message}` });
		});
	}

	return { handler, ctx, generator, faults, stats, reset, expectedIds, live: ctx.live };
}

module.exports = { createCXoneHandler, DEFAULT_CLIENTS };
