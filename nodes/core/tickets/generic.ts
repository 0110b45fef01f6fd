/**
 * "Generic JSON endpoint": the body is a JSON array of mapped records. Per-record results are read
 * when the answer carries them (`{results: [{external_id, id, status}]}` or a bare array);
 * otherwise a 2xx accepts the whole batch.
 */
import type { HttpResult } from '../retry';
import type { RecordVerdict, TicketInput, TicketTarget } from './types';

export function genericTarget(url: string, method: 'POST' | 'PUT', idField: string): TicketTarget {
	return {
		name: 'Ticket endpoint',
		maxBatchSize: 1000,
		buildRequest: (batch) => ({ method, url, body: batch.map((t) => t.payload) }),
		readVerdicts: (result: HttpResult, batch: TicketInput[]) =>
			readGenericVerdicts(result.body, idField, batch),
	};
}

function readGenericVerdicts(
	body: unknown,
	idField: string,
	batch: TicketInput[],
): Map<string, RecordVerdict> | undefined {
	const list = Array.isArray(body) ? body : (body as { results?: unknown } | undefined)?.results;
	if (!Array.isArray(list)) return undefined;
	const known = new Set(batch.map((t) => t.externalId));
	const verdicts = new Map<string, RecordVerdict>();
	for (const entry of list) {
		if (!entry || typeof entry !== 'object') continue;
		const record = entry as Record<string, unknown>;
		const id = record[idField] ?? record.external_id ?? record.externalId;
		if (typeof id !== 'string' || !known.has(id)) continue;
		const status = String(record.status ?? record.result ?? 'ok').toLowerCase();
		if (status === 'error' || status === 'failed' || record.error) {
			verdicts.set(id, {
				ok: false,
				reason: String(record.message ?? record.error ?? 'rejected by the endpoint'),
			});
		} else {
			verdicts.set(id, {
				ok: true,
				targetId: record.id === undefined ? undefined : String(record.id),
				operation: status === 'created' || status === 'updated' ? status : undefined,
			});
		}
	}
	return verdicts.size ? verdicts : undefined;
}
