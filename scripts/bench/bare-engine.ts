// The yardstick for the site's start: a bare page on the same origin that only boots the same
// DuckDB-WASM build (the site's own hashed .wasm and worker files, so the same bytes and the same
// HTTP and compiled-code caches) and answers `SELECT 42`. The bench loads it alternately with the
// site's `/` and reports the site's first live figure as a multiple of this page's ready time.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export const BARE_PATH = '/__bare-engine/';

/** The site's DuckDB files (URL paths), found among its hashed assets. */
export function engineAssets(siteDir: string): { wasm: string; worker: string } {
	const dir = join(siteDir, '_app/immutable/assets');
	const names = readdirSync(dir);
	const wasm = names.find((n) => /^duckdb-eh\.[\w-]+\.wasm$/.test(n));
	const worker = names.find((n) => /^duckdb-browser-eh\.worker\.[\w-]+\.js$/.test(n));
	if (!wasm || !worker) throw new Error(`No DuckDB-WASM files among the assets in ${dir}`);
	return { wasm: `/_app/immutable/assets/${wasm}`, worker: `/_app/immutable/assets/${worker}` };
}

/** The page's script: boot, open with the site's options, one query; times from navigation. */
export function bareScript(assets: { wasm: string; worker: string }): string {
	return `import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
const worker = new Worker(${JSON.stringify(assets.worker)});
const db = new AsyncDuckDB(new VoidLogger(), worker);
await db.instantiate(${JSON.stringify(assets.wasm)}, null);
await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
const conn = await db.connect();
const result = await conn.query('SELECT 42 AS answer');
window.__bareEngine = { ready: performance.now(), answer: Number(result.getChild('answer').get(0)) };
`;
}

/** Builds the bare page into `<siteDir>/__bare-engine/` with Vite (one bundled module). */
export async function writeBareEnginePage(siteDir: string): Promise<string> {
	const assets = engineAssets(siteDir);
	// Inside the project, so that Vite resolves @duckdb/duckdb-wasm from its node_modules.
	mkdirSync('bench-data', { recursive: true });
	const src = mkdtempSync(join('bench-data', '.bare-src-'));
	try {
		writeFileSync(
			join(src, 'index.html'),
			'<!doctype html><html><head><meta charset="utf-8"><title>bare DuckDB-WASM</title></head><body><script type="module" src="./bare.js"></script></body></html>\n'
		);
		writeFileSync(join(src, 'bare.js'), bareScript(assets));
		await build({
			configFile: false,
			root: src,
			base: BARE_PATH,
			logLevel: 'warn',
			build: { outDir: join(siteDir, BARE_PATH), emptyOutDir: true, modulePreload: false, target: 'es2022' }
		});
	} finally {
		rmSync(src, { recursive: true, force: true });
	}
	return BARE_PATH;
}
