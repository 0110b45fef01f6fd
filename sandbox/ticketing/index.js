'use strict';
// startTicketSink(): a local ticketing system that receives ticket batches, on 127.0.0.1 only.
// Two inbound APIs (a generic JSON endpoint and a HubSpot-like batch upsert), Idempotency-Key
// replays, fault injection and admin endpoints under /__sink/.
const crypto = require('node:crypto');
const { send, readJson, listenLoopback } = require('../lib/http');
const faultsLib = require('./faults');
const routes = require('./routes');
const {
	createTicketStore,
	createIdempotency,
	hashBody,
	normaliseAuth,
	authorised,
	describeAuth,
	CHALLENGE,
	DEFAULT_AUTH,
} = require('./store');

const HUBSPOT_PATH = '/crm/v3/objects/tickets/batch/upsert';
// HubSpot's ticket list, which the HubSpot credential's Test button reads (GET ?limit=1).
const HUBSPOT_LIST_PATH = '/crm/v3/objects/tickets';
const DEFAULTS = {
	port: 0,
	hubspotToken: 'pat-sandbox-hubspot',
	maxBodyBytes: 1_000_000,
	genericPath: '/tickets/batch',
	hubspotMaxInputs: 100,
	uniqueProperties: ['cxone_conversation_id'],
	idField: 'external_id',
};
const HUBSPOT_UNAUTHORIZED =
	'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview';

// Reads the whole body (so the connection stays usable) but keeps at most `limit` bytes.
function readRaw(req, limit) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size <= limit) chunks.push(chunk);
		});
		req.on('end', () => resolve({ size, buffer: size <= limit ? Buffer.concat(chunks) : null }));
		req.on('error', reject);
	});
}

// Error bodies: `{ message }` on the generic route, HubSpot's `{ status, message, category }` there.
const errorBody = (key, message, category = 'VALIDATION_ERROR') =>
	key === 'hubspot' ? { status: 'error', message, category } : { message };

function createSinkHandler(options = {}) {
	const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
	const o = { ...DEFAULTS, ...given, auth: normaliseAuth(given.auth ?? DEFAULT_AUTH) };
	const store = createTicketStore();
	const idempotency = createIdempotency();
	const faults = faultsLib.createFaults();
	const timers = new Set();
	const newCounts = () => ({ batches: 0, creates: 0, updates: 0, replays: 0, rejected: 0 });
	let counts = newCounts();
	let requests = {};
	const ctx = {
		options: o,
		store,
		get counts() {
			return counts;
		},
	};
	const ROUTES = new Map([
		[o.genericPath, { key: 'generic', methods: ['POST', 'PUT'], auth: o.auth, fn: routes.generic }],
		[
			HUBSPOT_PATH,
			{
				key: 'hubspot',
				methods: ['POST'],
				auth: { type: 'bearer', token: o.hubspotToken },
				fn: routes.hubspot,
			},
		],
		[
			HUBSPOT_LIST_PATH,
			{
				key: 'hubspotList',
				methods: ['GET'],
				auth: { type: 'bearer', token: o.hubspotToken },
				fn: routes.hubspotList,
			},
		],
	]);

	const stats = () => ({ requests: { ...requests }, ...counts, faultsFired: faults.fired });

	function reset() {
		store.reset();
		idempotency.reset();
		faults.reset();
		counts = newCounts();
		requests = {};
	}

	function later(ms, fn) {
		const timer = setTimeout(() => {
			timers.delete(timer);
			fn();
		}, ms);
		timers.add(timer);
		return () => {
			clearTimeout(timer);
			timers.delete(timer);
		};
	}

	// 'timeout': keep the request open for `ms`, then drop the connection without an answer.
	function hold(req, ms) {
		const cancel = later(ms, () => req.socket.destroy());
		req.socket.once('close', cancel);
	}

	function unauthorised(req, res, found) {
		if (found.key.startsWith('hubspot')) {
			const body = {
				status: 'error',
				message: HUBSPOT_UNAUTHORIZED,
				correlationId: crypto.randomUUID(),
				category: 'INVALID_AUTHENTICATION',
			};
			return send(req, res, 401, body);
		}
		const challenge = CHALLENGE[found.auth.type];
		const headers = challenge ? { 'WWW-Authenticate': challenge } : {};
		return send(req, res, 401, { message: 'Missing or invalid credentials' }, headers);
	}

	async function route(req, res) {
		const path = req.url.split('?')[0];
		if (path.startsWith('/__sink/')) return admin(req, res, path);
		const found = ROUTES.get(path);
		const allowed = found && found.methods.includes(req.method);
		const key = allowed ? found.key : found ? 'methodNotAllowed' : 'notFound';
		requests[key] = (requests[key] || 0) + 1;
		const raw = await readRaw(req, o.maxBodyBytes);
		if (!found) return send(req, res, 404, { message: `No route for ${req.method} ${path}` });
		if (!allowed) {
			const headers = { Allow: found.methods.join(', ') };
			return send(req, res, 405, { message: `Method ${req.method} not allowed` }, headers);
		}
		const rule = faults.match(key);
		if (rule && faultsLib.ERROR_TYPES.has(rule.type)) {
			faults.record(key, rule);
			if (rule.type === 'reset') return req.socket.destroy();
			if (rule.type === 'timeout') return hold(req, rule.delayMs ?? 30000);
			const answer = await faultsLib.errorAnswer(rule, key);
			return send(req, res, answer.status, answer.body, answer.headers);
		}
		if (rule && rule.type === 'slow') {
			faults.record(key, rule);
			// The batch is applied even if the client gives up meanwhile, as a real server would.
			await new Promise((resolve) => later(rule.delayMs ?? 1000, resolve));
		}
		if (!authorised(found.auth, req)) return unauthorised(req, res, found);
		if (raw.size > o.maxBodyBytes) {
			const message = `Payload too large: ${raw.size} bytes > ${o.maxBodyBytes}`;
			return send(req, res, 413, errorBody(key, message));
		}
		const idemKey = req.headers['idempotency-key'];
		const hash = idemKey ? hashBody(raw.buffer) : null;
		const hit = idemKey ? idempotency.lookup(key, idemKey, hash) : null;
		if (hit && hit.conflict) {
			const message = 'Idempotency-Key reused with a different payload';
			return send(req, res, 422, errorBody(key, message));
		}
		let answer;
		if (hit) {
			counts.replays++;
			answer = { ...hit.replay, headers: { 'Idempotent-Replayed': 'true' } };
		} else {
			const query = new URLSearchParams(req.url.split('?')[1] ?? '');
			answer = found.fn(ctx, raw.buffer.toString('utf8'), rule, query);
			// Stored as answered by the route, also when 'accept-then-500' sends a 500 instead. Only a
			// batch that was applied whole is stored: one with rejected records may be sent again
			// once the records are fixed, and must then be applied, not replayed.
			if (idemKey && answer.status === 200) idempotency.save(key, idemKey, hash, answer);
		}
		if (rule && rule.type !== 'slow')
			faults.record(key, rule, hit ? 'replay: nothing applied' : '');
		if (rule && rule.type === 'accept-then-500') {
			return send(req, res, 500, errorBody(key, 'Internal Server Error', 'INTERNAL_ERROR'));
		}
		return send(req, res, answer.status, answer.body, answer.headers);
	}

	// `?fields=external_id,creates` keeps only those fields: a million whole tickets would not fit
	// in one JSON string.
	const ticketList = (fields) =>
		[...store.snapshot()].map(([externalId, entry]) => {
			const ticket = { external_id: externalId, ...entry };
			if (!fields) return ticket;
			return Object.fromEntries(fields.filter((f) => f in ticket).map((f) => [f, ticket[f]]));
		});

	const ADMIN = {
		'GET /__sink/stats': () => [200, stats()],
		'GET /__sink/faults': () => [200, faults.list()],
		'POST /__sink/faults': (body) => [201, { added: faults.add(body) }],
		'DELETE /__sink/faults': () => [200, { cleared: faults.clear() ?? true }],
		'POST /__sink/reset': () => [200, { reset: reset() ?? true }],
		'GET /__sink/tickets': (_body, query) => {
			const fields = query.get('fields');
			return [200, { count: store.size, tickets: ticketList(fields ? fields.split(',') : null) }];
		},
	};

	async function admin(req, res, path) {
		const action = ADMIN[`${req.method} ${path}`];
		try {
			const body = req.method === 'POST' ? await readJson(req) : undefined;
			if (!action) {
				return send(req, res, 404, { message: `Unknown sink admin route ${req.method} ${path}` });
			}
			const [status, payload] = action(body, new URLSearchParams(req.url.split('?')[1] ?? ''));
			return send(req, res, status, payload);
		} catch (err) {
			return send(req, res, err.status || 400, { message: err.message });
		}
	}

	function handler(req, res) {
		route(req, res).catch((err) => {
			if (res.headersSent) return res.destroy();
			return send(req, res, 500, { message: `Sink error: ${err.message}` });
		});
	}

	const cancelTimers = () => {
		for (const timer of timers) clearTimeout(timer);
		timers.clear();
	};

	return { handler, options: o, faults, stats, reset, store, cancelTimers };
}

async function startTicketSink(options = {}) {
	const sink = createSinkHandler(options);
	const { server, port, url, close } = await listenLoopback(sink.handler, sink.options.port, () =>
		sink.cancelTimers(),
	);
	return {
		url,
		port,
		server,
		genericUrl: `${url}${sink.options.genericPath}`,
		hubspotUrl: `${url}${HUBSPOT_PATH}`,
		auth: { ...sink.options.auth },
		hubspotToken: sink.options.hubspotToken,
		faults: sink.faults,
		get stats() {
			return sink.stats();
		},
		reset: sink.reset,
		tickets: () => sink.store.snapshot(),
		ticketCount: () => sink.store.size,
		close,
	};
}

module.exports = { startTicketSink, createSinkHandler, describeAuth, HUBSPOT_PATH, DEFAULTS };
