'use strict';
const http = require('node:http');
// Request/response helpers shared by the sandbox routes. Responses always carry Content-Length so
// keep-alive connections are reused.
const zlib = require('node:zlib');

class HttpError extends Error {
	constructor(status, body, headers) {
		super(typeof body === 'string' ? body : body.message || body.error || `HTTP ${status}`);
		this.status = status;
		this.body = typeof body === 'string' ? { message: body } : body;
		this.headers = headers;
	}
}

const badRequest = (message) => new HttpError(400, { message });

function send(req, res, status, payload, headers = {}, gzip = false) {
	const isText = typeof payload === 'string';
	const text = isText ? payload : JSON.stringify(payload);
	const head = {
		'Content-Type':
			isText && headers['Content-Type']
				? headers['Content-Type']
				: 'application/json; charset=utf-8',
		...headers,
	};
	if (gzip && text.length > 1024 && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
		const data = zlib.gzipSync(text, { level: 1 });
		head['Content-Encoding'] = 'gzip';
		head['Content-Length'] = data.length;
		res.writeHead(status, head);
		return res.end(data);
	}
	// One Buffer write measured faster on loopback than end(string) for page-sized bodies.
	const data = Buffer.from(text);
	head['Content-Length'] = data.length;
	res.writeHead(status, head);
	return res.end(data);
}

function readBody(req, limit = 1048576) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > limit) reject(new HttpError(413, { message: 'Request body too large' }));
			else chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

async function readJson(req) {
	const text = await readBody(req);
	if (!text.trim()) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		throw badRequest('Body is not valid JSON');
	}
}

// RFC 7617; also accepts the RFC 6749 form where id and secret are form-urlencoded first.
function parseBasic(req) {
	const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(req.headers.authorization || '');
	if (!match) return null;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return null;
	return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

function credentialsMatch(creds, id, secret) {
	if (!creds) return false;
	if (creds.id === id && creds.secret === secret) return true;
	try {
		const plus = (s) => decodeURIComponent(s.replace(/\+/g, ' '));
		return plus(creds.id) === id && plus(creds.secret) === secret;
	} catch {
		return false;
	}
}

function bearer(req) {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization || '');
	return match ? match[1] : null;
}

// Values of `name`, `name[]` and `name[0]`... as sent (repeated parameters keep their order).
function getList(params, name) {
	const out = [];
	for (const [key, value] of params) {
		if (
			key === name ||
			key === `${name}[]` ||
			(key.startsWith(`${name}[`) && /^\[\d+\]$/.test(key.slice(name.length)))
		) {
			out.push(value);
		}
	}
	return out;
}

const RFC3339 =
	/^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})?$/;

// -> ms epoch, or NaN. `allowLoose` accepts 'YYYY-MM-DD HH:mm:ss' (UTC) as DFO search examples use.
function parseTime(value, allowLoose = false) {
	const m = RFC3339.exec(value);
	if (!m || (!allowLoose && (!m[8] || / /.test(value)))) return NaN;
	const [, y, mo, d, h, mi, s, frac = '', zone = 'Z'] = m;
	const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac.slice(0, 4)}${zone.toUpperCase()}`);
	// Date.parse rolls 2026-02-30 over to March: reject dates that do not round-trip.
	const check = new Date(Date.UTC(+y, +mo - 1, +d));
	if (
		check.getUTCDate() !== +d ||
		check.getUTCMonth() !== +mo - 1 ||
		+h > 23 ||
		+mi > 59 ||
		+s > 59
	)
		return NaN;
	return ms;
}

const encodeToken = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');

function decodeToken(token, name) {
	try {
		if (!/^[A-Za-z0-9_-]+$/.test(token)) throw new Error('charset');
		const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
		if (value && typeof value === 'object') return value;
	} catch {
		// fall through
	}
	throw badRequest(`Invalid ${name}`);
}

// Listens on 127.0.0.1 only (never another interface). close() also ends keep-alive sockets, so a
// test or benchmark never waits on an idle connection; onClose runs first (pending timers).
async function listenLoopback(handler, port = 0, onClose = () => {}) {
	const server = http.createServer({ keepAliveTimeout: 30000 }, handler);
	const sockets = new Set();
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const actualPort = server.address().port;
	let closing = null;
	return {
		server,
		port: actualPort,
		url: `http://127.0.0.1:${actualPort}`,
		close() {
			closing ??= new Promise((resolve) => {
				onClose();
				server.close(() => resolve());
				for (const socket of sockets) socket.destroy();
			});
			return closing;
		},
	};
}

module.exports = {
	listenLoopback,
	HttpError,
	badRequest,
	send,
	readBody,
	readJson,
	parseBasic,
	credentialsMatch,
	bearer,
	getList,
	parseTime,
	encodeToken,
	decodeToken,
};
