/**
 * From a classified conversation item to the record a target receives. Pure: the node gives the
 * item JSON and the evaluated "add fields"; this decides what is sent, or why it cannot be.
 */

import { valueAtPath } from '../fieldPath';

export interface MappingOptions {
	/** Dot path of the external id in the item (default `id`). */
	idPath: string;
	rename: Array<{ from: string; to: string }>;
	/** Extra fields, already evaluated per item by n8n. */
	add: Record<string, unknown>;
}

export type Mapped =
	| { ok: true; externalId: string; payload: Record<string, unknown> }
	| { ok: false; reason: string };

const PRIORITIES = new Set(['HIGH', 'MEDIUM', 'LOW']);

/** Priority from a top-level `priority` or Classify Urgency's `urgency` object. */
export function priorityOf(json: Record<string, unknown>): string | undefined {
	const value = json.priority ?? valueAtPath(json, 'urgency.priority');
	const upper = typeof value === 'string' ? value.toUpperCase() : undefined;
	return upper && PRIORITIES.has(upper) ? upper : undefined;
}

function externalIdOf(json: Record<string, unknown>, idPath: string): string | undefined {
	const value = valueAtPath(json, idPath);
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const isEmpty = (v: unknown) =>
	v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function finish(
	externalId: string | undefined,
	payload: Record<string, unknown>,
	idKey: string,
	options: MappingOptions,
): Mapped {
	if (!externalId)
		return {
			ok: false,
			reason: `no external id at "${options.idPath}": set "ID Field" to the field that holds the conversation id`,
		};
	for (const { from, to } of options.rename) {
		if (from in payload && to) {
			payload[to] = payload[from];
			delete payload[from];
		}
	}
	Object.assign(payload, options.add);
	for (const key in payload) {
		if (key !== idKey && !isEmpty(payload[key])) return { ok: true, externalId, payload };
	}
	return { ok: false, reason: 'nothing to send: every mapped field is empty' };
}

/** Generic endpoint: {external_id, subject, body, priority, sentiment_score, keywords}. */
export function mapGeneric(json: Record<string, unknown>, options: MappingOptions): Mapped {
	const externalId = externalIdOf(json, options.idPath);
	const payload: Record<string, unknown> = {
		external_id: externalId,
		subject: json.subject ?? null,
		body: json.body ?? null,
		priority: priorityOf(json) ?? null,
		sentiment_score:
			valueAtPath(json, 'urgency.sentiment') ?? json.sentiment_score ?? json.sentiment ?? null,
		keywords: valueAtPath(json, 'urgency.keywords') ?? json.keywords ?? [],
	};
	return finish(externalId, payload, 'external_id', options);
}

export interface HubspotMapping extends MappingOptions {
	idProperty: string;
	pipeline: string;
	pipelineStage: string;
}

/** HubSpot ticket properties; the unique id property carries the external id. */
export function mapHubspot(json: Record<string, unknown>, options: HubspotMapping): Mapped {
	const externalId = externalIdOf(json, options.idPath);
	const payload: Record<string, unknown> = {
		[options.idProperty]: externalId,
		subject:
			typeof json.subject === 'string' && json.subject.trim()
				? json.subject
				: `Conversation ${externalId ?? ''}`.trim(),
		content: json.body ?? '',
		hs_pipeline: options.pipeline,
		hs_pipeline_stage: options.pipelineStage,
	};
	const priority = priorityOf(json);
	if (priority) payload.hs_ticket_priority = priority;
	return finish(externalId, payload, options.idProperty, options);
}
