/**
 * Audit events and the metrics item, emitted as ordinary n8n items on each node's Audit output.
 *
 * Every event carries `prevHash` (the hash of the event before it) and its own `hash`, so a stored
 * trail shows any edit, insertion or deletion. The chain head lives in the workflow's static data,
 * so the chain continues across nodes and across production runs of the same workflow.
 * Events never carry message text; they always carry `kind` and `action`, so n8n never mistakes
 * them for error items (items whose only keys are error/message/details).
 */
import * as crypto from 'crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditActor {
	workflowId: string;
	executionId: string;
	nodeName: string;
}

export interface AuditChainState {
	head: string;
	seq: number;
}

export interface AuditRecord {
	kind: 'audit' | 'metrics';
	seq: number;
	timestamp: string;
	action: string;
	actor: AuditActor;
	prevHash: string;
	hash: string;
	[field: string]: unknown;
}

interface Shape {
	keys: string[];
	/** `"key":` for each sorted key, with the separating comma where one is due. */
	prefixes: string[];
}

const shapes = new Map<string, Shape>();

function shapeOf(record: Record<string, unknown>): Shape {
	const keys = Object.keys(record);
	const signature = keys.join('\u0000');
	let shape = shapes.get(signature);
	if (!shape) {
		const sorted = [...keys].sort();
		shape = { keys: sorted, prefixes: sorted.map((k) => `${JSON.stringify(k)}:`) };
		// Records come in a handful of shapes; the cache stays small.
		if (shapes.size < 1000) shapes.set(signature, shape);
	}
	return shape;
}

// Each trail reuses one actor object for all its records: serialise it once.
const serialised = new WeakMap<object, string>();

/** JSON with object keys sorted at every depth, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value);
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	const cached = serialised.get(value);
	if (cached !== undefined) return cached;
	if (Array.isArray(value)) {
		let out = '[';
		for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
		return `${out}]`;
	}
	const record = value as Record<string, unknown>;
	const { keys, prefixes } = shapeOf(record);
	let out = '{';
	for (let i = 0; i < keys.length; i++) {
		const item = record[keys[i]];
		if (item === undefined) continue;
		out += (out.length > 1 ? ',' : '') + prefixes[i] + canonicalJson(item);
	}
	return `${out}}`;
}

// crypto.hash (Node >= 20.12) is a one-shot digest, about twice as fast as createHash per call.
const oneShotHash = (crypto as unknown as { hash?: (algorithm: string, data: string) => string })
	.hash;

function sha256Hex(text: string): string {
	return oneShotHash
		? oneShotHash('sha256', text)
		: crypto.createHash('sha256').update(text).digest('hex');
}

/** ISO timestamps, formatted once per millisecond however many records share it. */
function isoClock(): () => string {
	let lastMs = -1;
	let lastIso = '';
	return () => {
		const ms = Date.now();
		if (ms !== lastMs) {
			lastMs = ms;
			lastIso = new Date(ms).toISOString();
		}
		return lastIso;
	};
}

function frozenActor(actor: AuditActor): AuditActor {
	const copy = Object.freeze({ ...actor });
	serialised.set(copy, canonicalJson({ ...copy }));
	return copy;
}

export function hashAuditRecord(record: Omit<AuditRecord, 'hash'> | AuditRecord): string {
	const unsigned: Record<string, unknown> = { ...record };
	delete unsigned.hash;
	return sha256Hex(canonicalJson(unsigned));
}

export class AuditTrail {
	private head: string;
	private seq: number;

	private readonly actor: AuditActor;
	private readonly timestamp: () => string;

	constructor(actor: AuditActor, state?: Partial<AuditChainState>, now?: () => Date) {
		this.timestamp = now ? () => now().toISOString() : isoClock();
		this.actor = frozenActor(actor);
		this.head =
			typeof state?.head === 'string' && state.head.length === 64 ? state.head : GENESIS_HASH;
		this.seq = typeof state?.seq === 'number' ? state.seq : 0;
	}

	get state(): AuditChainState {
		return { head: this.head, seq: this.seq };
	}

	event(action: string, fields: Record<string, unknown> = {}): AuditRecord {
		return this.append('audit', action, fields);
	}

	metrics(fields: Record<string, unknown>): AuditRecord {
		return this.append('metrics', 'RUN_METRICS', fields);
	}

	private append(
		kind: AuditRecord['kind'],
		action: string,
		fields: Record<string, unknown>,
	): AuditRecord {
		// Object.assign, not spread: spreading into a literal is an order of magnitude slower in V8,
		// and this runs once per record.
		const record = Object.assign({}, fields, {
			kind,
			seq: ++this.seq,
			timestamp: this.timestamp(),
			action,
			actor: this.actor,
			prevHash: this.head,
		}) as AuditRecord;
		// Same bytes as hashAuditRecord, without copying the record to drop its hash.
		record.hash = sha256Hex(canonicalJson(record));
		this.head = record.hash;
		return record;
	}
}

export interface AuditVerification {
	valid: boolean;
	checked: number;
	/** Index (in the given array) of the first record that breaks the chain. */
	brokenAt?: number;
	reason?: string;
}

/**
 * Verifies a stored trail, in the order it was written (sort by `seq` first if your store does
 * not keep order). `startHash` is the `prevHash` the first record must have; omit it to accept
 * whatever the first record says (a trail read from the middle).
 */
export function verifyAuditTrail(
	records: readonly unknown[],
	startHash?: string,
): AuditVerification {
	let expectedPrev = startHash;
	for (let i = 0; i < records.length; i++) {
		const record = records[i] as AuditRecord;
		if (!record || typeof record !== 'object' || typeof record.hash !== 'string') {
			return { valid: false, checked: i, brokenAt: i, reason: 'not an audit record (no hash)' };
		}
		if (expectedPrev !== undefined && record.prevHash !== expectedPrev) {
			return {
				valid: false,
				checked: i,
				brokenAt: i,
				reason: `prevHash does not match the hash of the record before it (a record was removed, inserted or reordered)`,
			};
		}
		if (hashAuditRecord(record) !== record.hash) {
			return {
				valid: false,
				checked: i,
				brokenAt: i,
				reason: 'the record was changed after it was written (hash mismatch)',
			};
		}
		expectedPrev = record.hash;
	}
	return { valid: true, checked: records.length };
}
