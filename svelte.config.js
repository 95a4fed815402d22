import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// REFORM_LENS_BUILD: another output folder (the benchmark builds a 10M-row site beside build/).
		adapter: adapter({
			pages: process.env.REFORM_LENS_BUILD ?? 'build',
			assets: process.env.REFORM_LENS_BUILD ?? 'build',
			fallback: undefined,
			strict: true
		}),
		prerender: { entries: ['*'], handleHttpError: 'fail' },
		// Absolute asset paths: /404.html is sent for an address at any depth (/a/b/c/), where
		// relative ones (./_app/…) would point nowhere.
		paths: { relative: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
