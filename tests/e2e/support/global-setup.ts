// Starts one static server for the built site for the whole e2e run.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/serve/static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		siteDir: string;
	}
}

export default async function setup(project: TestProject) {
	const dir = resolve(process.env.REFORM_LENS_BUILD ?? 'build');
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`No built site in ${dir}: run \`npm run build\` first (npm run test:e2e does).`);
	}
	const server = await serveStatic(dir);
	project.provide('siteUrl', server.url);
	project.provide('siteDir', dir);
	return () => server.close();
}
