'use strict';
// The DFO 3.0 view of the generated conversations: channels, contacts (cases) and their messages,
// shaped like NICE's OpenAPI-derived types and what its agent SDK reads. Everything derives from
// (seed, index) so contact ids map straight back to generator indices.
const { rngFor, int, pick, digits, uuid, weighted, hex, u32 } = require('../lib/prng');
const { toRfc3339 } = require('./generator');

// DFO writes times with an offset, not Z; messages also carry the time to the millisecond.
const toOffset = (ms) => toRfc3339(ms).replace(/Z$/, '+00:00');
const toOffsetMs = (ms) =>
	`${toRfc3339(ms).slice(0, 19)}.${String(((ms % 1000) + 1000) % 1000).padStart(3, '0')}+00:00`;

const CASE_BASE = 1000000;
const SALT_CHANNELS = 0xc4;
const SALT_CONTACT = 0xdf0;
const SALT_MESSAGES = 0x5e55;
const STATUSES = ['new', 'open', 'pending', 'escalated', 'resolved', 'closed'];
const ALL_STATUSES = new Set([...STATUSES, 'trashed']);
const pickStatus = weighted([
	['new', 15],
	['open', 25],
	['pending', 15],
	['escalated', 10],
	['resolved', 20],
	['closed', 15],
]);
// Platform ids as /channels gives them: NICE's spec lists short and long forms of some, so the first
// channel of each type uses the form below and a second one the other.
const PLATFORM_FORMS = {
	facebook: ['facebook', 'fb'],
	twitter: ['tw', 'twitter'],
	instagram: ['ig', 'instagram'],
};
const PLATFORM_OF_TYPE = {
	FACEBOOK: 'facebook',
	TWITTER: 'twitter',
	INSTAGRAM: 'instagram',
	WHATSAPP: 'whatsapp',
	WEBCHAT: 'chat',
	SMS: 'sms',
	EMAIL: 'email',
	LINE: 'line',
	APPLE_BUSINESS_CHAT: 'apple-business-chat',
};
const AGENTS = [
	['a1c3e0f2-0000-4000-8000-00000000a001', 'Maria', 'Lopez'],
	['a1c3e0f2-0000-4000-8000-00000000a002', 'Tom', 'Becker'],
	['a1c3e0f2-0000-4000-8000-00000000a003', 'Priya', 'Shah'],
];
const BOT = ['b07b07b0-0000-4000-8000-00000000b001', 'Acme', 'Assistant'];
const BOT_TEXT = 'Hi! I am the Acme assistant. An agent will be with you shortly.';
const SENTIMENT_OF_KIND = { urgent: 'negative', angry: 'negative', happy: 'positive' };

const escapeHtml = (text) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// An e-mail body as a mail client would send it: paragraphs and line breaks as tags.
function toHtml(text) {
	const paragraphs = text
		.split('\n\n')
		.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
		.join('');
	return `<html><head><style>p{margin:0 0 1em}</style></head><body>${paragraphs}</body></html>`;
}

// Where a customer's text sits: form < 0.5 the spec's TEXT payload, < 0.8 the agent SDK's
// messageContent.text, otherwise a non-TEXT type whose text is only in fallbackText. A truncated
// text keeps its first 200 characters.
function customerContent(text, form, truncate) {
	const shown = truncate ? text.slice(0, 200) : text;
	if (form < 0.5) return { type: 'TEXT', payload: { text: shown }, fallbackText: shown };
	if (form < 0.8) return { type: 'TEXT', text: shown };
	return { type: 'POSTBACK', payload: { postback: 'reply' }, fallbackText: shown };
}

const REPLIES = [
	'Hi, thanks for reaching out. Could you send us your order number so we can check?',
	'Sorry to hear that. I have forwarded this to our logistics team and will update you shortly.',
	'Thanks for your patience, we are looking into it.',
];

function channelId(rng, platform) {
	switch (platform) {
		case 'facebook':
			return `fb_${digits(rng, 15)}`;
		case 'twitter':
			return `twitter_${digits(rng, 19)}`;
		case 'instagram':
			return `instagram_${digits(rng, 17)}`;
		case 'whatsapp':
			return `ind_whatsapp_${hex(u32(rng), 8)}${hex(u32(rng), 8)}${hex(u32(rng), 8)}`;
		case 'sms':
			return `sms_1202${digits(rng, 7)}`;
		case 'email':
			return `email_${uuid(rng).replace(/-/g, '').slice(0, 24)}`;
		case 'line':
			return `line_${digits(rng, 10)}`;
		default:
			return `${platform === 'chat' ? 'chat' : 'abc'}_${uuid(rng)}`;
	}
}

function externalUserId(rng, platform, first, last) {
	switch (platform) {
		case 'whatsapp':
		case 'sms':
			return `+1${digits(rng, 10)}`;
		case 'email':
			return `${first}.${last}@example.com`
				.toLowerCase()
				.normalize('NFD')
				.replace(/[^\x20-\x7e]/g, '');
		case 'chat':
			return uuid(rng);
		default:
			return digits(rng, 16);
	}
}

function createDfoModel({ seed, generator }) {
	const rng = rngFor(seed, 0, SALT_CHANNELS);
	const channels = [];
	const byType = {};
	const labels = {
		facebook: 'Facebook',
		twitter: 'X (Twitter)',
		instagram: 'Instagram',
		whatsapp: 'WhatsApp',
		chat: 'Web chat',
		sms: 'SMS',
		email: 'E-mail',
		line: 'LINE',
		'apple-business-chat': 'Apple Messages',
	};
	const addChannel = (type, platform, k, extra = {}) => {
		const id = channelId(rng, platform);
		const brand = extra.name || (k === 0 ? 'Acme Support' : 'Acme Deals');
		const forms = PLATFORM_FORMS[platform];
		channels.push({
			id,
			// NICE's agent SDK reads channelId; the spec names it id.
			channelId: id,
			name: `${brand} ${labels[platform]}`,
			realExternalPlatformId: forms ? forms[k % forms.length] : platform,
			isPrivate: !['facebook', 'twitter', 'instagram'].includes(platform),
			isDeleted: !!extra.deleted,
		});
		byType[type].push(id);
	};
	for (const [type, platform] of Object.entries(PLATFORM_OF_TYPE)) {
		// LINE and Apple Messages exist on the tenant but receive no generated conversations.
		const n = type === 'LINE' || type === 'APPLE_BUSINESS_CHAT' ? 1 : int(rng, 1, 2);
		byType[type] = [];
		for (let k = 0; k < n; k++) addChannel(type, platform, k);
	}
	// A deleted channel that older contacts still point at: listed only with includeDeleted=1.
	addChannel('WHATSAPP', 'whatsapp', 2, { name: 'Acme Legacy', deleted: true });
	const channelById = new Map(channels.map((c) => [c.id, c]));

	// Cheap per-index attributes, used by filtered scans.
	function attrsAt(i) {
		const r = rngFor(seed, i, SALT_CONTACT);
		const type = generator.channelAt(i);
		return { r, type, status: pickStatus(r()), channelId: pick(r, byType[type]) };
	}

	function contactAt(i) {
		const meta = generator.metaAt(i);
		const { r, status, channelId: chId } = attrsAt(i);
		const { firstName, lastName } = generator.customerAt(i);
		const identity = {
			id: uuid(r),
			idOnExternalPlatform: externalUserId(r, PLATFORM_OF_TYPE[meta.channel], firstName, lastName),
			firstName,
			lastName,
		};
		const fullName = `${firstName} ${lastName}`;
		const contactId = uuid(r);
		return {
			id: String(CASE_BASE + i),
			// Null on some older records, as NICE's types allow.
			contactId: r() < 0.05 ? null : contactId,
			interactionId: uuid(r),
			threadId: uuid(r),
			channelId: chId,
			status,
			direction: 'inbound',
			createdAt: toOffset(meta.created),
			statusUpdatedAt: toOffset(meta.updated),
			routingQueueId: `b0e5${uuid(r).slice(4, 8)}-0000-4000-8000-${String(int(r, 1, 3)).padStart(12, '0')}`,
			endUser: { id: uuid(r), fullName, identities: [identity] },
			authorEndUserIdentity: { ...identity, fullName },
			customFields: [],
		};
	}

	function indexOfContactId(id) {
		if (!/^\d{1,12}$/.test(id)) return -1;
		const i = Number(id) - CASE_BASE;
		return i >= 0 && i < generator.count ? i : -1;
	}

	// A message id that leads back to (contact index, position): the last group of a UUID.
	const messageId = (r, i, k) =>
		`${uuid(r).slice(0, 24)}${(i * 16 + k).toString(16).padStart(12, '0')}`;

	function messageById(id) {
		const match = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-([0-9a-f]{12})$/.exec(id);
		if (!match) return null;
		const n = parseInt(match[1], 16);
		const i = Math.floor(n / 16);
		if (i >= generator.count) return null;
		return messagesFor(i, { full: true }).find((m) => m.id === id) || null;
	}

	// The customer's text split on blank lines into at most 3 messages (the client joins them back
	// with a blank line), sometimes a bot message after the first and an agent reply in between, and
	// ~2% of the customer's messages removed (GDPR or TTL). The text sits where NICE's types put it:
	// `payload.text` (TEXT), `text` (what the agent SDK reads) or only `fallbackText` (other types);
	// e-mail bodies are HTML. Texts over 280 characters are cut to 200 and flagged
	// `hasAdditionalMessageContent` unless `full` (the /messages/{id} view). The array is newest
	// first: the API promises no order, so clients must sort by time.
	function messagesFor(i, { full = false } = {}) {
		const conv = generator.at(i);
		const contact = contactAt(i);
		const r = rngFor(seed, i, SALT_MESSAGES);
		let parts = conv.channel === 'EMAIL' || !conv.body ? [conv.body] : conv.body.split('\n\n');
		if (parts.length > 3) {
			const size = Math.ceil(parts.length / 3);
			parts = [0, 1, 2]
				.map((k) => parts.slice(k * size, (k + 1) * size).join('\n\n'))
				.filter(Boolean);
		}
		const author = contact.authorEndUserIdentity;
		const sentiment = SENTIMENT_OF_KIND[conv.kind] || 'neutral';
		const messages = parts.map((text, k) => {
			const removed = r() < 0.02 ? (r() < 0.5 ? 'GDPR' : 'TTL') : null;
			const form = r();
			const email = conv.channel === 'EMAIL';
			const source = email ? toHtml(text) : text;
			const truncate = !removed && !full && source.length > 280;
			const message = {
				id: '',
				direction: 'inbound',
				createdAt: '',
				title: k === 0 && email ? conv.subject : '',
				messageContent: removed
					? { type: 'TEXT', payload: { text: '' }, fallbackText: '' }
					: customerContent(source, email ? 0 : form, truncate),
				hasAdditionalMessageContent: truncate,
				authorEndUserIdentity: author,
				sentiment,
			};
			if (email && !removed) message.messageContent.contentFormat = 'html';
			if (removed) message.contentRemoved = { reason: removed };
			return message;
		});
		if (r() < 0.25) {
			messages.splice(1, 0, {
				id: '',
				direction: 'outbound',
				createdAt: '',
				title: '',
				messageContent: {
					type: 'QUICK_REPLIES',
					payload: {
						text: { content: BOT_TEXT },
						actions: [{ type: 'REPLY', text: 'Order status' }],
					},
					fallbackText: BOT_TEXT,
				},
				authorUser: { id: BOT[0], firstName: BOT[1], surname: BOT[2], isBotUser: true },
				sentiment: 'neutral',
			});
		}
		const replyAt = messages.length > 1 && r() < 0.4 ? 1 : r() < 0.15 ? messages.length : -1;
		if (replyAt >= 0) {
			const [id, firstName, surname] = pick(r, AGENTS);
			const text = pick(r, REPLIES);
			messages.splice(replyAt, 0, {
				id: '',
				direction: 'outbound',
				createdAt: '',
				title: '',
				messageContent: { type: 'TEXT', payload: { text }, fallbackText: text },
				authorUser: { id, firstName, surname, isBotUser: false },
				// CXone rates every message; only the customer's say how the customer feels.
				sentiment: 'positive',
			});
		}
		const created = Date.parse(conv.createdTimestamp);
		messages.forEach((m, k) => {
			const at = created + k * 90000 + int(r, 0, 999);
			m.id = messageId(r, i, k);
			m.createdAt = toOffset(at);
			m.createdAtWithMilliseconds = toOffsetMs(at);
		});
		return messages.reverse();
	}
	return {
		channels,
		channelById,
		channelsByType: byType,
		attrsAt,
		contactAt,
		messagesFor,
		messageById,
		indexOfContactId,
	};
}

module.exports = { createDfoModel, CASE_BASE, STATUSES, ALL_STATUSES, PLATFORM_OF_TYPE };
