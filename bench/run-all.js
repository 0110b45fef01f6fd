'use strict';
// npm run bench: every benchmark, one after the other, each printing its own side-by-side ratios.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const benches = fs
	.readdirSync(__dirname)
	.filter((f) => f.endsWith('.bench.js'))
	.sort();
for (const file of benches) {
	console.log(`\n=== ${file}`);
	execFileSync(process.execPath, [path.join(__dirname, file), ...process.argv.slice(2)], {
		stdio: 'inherit',
	});
}
