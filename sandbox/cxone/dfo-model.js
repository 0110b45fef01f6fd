'use strict';
// The DFO 3.0 view of the generated conversations: channels, contacts (cases) and their messages.
// Everything derives from (seed, index) so contact ids map straight back to generator indices.
const { rngFor, int, pick, digits, uuid, weighted } = require('../lib/prng');
const { toRfc3339 } = require('./generator');

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
			return `whatsapp_1555${digits(rng, 7)}`;
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
	for (const [type, platform] of Object.entries(PLATFORM_OF_TYPE)) {
		// LINE and Apple Messages exist on the tenant but receive no generated conversations.
		const n = type === 'LINE' || type === 'APPLE_BUSINESS_CHAT' ? 1 : int(rng, 1, 2);
		byType[type] = [];
		for (let k = 0; k < n; k++) {
			const id = channelId(rng, platform);
			const brand = k === 0 ? 'Acme Support' : 'Acme Deals';
			channels.push({
				id,
				name: `${brand} ${labels[platform]}`,
				realExternalPlatformId: platform,
				isPrivate: !['facebook', 'twitter', 'instagram'].includes(platform),
			});
			byType[type].push(id);
		}
	}
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
		return {
			id: String(CASE_BASE + i),
			contactId: uuid(r),
			interactionId: uuid(r),
			threadId: uuid(r),
			channelId: chId,
			status,
			direction: 'inbound',
			createdAt: toRfc3339(meta.created),
			statusUpdatedAt: toRfc3339(meta.updated),
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

	// Inbound text split on blank lines into at most 3 messages (the client joins them back with a
	// blank line), sometimes an agent reply in between, and ~2% of inbound messages GDPR-removed.
	function messagesFor(i) {
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
		const messages = parts.map((text, k) => {
			const removed = r() < 0.02;
			const message = {
				id: uuid(r),
				direction: 'inbound',
				createdAt: '',
				title: k === 0 && conv.channel === 'EMAIL' ? conv.subject : '',
				messageContent: {
					type: 'TEXT',
					payload: { text: removed ? '' : text },
					fallbackText: removed ? '' : text,
				},
				authorEndUserIdentity: author,
			};
			if (removed) message.contentRemoved = { reason: 'GDPR' };
			return message;
		});
		const replyAt = messages.length > 1 && r() < 0.4 ? 1 : r() < 0.15 ? messages.length : -1;
		if (replyAt >= 0) {
			const [id, firstName, surname] = pick(r, AGENTS);
			const text = pick(r, REPLIES);
			messages.splice(replyAt, 0, {
				id: uuid(r),
				direction: 'outbound',
				createdAt: '',
				title: '',
				messageContent: { type: 'TEXT', payload: { text }, fallbackText: text },
				authorUser: { id, firstName, surname },
			});
		}
		const created = Date.parse(conv.createdTimestamp);
		messages.forEach((m, k) => {
			m.createdAt = toRfc3339(created + k * 90000);
		});
		return messages;
	}

	return {
		channels,
		channelById,
		channelsByType: byType,
		attrsAt,
		contactAt,
		messagesFor,
		indexOfContactId,
	};
}

module.exports = { createDfoModel, CASE_BASE, STATUSES, ALL_STATUSES, PLATFORM_OF_TYPE };
