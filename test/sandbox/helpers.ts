// Shared helpers for the sandbox tests (not a test file: jest only runs *.test.ts).

export const DAY = 86400000;
export const basic = (id: string, secret: string) =>
	`Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
export const FORM = 'application/x-www-form-urlencoded';

export async function call(url: string, init: any = {}): Promise<any> {
	const res = await fetch(url, init);
	const text = await res.text();
	let body: any = text;
	try {
		body = JSON.parse(text);
	} catch {
		// keep text
	}
	return { status: res.status, headers: res.headers, body, text };
}

export async function v2Token(sb: any, scope?: string, secret = 'sandbox-secret-v2'): Promise<any> {
	const form = new URLSearchParams({ grant_type: 'client_credentials' });
	if (scope !== undefined) form.set('scope', scope);
	return call(`${sb.url}/oauth2/token`, {
		method: 'POST',
		headers: { authorization: basic('sandbox-client', secret), 'content-type': FORM },
		body: form.toString(),
	});
}

export async function dfoToken(sb: any, password = 'aks=sandbox/secret+1'): Promise<any> {
	const form = new URLSearchParams({ grant_type: 'password', username: 'AKID-sandbox', password });
	return call(`${sb.url}/auth/token`, {
		method: 'POST',
		headers: {
			authorization: basic('sandbox-dfo-client', 'sandbox-dfo-secret'),
			'content-type': FORM,
		},
		body: form.toString(),
	});
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

export function v2Url(sb: any, query: Record<string, any> = {}): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
	}
	return `${sb.url}/api/v2/conversations?${params}`;
}

export async function fetchAllV2(sb: any, token: string, query: Record<string, any> = {}) {
	const ids: string[] = [];
	const timestamps: string[] = [];
	let pageToken = '';
	let pages = 0;
	let emptyPages = 0;
	do {
		const res = await call(
			v2Url(sb, { ...query, ...(pageToken ? { nextPageToken: pageToken } : {}) }),
			bearer(token),
		);
		expect(res.status).toBe(200);
		for (const c of res.body.data) {
			ids.push(c.id);
			timestamps.push(c.createdTimestamp);
		}
		pageToken = res.body.nextPageToken;
		pages++;
		if (!res.body.data.length && pageToken) emptyPages++;
	} while (pageToken);
	return { ids, timestamps, pages, emptyPages };
}
