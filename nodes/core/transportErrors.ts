/**
 * Transport failures (DNS, TCP, TLS) in words. Node's error codes (EAI_AGAIN, ECONNREFUSED,
 * CERT_HAS_EXPIRED, ...) say what broke only to someone who knows them; an operator needs what
 * failed and what to check, so every place that reports a failed request goes through here.
 */

export interface TransportProblem {
	/** The code as Node or the TLS library gave it, for logs and descriptions (not messages). */
	code: string;
	/** What failed, in words: "the host name could not be looked up". */
	what: string;
	/** What to check. */
	check: string;
}

const CHECK_ADDRESS =
	'Check the host name in the credential: its environment (such as na1), base URL or issuer.';
const CHECK_NETWORK =
	'Check that this n8n can reach the internet: DNS, proxy (HTTP_PROXY / HTTPS_PROXY) and firewall.';
const CHECK_CERTIFICATE =
	'Check the base URL (a proxy or a test server may present its own certificate); if a corporate proxy re-signs traffic, give n8n its CA with NODE_EXTRA_CA_CERTS.';

const TIMEOUT = {
	what: 'the server did not answer in time',
	check: `The server may be slow or a firewall may drop the connection. ${CHECK_NETWORK}`,
};
const RESET = {
	what: 'the connection was closed before the answer arrived',
	check:
		'Usually temporary: run again. If it keeps happening, a proxy or firewall between n8n and the server may be cutting connections.',
};
const UNTRUSTED = {
	what: "the server's TLS certificate is not signed by an authority this n8n trusts",
	check: CHECK_CERTIFICATE,
};

const PROBLEMS: Readonly<Record<string, { what: string; check: string }>> = {
	ENOTFOUND: {
		what: 'the host name does not exist: DNS has no address for it',
		check: CHECK_ADDRESS,
	},
	EAI_AGAIN: {
		what: 'the host name could not be looked up: DNS did not answer',
		check: `${CHECK_ADDRESS} ${CHECK_NETWORK}`,
	},
	EAI_FAIL: { what: 'the host name could not be looked up: DNS failed', check: CHECK_ADDRESS },
	ECONNREFUSED: {
		what: 'nothing accepts connections at that address and port',
		check: 'Check the base URL and its port; the server may be down.',
	},
	ECONNRESET: RESET,
	EPIPE: RESET,
	ECONNABORTED: TIMEOUT,
	ETIMEDOUT: TIMEOUT,
	ESOCKETTIMEDOUT: TIMEOUT,
	ERR_SOCKET_CONNECTION_TIMEOUT: TIMEOUT,
	UND_ERR_CONNECT_TIMEOUT: TIMEOUT,
	ENETUNREACH: { what: 'this machine has no network route to the server', check: CHECK_NETWORK },
	EHOSTUNREACH: { what: 'the server cannot be reached from this machine', check: CHECK_NETWORK },
	CERT_HAS_EXPIRED: { what: "the server's TLS certificate has expired", check: CHECK_CERTIFICATE },
	CERT_NOT_YET_VALID: {
		what: "the server's TLS certificate is not valid yet, or this machine's clock is wrong",
		check: `Check this machine's date and time. ${CHECK_CERTIFICATE}`,
	},
	ERR_TLS_CERT_ALTNAME_INVALID: {
		what: "the server's TLS certificate is for another host name",
		check: CHECK_CERTIFICATE,
	},
	DEPTH_ZERO_SELF_SIGNED_CERT: {
		what: 'the server presents a self-signed TLS certificate',
		check: CHECK_CERTIFICATE,
	},
	SELF_SIGNED_CERT_IN_CHAIN: UNTRUSTED,
	UNABLE_TO_GET_ISSUER_CERT: UNTRUSTED,
	UNABLE_TO_GET_ISSUER_CERT_LOCALLY: UNTRUSTED,
	UNABLE_TO_VERIFY_LEAF_SIGNATURE: UNTRUSTED,
	CERT_UNTRUSTED: UNTRUSTED,
	CERT_REVOKED: { what: "the server's TLS certificate has been revoked", check: CHECK_CERTIFICATE },
	ERR_SSL_WRONG_VERSION_NUMBER: {
		what: 'the server did not answer with TLS: an http server, or a proxy, on an https URL',
		check: 'Check that the base URL uses the scheme and port the server speaks (https or http).',
	},
	EPROTO: {
		what: 'the TLS handshake failed',
		check: 'Check that the base URL uses the scheme and port the server speaks (https or http).',
	},
	ERR_MALFORMED_RESPONSE: {
		what: 'the answer was cut off or is not valid JSON',
		check: 'Usually temporary: run again.',
	},
};

const MAX_CAUSE_DEPTH = 5;

/** The first known transport code on the error or its causes (axios and fetch wrap them). */
export function transportErrorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < MAX_CAUSE_DEPTH; depth++) {
		if (typeof current !== 'object' || current === null) return undefined;
		const record = current as { code?: unknown; cause?: unknown; message?: unknown };
		if (typeof record.code === 'string' && record.code in PROBLEMS) return record.code;
		if (typeof record.message === 'string') {
			if (/socket hang up/i.test(record.message)) return 'ECONNRESET';
			// Some wrappers keep the code only in the message ("getaddrinfo ENOTFOUND host").
			for (const [word] of record.message.matchAll(/\b[A-Z][A-Z0-9_]{3,}\b/g))
				if (word in PROBLEMS) return word;
		}
		if (record.cause === current) return undefined;
		current = record.cause;
	}
	return undefined;
}

/** What failed and what to check, or undefined when the error is not a transport failure. */
export function describeTransportError(error: unknown): TransportProblem | undefined {
	const code = transportErrorCode(error);
	return code ? describeTransportCode(code) : undefined;
}

/** The words for a known code; an unknown one is still named, with a general check. */
export function describeTransportCode(code: string): TransportProblem {
	const known = PROBLEMS[code];
	if (known) return { code, ...known };
	return { code, what: 'the request failed on the network', check: CHECK_NETWORK };
}

/**
 * "could not reach https://host: the host name does not exist: DNS has no address for it". Without
 * the code: n8n replaces any error message that mentions one (EAI_AGAIN, ECONNREFUSED, ...) with
 * its own sentence, which says neither what failed here nor what to check.
 */
export function transportFailureText(problem: TransportProblem, origin?: string): string {
	return `${origin ? `could not reach ${origin}: ` : ''}${problem.what}`;
}
