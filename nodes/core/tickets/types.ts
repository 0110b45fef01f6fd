/** Ticket delivery: what goes in, what comes out, and what a ticketing target must provide. */
import type { HttpResult } from '../retry';

export interface TicketInput {
	/** Index of the n8n input item, for pairedItem and output order. */
	index: number;
	externalId: string;
	/** The record as the target's body carries it (already mapped). */
	payload: Record<string, unknown>;
}

export interface TicketOutcome {
	index: number;
	externalId: string;
	ok: boolean;
	/** HTTP status of the answer that settled this record (0 for a network failure). */
	status: number;
	targetId?: string;
	operation?: 'created' | 'updated';
	reason?: string;
	/** Whether sending the record again may succeed (rate limit, outage) or not (rejected). */
	retryable?: boolean;
	batch: number;
	attempts: number;
}

export interface TicketRequest {
	method: 'POST' | 'PUT';
	url: string;
	body: unknown;
	headers: Record<string, string>;
}

/** What the target said about one record of a batch. */
export type RecordVerdict =
	| { ok: true; targetId?: string; operation?: 'created' | 'updated' }
	| { ok: false; reason: string };

export interface TicketTarget {
	name: string;
	maxBatchSize: number;
	buildRequest(batch: TicketInput[]): Omit<TicketRequest, 'headers'>;
	/**
	 * Per-record verdicts of an answer, keyed by external id, when the target reports per record;
	 * undefined when the answer speaks for the whole batch.
	 */
	readVerdicts(result: HttpResult, batch: TicketInput[]): Map<string, RecordVerdict> | undefined;
}

export type SendTickets = (request: TicketRequest) => Promise<HttpResult>;
