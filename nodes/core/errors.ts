/**
 * Typed errors of the pure core. The node layer turns them into NodeOperationError (bad input)
 * or NodeApiError (the API said no), so the core stays free of n8n runtime imports.
 */

/** A parameter the operator set is wrong; `field` is the name shown in the node panel. */
export class InputValidationError extends Error {
	readonly field: string;
	readonly fix: string;

	constructor(field: string, message: string, fix: string) {
		super(`${field}: ${message}`);
		this.name = 'InputValidationError';
		this.field = field;
		this.fix = fix;
	}
}

export interface ApiErrorDetails {
	/** HTTP status, or undefined for a network failure. */
	status?: number;
	/** What the API itself said (already redacted). */
	apiMessage?: string;
	/** What the operator can do about it. */
	hint?: string;
	/** Records fetched before the failure, so a partial run is never mistaken for a full one. */
	fetchedSoFar?: number;
	retryable?: boolean;
}

/** The remote API refused, failed, or answered something that breaks its contract. */
export class ApiCallError extends Error {
	readonly details: ApiErrorDetails;

	constructor(message: string, details: ApiErrorDetails = {}) {
		super(message);
		this.name = 'ApiCallError';
		this.details = details;
	}
}

/** A record in an API response that does not match the contract. */
export class RecordSchemaError extends Error {
	readonly recordRef: string;
	readonly fieldPath: string;

	constructor(recordRef: string, fieldPath: string, problem: string) {
		super(`Record ${recordRef} is malformed: field "${fieldPath}" ${problem}`);
		this.name = 'RecordSchemaError';
		this.recordRef = recordRef;
		this.fieldPath = fieldPath;
	}
}

/** Pagination could not finish safely (repeated cursor, page cap). */
export class PaginationError extends ApiCallError {
	constructor(message: string, details: ApiErrorDetails) {
		super(message, details);
		this.name = 'PaginationError';
	}
}

export function errorMessage(error: unknown): string {
	if (error instanceof Error) return error.message;
	return String(error);
}
