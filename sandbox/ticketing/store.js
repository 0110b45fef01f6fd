'use strict';
// State of the ticket sink: tickets keyed by external id, stored idempotent responses, counters,
// and the inbound authentication check.
const crypto = require('node:crypto');
const { bearer, parseBasic } = require('../lib/http');

// One store for both routes, keyed by external id (the generic id field, or the HubSpot input id).
// The route that creates a ticket picks its id format: generic 'T-<n>', HubSpot the bare number
// (HubSpot object ids are numeric strings).
function createTicketStore() {
	let tickets = new Map();
	let seq = 0;
	return {
		upsert(externalId, record, route, properties) {
			const now = new Date().toISOString();
			let entry = tickets.get(externalId);
			const created = !entry;
			if (created) {
				seq++;
				entry = {
					id: route === 'hubspot' ? String(seq) : `T-${seq}`,
					version: 1,
					creates: 1,
					updates: 0,
					createdAt: now,
					updatedAt: now,
					last: record,
				};
				tickets.set(externalId, entry);
			} else {
				entry.version++;
				entry.updates++;
				entry.updatedAt = now;
				entry.last = record;
			}
			if (properties) entry.properties = { ...entry.properties, ...properties };
			return { entry, created };
		},
		snapshot: () => new Map([...tickets].map(([key, entry]) => [key, { ...entry }])),
		get size() {
			return tickets.size;
		},
		reset() {
			tickets = new Map();
			seq = 0;
		},
	};
}

const hashBody = (buffer) => crypto.createHash('sha256').update(buffer).digest('hex');

// Idempotency-Key store, per route. A key remembers the sha256 of the request body and the answer.
function createIdempotency() {
	let saved = new Map();
	return {
		// -> { replay: answer } | { conflict: true } | null (first use of the key)
		lookup(route, key, hash) {
			const hit = saved.get(`${route}\n${key}`);
			if (!hit) return null;
			return hit.hash === hash ? { replay: hit.answer } : { conflict: true };
		},
		save(route, key, hash, answer) {
			saved.set(`${route}\n${key}`, { hash, answer: JSON.parse(JSON.stringify(answer)) });
		},
		get size() {
			return saved.size;
		},
		reset() {
			saved = new Map();
		},
	};
}

const safeEqual = (a, b) => {
	if (typeof a !== 'string' || typeof b !== 'string') return false;
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && crypto.timingSafeEqual(x, y);
};

const DEFAULT_AUTH = { type: 'bearer', token: 'sink-token' };

function normaliseAuth(auth = DEFAULT_AUTH) {
	const type = auth && auth.type;
	if (type === 'none') return { type };
	if (type === 'bearer') return { type, token: auth.token ?? DEFAULT_AUTH.token };
	if (type === 'header') {
		if (!auth.name || typeof auth.value !== 'string') {
			throw new Error("auth type 'header' needs a name and a string value");
		}
		return { type, name: String(auth.name), value: auth.value };
	}
	if (type === 'basic') {
		if (typeof auth.user !== 'string' || typeof auth.password !== 'string') {
			throw new Error("auth type 'basic' needs a user and a password");
		}
		return { type, user: auth.user, password: auth.password };
	}
	throw new Error("auth.type must be 'bearer', 'header', 'basic' or 'none'");
}

// -> true when the request carries the configured credentials.
function authorised(auth, req) {
	if (auth.type === 'none') return true;
	if (auth.type === 'bearer') return safeEqual(bearer(req), auth.token);
	if (auth.type === 'header') return safeEqual(req.headers[auth.name.toLowerCase()], auth.value);
	const creds = parseBasic(req);
	return !!creds && safeEqual(creds.id, auth.user) && safeEqual(creds.secret, auth.password);
}

const CHALLENGE = { bearer: 'Bearer realm="ticket-sink"', basic: 'Basic realm="ticket-sink"' };

function describeAuth(auth) {
	if (auth.type === 'none') return 'none';
	if (auth.type === 'bearer') return `Authorization: Bearer ${auth.token}`;
	if (auth.type === 'header') return `${auth.name}: ${auth.value}`;
	return `Basic, user '${auth.user}', password '${auth.password}'`;
}

module.exports = {
	createTicketStore,
	createIdempotency,
	hashBody,
	normaliseAuth,
	authorised,
	describeAuth,
	safeEqual,
	CHALLENGE,
	DEFAULT_AUTH,
};
