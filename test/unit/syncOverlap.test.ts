import { fetchedWindow, settleWatermark, type SyncState } from '../../nodes/core/sync';

const T = Date.UTC(2026, 10, 1);
const H = 3_600_000;

/** One execution's view: fetch records its window, settle moves the watermark or holds it. */
function fetch(state: SyncState, executionId: string, fromMs: number, toMs: number, count: number) {
	return { ...state, pending: fetchedWindow(executionId, { fromMs, toMs }, count, undefined) };
}

describe('settleWatermark with overlapping executions', () => {
	it('shared state: the run whose window is pending settles; the other cannot move it', () => {
		let state: SyncState = { watermarkMs: T };
		state = fetch(state, 'A', T, T + 1 * H, 5);
		state = fetch(state, 'B', T, T + 2 * H, 8);
		// A delivered everything, but B's window is the one pending: A must not move it.
		expect(settleWatermark(state, 'A', 5, [])).toBeUndefined();
		// B failed a record at T + 30 min: held back to just before it.
		const settled = settleWatermark(state, 'B', 7, [T + 0.5 * H])!;
		expect(settled.result.action).toBe('WATERMARK_ADVANCED');
		expect(settled.state.watermarkMs).toBe(T + 0.5 * H - 1);
	});

	it('separate copies (each execution saves its own): a later save never passes a failure', () => {
		const start: SyncState = { watermarkMs: T };
		const a = fetch(start, 'A', T, T + 1 * H, 5);
		const b = fetch(start, 'B', T, T + 2 * H, 8);
		const settledB = settleWatermark(b, 'B', 7, [T + 0.5 * H])!;
		const settledA = settleWatermark(a, 'A', 5, [])!;
		// Whichever is saved last, the watermark is at most where its own run proved delivery.
		for (const last of [settledA.state, settledB.state]) {
			expect(last.watermarkMs!).toBeLessThanOrEqual(T + 1 * H);
		}
		// A (older window, all delivered) saved last pulls B's back at most to its own end: records
		// after it are fetched again next time, never skipped.
		expect(settledA.state.watermarkMs).toBe(T + 1 * H);
	});

	it('the older run finishing last pulls the watermark back, never forward past a failure', () => {
		let state: SyncState = { watermarkMs: T };
		state = fetch(state, 'B', T, T + 2 * H, 8);
		const b = settleWatermark(state, 'B', 8, [])!;
		state = b.state;
		expect(state.watermarkMs).toBe(T + 2 * H);
		// A's window was fetched earlier (ending at T + 1 h) and its copy is settled later.
		const a = settleWatermark(fetch({ watermarkMs: T }, 'A', T, T + 1 * H, 3), 'A', 2, [
			T + 0.2 * H,
		])!;
		expect(a.state.watermarkMs).toBe(T + 0.2 * H - 1);
	});

	it('says why it holds when another run already moved the watermark further', () => {
		let state: SyncState = { watermarkMs: T + 3 * H };
		state = { ...state, pending: fetchedWindow('A', { fromMs: T, toMs: T + 1 * H }, 2, undefined) };
		const held = settleWatermark(state, 'A', 2, [])!;
		expect(held.result.action).toBe('WATERMARK_HELD');
		expect(held.result.reason).not.toMatch(/failed/);
		expect(held.result.reason).toMatch(/already/);
	});

	it('a limit reached with rejected or repeated records counts what was listed', () => {
		const window = fetchedWindow(
			'A',
			{ fromMs: T, toMs: T + 5 * H, limit: 10 },
			8,
			new Date(T + 1 * H).toISOString(),
			10,
		);
		expect(window.toMs).toBe(T + 1 * H);
		const none = fetchedWindow('A', { fromMs: T, toMs: T + 5 * H, limit: 10 }, 0, undefined, 10);
		expect(none.toMs).toBe(T);
	});
});
