'use strict';
// Fault injection. A rule counts the requests that match its route from the moment it is added and
// fires on matches nth .. nth + times - 1. The first firing rule wins; every matching rule counts.
const { bearer } = require('./http');

const ROUTES = new Set([
	'v2.token',
	'v2.conversations',
	'dfo.token',
	'dfo.openid',
	'dfo.config',
	'dfo.channels',
	'dfo.contacts',
	'dfo.contact',
	'dfo.messages',
	'dfo.message',
	'*',
]);
const TYPES = new Set([
	'429',
	'429-no-retry-after',
	'429-http-date',
	'500',
	'502',
	'503',
	'504',
	'reset',
	'slow',
	'malformed-json',
	'invalid-record',
	'repeat-cursor',
	'401',
	// Hostile but legal: an empty page that hands back the cursor it was sent ("ask again"),
	// the last record of a page listed again at the top of the next page, and an error that
	// echoes the access token it was sent (without "Bearer ").
	'empty-page',
	'duplicate-record',
	'echo-token',
]);
const AFTER_TYPES = new Set([
	'malformed-json',
	'invalid-record',
	'repeat-cursor',
	'empty-page',
	'duplicate-record',
]);
const DATE_FIELD = {
	'v2.conversations': 'createdTimestamp',
	'dfo.contacts': 'createdAt',
	'dfo.messages': 'createdAt',
};
const GATEWAY_HTML = (code, text) =>
	`<html><head><title>${code} ${text}</title></head><body><center><h1>${code} ${text}</h1></center></body></html>`;

// The checks every fault rule shares: route, type, nth, times, retryAfter, delayMs.
function baseRule(input, routes, types) {
	if (!input || typeof input !== 'object' || Array.isArray(input)) {
		throw new Error('A fault rule must be an object');
	}
	const times = input.times === 'always' ? Infinity : (input.times ?? 1);
	const rule = { route: input.route ?? '*', type: String(input.type), nth: input.nth ?? 1, times };
	if (!routes.has(rule.route)) {
		throw new Error(`Unknown route '${rule.route}'. Valid: ${[...routes].join(', ')}`);
	}
	if (!types.has(rule.type)) {
		throw new Error(`Unknown fault type '${input.type}'. Valid: ${[...types].join(', ')}`);
	}
	if (!Number.isInteger(rule.nth) || rule.nth < 1) throw new Error('nth must be an integer >= 1');
	if (!(Number.isInteger(rule.times) && rule.times >= 1) && rule.times !== Infinity) {
		throw new Error("times must be an integer >= 1 or 'always'");
	}
	for (const key of ['retryAfter', 'delayMs']) {
		if (input[key] !== undefined) {
			if (typeof input[key] !== 'number' || !(input[key] >= 0)) {
				throw new Error(`${key} must be a number >= 0`);
			}
			rule[key] = input[key];
		}
	}
	return rule;
}

function normalise(input, id) {
	const rule = baseRule(input, ROUTES, TYPES);
	if (input.variant !== undefined) {
		if (input.variant !== 'bad-date' && input.variant !== 'missing-id') {
			throw new Error("variant must be 'bad-date' or 'missing-id'");
		}
		rule.variant = input.variant;
	}
	return { id, ...rule, seen: 0 };
}

const publicRule = ({ seen, ...rule }) =>
	rule.times === Infinity ? { ...rule, times: 'always' } : rule;

// A list of fault rules: counts the requests each rule matches and picks the one that fires.
// `normaliseRule(input)` validates one rule; `onClear` drops state kept beside the rules.
function createRuleSet(normaliseRule, onClear = () => {}) {
	let rules = [];
	let fired = [];
	let nextId = 1;

	function add(input) {
		const list = (Array.isArray(input) ? input : [input]).map((r) => normaliseRule(r));
		for (const rule of list) rule.id = nextId++;
		rules.push(...list);
		const copies = list.map(publicRule);
		return Array.isArray(input) ? copies : copies[0];
	}

	function match(route) {
		let hit = null;
		for (const rule of rules) {
			if (rule.route !== '*' && rule.route !== route) continue;
			rule.seen++;
			if (!hit && rule.seen >= rule.nth && rule.seen < rule.nth + rule.times) hit = rule;
		}
		return hit;
	}

	function record(route, rule, note) {
		fired.push({
			route,
			type: rule.type,
			ruleId: rule.id,
			match: rule.seen,
			at: new Date().toISOString(),
			...(note ? { note } : {}),
		});
	}

	return {
		add,
		match,
		record,
		list: () => rules.map((r) => ({ ...publicRule(r), seen: r.seen })),
		clear() {
			rules = [];
			onClear();
		},
		reset() {
			rules = [];
			fired = [];
			onClear();
		},
		get fired() {
			return fired.slice();
		},
	};
}

function createFaults() {
	const pendingRepeat = new Map(); // route -> repeat-cursor rule that matched a first page
	const pendingDuplicate = new Map(); // route -> record to list again on its next page
	const set = createRuleSet(
		(r) => normalise(r, 0),
		() => {
			pendingRepeat.clear();
			pendingDuplicate.clear();
		},
	);
	return Object.assign(set, { pendingRepeat, pendingDuplicate });
}

// Faults answered instead of the route. -> a response { status, body, headers }, 'reset', or null
// (carry on; 'slow' has already waited by then).
async function before(rule, ctx, req, route) {
	const type = rule.type;
	const tokenRoute = route === 'v2.token' || route === 'dfo.token';
	if (type === 'reset') return 'reset';
	if (type === 'slow') {
		await new Promise((resolve) => setTimeout(resolve, rule.delayMs ?? 1000));
		return null;
	}
	if (type.startsWith('429')) {
		const headers = {};
		if (type === '429' && rule.retryAfter !== undefined) {
			headers['Retry-After'] = String(rule.retryAfter);
		}
		if (type === '429-http-date') {
			headers['Retry-After'] = new Date(ctx.now() + (rule.retryAfter ?? 1) * 1000).toUTCString();
		}
		return { status: 429, body: { message: 'Too Many Requests: rate limit exceeded' }, headers };
	}
	if (type === '502' || type === '504') {
		const text = type === '502' ? 'Bad Gateway' : 'Gateway Timeout';
		return {
			status: Number(type),
			body: GATEWAY_HTML(type, text),
			headers: { 'Content-Type': 'text/html' },
		};
	}
	if (type === '500' || type === '503') {
		const headers = rule.retryAfter !== undefined ? { 'Retry-After': String(rule.retryAfter) } : {};
		return {
			status: Number(type),
			body: { message: type === '500' ? 'Internal Server Error' : 'Service Unavailable' },
			headers,
		};
	}
	if (type === 'echo-token') {
		return {
			status: 400,
			body: { message: `The token ${bearer(req) || '(none)'} is not valid for this resource` },
		};
	}
	if (type === '401') {
		const token = bearer(req);
		if (token) ctx.auth.invalidate(token);
		if (tokenRoute) {
			return {
				status: 401,
				body: { error: 'invalid_client', error_description: 'Client authentication failed' },
			};
		}
		return {
			status: 401,
			body: route.startsWith('dfo.') ? ctx.auth.DFO_UNAUTHORIZED : ctx.auth.UNAUTHORIZED,
			headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
		};
	}
	return null;
}

// Faults that alter a normal 200 answer. Returns a note for the stats, or undefined.
function after(rule, route, result) {
	if (rule.type === 'malformed-json') {
		const text = JSON.stringify(result.body);
		result.body = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
		result.headers = { ...result.headers, 'Content-Type': 'application/json; charset=utf-8' };
		return undefined;
	}
	if (rule.type === 'invalid-record') {
		const data = result.body && result.body.data;
		if (!Array.isArray(data) || !data.length) return 'no record to corrupt';
		const k = Math.floor(data.length / 2);
		const record = { ...data[k] };
		const field = DATE_FIELD[route];
		if (rule.variant === 'missing-id' || !field) delete record.id;
		else record[field] = 'not-a-date';
		data[k] = record;
		return `record ${k}`;
	}
	if (rule.type === 'duplicate-record') {
		const data = result.body && result.body.data;
		if (!Array.isArray(data) || !data.length) return 'no record to repeat';
		// Carried to the next page of the route by the handler (see `pendingDuplicate`).
		return { carry: data[data.length - 1] };
	}
	if (rule.type === 'empty-page') return emptyPage(result);
	return rule.type === 'repeat-cursor' ? repeatCursor(result) : undefined;
}

// The page comes back empty with the cursor the client sent; on a first page (nothing sent) the
// next request of the route that sends a cursor gets it instead, like repeat-cursor.
function emptyPage(result) {
	if (!result.cursor) return 'route has no cursor';
	if (!result.cursor.sent) return 'deferred';
	result.body.data = [];
	result.body[result.cursor.key] = result.cursor.sent;
	return undefined;
}

// A fault deferred from a first page, applied to the page that now sends a cursor.
function applyDeferred(rule, result) {
	return rule.type === 'empty-page' ? emptyPage(result) : repeatCursor(result);
}

// The page's next cursor becomes the one the client sent; on a first page (nothing sent) the next
// request of that route that sends a cursor gets it repeated instead (see `pendingRepeat`).
function repeatCursor(result) {
	if (!result.cursor) return 'route has no cursor';
	if (!result.cursor.sent) return 'deferred';
	result.body[result.cursor.key] = result.cursor.sent;
	return undefined;
}

module.exports = {
	createFaults,
	createRuleSet,
	baseRule,
	before,
	after,
	repeatCursor,
	applyDeferred,
	ROUTES,
	TYPES,
	AFTER_TYPES,
};
