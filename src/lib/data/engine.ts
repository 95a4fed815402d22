// The browser engine: DuckDB-WASM booting while the tables a page queries download and decode in
// a worker; then every metric query runs here with bound parameters. A table loads when the
// first query that names it arrives (manifest.ts `queryTables`), so a page fetches only what it
// queries; later queries naming it wait for the same load.
// Browser only: call getEngine() from onMount/$effect (liveQuery does).
import type { Row, SqlQuery } from '../metrics/query';
import { buildUnitRollupQuery, UNIT_ROLLUPS } from '../metrics/unit-rollups';
import { cachedQueryRunner, insertIPC } from './arrow-query';
import { decodeParquet } from './decoder';
import type { OpenDuckDb } from './duckdb-boot';
import { setEngineBytes, setEngineStage } from './engine-status.svelte';
import {
	namesTable,
	parseManifest,
	queryTables,
	rawFiles,
	smallestRawFile,
	type Manifest,
	type ManifestFile,
	type ManifestTable
} from './manifest';
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

/** Fetches and decodes one Parquet file into Arrow IPC streams, in the decode worker. */
function decodeFile(dataUrl: string, file: ManifestFile, empty = false): Promise<Uint8Array[]> {
	const url = new URL(file.path, dataUrl);
	// The file's hash in the URL: a new data release is never served from a stale cache.
	if (file.sha256) url.searchParams.set('v', file.sha256.slice(0, 16));
	return decodeParquet(url.href, file.bytes, (loaded, total) => setEngineBytes(file.path, loaded, total), empty);
}

function createEngine(dataUrl: string): Engine {
	mark('bootStart');
	setEngineStage('engine');
	const manifestP = loadManifest(dataUrl);
	const dbP = import('./duckdb-boot').then(({ bootDuckDb }) => bootDuckDb((loaded, total) => setEngineBytes('duckdb.wasm', loaded, total)));
	const openP: Promise<OpenDuckDb & { run: (q: SqlQuery) => Promise<Row[]> }> = dbP.then((open) => {
		mark('engineReady');
		setEngineStage('data');
		return { ...open, run: cachedQueryRunner(open.conn) };
	});
	const fail = (error: unknown) => setEngineStage('error', errorText(error));
	openP.catch(fail);

	/** Each table's load, started once: downloads and decodes at once, inserts once DuckDB is open. */
	const tables = new Map<string, Promise<void>>();

	function loadTable(entry: ManifestTable): Promise<void> {
		entry.files.forEach((f) => setEngineBytes(f.path, 0, f.bytes));
		const decoded = entry.files.map((f) => decodeFile(dataUrl, f));
		decoded.forEach((d) => d.catch(() => {})); // awaited in order below
		return openP.then(async (open) => {
			for (let i = 0; i < decoded.length; i++) await insertIPC(open.conn, entry.table, await decoded[i], i === 0);
		});
	}

	/** Loads a cube or reference table, or derives a unit rollup that older data lacks. */
	function ensureTable(name: string, manifest: Manifest): Promise<void> {
		let load = tables.get(name);
		if (!load) {
			const entry = manifest.tables.find((t) => t.table === name && t.role !== 'raw');
			const rollup = UNIT_ROLLUPS.find((r) => r.table === name);
			if (entry) load = loadTable(entry);
			else if (rollup)
				load = Promise.all([ensureTable(rollup.source, manifest), openP]).then(async ([, open]) => {
					await open.conn.query(`CREATE TABLE ${rollup.table} AS ${buildUnitRollupQuery(rollup).sql}`);
				});
			else return Promise.resolve(); // not a data table: DuckDB reports it if the SQL needs it
			load.catch(fail);
			tables.set(name, load);
		}
		return load;
	}

	/** Every table the query names, loaded (manifest tables, and rollups the data has not written). */
	async function tablesFor(sql: string): Promise<void> {
		const manifest = await manifestP;
		const names = queryTables(manifest, sql).map((t) => t.table);
		for (const r of UNIT_ROLLUPS) if (!names.includes(r.table) && namesTable(sql, r.table)) names.push(r.table);
		await Promise.all(names.map((n) => ensureTable(n, manifest)));
	}

	// `ready` once DuckDB is open and the tables of the page's first query are in.
	let firstTables: Promise<void> | undefined;
	let resolveFirst: (p: Promise<void>) => void = () => {};
	const firstP = new Promise<void>((resolve) => (resolveFirst = resolve));
	const ready: Promise<void> = Promise.all([openP, firstP]).then(() => {
		mark('dataReady');
		mark('ready');
		setEngineStage('ready');
	});
	// Callers observe failures through engineStatus or their own awaits; not an unhandled rejection.
	ready.catch(() => {});
	manifestP.catch(fail);

	const rawCreated = new Set<string>();
	const rawLoaded = new Set<string>();
	let rawChain: Promise<void> = Promise.resolve();

	async function insertRaw(open: OpenDuckDb, table: RawTable, partition: RawPartition): Promise<void> {
		const manifest = await manifestP;
		const files = rawFiles(manifest, table, partition).filter((f) => !rawLoaded.has(f.path));
		for (const f of files) {
			await insertIPC(open.conn, table, await decodeFile(dataUrl, f), !rawCreated.has(table));
			rawCreated.add(table);
			rawLoaded.add(f.path);
		}
		if (!rawCreated.has(table)) {
			// No such partition: an empty table with the right columns keeps drill-down SQL valid.
			const sample = smallestRawFile(manifest, table);
			if (!sample) throw new Error(`The data has no files for raw table ${table}`);
			await insertIPC(open.conn, table, await decodeFile(dataUrl, sample, true), true);
			rawCreated.add(table);
		}
	}

	return {
		ready,
		async query(q: SqlQuery): Promise<Row[]> {
			const t = timings();
			t.pending++;
			try {
				const needed = tablesFor(q.sql);
				if (!firstTables) {
					firstTables = needed;
					resolveFirst(needed);
				}
				const [{ run }] = await Promise.all([openP, needed]);
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
			const task = rawChain.then(async () => insertRaw(await openP, table, partition));
			rawChain = task.catch(() => {});
			return task;
		}
	};
}
