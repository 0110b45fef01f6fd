/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', target: 'es2022', esModuleInterop: true, isolatedModules: true } }],
	},
	// Workflow tests run n8n's engine in-process; a fault matrix can take a while on 2 cores.
	testTimeout: 60000,
	// nock (loopback guard) is set up per test file; jest's global clean-up would only warn about it.
	testEnvironmentOptions: { globalsCleanup: 'off' },
	setupFiles: ['<rootDir>/test/setup-env.js'],
};
