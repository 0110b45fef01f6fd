/* eslint-disable @typescript-eslint/no-require-imports */
// package.json `main` is the programmatic entry: the pure core, usable without an n8n runtime.
describe('package entry (package.json main)', () => {
	it('exposes the core without loading n8n', () => {
		const core = require('../..');
		expect(core.classify('I am going to sue you').priority).toBe('HIGH');
		expect(typeof core.verifyAuditTrail).toBe('function');
		expect(core.parseRetryAfter('2', 0)).toBe(2000);
		const loaded = Object.keys(require.cache);
		expect(loaded.some((p) => /node_modules[\\/]n8n-(core|workflow)[\\/]/.test(p))).toBe(false);
	});
});
