// The tickets core with a fake target endpoint (a plain function): batching, the 413 split,
// per-record verdicts, idempotency keys and retries, every input ending as exactly one outcome.
import {
	DeliveryStats,
	TICKET_RETRYABLE_STATUSES,
	deliverTickets,
	idempotencyKey,
} from '../../nodes/core/tickets/deliver';
import { genericTarget } from '../../nodes/core/tickets/generic';
import { defaultRetryPolicy, type HttpResult } from '../../nodes/core/retry';
import type { TicketInput, TicketRequest } from '../../nodes/core/tickets/types';

const inputs = (n: number): TicketInput[] =>
	Array.from({ length: n }, (_, index) => ({
		index,
		externalId: `c${index}`,
		payload: { external_id: `c${index}`, subject: `s${index}` },
	}));

const target = genericTarget('https://tickets.example.com/batch', 'POST', 'external_id');

/** A fake endpoint: records each request, answers with `answer`. */
function endpoint(answer: (body: any[], call: number) => HttpResult) {
	const calls: Array<{ body: any[]; headers: Record<string, string> }> = [];
	const send = async (request: TicketRequest) => {
		const body = JSON.parse(Buffer.from(request.body as Buffer).toString('utf8'));
		calls.push({ body, headers: request.headers });
		return answer(body, calls.length);
	};
	return { send, calls };
}

const ok = (): HttpResult => ({ statusCode: 200, headers: {}, body: {} });
const options = (extra: Record<string, unknown> = {}) => ({
	batchSize: 10,
	concurrency: 1,
	policy: defaultRetryPolicy({ retryableStatuses: TICKET_RETRYABLE_STATUSES, baseDelayMs: 1 }),
	sleep: async () => undefined,
	secrets: [],
	...extra,
});

describe('ticket delivery core', () => {
	it('sends batches of the batch size, in order, and accounts for every record once', async () => {
		const { send, calls } = endpoint(ok);
		const out = await deliverTickets(inputs(25), target, send, options(), new DeliveryStats());
		expect(calls.map((c) => c.body.length)).toEqual([10, 10, 5]);
		expect(out.map((o) => o.index)).toEqual([...Array(25).keys()]);
		expect(out.every((o) => o.ok)).toBe(true);
		expect(out.map((o) => o.batch)).toEqual([...Array(25)].map((_, i) => Math.floor(i / 10) + 1));
	});

	it('caps the batch at what the target takes', async () => {
		const { send, calls } = endpoint(ok);
		await deliverTickets(inputs(1500), target, send, options({ batchSize: 5000 }), new DeliveryStats());
		expect(calls.map((c) => c.body.length)).toEqual([1000, 500]);
	});

	it('splits a batch answered 413 in half until it fits', async () => {
		const { send, calls } = endpoint((body) =>
			body.length > 3 ? { statusCode: 413, headers: {}, body: 'too large' } : ok(),
		);
		const out = await deliverTickets(inputs(10), target, send, options(), new DeliveryStats());
		expect(out.every((o) => o.ok)).toBe(true);
		const delivered = calls.filter((c) => c.body.length <= 3).flatMap((c) => c.body);
		expect(delivered.map((r) => r.external_id).sort()).toEqual(
			inputs(10)
				.map((t) => t.externalId)
				.sort(),
		);
	});

	it('reads per-record verdicts: rejected records fail, unconfirmed ones are retryable', async () => {
		const { send } = endpoint((body) => ({
			statusCode: 207,
			headers: {},
			body: {
				results: body
					.filter((r) => r.external_id !== 'c2')
					.map((r) =>
						r.external_id === 'c1'
							? { external_id: 'c1', status: 'error', message: 'subject too long' }
							: { external_id: r.external_id, id: `T-${r.external_id}`, status: 'created' },
					),
			},
		}));
		const out = await deliverTickets(inputs(4), target, send, options(), new DeliveryStats());
		expect(out[0]).toMatchObject({ ok: true, targetId: 'T-c0', operation: 'created' });
		expect(out[1]).toMatchObject({ ok: false, reason: 'subject too long', retryable: false });
		expect(out[2]).toMatchObject({ ok: false, retryable: true });
		expect(out[2].reason).toMatch(/did not confirm/);
		expect(out[3]).toMatchObject({ ok: true });
	});

	it('fails a whole batch on a final 4xx with the answer quoted, and keeps the others', async () => {
		const { send } = endpoint((_body, call) =>
			call === 2 ? { statusCode: 422, headers: {}, body: { message: 'bad batch' } } : ok(),
		);
		const out = await deliverTickets(inputs(30), target, send, options(), new DeliveryStats());
		expect(out.filter((o) => !o.ok).map((o) => o.index)).toEqual([...Array(10)].map((_, i) => i + 10));
		expect(out[15]).toMatchObject({ status: 422, retryable: false });
		expect(out[15].reason).toContain('bad batch');
	});

	it('keeps the Idempotency-Key of a batch across retries, and it is the hash of the bytes', async () => {
		const { send, calls } = endpoint((_body, call) =>
			call === 1 ? { statusCode: 503, headers: {}, body: '' } : ok(),
		);
		const stats = new DeliveryStats();
		const out = await deliverTickets(inputs(3), target, send, options(), stats);
		expect(out.every((o) => o.ok && o.attempts === 2)).toBe(true);
		expect(calls).toHaveLength(2);
		const [first, second] = calls;
		expect(first.headers['Idempotency-Key']).toBe(second.headers['Idempotency-Key']);
		expect(first.headers['Idempotency-Key']).toBe(
			idempotencyKey(Buffer.from(JSON.stringify(first.body))),
		);
		expect(stats.retries).toBe(1);
	});

	it('gives different batches different keys', async () => {
		const { send, calls } = endpoint(ok);
		await deliverTickets(inputs(20), target, send, options(), new DeliveryStats());
		expect(new Set(calls.map((c) => c.headers['Idempotency-Key'])).size).toBe(2);
	});
});
