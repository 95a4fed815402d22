// Starts DuckDB-WASM from the site's own files (Vite emits them as hashed assets): no CDN,
// no extension downloads. Browser only; imported dynamically by engine.ts.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import workerShim from './duckdb-worker-shim.js?url&no-inline';
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

const isWasm = (b: Uint8Array) => b.length >= 4 && b[0] === 0 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d;

/**
 * Downloads the .wasm into the HTTP cache, where the DuckDB worker's own fetch finds it (joining
 * this download while it runs), so the download starts before the worker does and its progress
 * is counted here (the worker reports none, duckdb-worker-shim.js). A missing .wasm (or an HTML
 * fallback page served in its place) would make the worker throw and never answer: its first
 * bytes are checked, and the boot fails with a clear message.
 */
async function downloadWasm(url: string, onProgress: (loaded: number, total: number) => void): Promise<void> {
	const response = await fetch(url, { credentials: 'same-origin' });
	if (!response.ok) throw new Error(`DuckDB's WebAssembly file could not be loaded (HTTP ${response.status})`);
	const total = Number(response.headers.get('content-length')) || 0;
	const head = new Uint8Array(4);
	let loaded = 0;
	const reader = response.body!.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		if (loaded < 4) head.set(value.subarray(0, 4 - loaded), loaded);
		loaded += value.length;
		if (loaded >= 4 && !isWasm(head)) {
			void reader.cancel().catch(() => {});
			throw new Error(`DuckDB's WebAssembly file is not WebAssembly (wrong file served at ${url})`);
		}
		onProgress(loaded, Math.max(total, loaded));
	}
	if (!isWasm(head)) throw new Error(`DuckDB's WebAssembly file is not WebAssembly (wrong file served at ${url})`);
	mark('wasmLoaded');
}

export function bootDuckDb(onProgress: (loaded: number, total: number) => void): Promise<OpenDuckDb> {
	return withWatchdog(
		async (kick) => {
			assertWasmAllowed();
			// The .wasm downloads while the library loads; a wrong file fails the boot at once.
			const download = downloadWasm(ehWasm, (loaded, total) => {
				kick();
				onProgress(loaded, total);
			});
			// Rejects when the download fails; never resolves otherwise (raced with each step).
			const downloadFailed = download.then(() => new Promise<never>(() => {}));
			downloadFailed.catch(() => {});
			const duckdb = await Promise.race([import('@duckdb/duckdb-wasm'), downloadFailed]);
			kick();
			// Only the exception-handling build ships: every browser the site supports (Chromium 95+,
			// Firefox 100+, Safari 15.2+) has WebAssembly exceptions, and the 33 MB MVP build would
			// only sit in the build folder.
			if (!(await duckdb.getPlatformFeatures()).wasmExceptions) {
				throw new Error(
					'This browser is too old for the interactive engine (it needs WebAssembly exceptions); the figures shown stay as published.'
				);
			}
			const bundle = { mainModule: ehWasm, mainWorker: ehWorker, pthreadWorker: null };
			kick();
			const worker = new Worker(`${workerShim}?worker=${encodeURIComponent(bundle.mainWorker)}`);
			// A worker that cannot load never answers; fail at once instead of waiting.
			const workerFailed = new Promise<never>((_, reject) =>
				worker.addEventListener('error', (e) => reject(new Error(`The DuckDB worker failed to start: ${e.message || 'load error'}`)))
			);
			const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
			try {
				// The worker reports no download progress (duckdb-worker-shim.js): downloadWasm does.
				await Promise.race([workerFailed, downloadFailed, db.instantiate(bundle.mainModule, bundle.pthreadWorker)]);
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
