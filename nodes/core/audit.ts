/**
 * Audit events and the metrics item, emitted as ordinary n8n items on each node's Audit output.
 *
 * Every event carries `prevHash` (the hash of the event before it) and its own `hash`, so a stored
 * trail shows any edit, insertion or deletion. The chain head lives in the workflow's static data,
 * so the chain continues across nodes and across production runs of the same workflow.
 * Events never carry message text; they always carry `kind` and `action`, so n8n never mistakes
 * them for error items (items whose only keys are error/message/details).
 */
import { sha256Hex } from './hash';

import { memoised } from './memo';

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
	/** Key names, sorted. */
	keys: string[];
	/** `"key":` for each key. */
	prefixes: string[];
}

function sortedShape(names: string[]): Shape {
	const keys = [...names].sort();
	return { keys, prefixes: keys.map((key) => `${JSON.stringify(key)}:`) };
}

/** A value derived from a list of key names, cached: records come in a handful of shapes. */
const byKeyNames = <T>(cache: Map<string, T>, names: string[], build: (names: string[]) => T): T =>
	memoised(cache, names.join('\u0000'), build, names);

const shapes = new Map<string, Shape>();

const shapeOf = (record: Record<string, unknown>): Shape =>
	byKeyNames(shapes, Object.keys(record), sortedShape);

// Each trail reuses one actor object for all its records: serialise it once.
const serialised = new WeakMap<object, string>();

/**
 * Whether JSON writes the string as it is between quotes: no quote, backslash, control character
 * or surrogate (a string with any surrogate goes through JSON.stringify, which escapes lone ones).
 */
function isPlainJsonString(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff))
			return false;
	}
	return true;
}

/** JSON with object keys sorted at every depth, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
	// Same text as JSON.stringify, without its call for the common cases (ids, timestamps, counts).
	if (typeof value === 'string')
		return isPlainJsonString(value) ? `"${value}"` : JSON.stringify(value);
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
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

/** The actor, frozen, with its keys in sorted order (as the canonical form has them). */
function frozenActor(actor: AuditActor): AuditActor {
	const sorted: Record<string, unknown> = {};
	for (const key of Object.keys(actor).sort()) sorted[key] = actor[key as keyof AuditActor];
	const copy = Object.freeze(sorted) as unknown as AuditActor;
	serialised.set(copy, canonicalJson({ ...copy }));
	return copy;
}

/** The fields every record has, in the order `append` passes their values. */
const FIXED_KEYS = ['kind', 'seq', 'timestamp', 'action', 'actor', 'prevHash'];

interface Layout extends Shape {
	/** Per key: its index in FIXED_KEYS (fixed keys win over fields of the same name), or -1. */
	slots: number[];
}

const layouts = new Map<string, Layout>();

/** The sorted keys of a record made of these fields and FIXED_KEYS (a field named `hash` is dropped). */
function recordLayout(names: string[]): Layout {
	const shape = sortedShape([...new Set([...names, ...FIXED_KEYS])].filter((k) => k !== 'hash'));
	return { ...shape, slots: shape.keys.map((key) => FIXED_KEYS.indexOf(key)) };
}

const layoutOf = (fields: Record<string, unknown>): Layout =>
	byKeyNames(layouts, Object.keys(fields), recordLayout);

export function hashAuditRecord(record: Omit<AuditRecord, 'hash'> | AuditRecord): string {
	const unsigned: Record<string, unknown> = { ...record };
	delete unsigned.hash;
	return sha256Hex(canonicalJson(unsigned));
}

/** The action of the record that joins two heads of a chain that forked (see AuditTrail.merge). */
export const MERGE_ACTION = 'CHAIN_MERGED';

/**
 * The action of a summary record: the per-record events of one page or batch in one chained
 * record, as rows under `columns` (the first column is each event's action). One summary instead
 * of one record per event keeps the facts (which record, what happened, why) and the chain while
 * saving the per-record envelope (actor, timestamp, two hashes) and one n8n item per record.
 */
export const SUMMARY_ACTION = 'RECORDS_AUDITED';

/** A record that ends a run's segment: its metrics record, or the merge after it. */
export const isBoundary = (record: AuditRecord) =>
	record.kind === 'metrics' || record.action === MERGE_ACTION;

export class AuditTrail {
	private head: string;
	private seq: number;
	/** The head this trail continued from: its first record's prevHash. */
	readonly startHead: string;

	private readonly actor: AuditActor;
	private readonly timestamp: () => string;

	constructor(actor: AuditActor, state?: Partial<AuditChainState>, now?: () => Date) {
		this.timestamp = now ? () => now().toISOString() : isoClock();
		this.actor = frozenActor(actor);
		this.head =
			typeof state?.head === 'string' && state.head.length === 64 ? state.head : GENESIS_HASH;
		this.seq = typeof state?.seq === 'number' ? state.seq : 0;
		this.startHead = this.head;
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

	/**
	 * Joins another head into this trail: an execution that overlapped this one saved its head
	 * while this one ran, so both continued from `startHead`. The record continues this trail and
	 * names the other head, so the stored head reaches both forks and a verifier sees the overlap
	 * instead of a gap.
	 */
	merge(otherHead: string, otherSeq = 0): AuditRecord {
		if (otherSeq > this.seq) this.seq = otherSeq;
		return this.append('audit', MERGE_ACTION, {
			mergedHead: otherHead,
			startedFrom: this.startHead,
		});
	}

	private append(
		kind: AuditRecord['kind'],
		action: string,
		fields: Record<string, unknown>,
	): AuditRecord {
		const layout = layoutOf(fields);
		const fixed = [kind, ++this.seq, this.timestamp(), action, this.actor, this.head];
		// The canonical text is written while the record is built, key by key in sorted order,
		// instead of serialising the finished record: this runs once per record and is the bulk of
		// what an audit event costs.
		const record: Record<string, unknown> = {};
		let json = '{';
		for (let i = 0; i < layout.keys.length; i++) {
			const slot = layout.slots[i];
			const value = slot < 0 ? fields[layout.keys[i]] : fixed[slot];
			if (value === undefined) continue;
			record[layout.keys[i]] = value;
			json += (json.length > 1 ? ',' : '') + layout.prefixes[i] + canonicalJson(value);
		}
		const hash = sha256Hex(`${json}}`);
		record.hash = hash;
		this.head = hash;
		return record as AuditRecord;
	}
}

export { verifyAuditTrail, type AuditVerification } from './auditVerify';
export { auditFacts, summaryFields, summaryProblem, type AuditFact } from './auditSummary';
