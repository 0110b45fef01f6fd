// n8n-core writes ~/.n8n/config unless told where its user folder is: keep tests in a temp folder.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
if (!process.env.N8N_USER_FOLDER) {
	process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-test-'));
}
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';

// No test may send traffic anywhere but loopback: anything else fails fast instead of resolving.
const nockModule = require('nock');
const nock = nockModule.default ?? nockModule;
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
