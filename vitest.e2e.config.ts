import { defineConfig } from 'vitest/config';

// Browser tests (tests/e2e): one Chromium at a time on a 2-core machine, against build/
// served once by the global setup. Run by `npm run test:e2e` after `npm run build`.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/support/global-setup.ts'],
		fileParallelism: false,
		maxWorkers: 1,
		testTimeout: 120_000,
		hookTimeout: 180_000,
		teardownTimeout: 30_000
	}
});
