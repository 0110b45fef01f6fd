import {
	boundedJson,
	collectSecrets,
	learnSecrets,
	redactSecrets,
	summariseBody,
} from '../../nodes/core/redact';

// Secrets with every character that encoders treat differently.
const SECRET = `s~!()'*e "q\\u  x é→漢 ok`;
const CLIENT_ID = 'client id/é';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const form = (text: string) => new URLSearchParams({ v: text }).toString().slice(2);
const asciiJson = (text: string) =>
	JSON.stringify(text)
		.slice(1, -1)
		.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('redactSecrets: every form a secret travels in', () => {
	const secrets = collectSecrets([SECRET], [[CLIENT_ID, SECRET]]);
	const forms: Record<string, string> = {
		raw: SECRET,
		encodeURIComponent: encodeURIComponent(SECRET),
		'form-encoded (URLSearchParams)': form(SECRET),
		'percent-encoded, lower-case hex': encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (m) =>
			m.toLowerCase(),
		),
		'JSON-escaped': JSON.stringify(SECRET).slice(1, -1),
		'JSON-escaped, non-ASCII as \\uXXXX': asciiJson(SECRET),
		'JSON-escaped twice': JSON.stringify(JSON.stringify(SECRET).slice(1, -1)).slice(1, -1),
		'whitespace collapsed': SECRET.replace(/\s+/g, ' '),
		'base64(id:secret) without "Basic "': b64(`${CLIENT_ID}:${SECRET}`),
		'base64url(id:secret)': b64url(`${CLIENT_ID}:${SECRET}`),
		'base64(form(id):form(secret)) as RFC 6749 asks': b64(`${form(CLIENT_ID)}:${form(SECRET)}`),
	};
	for (const [name, value] of Object.entries(forms)) {
		it(`redacts the ${name} form`, () => {
			const out = redactSecrets(`before ${value} after`, secrets);
			expect(out).toBe('before [redacted] after');
		});
	}

	it('redacts JWT-shaped strings it was never told about', () => {
		const jwt = `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url('{"sub":"u-1","tenantId":"t"}')}.${b64url('signature-bytes-here-0123456789')}`;
		const out = redactSecrets(`{"token":"${jwt}","error":"bad"}`, []);
		expect(out).not.toContain(jwt.split('.')[1]);
		expect(out).toContain('"error":"bad"');
		// Host names and dotted versions are not JWTs.
		expect(redactSecrets('https://api-de-na1.niceincontact.com/dfo/3.0 v1.2.3', [])).toBe(
			'https://api-de-na1.niceincontact.com/dfo/3.0 v1.2.3',
		);
	});

	it('stays backwards compatible: collectSecrets(values) without pairs', () => {
		const list = collectSecrets(['s3cr=t/value', '', undefined, 'ab']);
		expect(list).toContain('s3cr=t/value');
		expect(list).toContain('s3cr%3Dt%2Fvalue');
		for (let i = 1; i < list.length; i++)
			expect(list[i - 1].length).toBeGreaterThanOrEqual(list[i].length);
	});

	it('learns a secret later (a token fetched during the run), keeping the longest first', () => {
		const list = collectSecrets(['short-secret']);
		learnSecrets(list, ['opaque-token-0123456789abcdef', undefined]);
		expect(redactSecrets('x opaque-token-0123456789abcdef y', list)).toBe('x [redacted] y');
		for (let i = 1; i < list.length; i++)
			expect(list[i - 1].length).toBeGreaterThanOrEqual(list[i].length);
	});
});

describe('summariseBody', () => {
	it('redacts a secret with repeated whitespace before collapsing whitespace', () => {
		const secret = 'two  spaces\tand\ttabs';
		const out = summariseBody({ message: `bad secret ${secret}` }, collectSecrets([secret]));
		expect(out).toBe('bad secret [redacted]');
	});

	it('redacts a JSON-escaped secret in a text body', () => {
		const body = JSON.stringify({ detail: { echo: SECRET } });
		expect(summariseBody(body, collectSecrets([SECRET]))).not.toMatch(/s~!|漢|\\u6f22/);
	});

	it('quotes the message of a JSON text body, not the whole JSON', () => {
		expect(summariseBody('{"message":"Rate limit exceeded"}', [])).toBe('Rate limit exceeded');
	});

	it('never leaves the start of a secret where a long body is cut', () => {
		// Whitespace collapsed after the cut brings a secret cut in half within the summary.
		const secret = 'ABCDEFGHIJKLMNOP';
		const secrets = collectSecrets([secret]);
		for (let pad = 1_900; pad <= 2_100; pad++) {
			const out = summariseBody({ detail: `${' '.repeat(pad)}${secret}` }, secrets);
			expect(out).not.toMatch(/ABC/);
		}
	});

	it('summarises a 10,000-level nested body without overflowing the stack, bounded in size', () => {
		let deep: Record<string, unknown> = { leaf: true };
		for (let i = 0; i < 10_000; i++) deep = { nested: deep };
		expect(() => summariseBody(deep, [])).not.toThrow();
		expect(summariseBody(deep, []).length).toBeLessThanOrEqual(301);
		const text = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
		expect(() => summariseBody(text, [])).not.toThrow();
		const arrays: unknown[] = [];
		let cursor = arrays;
		for (let i = 0; i < 10_000; i++) {
			const next: unknown[] = [];
			cursor.push(next);
			cursor = next;
		}
		expect(() => summariseBody({ message: arrays }, [])).not.toThrow();
	});

	it('boundedJson writes JSON up to a depth and size, and marks what it left out', () => {
		expect(boundedJson({ a: [1, 'x', null, { b: true }] })).toBe('{"a":[1,"x",null,{"b":true}]}');
		const cyclic: Record<string, unknown> = { a: 1 };
		cyclic.self = cyclic;
		expect(boundedJson(cyclic, { maxDepth: 3 })).toBe('{"a":1,"self":{"a":1,"self":{"a":1,"self":"…"}}}');
		expect(boundedJson({ s: 'y'.repeat(10_000) }, { maxChars: 100 }).length).toBeLessThanOrEqual(101);
	});
});
