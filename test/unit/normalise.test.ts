import { RecordSchemaError } from '../../nodes/core/errors';
import { normaliseDfo, normaliseV2 } from '../../nodes/core/cxone/normalise';
import { dfoContactSchema, dfoMessageSchema, parseRecord, v2RecordSchema } from '../../nodes/core/cxone/schemas';
import { channelTypeForPlatform } from '../../nodes/core/cxone/channels';

const example = {
	id: 'conv-8f7a6b5c-4d3e-2f1a-0b9c-8d7e6f5a4b3c',
	channel: 'facebook',
	subject: 'Order #12345 Missing',
	body: 'My package has not arrived after 5 days. Need immediate resolution.',
	createdTimestamp: '2024-01-15T10:30:00Z',
	updatedTimestamp: '2024-01-15T14:22:00Z',
	priorityHint: 'vip',
};

describe('v2 records', () => {
	it('normalise the documented example and keep extras', () => {
		const parsed = parseRecord(v2RecordSchema, example, 'page 1, position 1');
		if (!parsed.ok) throw parsed.error;
		const item = normaliseV2(parsed.value, false);
		expect(item).toEqual({ ...example, channel: 'FACEBOOK' });
		expect(Object.keys(item).slice(0, 6)).toEqual(['id', 'channel', 'subject', 'body', 'createdTimestamp', 'updatedTimestamp']);
	});

	it('fill null subject/body with empty strings and a missing updatedTimestamp with createdTimestamp', () => {
		const parsed = parseRecord(v2RecordSchema, { ...example, subject: null, body: undefined, updatedTimestamp: null }, 'p');
		if (!parsed.ok) throw parsed.error;
		expect(normaliseV2(parsed.value, true, example)).toMatchObject({ subject: '', body: '', updatedTimestamp: example.createdTimestamp, raw: example });
	});

	it('name the record and the field when the contract is broken', () => {
		const missing = parseRecord(v2RecordSchema, { ...example, id: undefined }, 'page 2, position 7');
		expect(missing.ok).toBe(false);
		if (missing.ok) return;
		expect(missing.error).toBeInstanceOf(RecordSchemaError);
		expect(missing.error.message).toBe('Record (no id) at page 2, position 7 is malformed: field "id" is missing');
		const badDate = parseRecord(v2RecordSchema, { ...example, createdTimestamp: 'not-a-date' }, 'page 1, position 3');
		expect(!badDate.ok && badDate.error.message).toMatch(/"conv-8f7a6b5c[^"]*" at page 1, position 3 is malformed: field "createdTimestamp"/);
	});

	it('take RFC 3339 date-times only', () => {
		const at = (createdTimestamp: string) => parseRecord(v2RecordSchema, { ...example, createdTimestamp }, 'page 1, position 1').ok;
		for (const good of ['2026-10-26T10:50:42Z', '2026-10-26T10:50:42.123Z', '2026-10-26T10:50:42+02:00', '2026-10-26t10:50:42z', '2026-10-26 10:50:42-0500'])
			expect([good, at(good)]).toEqual([good, true]);
		// Date.parse takes all of these; the contract does not
		for (const bad of ['Oct 26 2026', '2026-10-26', '2026-10-26T10:50', '1761475842000', ' 2026-10-26T10:50:42Z'])
			expect([bad, at(bad)]).toEqual([bad, false]);
	});

	it('turn a null or missing subject and body into ""', () => {
		const parsed = parseRecord(v2RecordSchema, { ...example, subject: null, body: undefined }, 'page 1, position 1');
		expect(parsed.ok && normaliseV2(parsed.value, false)).toMatchObject({ subject: '', body: '' });
	});
});

describe('DFO contacts', () => {
	const contact = {
		id: 4711,
		channelId: 'fb_108412721877255',
		status: 'open',
		direction: 'inbound',
		createdAt: '2026-11-01T09:00:00Z',
		statusUpdatedAt: '2026-11-01T09:30:00Z',
		endUser: { id: 'u1', fullName: 'Ana Ruiz' },
	};
	const messages = [
		{ id: 'm1', direction: 'inbound', title: 'Refund please', messageContent: { type: 'TEXT', payload: { text: 'First part.' } } },
		{ id: 'm2', direction: 'outbound', title: '', messageContent: { payload: { text: 'Agent reply' } } },
		{ id: 'm3', direction: 'inbound', messageContent: { payload: { text: '' }, fallbackText: 'Second part.' } },
		{ id: 'm4', direction: 'inbound', messageContent: { payload: { text: '' } }, contentRemoved: { reason: 'GDPR' } },
	];

	it('join inbound texts in order, take the title as subject, keep contact extras', () => {
		const c = parseRecord(dfoContactSchema, contact, 'p');
		if (!c.ok) throw c.error;
		const ms = messages.map((m) => {
			const r = parseRecord(dfoMessageSchema, m, 'p');
			if (!r.ok) throw r.error;
			return r.value;
		});
		const item = normaliseDfo(c.value, ms, channelTypeForPlatform('facebook'), false);
		expect(item).toMatchObject({
			id: '4711',
			channel: 'FACEBOOK',
			subject: 'Refund please',
			body: 'First part.\n\nSecond part.',
			createdTimestamp: '2026-11-01T09:00:00Z',
			updatedTimestamp: '2026-11-01T09:30:00Z',
			status: 'open',
			channelId: 'fb_108412721877255',
			endUser: { id: 'u1', fullName: 'Ana Ruiz' },
			contentRemoved: ['GDPR'],
		});
		expect(item.body).not.toContain('Agent reply');
	});

	it('map platform ids to channel types', () => {
		expect(channelTypeForPlatform('chat')).toBe('WEBCHAT');
		expect(channelTypeForPlatform('apple-business-chat')).toBe('APPLE_BUSINESS_CHAT');
		expect(channelTypeForPlatform('kakao')).toBe('KAKAO');
	});
});
