/**
 * Lossless, idempotent batch delivery. Every input ends as exactly one outcome, in input order.
 * Batches are retried on 408, 429, 5xx and network errors inside a time budget; a 413 splits the
 * batch in half; other 4xx fail the batch's records, or only those the target names. Nothing here
 * throws once a batch may have been accepted: failures become outcomes.
 */
import { errorMessage, ApiCallError } from '../errors';
import { summariseBody } from '../redact';
import { redirectError } from '../request';
import { withRetry, type RetryPolicy, type Sleep } from '../retry';
import { RequestStats, summariseLatencies } from '../metrics';
import { mapWithConcurrency } from '../concurrency';
import { sha256Hex } from '../hash';
import type { RecordVerdict, SendTickets, TicketInput, TicketOutcome, TicketTarget } from './types';
import { describeTransportError, transportFailureText } from '../transportErrors';

/** The verdict for every record of a batch the target accepted as a whole. */
const CONFIRMED: RecordVerdict = { ok: true };

export const TICKET_RETRYABLE_STATUSES: ReadonlySet<number> = new Set([
	408, 429, 500, 502, 503, 504,
]);

export interface DeliveryOptions {
	batchSize: number;
	concurrency: number;
	policy: RetryPolicy;
	sleep: Sleep;
	secrets: string[];
}

export class DeliveryStats extends RequestStats {
	batches = 0;
	readonly batchLatenciesMs: number[] = [];

	deliverySummary(outcomes: TicketOutcome[]) {
		const ok = outcomes.filter((o) => o.ok);
		return {
			records: outcomes.length,
			batches: this.batches,
			requests: this.requests,
			retries: this.retries,
			throttledWaitMs: Math.round(this.throttledWaitMs),
			batchLatencyMs: summariseLatencies(this.batchLatenciesMs),
			created: ok.filter((o) => o.operation === 'created').length,
			updated: ok.filter((o) => o.operation === 'updated').length,
			succeeded: ok.length,
			failed: outcomes.length - ok.length,
		};
	}
}

/**
 * Same batch, same key: a retried (or re-run) batch carries the Idempotency-Key it had. The key is
 * the SHA-256 of the exact body bytes sent (records are built with a fixed key order).
 */
export function idempotencyKey(body: string | Uint8Array): string {
	return sha256Hex(body);
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

export async function deliverTickets(
	inputs: TicketInput[],
	target: TicketTarget,
	send: SendTickets,
	options: DeliveryOptions,
	stats: DeliveryStats,
): Promise<TicketOutcome[]> {
	// Checked here as well as by the node: a size or width that is not a whole number would make
	// one empty batch or no worker, and every record would vanish without a failure.
	for (const [name, value] of [
		['batch size', options.batchSize],
		['concurrency', options.concurrency],
	] as const) {
		if (!Number.isInteger(value) || value < 1) {
			throw new RangeError(`Ticket delivery: ${name} ${String(value)} is not a whole number ≥ 1`);
		}
	}
	const size = Math.min(options.batchSize, target.maxBatchSize);
	const batches = chunk(inputs, size);
	const results = await mapWithConcurrency(batches, options.concurrency, async (batch, n) =>
		deliverBatchSafely(batch, n + 1, target, send, options, stats),
	);
	const outcomes: TicketOutcome[] = [];
	for (const batchOutcomes of results) for (const outcome of batchOutcomes) outcomes.push(outcome);
	return outcomes.sort((a, b) => a.index - b.index);
}

/**
 * One batch, whatever happens: an unexpected failure (an answer the verdict reader cannot read,
 * a bug) fails this batch's records as retryable, since the target may have applied them and a
 * re-run sends the same Idempotency-Key; the other batches carry on.
 */
async function deliverBatchSafely(
	batch: TicketInput[],
	n: number,
	target: TicketTarget,
	send: SendTickets,
	options: DeliveryOptions,
	stats: DeliveryStats,
): Promise<TicketOutcome[]> {
	try {
		return await deliverBatch(batch, n, target, send, options, stats);
	} catch (error) {
		const reason = summariseBody(
			`${target.name} batch ${n}: the answer could not be read (${errorMessage(error)}); the records may have been applied, and sending them again is safe`,
			options.secrets,
		);
		return failAll(batch, n, 0, reason, true, 0);
	}
}

function failAll(
	batch: TicketInput[],
	n: number,
	status: number,
	reason: string,
	retryable: boolean,
	attempts: number,
): TicketOutcome[] {
	return batch.map((t) => ({
		index: t.index,
		externalId: t.externalId,
		ok: false,
		status,
		reason,
		retryable,
		batch: n,
		attempts,
	}));
}

async function deliverBatch(
	batch: TicketInput[],
	n: number,
	target: TicketTarget,
	send: SendTickets,
	options: DeliveryOptions,
	stats: DeliveryStats,
): Promise<TicketOutcome[]> {
	const request = target.buildRequest(batch);
	// Serialised and encoded once: the same bytes are hashed for the key and sent on every attempt
	// (as a Buffer, which n8n's HTTP stack sends as it is).
	const body = Buffer.from(JSON.stringify(request.body));
	const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey(body) };
	const started = Date.now();
	const requestsBefore = stats.requests;
	stats.batches++;
	const settled = await withRetry(
		() => send({ ...request, body, headers }),
		options.policy,
		options.sleep,
		stats,
		{
			label: `${target.name} batch ${n} (${batch.length} records)`,
		},
	).then(
		(result) => ({ result, error: undefined }),
		(error: unknown) => ({ result: undefined, error }),
	);
	stats.batchLatenciesMs.push(Date.now() - started);
	const attempts = stats.requests - requestsBefore;
	if (!settled.result) {
		const error = settled.error;
		const retryable = error instanceof ApiCallError ? error.details.retryable !== false : true;
		const status = error instanceof ApiCallError ? (error.details.status ?? 0) : 0;
		return failAll(
			batch,
			n,
			status,
			summariseBody(transportReason(error) ?? errorMessage(error), options.secrets),
			retryable,
			attempts,
		);
	}
	const { result } = settled;
	// A redirect is never followed (the credential would go with it): the records fail, and the
	// reason says where it pointed and that it was not followed.
	const redirect = redirectError(target.name, result, options.secrets);
	if (redirect) {
		return failAll(batch, n, result.statusCode, redirect.message, false, attempts);
	}
	if (result.statusCode === 413 && batch.length > 1) {
		const half = Math.ceil(batch.length / 2);
		const first = await deliverBatchSafely(batch.slice(0, half), n, target, send, options, stats);
		const second = await deliverBatchSafely(batch.slice(half), n, target, send, options, stats);
		for (const outcome of second) first.push(outcome);
		return first;
	}
	const verdicts = target.readVerdicts(result, batch);
	if (result.statusCode < 200 || result.statusCode >= 300) {
		if (!verdicts) {
			const said = summariseBody(result.body, options.secrets);
			const reason = `${target.name} answered HTTP ${result.statusCode}${said ? `: ${said}` : ''}`;
			return failAll(batch, n, result.statusCode, reason, false, attempts);
		}
	}
	// Object literals, not spreads of a shared base: this runs once per record.
	const status = result.statusCode;
	return batch.map((t): TicketOutcome => {
		const verdict = verdicts ? verdicts.get(t.externalId) : CONFIRMED;
		if (!verdict) {
			return {
				index: t.index,
				externalId: t.externalId,
				ok: false,
				status,
				reason: `${target.name} did not confirm this record`,
				retryable: true,
				batch: n,
				attempts,
			};
		}
		if (!verdict.ok) {
			return {
				index: t.index,
				externalId: t.externalId,
				ok: false,
				status,
				reason: summariseBody(verdict.reason, options.secrets),
				retryable: false,
				batch: n,
				attempts,
			};
		}
		return {
			index: t.index,
			externalId: t.externalId,
			ok: true,
			status,
			targetId: verdict.targetId,
			operation: verdict.operation,
			batch: n,
			attempts,
		};
	});
}

/** A transport failure in words, with what to check; undefined for any other error. */
function transportReason(error: unknown): string | undefined {
	const problem = describeTransportError(error);
	return problem && `${transportFailureText(problem)}. ${problem.check}`;
}
