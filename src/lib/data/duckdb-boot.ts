// Starts DuckDB-WASM from the site's own files (Vite emits them as hashed assets): no CDN,
// no extension downloads. Browser only; imported dynamically by engine.ts.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { mark } from './timings';
import { withWatchdog } from './watchdog';

/** A boot that stops making progress for this long fails (CSP block, out of memory…). */
export const BOOT_IDLE_TIMEOUT_MS = 10_000;

declare global {
	interface Window {
		/** Test hook: browser tests on a busy machine allow a longer silence than users get. */
		__reformLensBootIdleMs?: number;
	}
}

function bootIdleMs(): number {
	const override = typeof window !== 'undefined' ? window.__reformLensBootIdleMs : undefined;
	return typeof override === 'number' && override > 0 ? override : BOOT_IDLE_TIMEOUT_MS;
}

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
		throw new Error(`WebAssembly is blocked on this page (Content-Security-Policy without 'wasm-unsafe-eval'?): ${String(error)}`, {
			cause: error
		});
	}
}

/**
 * A missing .wasm (or an HTML fallback page served in its place) makes the DuckDB worker throw
 * and never answer: read its first 4 bytes first and fail with a clear message.
 */
async function assertWasmFile(url: string): Promise<void> {
	const response = await fetch(url, { headers: { range: 'bytes=0-3' } });
	if (!response.ok) throw new Error(`DuckDB's WebAssembly file could not be loaded (HTTP ${response.status})`);
	let first: Uint8Array | undefined;
	if (response.status === 206 || !response.body) {
		first = new Uint8Array(await response.arrayBuffer());
	} else {
		// A server that ignores Range sends the whole file: read only the first chunk.
		const reader = response.body.getReader();
		first = (await reader.read()).value;
		void reader.cancel().catch(() => {});
	}
	if (!first || first.length < 4 || first[0] !== 0 || first[1] !== 0x61 || first[2] !== 0x73 || first[3] !== 0x6d) {
		throw new Error(`DuckDB's WebAssembly file is not WebAssembly (wrong file served at ${url})`);
	}
}

export function bootDuckDb(onProgress: (loaded: number, total: number) => void): Promise<OpenDuckDb> {
	return withWatchdog(
		async (kick) => {
			assertWasmAllowed();
			// Check the usual bundle's file while the library loads (fail fast when it is missing).
			const ehCheck = assertWasmFile(ehWasm);
			const [duckdb] = await Promise.all([import('@duckdb/duckdb-wasm'), ehCheck]);
			kick();
			// Only the exception-handling build ships: every browser the site supports (Chromium 95+,
			// Firefox 100+, Safari 15.2+) has WebAssembly exceptions, and the 33 MB MVP build would
			// only sit in the build folder.
			if (!(await duckdb.getPlatformFeatures()).wasmExceptions) {
				throw new Error('This browser is too old for the interactive engine (it needs WebAssembly exceptions); the figures shown stay as published.');
			}
			const bundle = { mainModule: ehWasm, mainWorker: ehWorker, pthreadWorker: null };
			kick();
			const worker = new Worker(bundle.mainWorker);
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
						if (p.bytesTotal > 0 && p.bytesLoaded >= p.bytesTotal) mark('wasmLoaded');
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
		bootIdleMs(),
		`DuckDB-WASM stopped responding for ${bootIdleMs() / 1000} s while starting (WebAssembly blocked or out of memory?)`
	);
}
