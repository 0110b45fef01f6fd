const path = require('node:path');
const { task, src, dest, parallel } = require('gulp');

// tsc compiles the TypeScript; n8n also needs the icons and codex (.node.json) files beside the
// compiled nodes and credentials.
function copyIcons() {
	return src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(
		dest(path.resolve('dist')),
	);
}

function copyCodex() {
	return src('nodes/**/*.node.json', { base: '.' }).pipe(dest(path.resolve('dist')));
}

task('build', parallel(copyIcons, copyCodex));
