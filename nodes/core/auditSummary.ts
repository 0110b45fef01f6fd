/**
 * Summary records: the per-record events of one page or batch as the rows of one chained record
 * (`RECORDS_AUDITED`), and the facts of a trail read back whichever way they were written.
 */
import { type AuditRecord, SUMMARY_ACTION, isBoundary } from './audit';

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
export function summaryProblem(record: AuditRecord): string | undefined {
	const { columns, rows, count } = record as { columns?: unknown; rows?: unknown; count?: unknown };
	if (!Array.isArray(columns) || columns[0] !== 'action')
		return 'its columns do not start with action';
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
