'use strict';
// A node that does nothing but its requests, run on n8n's engine with one of this package's
// credentials: every request goes through httpRequestWithAuthentication, as any node's would.
// The benchmarks use it as the floor n8n itself puts under a node (engine, credential handling,
// HTTP stack), to tell that apart from what this package's nodes do per record.
const { runWorkflow } = require('../../harness/engine');

/**
 * @param credentialType name of the credential type (this package's)
 * @param credentials {type: data} as the harness takes them
 * @param loop async (request) => result, where request(options) sends one authenticated request
 */
async function runMinimalNode(credentialType, credentials, loop) {
	let result;
	const nodeType = {
		description: {
			displayName: 'Minimal',
			name: 'minimal',
			group: ['transform'],
			version: 1,
			defaults: { name: 'Minimal' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: credentialType, required: true }],
			properties: [],
		},
		async execute() {
			result = await loop((options) =>
				this.helpers.httpRequestWithAuthentication.call(this, credentialType, options),
			);
			return [[{ json: {} }]];
		},
	};
	const workflow = {
		nodes: [
			{
				id: 'minimal',
				name: 'Minimal',
				type: 'minimal',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
				credentials: { [credentialType]: { id: 'bench', name: 'bench' } },
			},
		],
		connections: {},
	};
	const { run } = await runWorkflow(workflow, credentials, {
		extraNodeTypes: { minimal: nodeType },
	});
	if (run.status !== 'success') throw new Error(JSON.stringify(run.data.resultData.error));
	return result;
}

module.exports = { runMinimalNode };
