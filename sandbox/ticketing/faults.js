'use strict';
// Fault injection for the ticket sink. Same counting as the CXone sandbox: a rule counts the requests
// to its route from the moment it is added and fires on matches nth .. nth + times - 1; the first
// firing rule wins and every matching rule counts.
const shared = require('../lib/faults');

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
	const rule = shared.baseRule(input, ROUTES, TYPES);
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
