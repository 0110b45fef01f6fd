'use strict';
// Small deterministic helpers: a 32-bit bijective hash (lowbias32, with its inverse) and mulberry32.
// Everything the sandbox generates is a pure function of (seed, salt, index) through these.

function lowbias32(x) {
	x >>>= 0;
	x ^= x >>> 16;
	x = Math.imul(x, 0x7feb352d);
	x ^= x >>> 15;
	x = Math.imul(x, 0x846ca68b);
	x ^= x >>> 16;
	return x >>> 0;
}

function lowbias32Inverse(x) {
	x >>>= 0;
	x ^= x >>> 16;
	x = Math.imul(x, 0x43021123);
	x ^= (x >>> 15) ^ (x >>> 30);
	x = Math.imul(x, 0x1d69e2a5);
	x ^= x >>> 16;
	return x >>> 0;
}

function mulberry32(a) {
	return function next() {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function normaliseSeed(seed) {
	if (typeof seed === 'number' && Number.isFinite(seed)) return Math.trunc(seed) >>> 0;
	let h = 2166136261;
	for (const ch of String(seed)) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
	return h >>> 0;
}

function seedMix(seed, salt) {
	return lowbias32((lowbias32(normaliseSeed(seed) ^ salt) + 0x9e3779b9) >>> 0);
}

// Distinct indices give distinct mulberry32 seeds (lowbias32 is a bijection on 32 bits).
function rngFor(seed, index, salt = 0) {
	return mulberry32(lowbias32((index + seedMix(seed, salt)) >>> 0));
}

const int = (rng, min, max) => min + Math.floor(rng() * (max - min + 1));
const pick = (rng, list) => list[Math.floor(rng() * list.length)];
// Number#toString(16) is slow for values above 2^31 (heap numbers): use a byte table.
const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
function hex(n, width) {
	const s =
		BYTE_HEX[n >>> 24] + BYTE_HEX[(n >>> 16) & 255] + BYTE_HEX[(n >>> 8) & 255] + BYTE_HEX[n & 255];
	return width === 8 ? s : s.slice(8 - width);
}
const u32 = (rng) => Math.floor(rng() * 4294967296) >>> 0;

function digits(rng, n) {
	let s = String(1 + Math.floor(rng() * 9));
	while (s.length < n) s += Math.floor(rng() * 10);
	return s;
}

function uuid(rng) {
	const a = u32(rng);
	const b = u32(rng);
	const c = u32(rng);
	const d = u32(rng);
	return `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${hex(b, 3)}-${hex(8 | (c >>> 30), 1)}${hex(c, 3)}-${hex(c >>> 12, 4)}${hex(d, 8)}`;
}

// [[value, weight], ...] -> function(r in [0,1)) -> value
function weighted(entries) {
	const total = entries.reduce((sum, [, w]) => sum + w, 0);
	let acc = 0;
	const cumulative = entries.map(([value, w]) => [value, (acc += w) / total]);
	return (r) => {
		for (const [value, edge] of cumulative) if (r < edge) return value;
		return cumulative[cumulative.length - 1][0];
	};
}

module.exports = {
	lowbias32,
	lowbias32Inverse,
	mulberry32,
	normaliseSeed,
	seedMix,
	rngFor,
	int,
	pick,
	hex,
	u32,
	digits,
	uuid,
	weighted,
};
