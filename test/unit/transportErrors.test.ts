import {
	describeTransportCode,
	describeTransportError,
	transportErrorCode,
	transportFailureText,
} from '../../nodes/core/transportErrors';
import { RequestStats } from '../../nodes/core/metrics';
import { withRetry } from '../../nodes/core/retry';

const coded = (code: string, message = `connect ${code}`) =>
	Object.assign(new Error(message), { code });

describe('transport errors in words', () => {
	it.each([
		['ENOTFOUND', /host name does not exist/, /environment .* base URL/],
		['EAI_AGAIN', /could not be looked up: DNS did not answer/, /DNS, proxy/],
		['ECONNREFUSED', /nothing accepts connections/, /port/],
		['ECONNRESET', /connection was closed/, /run again/],
		['ETIMEDOUT', /did not answer in time/, /firewall/],
		['EHOSTUNREACH', /cannot be reached/, /firewall/],
		['CERT_HAS_EXPIRED', /certificate has expired/, /NODE_EXTRA_CA_CERTS/],
		['SELF_SIGNED_CERT_IN_CHAIN', /not signed by an authority/, /NODE_EXTRA_CA_CERTS/],
		['ERR_TLS_CERT_ALTNAME_INVALID', /for another host name/, /base URL/],
		['ERR_SSL_WRONG_VERSION_NUMBER', /did not answer with TLS/, /https or http/],
	])('%s says what failed and what to check', (code, what, check) => {
		const problem = describeTransportError(coded(code));
		expect(problem).toEqual({
			code,
			what: expect.stringMatching(what),
			check: expect.stringMatching(check),
		});
		expect(problem!.what).not.toContain(code);
	});

	it('finds the code on a wrapped cause or only in the message', () => {
		const wrapped = Object.assign(new Error('request failed'), {
			cause: Object.assign(new Error('inner'), { cause: coded('EAI_AGAIN') }),
		});
		expect(transportErrorCode(wrapped)).toBe('EAI_AGAIN');
		expect(transportErrorCode(new Error('getaddrinfo ENOTFOUND na9.api.example'))).toBe(
			'ENOTFOUND',
		);
		expect(transportErrorCode(new Error('socket hang up'))).toBe('ECONNRESET');
	});

	it('leaves other errors alone', () => {
		expect(describeTransportError(new Error('HTTP 400 Bad Request'))).toBeUndefined();
		expect(describeTransportError(coded('ERR_BAD_REQUEST'))).toBeUndefined();
		expect(describeTransportError('EAI_AGAIN as a string')).toBeUndefined();
		expect(describeTransportError(null)).toBeUndefined();
		const loop: any = new Error('loop');
		loop.cause = loop;
		expect(describeTransportError(loop)).toBeUndefined();
	});

	it('names an unknown code and still says what to check', () => {
		expect(describeTransportCode('EWHATEVER')).toEqual({
			code: 'EWHATEVER',
			what: 'the request failed on the network',
			check: expect.stringMatching(/DNS, proxy/),
		});
	});

	it('reads as one sentence with the origin, and names no code that n8n would replace', () => {
		expect(
			transportFailureText(describeTransportCode('ENOTFOUND'), 'https://na9.api.nicecxone.com'),
		).toBe(
			'could not reach https://na9.api.nicecxone.com: the host name does not exist: DNS has no address for it',
		);
		// n8n-workflow's NodeError swaps a message that contains one of these (any case) for its own.
		const replacedByN8n = [
			'ECONNREFUSED',
			'ECONNRESET',
			'ENOTFOUND',
			'ETIMEDOUT',
			'ERRADDRINUSE',
			'EADDRNOTAVAIL',
			'ECONNABORTED',
			'EHOSTUNREACH',
			'EAI_AGAIN',
			'ENOENT',
			'EISDIR',
			'ENOTDIR',
			'EACCES',
			'EEXIST',
			'EPERM',
			'GETADDRINFO',
		];
		for (const code of [...replacedByN8n, 'CERT_HAS_EXPIRED', 'ERR_SSL_WRONG_VERSION_NUMBER']) {
			const problem = describeTransportCode(code);
			const text =
				`${transportFailureText(problem, 'https://x.example')}. ${problem.check}`.toUpperCase();
			expect(replacedByN8n.filter((key) => text.includes(key))).toEqual([]);
		}
	});

	it('is what a retried call reports when the wait budget runs out', async () => {
		const stats = new RequestStats();
		const failing = withRetry(
			async () => {
				throw coded('EAI_AGAIN');
			},
			{
				maxWaitMs: 0,
				baseDelayMs: 1,
				maxDelayMs: 1,
				maxAttempts: 2,
				retryableStatuses: new Set(),
				random: () => 0,
			} as any,
			async () => {},
			stats,
			{ label: 'CXone conversations page' },
		);
		await expect(failing).rejects.toMatchObject({
			message: expect.stringMatching(
				/still failing \(the host name could not be looked up: DNS did not answer\)/,
			),
			details: {
				hint: expect.stringMatching(/environment .* DNS, proxy.*\(error code EAI_AGAIN\)$/),
			},
		});
	});
});
