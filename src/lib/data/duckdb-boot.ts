// Starts DuckDB-WASM from the site's own files (Vite emits them as hashed assets): no CDN,
// no extension downloads. Browser only; imported dynamically by engine.ts.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { withWatchdog } from './watchdog';

/** A boot that stops making progress for this long fails (CSP block, out of memory…). */
export const BOOT_IDLE_TIMEOUT_MS = 8_000;

export interface OpenDuckDb {
	db: AsyncDuckDB;
	conn: AsyncDuckDBConnection;
}

/** The smallest valid WebAssembly module: compiling it tells whether the page may run WASM. */
const EMPTY_WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

function assertWasmAllowed(): void {
	if (typeof WebAssembly !== 'object' || typeof WebAssembly.Module !== 'function') {
		throw new Error('This browser does not support WebAssembly, which the interactive engine needs.');
	}
	try {
		new WebAssembly.Module(EMPTY_WASM);
	} catch (error) {
		throw new Error(
			`WebAssembly is blocked on this page (Content-Security-Policy without 'wasm-unsafe-eval'?): ${String(error)}`
		);
	}
}

/**
 * A missing .wasm (or an HTML fallback page served in its place) makes the DuckDB worker throw
 * and never answer: read its first 4 bytes first and fail with a clear message.
 */
async function assertWasmFile(url: string): Promise<void> {
	const response = await fetch(url, { headers: { range: 'bytes=0-3' } });
	if (!response.ok) throw new Error(`DuckDB's WebAssembly file could not be loaded (HTTP ${response.status})`);
	// A server that ignores Range sends the whole file: read only the first chunk.
	const reader = response.body?.getReader();
	const first = reader ? (await reader.read()).value : new Uint8Array(await response.arrayBuffer());
	if (reader) void reader.cancel().catch(() => {});
	if (!first || first.length < 4 || first[0] !== 0 || first[1] !== 0x61 || first[2] !== 0x73 || first[3] !== 0x6d) {
		throw new Error(`DuckDB's WebAssembly file is not WebAssembly (wrong file served at ${url})`);
	}
}

export function bootDuckDb(onProgress: (loaded: number, total: number) => void): Promise<OpenDuckDb> {
	return withWatchdog(
		async (kick) => {
			assertWasmAllowed();
			const duckdb = await import('@duckdb/duckdb-wasm');
			kick();
			const bundle = await duckdb.selectBundle({
				mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
				eh: { mainModule: ehWasm, mainWorker: ehWorker }
			});
			await assertWasmFile(bundle.mainModule);
			kick();
			const worker = new Worker(bundle.mainWorker!);
			// A worker that cannot load never answers; fail at once instead of waiting.
			const workerFailed = new Promise<never>((_, reject) =>
				worker.addEventListener('error', (e) =>
					reject(new Error(`The DuckDB worker failed to start: ${e.message || 'load error'}`))
				)
			);
			const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
			try {
				await Promise.race([
					workerFailed,
					db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
						kick();
						onProgress(p.bytesLoaded, p.bytesTotal);
					})
				]);
				kick();
				await Promise.race([
					workerFailed,
					// Results as plain JS numbers: BIGINT/HUGEINT/DECIMAL → DOUBLE, like native's runner.
					db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } })
				]);
				const conn = await db.connect();
				// Never fetch extensions from the DuckDB site (offline; CSP forbids it anyway).
				await conn.query('SET autoload_known_extensions = false');
				await conn.query('SET autoinstall_known_extensions = false');
				return { db, conn };
			} catch (error) {
				worker.terminate();
				throw error;
			}
		},
		BOOT_IDLE_TIMEOUT_MS,
		`DuckDB-WASM did not start within ${BOOT_IDLE_TIMEOUT_MS / 1000} s (WebAssembly blocked or out of memory?)`
	);
}
