import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		environment: 'node',
		setupFiles: ['./src/lib/test-support/i18n-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				// Runes modules, compiled for the client so that effects run (see the environment),
				// with Svelte's client runtime (its server `flushSync` does nothing).
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					server: { deps: { inline: ['svelte'] } },
					name: 'runes',
					include: ['src/**/*.svelte.test.ts'],
					environment: './src/lib/test-support/client-environment.ts'
				}
			}
		]
	}
});
