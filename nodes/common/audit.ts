/**
 * Audit events and the metrics item, emitted as ordinary n8n items on each node's Audit output.
 *
 * Every event carries `prevHash` (the hash of the event before it) and its own `hash`, so a stored
 * trail shows any edit, insertion or deletion. The chain head lives in the workflow's static data,
 * so the chain continues across nodes and across production runs of the same workflow.
 * Events never carry message text; they always carry `kind` and `action`, so n8n never mistakes
 * them for error items (items whose only keys are error/message/details).
 */
import { createHash } from 'crypto';

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

/** JSON with object keys sorted at every depth, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	const record = value as Record<string, unknown>;
	const keys = Object.keys(record)
		.filter((k) => record[k] !== undefined)
		.sort();
	return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

export function hashAuditRecord(record: Omit<AuditRecord, 'hash'> | AuditRecord): string {
	const unsigned: Record<string, unknown> = { ...record };
	delete unsigned.hash;
	return createHash('sha256').update(canonicalJson(unsigned)).digest('hex');
}

export class AuditTrail {
	private head: string;
	private seq: number;

	constructor(
		private readonly actor: AuditActor,
		state?: Partial<AuditChainState>,
		private readonly now: () => Date = () => new Date(),
	) {
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
		const unsigned = {
			...fields,
			kind,
			seq: ++this.seq,
			timestamp: this.now().toISOString(),
			action,
			actor: this.actor,
			prevHash: this.head,
		};
		const record = { ...unsigned, hash: hashAuditRecord(unsigned) } as AuditRecord;
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
