import * as crypto from 'crypto';

// crypto.hash (Node >= 20.12) is a one-shot digest, about twice as fast as createHash per call.
const oneShotHash = (
	crypto as unknown as { hash?: (algorithm: string, data: string | Uint8Array) => string }
).hash;

/** SHA-256 of bytes (a string as UTF-8), as hex. */
export function sha256Hex(text: string | Uint8Array): string {
	return oneShotHash
		? oneShotHash('sha256', text)
		: crypto.createHash('sha256').update(text).digest('hex');
}
