// The simulator's stream of new conversations: listings and expected ids follow the clock.
import { fetchAllV2, v2Token } from './helpers';
const { startSandbox } = require('../../sandbox');

describe('stream of new conversations (streamPerSecond)', () => {
	const start = Date.UTC(2026, 10, 20, 12, 0, 0);
	let clock = start;
	let sb: any;
	let token: string;
	beforeAll(async () => {
		sb = await startSandbox({
			conversations: 20,
			streamPerSecond: 4,
			streamSeconds: 10,
			now: () => clock,
		});
		token = (await v2Token(sb)).body.access_token;
	});
	afterAll(() => sb.close());

	// Timestamps have second precision: a conversation exists from the start of the second its
	// timestamp names, so a listing never misses one that a later listing shows with an earlier time.
	it('shows the conversations of the start, then four more every second, then stops', async () => {
		const at = async (ms: number) => {
			clock = start + ms;
			const { ids } = await fetchAllV2(sb, token);
			expect(ids).toEqual(sb.expectedIds({}));
			return ids;
		};
		const first = await at(0);
		expect(first).toHaveLength(24);
		const later = await at(2500);
		expect(later).toHaveLength(32);
		expect(later.slice(0, first.length)).toEqual(first);
		expect(await at(60_000)).toHaveLength(60);
		expect(sb.stats.stream).toMatchObject({ perSecond: 4, visible: 60, total: 60, finished: true });
	});

	it('never lists a conversation created after the clock', async () => {
		clock = start + 1500;
		const res = await fetch(`${sb.url}/api/v2/conversations?limit=1000`, {
			headers: { authorization: `Bearer ${token}` },
		});
		const body: any = await res.json();
		const latest = Math.max(...body.data.map((c: any) => Date.parse(c.createdTimestamp)));
		expect(latest).toBeLessThanOrEqual(clock);
	});
});
