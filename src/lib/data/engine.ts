// The browser engine: DuckDB-WASM booting while the cubes and reference tables download and
// decode in parallel; then every metric query runs here with bound parameters.
// Browser only: call getEngine() from onMount/$effect (liveQuery does).
import type { Table } from 'apache-arrow';
import type { Row, SqlQuery } from '../metrics/query';
import { cachedQueryRunner, insertArrow } from './arrow-query';
import type { OpenDuckDb } from './duckdb-boot';
import { setEngineBytes, setEngineStage } from './engine-status.svelte';
import { fetchBytes } from './fetch-bytes';
import { parseManifest, rawFiles, smallestRawFile, startupTables, type Manifest, type ManifestFile } from './manifest';
import { mark, recordQuery, timings } from './timings';
import type { Engine, RawPartition, RawTable } from './types';

export type { Engine, RawPartition, RawTable } from './types';

let engine: Engine | undefined;

declare global {
	interface Window {
		/** The page's engine, for browser tests and the benchmark (runs the same metric SQL). */
		__reformLensEngine?: Engine;
	}
}

/**
 * The page's one engine, booted on the first call. `dataUrl` is where the data folder is served
 * (default `/data`; pass `${base}/data` when the site lives under a base path). Later calls
 * return the same engine whatever they pass.
 */
export function getEngine(dataUrl = '/data'): Engine {
	if (typeof window === 'undefined') throw new Error('getEngine() runs in the browser only');
	engine ??= createEngine(new URL(dataUrl.replace(/\/?$/, '/'), window.location.href).href);
	window.__reformLensEngine = engine;
	return engine;
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

async function loadManifest(dataUrl: string): Promise<Manifest> {
	const response = await fetch(new URL('manifest.json', dataUrl), { cache: 'no-cache' });
	if (!response.ok) throw new Error(`Could not load the data manifest: HTTP ${response.status}`);
	return parseManifest(await response.json());
}

/** Fetches and decodes one Parquet file into Arrow (hyparquet is loaded on first use). */
async function decodeFile(dataUrl: string, file: ManifestFile): Promise<Table> {
	const url = new URL(file.path, dataUrl);
	// The file's hash in the URL: a new data release is never served from a stale cache.
	if (file.sha256) url.searchParams.set('v', file.sha256.slice(0, 16));
	const [bytes, { parquetToArrow }] = await Promise.all([
		fetchBytes(url.href, file.bytes, (loaded, total) => setEngineBytes(file.path, loaded, total)),
		import('./parquet-to-arrow')
	]);
	return parquetToArrow(bytes);
}

function createEngine(dataUrl: string): Engine {
	mark('bootStart');
	setEngineStage('engine');
	const manifestP = loadManifest(dataUrl);
	// Expected sizes first, so the progress bar's total is right from the start.
	void manifestP.then(
		(m) => startupTables(m).forEach((t) => t.files.forEach((f) => setEngineBytes(f.path, 0, f.bytes))),
		() => {}
	);
	const dbP = import('./duckdb-boot').then(({ bootDuckDb }) =>
		bootDuckDb((loaded, total) => setEngineBytes('duckdb.wasm', loaded, total))
	);
	const tablesP = manifestP.then((m) =>
		Promise.all(
			startupTables(m).flatMap((t) =>
				t.files.map(async (f) => ({ name: t.table, table: await decodeFile(dataUrl, f) }))
			)
		)
	);
	void dbP.then(
		() => {
			mark('engineReady');
			setEngineStage('data');
		},
		() => {}
	);

	const ready: Promise<OpenDuckDb & { run: (q: SqlQuery) => Promise<Row[]> }> = Promise.all([dbP, tablesP])
		.then(async ([open, tables]) => {
			const created = new Set<string>();
			for (const { name, table } of tables) {
				await insertArrow(open.conn, name, table, !created.has(name));
				created.add(name);
			}
			mark('dataReady');
			mark('ready');
			setEngineStage('ready');
			return { ...open, run: cachedQueryRunner(open.conn) };
		})
		.catch((error: unknown) => {
			setEngineStage('error', errorText(error));
			throw error;
		});
	// Callers observe failures through engineStatus or their own awaits; not an unhandled rejection.
	ready.catch(() => {});

	const rawCreated = new Set<string>();
	const rawLoaded = new Set<string>();
	let rawChain: Promise<void> = Promise.resolve();

	async function insertRaw(open: OpenDuckDb, table: RawTable, partition: RawPartition): Promise<void> {
		const manifest = await manifestP;
		const files = rawFiles(manifest, table, partition).filter((f) => !rawLoaded.has(f.path));
		for (const f of files) {
			const arrow = await decodeFile(dataUrl, f);
			await insertArrow(open.conn, table, arrow, !rawCreated.has(table));
			rawCreated.add(table);
			rawLoaded.add(f.path);
		}
		if (!rawCreated.has(table)) {
			// No such partition: an empty table with the right columns keeps drill-down SQL valid.
			const sample = smallestRawFile(manifest, table);
			if (!sample) throw new Error(`The data has no files for raw table ${table}`);
			const arrow = await decodeFile(dataUrl, sample);
			await insertArrow(open.conn, table, arrow.slice(0, 0), true);
			rawCreated.add(table);
		}
	}

	const readyVoid = ready.then(() => undefined);
	readyVoid.catch(() => {});

	return {
		ready: readyVoid,
		async query(q: SqlQuery): Promise<Row[]> {
			const t = timings();
			t.pending++;
			try {
				const { run } = await ready;
				const t0 = performance.now();
				const rows = await run(q);
				recordQuery(q.sql, performance.now() - t0, rows.length);
				return rows;
			} finally {
				t.pending--;
			}
		},
		loadRaw(table: RawTable, partition: RawPartition): Promise<void> {
			// One partition at a time: decoding raw rows is memory-hungry.
			const task = rawChain.then(async () => insertRaw(await ready, table, partition));
			rawChain = task.catch(() => {});
			return task;
		}
	};
}
