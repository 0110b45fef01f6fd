'use strict';
// Fault injection for the ticket sink. Same counting as the CXone sandbox: a rule counts the requests
// to its route from the moment it is added and fires on matches nth .. nth + times - 1; the first
// firing rule wins and every matching rule counts.
const shared = require('../faults');

const ROUTES = new Set(['generic', 'hubspot', '*']);
// Answered instead of the route: nothing is applied and no idempotent response is stored.
const ERROR_TYPES = new Set([
	'429',
	'429-http-date',
	'500',
	'502',
	'503',
	'504',
	'408',
	'413',
	'reset',
	'timeout',
]);
// 'slow' waits then answers normally; the other two apply the batch and alter the answer.
const TYPES = new Set([...ERROR_TYPES, 'slow', 'reject-records', 'accept-then-500']);

function normalise(input) {
	if (!input || typeof input !== 'object' || Array.isArray(input)) {
		throw new Error('A fault rule must be an object');
	}
	const times = input.times === 'always' ? Infinity : (input.times ?? 1);
	const rule = { route: input.route ?? '*', type: String(input.type), nth: input.nth ?? 1, times };
	if (!ROUTES.has(rule.route)) {
		throw new Error(`Unknown route '${rule.route}'. Valid: ${[...ROUTES].join(', ')}`);
	}
	if (!TYPES.has(rule.type)) {
		throw new Error(`Unknown fault type '${input.type}'. Valid: ${[...TYPES].join(', ')}`);
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
	if (input.match !== undefined || rule.type === 'reject-records') {
		const list = input.match;
		if (!Array.isArray(list) || !list.length || list.some((v) => typeof v !== 'string')) {
			throw new Error('match must be a non-empty array of external ids (strings)');
		}
		rule.match = list.slice();
	}
	return { id: 0, ...rule, seen: 0 };
}

function createFaults() {
	return shared.createRuleSet(normalise);
}

// HubSpot-style error bodies for the HubSpot route; the generic route keeps `{ message }`.
const HUBSPOT_CATEGORY = { 429: 'RATE_LIMITS', 408: 'TIMEOUT', 413: 'VALIDATION_ERROR' };

function asRoute(route, answer) {
	const { status, body } = answer;
	if (route !== 'hubspot' || typeof body !== 'object') return answer;
	return {
		...answer,
		body: {
			status: 'error',
			message: body.message,
			category: HUBSPOT_CATEGORY[status] || 'INTERNAL_ERROR',
		},
	};
}

// The answer of an error fault: { status, body, headers }. Rate limits and 5xx reuse the CXone
// sandbox's shapes (502/504 are HTML, as gateways answer). 'reset' and 'timeout' are handled by the
// caller since they answer nothing.
async function errorAnswer(rule, route) {
	if (rule.type === '408') {
		return asRoute(route, { status: 408, body: { message: 'Request Timeout' }, headers: {} });
	}
	if (rule.type === '413') {
		return asRoute(route, {
			status: 413,
			body: { message: 'Payload too large (injected fault)' },
			headers: {},
		});
	}
	return asRoute(route, await shared.before(rule, { now: Date.now }, null, route));
}

module.exports = { createFaults, errorAnswer, ROUTES, TYPES, ERROR_TYPES };
