'use strict';
// The two batch routes as pure functions of (ctx, body text, fault rule) -> { status, body }.
// ctx: { options, store, counts }. `rule` is a 'reject-records' rule or null.

const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'];

function parse(text) {
	if (!text.trim()) return { error: 'Body is empty' };
	try {
		return { value: JSON.parse(text) };
	} catch {
		return { error: 'Body is not valid JSON' };
	}
}

const isObject = (value) => !!value && typeof value === 'object' && !Array.isArray(value);
const rejected = (rule, id) => !!rule && rule.type === 'reject-records' && rule.match.includes(id);

// Generic JSON endpoint: an array of ticket objects upserted by `idField`. Results always use the
// key `external_id`, whatever `idField` is.
function generic(ctx, text, rule) {
	const { idField } = ctx.options;
	const parsed = parse(text);
	if (parsed.error) return { status: 400, body: { message: parsed.error } };
	if (!Array.isArray(parsed.value)) {
		return { status: 400, body: { message: 'Body must be a JSON array of ticket objects' } };
	}
	ctx.counts.batches++;
	const results = parsed.value.map((record) => {
		const fail = (externalId, message) => {
			ctx.counts.rejected++;
			return { external_id: externalId, status: 'error', message };
		};
		if (!isObject(record)) return fail(null, 'Record must be a JSON object');
		const externalId = record[idField];
		if (typeof externalId !== 'string' || !externalId.trim()) {
			return fail(externalId ?? null, `${idField} must be a non-empty string`);
		}
		if (rejected(rule, externalId)) {
			return fail(externalId, 'Record rejected by the ticketing system');
		}
		const { entry, created } = ctx.store.upsert(externalId, record, 'generic');
		ctx.counts[created ? 'creates' : 'updates']++;
		return { external_id: externalId, id: entry.id, status: created ? 'created' : 'updated' };
	});
	const failed = results.some((r) => r.status === 'error');
	return { status: failed ? 207 : 200, body: { results } };
}

const hubspotError = (message, category = 'VALIDATION_ERROR') => ({
	status: 'error',
	message,
	category,
});

// -> an error message naming the offending property, or null when the input is valid.
function validateInput(input, unique) {
	if (!isObject(input)) return 'Input must be an object with idProperty, id and properties';
	if (!unique.includes(input.idProperty)) {
		return `Property "${input.idProperty}" cannot be used as idProperty: it is not a unique property (unique: ${unique.join(', ')})`;
	}
	if (typeof input.id !== 'string' || !input.id.trim()) {
		return `Input is missing a value for the unique property "${input.idProperty}" (id)`;
	}
	const props = input.properties;
	if (!isObject(props)) return 'Input is missing properties';
	if (typeof props.subject !== 'string' || !props.subject.trim()) {
		return 'Property values were not valid: "subject" is required and must be a non-empty string';
	}
	const stage = props.hs_pipeline_stage;
	if (stage === undefined || stage === null || String(stage).trim() === '') {
		return 'Property values were not valid: "hs_pipeline_stage" is required';
	}
	const priority = props.hs_ticket_priority;
	if (priority !== undefined && !PRIORITIES.includes(priority)) {
		return `Property values were not valid: ${JSON.stringify(priority)} was not one of the allowed options for "hs_ticket_priority": ${PRIORITIES.join(', ')}`;
	}
	return null;
}

function errorWithContext(input, message) {
	const context = { id: isObject(input) && input.id != null ? [String(input.id)] : [] };
	if (isObject(input) && input.objectWriteTraceId !== undefined) {
		context.objectWriteTraceId = [String(input.objectWriteTraceId)];
	}
	return { ...hubspotError(message), context };
}

// HubSpot-like batch upsert. Batch semantics follow HubSpot: invalid inputs do not fail the batch;
// they are listed in `errors` with a 207, even when every input failed (empty `results`, still 207).
// Duplicate ids inside one batch are applied in order (create, then update).
function hubspot(ctx, text, rule) {
	const { hubspotMaxInputs, uniqueProperties } = ctx.options;
	const parsed = parse(text);
	if (parsed.error)
		return { status: 400, body: hubspotError(`Invalid input JSON: ${parsed.error}`) };
	const inputs = isObject(parsed.value) ? parsed.value.inputs : undefined;
	if (!Array.isArray(inputs)) {
		return { status: 400, body: hubspotError('Invalid input JSON: "inputs" must be an array') };
	}
	if (inputs.length > hubspotMaxInputs) {
		const message = `Batch of ${inputs.length} inputs exceeds the limit of ${hubspotMaxInputs} inputs per request`;
		return { status: 400, body: hubspotError(message) };
	}
	ctx.counts.batches++;
	const startedAt = new Date().toISOString();
	const results = [];
	const errors = [];
	for (const input of inputs) {
		let message = validateInput(input, uniqueProperties);
		if (!message && rejected(rule, input.id)) {
			message = `Record with ${input.idProperty} "${input.id}" was rejected by the ticketing system`;
		}
		if (message) {
			ctx.counts.rejected++;
			errors.push(errorWithContext(input, message));
			continue;
		}
		const properties = { ...input.properties, [input.idProperty]: input.id };
		const { entry, created } = ctx.store.upsert(input.id, input, 'hubspot', properties);
		ctx.counts[created ? 'creates' : 'updates']++;
		results.push({
			id: entry.id,
			properties: {
				...entry.properties,
				createdate: entry.createdAt,
				hs_lastmodifieddate: entry.updatedAt,
				hs_object_id: entry.id,
			},
			createdAt: entry.createdAt,
			updatedAt: entry.updatedAt,
			archived: false,
			new: created,
		});
	}
	const completedAt = new Date().toISOString();
	if (!errors.length) {
		return { status: 200, body: { status: 'COMPLETE', results, startedAt, completedAt } };
	}
	const body = {
		status: 'COMPLETE',
		results,
		numErrors: errors.length,
		errors,
		startedAt,
		completedAt,
	};
	return { status: 207, body };
}

/** GET /crm/v3/objects/tickets?limit=n: the first tickets the HubSpot route created, as HubSpot lists them. */
function hubspotList(ctx, _text, _rule, query) {
	const limit = Math.min(100, Math.max(1, Number(query?.get('limit')) || 10));
	const results = [...ctx.store.snapshot()]
		.filter(([, entry]) => !entry.id.startsWith('T-'))
		.slice(0, limit)
		.map(([, entry]) => ({
			id: entry.id,
			properties: { ...entry.properties, hs_object_id: entry.id },
			createdAt: entry.createdAt,
			updatedAt: entry.updatedAt,
			archived: false,
		}));
	return { status: 200, body: { results } };
}

module.exports = { generic, hubspot, hubspotList, validateInput, PRIORITIES };
