/**
 * Verifying a stored audit trail: every record's hash, the links between records, the segments of
 * overlapping executions and the summaries' rows. Any edit, deletion, insertion or reordering is
 * caught.
 */
import {
	type AuditRecord,
	hashAuditRecord,
	MERGE_ACTION,
	SUMMARY_ACTION,
	isBoundary,
} from './audit';
import { summaryProblem } from './auditSummary';

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
