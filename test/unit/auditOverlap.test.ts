import {
	AuditTrail,
	GENESIS_HASH,
	MERGE_ACTION,
	verifyAuditTrail,
	type AuditRecord,
} from '../../nodes/core/audit';
import { AuditOutput } from '../../nodes/toolkit/audit';

const CHAIN_KEY = 'cxoneSocialInboxAuditChain';

/** The few IExecuteFunctions calls the Audit output makes, over shared static data. */
function context(staticData: Record<string, unknown>, executionId: string, nodeName = 'Node') {
	return {
		getWorkflowStaticData: () => staticData,
		getWorkflow: () => ({ id: 'wf-1' }),
		getExecutionId: () => executionId,
		getNode: () => ({ name: nodeName }),
	} as never;
}

const records = (output: AuditOutput | { items: Array<{ json: unknown }> }) =>
	output.items.map((item) => item.json as AuditRecord);

/** A small seeded generator (mulberry32): the same cases on every run. */
function seeded(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	return { next, int: (n: number) => Math.floor(next() * n) };
}

/** Closes two runs opened from the same head, in the given order; the trail in close order. */
function overlapping(order: 'A first' | 'B first') {
	const staticData: Record<string, unknown> = {};
	const first = new AuditOutput(context(staticData, 'e0'));
	first.event('CONVERSATION_RETRIEVED', { conversationId: 'c0' }, 0);
	const start = first.close({ conversations: 1 });
	const a = new AuditOutput(context(staticData, 'eA'));
	const b = new AuditOutput(context(staticData, 'eB'));
	a.event('CONVERSATION_RETRIEVED', { conversationId: 'a1' }, 0);
	b.event('CONVERSATION_RETRIEVED', { conversationId: 'b1' }, 0);
	a.event('CONVERSATION_RETRIEVED', { conversationId: 'a2' }, 0);
	const [x, y] = order === 'A first' ? [a, b] : [b, a];
	x.close({ conversations: 2 });
	y.close({ conversations: 2 });
	const trail = [...records({ items: start }), ...records(x), ...records(y)];
	const head = (staticData[CHAIN_KEY] as { head: string }).head;
	return { trail, head, a: records(a), b: records(b), start: records({ items: start }) };
}

describe('audit chain under overlapping executions', () => {
	for (const order of ['A first', 'B first'] as const) {
		it(`merges two runs opened from the same head (${order}); the merged trail verifies`, () => {
			const { trail, head, a, b, start } = overlapping(order);
			const last = trail[trail.length - 1];
			expect(last).toMatchObject({ action: MERGE_ACTION, kind: 'audit' });
			expect(last.hash).toBe(head);
			// Both runs started from the same head: a fork, which the merge joins.
			expect(a[0].prevHash).toBe(b[0].prevHash);
			expect(verifyAuditTrail(trail, GENESIS_HASH, head)).toEqual({
				valid: true,
				checked: trail.length,
				forks: 1,
				merges: 1,
				heads: [head],
			});
			// Each run alone still verifies from the head it started from.
			const startHead = start[start.length - 1].hash;
			const second = order === 'A first' ? b : a;
			expect(verifyAuditTrail(second.slice(0, -1), startHead).valid).toBe(true);
		});
	}

	it('reports forks that were never merged (separate copies of static data) as such', () => {
		const base = new AuditTrail({ workflowId: 'w', executionId: '0', nodeName: 'N' });
		const zero = [base.event('X', { n: 0 }), base.metrics({})];
		const a = new AuditTrail({ workflowId: 'w', executionId: 'a', nodeName: 'N' }, base.state);
		const b = new AuditTrail({ workflowId: 'w', executionId: 'b', nodeName: 'N' }, base.state);
		const trail = [
			...zero,
			a.event('X', { n: 1 }),
			a.metrics({}),
			b.event('X', { n: 2 }),
			b.metrics({}),
		];
		const result = verifyAuditTrail(trail, GENESIS_HASH);
		expect(result).toMatchObject({ valid: true, forks: 1, merges: 0 });
		expect(result.heads).toEqual([a.state.head, b.state.head]);
	});

	it('keeps trails written before segments were merged verifiable', () => {
		const trail = new AuditTrail({ workflowId: 'w', executionId: '0', nodeName: 'N' });
		const events = [trail.event('X', { n: 0 }), trail.metrics({})];
		const next = new AuditTrail({ workflowId: 'w', executionId: '1', nodeName: 'N' }, trail.state);
		events.push(next.event('X', { n: 1 }), next.metrics({}));
		expect(verifyAuditTrail(events, GENESIS_HASH)).toEqual({ valid: true, checked: 4 });
		expect(verifyAuditTrail(events, GENESIS_HASH, next.state.head)).toEqual({
			valid: true,
			checked: 4,
		});
	});

	it('catches records removed from the end when the stored head is given', () => {
		const { trail, head } = overlapping('A first');
		expect(verifyAuditTrail(trail.slice(0, -1), GENESIS_HASH, head).valid).toBe(false);
	});

	it('a merge naming a head that is not in the trail is caught (the other run was removed)', () => {
		const { trail, head, a } = overlapping('B first');
		// B closed first, then A merged B's head: remove B's records.
		const withoutB = trail.filter((r) => r.actor.executionId !== 'eB');
		expect(withoutB.length).toBeLessThan(trail.length);
		expect(a.length).toBeGreaterThan(0);
		expect(verifyAuditTrail(withoutB, GENESIS_HASH, head)).toMatchObject({ valid: false });
	});
});

describe('property: any single edit, deletion, insertion or reorder is caught', () => {
	/** Runs of one to three events each, overlapping at random, closed in random order. */
	function randomTrail(rng: ReturnType<typeof seeded>) {
		const staticData: Record<string, unknown> = {};
		const trail: AuditRecord[] = [];
		const open: AuditOutput[] = [];
		let runs = 0;
		const total = 3 + rng.int(5);
		while (runs < total || open.length) {
			if (runs < total && (open.length === 0 || rng.next() < 0.5)) {
				const run = new AuditOutput(context(staticData, `e${runs}`, `Node ${runs % 2}`));
				const events = 1 + rng.int(3);
				for (let i = 0; i < events; i++)
					run.event('CONVERSATION_RETRIEVED', { conversationId: `r${runs}-${i}` }, 0);
				open.push(run);
				runs++;
			} else {
				const [run] = open.splice(rng.int(open.length), 1);
				for (const record of records({ items: run.close({ runs }) })) trail.push(record);
			}
		}
		return { trail, head: (staticData[CHAIN_KEY] as { head: string }).head };
	}

	const CASES = 400;
	it(`holds for ${CASES} seeded random overlapping trails`, () => {
		const rng = seeded(20_261_202);
		let forks = 0;
		for (let n = 0; n < CASES; n++) {
			const { trail, head } = randomTrail(rng);
			const clean = verifyAuditTrail(trail, GENESIS_HASH, head);
			expect(clean.valid).toBe(true);
			forks += clean.forks ?? 0;
			const at = rng.int(trail.length);
			const copy = () => trail.map((r) => ({ ...r }));

			const edited = copy();
			edited[at].conversationId = 'edited';
			expect(verifyAuditTrail(edited, GENESIS_HASH, head).valid).toBe(false);

			const deleted = trail.filter((_, i) => i !== at);
			expect(verifyAuditTrail(deleted, GENESIS_HASH, head).valid).toBe(false);

			const inserted = copy();
			inserted.splice(rng.int(trail.length + 1), 0, { ...trail[at] });
			expect(verifyAuditTrail(inserted, GENESIS_HASH, head).valid).toBe(false);

			const foreign = randomTrail(rng).trail;
			const alien = copy();
			alien.splice(rng.int(trail.length + 1), 0, foreign[rng.int(foreign.length)]);
			expect(verifyAuditTrail(alien, GENESIS_HASH, head).valid).toBe(false);

			let to = rng.int(trail.length - 1);
			if (to >= at) to++;
			const moved = copy();
			const [record] = moved.splice(at, 1);
			moved.splice(to, 0, record);
			const verdict = verifyAuditTrail(moved, GENESIS_HASH, head);
			if (verdict.valid) {
				const short = (h: string) => h.slice(0, 6);
				const show = (list: AuditRecord[]) =>
					list
						.map(
							(r) =>
								`${r.actor.executionId}:${r.action}:${short(r.prevHash)}>${short(r.hash)}${r.mergedHead ? `+${short(r.mergedHead as string)}` : ''}`,
						)
						.join('\n');
				throw new Error(`reorder ${at} -> ${to} of case ${n} not caught\n${show(trail)}`);
			}
		}
		// The generator did produce overlapping runs.
		expect(forks).toBeGreaterThan(CASES / 2);
	});
});
