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
	setupFiles: ['<rootDir>/test/setup-env.js'],
};
