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

/** One per-record event, whether it was written as its own record or as a row of a summary. */
export interface AuditFact {
	action: string;
	[field: string]: unknown;
}

/**
 * The fields of a summary record for these events: `count`, `columns` (action first, then every
 * field name in the order first seen) and one row per event (null where an event lacks a field).
 */
export function summaryFields(events: readonly AuditFact[]): Record<string, unknown> {
	const columns = ['action'];
	const index = new Map<string, number>([['action', 0]]);
	for (const event of events) {
		for (const key of Object.keys(event)) {
			if (!index.has(key)) {
				index.set(key, columns.length);
				columns.push(key);
			}
		}
	}
	const rows = events.map((event) => {
		const row = new Array<unknown>(columns.length).fill(null);
		for (const key of Object.keys(event)) {
			const value = event[key];
			row[index.get(key)!] = value === undefined ? null : value;
		}
		return row;
	});
	return { count: events.length, columns, rows };
}

/** What is wrong with a summary record's rows, or undefined when they are well formed. */
function summaryProblem(record: AuditRecord): string | undefined {
	const { columns, rows, count } = record as { columns?: unknown; rows?: unknown; count?: unknown };
	if (!Array.isArray(columns) || columns[0] !== 'action') return 'its columns do not start with action';
	if (!columns.every((c) => typeof c === 'string')) return 'a column name is not text';
	if (!Array.isArray(rows) || rows.length !== count) return 'its count is not its number of rows';
	for (const row of rows) {
		if (!Array.isArray(row) || row.length !== columns.length || typeof row[0] !== 'string')
			return 'a row does not match its columns';
	}
	return undefined;
}

/**
 * The per-record events of a trail, in order, whichever detail it was written with: a summary
 * record gives one fact per row; other records (not metrics or merges) give their own fields.
 * Each fact names the record it came from (`seq`, `hash`), so it can be traced to a verified link.
 */
export function auditFacts(
	records: readonly AuditRecord[],
): Array<AuditFact & { seq: number; hash: string }> {
	const facts: Array<AuditFact & { seq: number; hash: string }> = [];
	for (const record of records) {
		if (isBoundary(record)) continue;
		if (record.action !== SUMMARY_ACTION) {
			const { kind, seq, timestamp, actor, prevHash, hash, ...fields } = record;
			void kind;
			void timestamp;
			void actor;
			void prevHash;
			facts.push({ ...fields, action: record.action, seq, hash });
			continue;
		}
		const columns = record.columns as string[];
		for (const row of record.rows as unknown[][]) {
			const fact: Record<string, unknown> = {};
			for (let c = 0; c < columns.length; c++) fact[columns[c]] = row[c];
			facts.push({ ...(fact as AuditFact), seq: record.seq, hash: record.hash });
		}
	}
	return facts;
}

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

export interface AuditVerification {
	valid: boolean;
	checked: number;
	/** Index (in the given array) of the first record that breaks the chain. */
	brokenAt?: number;
	reason?: string;
	/**
	 * Present when executions overlapped: how many runs continued from a head that another run
	 * had already continued from (forks), how many of those were joined by a CHAIN_MERGED record,
	 * and the heads no record continues or merges (more than one: forks never joined).
	 */
	forks?: number;
	merges?: number;
	heads?: string[];
}

const isBoundary = (record: AuditRecord) =>
	record.kind === 'metrics' || record.action === MERGE_ACTION;

/**
 * Verifies a stored trail, in the order it was written (sort by `seq` first if your store does
 * not keep order and no executions overlapped). `startHash` is the `prevHash` the first record
 * must have; omit it to accept whatever the first record says (a trail read from the middle).
 * `expectedHead` is the head saved in the workflow's static data: given, the trail must reach it,
 * so records removed from its end are caught too.
 *
 * Each run (one node in one execution) writes a segment that starts from the stored head and
 * ends with its metrics record. A segment that does not continue the record before it is a fork
 * (executions overlapped): it is accepted when it follows the end of a segment, starts from the
 * end of an earlier one and is not a merge, which no deletion, insertion or reordering can imitate.
 * A fork is joined by a CHAIN_MERGED record naming the other head; a merge must name a head that
 * is in the trail.
 */
export function verifyAuditTrail(
	records: readonly unknown[],
	startHash?: string,
	expectedHead?: string,
): AuditVerification {
	const broken = (i: number, reason: string): AuditVerification => ({
		valid: false,
		checked: i,
		brokenAt: i,
		reason,
	});
	// Hashes a segment may start from: the ends of segments seen so far, and the start.
	const boundaries = new Set<string>();
	const hashes = new Set<string>();
	const continued = new Set<string>();
	let expectedPrev = startHash;
	let forks = 0;
	let merges = 0;
	if (startHash !== undefined) boundaries.add(startHash);
	for (let i = 0; i < records.length; i++) {
		const record = records[i] as AuditRecord;
		if (!record || typeof record !== 'object' || typeof record.hash !== 'string') {
			return broken(i, 'not an audit record (no hash)');
		}
		if (hashAuditRecord(record) !== record.hash) {
			return broken(i, 'the record was changed after it was written (hash mismatch)');
		}
		if (hashes.has(record.hash)) return broken(i, 'the record appears twice (a copy was inserted)');
		if (record.action === SUMMARY_ACTION) {
			const problem = summaryProblem(record);
			if (problem) return broken(i, `the summary record is malformed: ${problem}`);
		}
		if (expectedPrev === undefined) boundaries.add(record.prevHash);
		else if (record.prevHash !== expectedPrev) {
			const previous = records[i - 1] as AuditRecord | undefined;
			// A run's first record is an event or its metrics, never a merge (which follows them).
			const fork =
				record.action !== MERGE_ACTION &&
				boundaries.has(record.prevHash) &&
				(previous === undefined || isBoundary(previous));
			if (!fork) {
				return broken(
					i,
					'prevHash does not match the hash of the record before it (a record was removed, inserted or reordered)',
				);
			}
			forks++;
		}
		if (record.action === MERGE_ACTION) {
			const other = record.mergedHead;
			if (typeof other !== 'string' || !boundaries.has(other)) {
				return broken(
					i,
					'the record merges a head that is not in the trail (the records of an overlapping run were removed)',
				);
			}
			continued.add(other);
			merges++;
		}
		continued.add(record.prevHash);
		hashes.add(record.hash);
		if (isBoundary(record)) boundaries.add(record.hash);
		expectedPrev = record.hash;
	}
	if (expectedHead !== undefined) {
		if (!hashes.has(expectedHead) && expectedHead !== startHash) {
			return broken(
				records.length,
				'the trail does not reach the stored head (records were removed from its end)',
			);
		}
		// A complete trail ends as every run does, with its metrics (or a merge after them).
		const last = records[records.length - 1] as AuditRecord | undefined;
		if (last && !isBoundary(last)) {
			return broken(records.length - 1, 'the trail ends in the middle of a run');
		}
	}
	const result: AuditVerification = { valid: true, checked: records.length };
	if (forks === 0 && merges === 0) return result;
	const heads: string[] = [];
	for (const record of records as AuditRecord[]) {
		if (isBoundary(record) && !continued.has(record.hash)) heads.push(record.hash);
	}
	return { ...result, forks, merges, heads };
}
