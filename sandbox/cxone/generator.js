'use strict';
// Deterministic social-inbox conversations. Conversation i is a pure function of (seed, i) and the
// time layout (count, endTime, spanMs): nothing is held in memory, so count = 1,000,000 costs nothing.
const {
	rngFor,
	seedMix,
	lowbias32,
	lowbias32Inverse,
	hex,
	u32,
	pick,
	weighted,
} = require('../lib/prng');
const { compose, FIRST_NAMES, LAST_NAMES } = require('./texts');

const DAY_MS = 86400000;
const DEFAULT_END_TIME = Date.UTC(2026, 10, 20);
const SALT_ID = 0x1d;
const SALT_ID_BLOCK = 0x1db;
const SALT_NAME = 0x4a3e;

const CHANNELS = ['FACEBOOK', 'TWITTER', 'INSTAGRAM', 'WHATSAPP', 'WEBCHAT', 'SMS', 'EMAIL'];
const KINDS = [
	'urgent',
	'angry',
	'neutral',
	'happy',
	'sarcastic',
	'multilingual',
	'emoji',
	'empty',
	'long',
];
const pickChannel = weighted([
	['FACEBOOK', 28],
	['TWITTER', 14],
	['INSTAGRAM', 14],
	['WHATSAPP', 18],
	['WEBCHAT', 12],
	['SMS', 6],
	['EMAIL', 8],
]);
const pickKind = weighted([
	['urgent', 15],
	['angry', 14],
	['neutral', 30],
	['happy', 14],
	['sarcastic', 7],
	['multilingual', 8],
	['emoji', 8],
	['empty', 3],
	['long', 1],
]);

// Date#toISOString costs ~0.7 µs: format the time of day by hand and cache the date prefix.
const PAD2 = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const dayPrefixes = new Map();
function toRfc3339(ms) {
	const day = Math.floor(ms / DAY_MS);
	let prefix = dayPrefixes.get(day);
	if (prefix === undefined) {
		if (dayPrefixes.size > 4096) dayPrefixes.clear();
		prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
		dayPrefixes.set(day, prefix);
	}
	const seconds = Math.floor((ms - day * DAY_MS) / 1000);
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	return `${prefix}${PAD2[h]}:${PAD2[m]}:${PAD2[seconds % 60]}Z`;
}
const floorSecond = (ms) => Math.floor(ms / 1000) * 1000;

function createGenerator({
	seed = 42,
	count = 250,
	endTime = DEFAULT_END_TIME,
	spanMs = 30 * DAY_MS,
} = {}) {
	if (!Number.isInteger(count) || count < 0 || count > 0xffffffff) {
		throw new RangeError('count must be an integer >= 0');
	}
	if (!(spanMs > 0)) throw new RangeError('spanMs must be > 0');
	const start = endTime - spanMs;
	const step = count > 0 ? spanMs / count : spanMs;
	const lastSecond = floorSecond(endTime - 1);
	const idBlockBase = seedMix(seed, SALT_ID_BLOCK);

	// Monotonic non-decreasing in i (floor of a product by a positive constant), second precision.
	const createdMs = (i) => floorSecond(start + Math.floor(i * step));

	function check(i) {
		if (!Number.isInteger(i) || i < 0 || i >= count) {
			throw new RangeError(`index ${i} outside [0, ${count})`);
		}
	}

	function idAt(i) {
		const rng = rngFor(seed, i, SALT_ID);
		const h =
			hex(lowbias32((i + idBlockBase) >>> 0), 8) +
			hex(u32(rng), 8) +
			hex(u32(rng), 8) +
			hex(u32(rng), 8);
		const variant = '89ab'[h.charCodeAt(16) & 3];
		return `conv-${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
	}

	// Index of a conversation id, or -1: the first block is a bijection of the index.
	function indexOfId(id) {
		const match = /^conv-([0-9a-f]{8})-/.exec(id);
		if (!match) return -1;
		const i = (lowbias32Inverse(parseInt(match[1], 16)) - idBlockBase) >>> 0;
		return i < count && idAt(i) === id ? i : -1;
	}

	const channelAt = (i) => pickChannel(rngFor(seed, i)());

	// The customer's name: shared by e-mail signatures and the DFO end-user identity.
	function customerAt(i) {
		const rng = rngFor(seed, i, SALT_NAME);
		return { firstName: pick(rng, FIRST_NAMES), lastName: pick(rng, LAST_NAMES) };
	}

	// Everything but the texts: cheap enough for filters that scan many indices.
	function metaAt(i) {
		check(i);
		const rng = rngFor(seed, i);
		const channel = pickChannel(rng());
		const kind = pickKind(rng());
		const created = createdMs(i);
		const updated = Math.max(
			created,
			Math.min(lastSecond, floorSecond(created + rng() ** 3 * 3 * DAY_MS)),
		);
		return { index: i, rng, id: idAt(i), channel, kind, created, updated };
	}

	function at(i) {
		const meta = metaAt(i);
		const { firstName, lastName } = customerAt(i);
		const { subject, body } = compose(
			meta.kind,
			meta.channel,
			meta.rng,
			`${firstName} ${lastName}`,
		);
		return {
			id: meta.id,
			channel: meta.channel,
			subject,
			body,
			createdTimestamp: toRfc3339(meta.created),
			updatedTimestamp: toRfc3339(meta.updated),
			kind: meta.kind,
		};
	}

	// First index whose createdMs >= t. The estimate is off by at most ~1 s worth of indices
	// (second truncation), so the binary search runs on a small window: constant time in practice.
	function lowerBound(t) {
		if (Number.isNaN(t)) throw new RangeError('time is NaN');
		if (count === 0 || t <= createdMs(0)) return 0;
		if (t > createdMs(count - 1)) return count;
		const slack = Math.ceil(1000 / step) + 2;
		const guess = Math.ceil((t - start) / step);
		let lo = Math.min(count, Math.max(0, guess - slack));
		let hi = Math.min(count, Math.max(0, guess + slack));
		if (lo > 0 && createdMs(lo - 1) >= t) lo = 0;
		if (hi < count && createdMs(hi) < t) hi = count;
		while (lo < hi) {
			const mid = Math.floor((lo + hi) / 2);
			if (createdMs(mid) < t) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	// Half-open time range [fromMs, toMs) on the (second precision) created time.
	function indexRangeFor(fromMs = -Infinity, toMs = Infinity) {
		const s = lowerBound(fromMs);
		return [s, Math.max(s, lowerBound(toMs))];
	}

	return {
		seed,
		count,
		endTime,
		spanMs,
		startTime: start,
		at,
		metaAt,
		idAt,
		indexOfId,
		channelAt,
		customerAt,
		createdMs,
		createdTimestampAt: (i) => toRfc3339(createdMs(i)),
		indexRangeFor,
	};
}

function conversationAt(seed, index, opts = {}) {
	return createGenerator({ ...opts, seed, count: opts.count ?? index + 1 }).at(index);
}

module.exports = {
	createGenerator,
	conversationAt,
	toRfc3339,
	CHANNELS,
	KINDS,
	DAY_MS,
	DEFAULT_END_TIME,
};
