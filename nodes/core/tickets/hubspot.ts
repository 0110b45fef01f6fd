/**
 * HubSpot tickets: POST /crm/v3/objects/tickets/batch/upsert with a unique id property, at most
 * 100 inputs per call. A 207 answer lists per-record errors; `objectWriteTraceId` (set to the
 * external id) ties each error back to its record.
 */
import type { HttpResult } from '../retry';
import type { RecordVerdict, TicketInput, TicketTarget } from './types';

export const HUBSPOT_MAX_BATCH = 100;

export function hubspotTarget(baseUrl: string, idProperty: string): TicketTarget {
	return {
		name: 'HubSpot',
		maxBatchSize: HUBSPOT_MAX_BATCH,
		buildRequest: (batch) => ({
			method: 'POST',
			url: `${baseUrl.replace(/\/+$/, '')}/crm/v3/objects/tickets/batch/upsert`,
			body: {
				inputs: batch.map((t) => ({
					idProperty,
					id: t.externalId,
					objectWriteTraceId: t.externalId,
					properties: t.payload,
				})),
			},
		}),
		readVerdicts: (result, batch) => readHubspotVerdicts(result, batch, idProperty),
	};
}

function readHubspotVerdicts(
	result: HttpResult,
	batch: TicketInput[],
	idProperty: string,
): Map<string, RecordVerdict> | undefined {
	const body = (result.body ?? {}) as { results?: unknown; errors?: unknown };
	if (!Array.isArray(body.results) && !Array.isArray(body.errors)) return undefined;
	const known = new Set(batch.map((t) => t.externalId));
	const verdicts = new Map<string, RecordVerdict>();
	for (const entry of Array.isArray(body.results) ? body.results : []) {
		const record = (entry ?? {}) as {
			id?: unknown;
			new?: unknown;
			properties?: Record<string, unknown>;
		};
		const externalId = record.properties?.[idProperty];
		if (typeof externalId !== 'string' || !known.has(externalId)) continue;
		verdicts.set(externalId, {
			ok: true,
			targetId: record.id === undefined ? undefined : String(record.id),
			operation: record.new === true ? 'created' : record.new === false ? 'updated' : undefined,
		});
	}
	for (const entry of Array.isArray(body.errors) ? body.errors : []) {
		const error = (entry ?? {}) as {
			message?: unknown;
			category?: unknown;
			context?: Record<string, unknown>;
		};
		const traced = [error.context?.objectWriteTraceId, error.context?.id]
			.flat()
			.filter((v): v is string => typeof v === 'string');
		const reason = `${String(error.category ?? 'ERROR')}: ${String(error.message ?? 'rejected by HubSpot')}`;
		for (const id of traced) if (known.has(id)) verdicts.set(id, { ok: false, reason });
	}
	return verdicts;
}
