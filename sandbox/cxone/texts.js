'use strict';
// Text templates for generated social-inbox messages. `{slot}` placeholders are filled per
// conversation so that subject and body mention the same order, product and wait.
const { int, pick, digits } = require('../lib/prng');
const {
	PRODUCTS,
	WEEKDAYS,
	AGENTS,
	STREETS,
	COMPANIES,
	CODES,
	FIRST_NAMES,
	LAST_NAMES,
	TEMPLATES,
	FOLLOW_UPS,
	LONG_SENTENCES,
} = require('./templates');

const SLOT_MAKERS = {
	order: (rng) => (rng() < 0.6 ? `#${int(rng, 10000, 9999999)}` : `ORD-${digits(rng, 6)}`),
	product: (rng) => pick(rng, PRODUCTS),
	days: (rng) => int(rng, 2, 21),
	amount: (rng) => `$${(int(rng, 999, 49999) / 100).toFixed(2)}`,
	weekday: (rng) => pick(rng, WEEKDAYS),
	agent: (rng) => pick(rng, AGENTS),
	street: (rng) => pick(rng, STREETS),
	company: (rng) => pick(rng, COMPANIES),
	code: (rng) => pick(rng, CODES),
	handle: (rng) => `${pick(rng, FIRST_NAMES).toLowerCase()}${int(rng, 1, 999)}`,
	years: (rng) => int(rng, 2, 12),
	times: (rng) => int(rng, 2, 6),
};

// Slot values are drawn on first use (deterministic: templates are fixed), then reused.
function slotsFor(rng, name) {
	const values = { name };
	return (key) => values[key] ?? (values[key] = SLOT_MAKERS[key](rng));
}

// Templates are split once into [literal, slot, literal, ...] so filling is plain concatenation.
const compiled = new Map();
function fill(template, slots) {
	let parts = compiled.get(template);
	if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
	let out = parts[0];
	for (let k = 1; k < parts.length; k += 2) out += slots(parts[k]) + parts[k + 1];
	return out;
}

function longBody(rng, slots) {
	const target = int(rng, 20000, 60000);
	const sentences = LONG_SENTENCES.map((sentence) => fill(sentence, slots));
	const paragraphs = [];
	let length = 0;
	for (let day = 1; length < target; day++) {
		let paragraph = `Update, day ${day}:`;
		for (let n = int(rng, 4, 8); n > 0; n--) paragraph += ` ${pick(rng, sentences)}`;
		paragraphs.push(paragraph);
		length += paragraph.length + 2;
	}
	return paragraphs.join('\n\n');
}

// -> { subject, body }. Bodies may hold several paragraphs separated by a blank line: the DFO
// api splits those into separate inbound messages.
function compose(kind, channel, rng, customerName) {
	const slots = slotsFor(rng, customerName);
	if (kind === 'empty') return { subject: rng() < 0.5 ? '' : '(no subject)', body: '' };
	if (kind === 'long') {
		return {
			subject: fill('Complaint about order {order}: full history', slots),
			body: longBody(rng, slots),
		};
	}
	const [subjectTemplate, bodyTemplate] = pick(rng, TEMPLATES[kind]);
	let subject = fill(subjectTemplate, slots);
	let body = fill(bodyTemplate, slots);
	if (kind !== 'emoji' && kind !== 'multilingual' && rng() < 0.25) {
		body += `\n\n${fill(pick(rng, FOLLOW_UPS), slots)}`;
	}
	if (channel === 'TWITTER' && rng() < 0.5) body = `@AcmeHelp ${body}`;
	if (channel === 'EMAIL') {
		if (!subject) subject = fill('Order {order}', slots);
		body = `Hi team,\n\n${body}\n\nBest regards,\n${slots('name')}`;
	}
	return { subject, body };
}

module.exports = { compose, FIRST_NAMES, LAST_NAMES };
