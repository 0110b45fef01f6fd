import { InputValidationError } from '../../nodes/core/errors';
import { validateQuery, type RawQueryInput } from '../../nodes/core/cxone/query';

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const DAY = 86_400_000;
const base: RawQueryInput = { api: 'v2', timeRange: 'lastHours', hours: 24, scopes: 'conversations:read social:read' };

function failure(input: Partial<RawQueryInput>) {
	try {
		validateQuery({ ...base, ...input }, NOW);
	} catch (error) {
		expect(error).toBeInstanceOf(InputValidationError);
		return error as InputValidationError;
	}
	throw new Error('expected a validation error');
}

describe('validateQuery', () => {
	it('turns Last Hours / Last Days into a window ending now', () => {
		expect(validateQuery(base, NOW)).toMatchObject({ fromMs: NOW - DAY, toMs: NOW, limit: 50, pageSize: 100 });
		expect(validateQuery({ ...base, timeRange: 'lastDays', days: 7 }, NOW).fromMs).toBe(NOW - 7 * DAY);
	});

	it('accepts a Between range and Return All', () => {
		const q = validateQuery(
			{ ...base, timeRange: 'between', from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z', returnAll: true },
			NOW,
		);
		expect(q.fromMs).toBe(Date.UTC(2026, 10, 1));
		expect(q.limit).toBeUndefined();
	});

	it('refuses From after To, naming the field', () => {
		const e = failure({ timeRange: 'between', from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' });
		expect(e.field).toBe('From');
		expect(e.message).toMatch(/is after To/);
		expect(e.fix).toMatch(/earlier than To/);
	});

	it('refuses To in the future beyond the clock skew, and allows small skew', () => {
		expect(failure({ timeRange: 'between', from: '2026-11-19T00:00:00Z', to: new Date(NOW + 10 * 60_000).toISOString() }).field).toBe('To');
		const q = validateQuery({ ...base, timeRange: 'between', from: '2026-11-19T00:00:00Z', to: new Date(NOW + 30_000).toISOString() }, NOW);
		expect(q.toMs).toBe(NOW);
	});

	it('refuses a range beyond the retention window, and honours a custom one', () => {
		const e = failure({ timeRange: 'lastDays', days: 120 });
		expect(e.field).toBe('Days');
		const old = failure({ timeRange: 'between', from: new Date(NOW - 100 * DAY).toISOString(), to: new Date(NOW - 95 * DAY).toISOString() });
		expect(old.field).toBe('From');
		expect(old.message).toMatch(/90-day retention window/);
		expect(() => validateQuery({ ...base, timeRange: 'lastDays', days: 120, retentionDays: 365 }, NOW)).not.toThrow();
	});

	it('refuses unparsable dates', () => {
		expect(failure({ timeRange: 'between', from: 'yesterday-ish', to: '2026-11-02T00:00:00Z' }).field).toBe('From');
	});

	it('accepts known and well-formed custom channel types, refuses others', () => {
		const q = validateQuery({ ...base, channelTypes: ['FACEBOOK', 'EMAIL'], customChannelTypes: 'kakao-talk, WECHAT' }, NOW);
		expect(q.channelTypes).toEqual(['FACEBOOK', 'EMAIL', 'KAKAO_TALK', 'WECHAT']);
		expect(failure({ channelTypes: ['MYSPACE'] }).field).toBe('Channel Types');
		expect(failure({ customChannelTypes: '1BAD' }).field).toBe('Custom Channel Types');
	});

	it('splits IDs on commas and new lines, and refuses malformed ones', () => {
		const q = validateQuery({ ...base, conversationIds: 'conv-1a2b3c4d,\nconv-99887766 conv-1a2b3c4d' }, NOW);
		expect(q.conversationIds).toEqual(['conv-1a2b3c4d', 'conv-99887766']);
		const e = failure({ conversationIds: "conv-1, x'; drop table" });
		expect(e.field).toBe('Conversation IDs');
	});

	it('checks the credential scopes cover the request (v2)', () => {
		const social = failure({ scopes: 'conversations:read', channelTypes: ['TWITTER'] });
		expect(social.field).toBe('Scopes (credential)');
		expect(social.message).toMatch(/social:read/);
		expect(() => validateQuery({ ...base, scopes: 'conversations:read', channelTypes: ['EMAIL'] }, NOW)).not.toThrow();
		expect(failure({ scopes: 'social:read' }).message).toMatch(/conversations:read/);
		expect(() => validateQuery({ ...base, api: 'dfo', scopes: '', channelTypes: ['TWITTER'] }, NOW)).not.toThrow();
	});

	it('allows statuses for DFO only, and only known ones', () => {
		expect(validateQuery({ ...base, api: 'dfo', statuses: ['open', 'ESCALATED'] }, NOW).statuses).toEqual(['open', 'escalated']);
		expect(failure({ statuses: ['open'] }).message).toMatch(/Digital Engagement/);
		expect(failure({ api: 'dfo', statuses: ['snoozed'] }).field).toBe('Statuses');
	});

	it('checks limit and page size bounds', () => {
		expect(failure({ limit: 0 }).field).toBe('Limit');
		expect(failure({ pageSize: 5000 }).field).toBe('Page Size');
	});

	it('clamps a watermark older than the retention window instead of failing', () => {
		const q = validateQuery({ ...base, timeRange: 'sinceLastSync', sinceMs: NOW - 200 * DAY }, NOW);
		expect(q.fromMs).toBe(NOW - 90 * DAY);
	});
});
