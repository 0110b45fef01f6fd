import { config } from '@n8n/node-cli/eslint';

// Two layers under nodes/: the pure core (nodes/core: no n8n import; the programmatic API that
// index.js exports) and the n8n glue every node shares (nodes/toolkit). What may import what:
// nodes -> toolkit -> core; credentials -> core; the core imports only itself (and zod).
const NODE_FOLDERS = ['CXone', 'CXoneTrigger', 'ClassifyUrgency', 'TicketBatchUpsert'];
const rule = (...patterns) => ({
	'no-restricted-imports': [
		'error',
		{ patterns: patterns.map((p) => ({ ...p, caseSensitive: true })) },
	],
});
const nodeFolders = NODE_FOLDERS.map((name) => `**/${name}/*`);

export default [
	...config,
	{
		files: ['nodes/core/**/*.ts'],
		rules: rule(
			{
				group: ['n8n-workflow', 'n8n-workflow/*', 'n8n-core'],
				message: 'nodes/core is pure: no n8n import (n8n glue goes in nodes/toolkit).',
			},
			{
				group: ['**/toolkit', '**/toolkit/*', '**/credentials/*', ...nodeFolders],
				message: 'nodes/core imports only itself.',
			},
		),
	},
	{
		files: ['nodes/toolkit/**/*.ts'],
		rules: rule({
			group: nodeFolders,
			message: 'nodes/toolkit serves every node and imports none of them.',
		}),
	},
	{
		files: ['credentials/**/*.ts'],
		rules: rule({
			group: ['**/toolkit', '**/toolkit/*', ...nodeFolders],
			message: 'credentials import only the core.',
		}),
	},
];
