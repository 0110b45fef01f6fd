'use strict';
// A live inbox on top of the deterministic one, for polling clients: conversations that are not
// listed yet (they arrive later, or are indexed late), DFO status changes and new customer
// messages. Empty by default, so the simulator answers exactly as before.

function toOffset(ms) {
	return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

function createLive(ctx) {
	const hidden = new Set();
	const contacts = new Map();
	const messages = new Map();
	let seq = 0;
	const live = {
		hidden,
		/** Conversations by index: not listed until revealed. */
		hide(indices) {
			for (const i of indices) hidden.add(i);
		},
		reveal(indices) {
			for (const i of indices) hidden.delete(i);
		},
		isHidden: (i) => hidden.has(i),
		/** DFO: the contact's status changes at `atMs`. */
		setStatus(index, status, atMs) {
			contacts.set(index, { status, statusUpdatedAt: toOffset(atMs) });
		},
		/** DFO: the customer writes `text` at `atMs`; returns the message id. */
		addMessage(index, text, atMs) {
			const contact = ctx.dfo.contactAt(index);
			const id = `live-${index}-${++seq}`;
			const message = {
				id,
				direction: 'inbound',
				authorEndUserIdentity: contact.authorEndUserIdentity,
				createdAt: toOffset(atMs),
				createdAtWithMilliseconds: new Date(atMs).toISOString(),
				title: '',
				messageContent: { type: 'TEXT', payload: { text } },
			};
			messages.set(index, [...(messages.get(index) || []), message]);
			return id;
		},
		contactAt(index) {
			const contact = ctx.dfo.contactAt(index);
			const changed = contacts.get(index);
			return changed ? { ...contact, ...changed } : contact;
		},
		statusAt(index) {
			return contacts.get(index)?.status ?? ctx.dfo.attrsAt(index).status;
		},
		messagesFor(index) {
			return [...ctx.dfo.messagesFor(index), ...(messages.get(index) || [])];
		},
		clear() {
			hidden.clear();
			contacts.clear();
			messages.clear();
		},
	};
	return live;
}

module.exports = { createLive };
