// "Since last successful sync" as pure rules: window start, fetched window, advance or hold.
import { fetchedWindow, settleWatermark, syncWindowStart } from '../../nodes/core/sync';

const T = Date.parse('2026-11-01T12:00:00Z');
const MIN = 60_000;

describe('sync window', () => {
	it('starts at the watermark less the overlap, or looks back from now the first time', () => {
		expect(syncWindowStart({ watermarkMs: T }, 15 * MIN, 24 * 60 * MIN, T + 99)).toBe(T - 15 * MIN);
		expect(syncWindowStart({}, 15 * MIN, 60 * MIN, T)).toBe(T - 60 * MIN);
	});

	it('counts a window cut short by the limit only up to the last record fetched', () => {
		const query = { fromMs: T - 60 * MIN, toMs: T, limit: 2 };
		expect(fetchedWindow('e1', query, 2, '2026-11-01T11:10:00Z')).toEqual({
			executionId: 'e1',
			fromMs: T - 60 * MIN,
			toMs: Date.parse('2026-11-01T11:10:00Z'),
			count: 2,
		});
		expect(fetchedWindow('e1', query, 1, '2026-11-01T11:10:00Z').toMs).toBe(T);
	});
});

describe('settling the watermark', () => {
	const pending = { executionId: 'e1', fromMs: T - 60 * MIN, toMs: T, count: 3 };

	it('advances to the end of the window when every record was delivered', () => {
		const settled = settleWatermark({ watermarkMs: T - 60 * MIN, pending }, 'e1', 3, []);
		expect(settled?.state).toEqual({ watermarkMs: T });
		expect(settled?.result).toMatchObject({ action: 'WATERMARK_ADVANCED' });
	});

	it('stops just before the oldest failed record', () => {
		const failed = [T - 10 * MIN, T - 30 * MIN];
		const settled = settleWatermark({ watermarkMs: T - 60 * MIN, pending }, 'e1', 1, failed);
		expect(settled?.state.watermarkMs).toBe(T - 30 * MIN - 1);
		expect(settled?.result.reason).toMatch(/oldest of 2 failed records/);
	});

	it('holds, and leaves the state as it was, when records did not reach the node', () => {
		const state = { watermarkMs: T - 60 * MIN, pending };
		const settled = settleWatermark(state, 'e1', 1, []);
		expect(settled?.result.action).toBe('WATERMARK_HELD');
		expect(settled?.state).toBe(state);
		expect(state).toEqual({ watermarkMs: T - 60 * MIN, pending });
	});

	it('holds when a failure lies at or before the watermark, and never moves it back', () => {
		const state = { watermarkMs: T - 20 * MIN, pending };
		const settled = settleWatermark(state, 'e1', 2, [T - 40 * MIN]);
		expect(settled?.result.action).toBe('WATERMARK_HELD');
		expect(settled?.state.watermarkMs).toBe(T - 20 * MIN);
	});

	it('ignores a window another execution fetched', () => {
		expect(settleWatermark({ pending }, 'e2', 3, [])).toBeUndefined();
	});

	it('takes many failures without spreading them into arguments', () => {
		const failed = Array.from({ length: 300_000 }, (_, i) => T - i);
		const settled = settleWatermark({ pending: { ...pending, count: 300_000 } }, 'e1', 0, failed);
		expect(settled?.state.watermarkMs).toBe(T - 299_999 - 1);
	});
});
