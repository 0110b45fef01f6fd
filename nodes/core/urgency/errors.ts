/** Thrown when classifier options cannot be compiled; the message names the value and the fix. */
export class UrgencyConfigError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UrgencyConfigError';
	}
}
