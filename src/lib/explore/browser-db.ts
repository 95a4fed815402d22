// /explore/'s own DuckDB-WASM, booted from the site's files like the site's engine
// (src/lib/data/duckdb-boot.ts) but holding only the site's reference tables (provinces,
// calendar, pilots) and what the dropped files become. Its own database, so the explored
// cubes take the names the site's view builders read (dossier_cube, dossier_hist, survey_cube)
// without touching the published data. Browser only; the page imports it on first use.
import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import { cachedQueryRunner, insertIPC } from '../data/arrow-query';
import { bootDuckDb } from '../data/duckdb-boot';
import { fetchBytes } from '../data/fetch-bytes';
import { parseManifest } from '../data/manifest';
import { parquetToIPC } from '../data/parquet-ipc';
import { recordQuery, timings } from '../data/timings';
import type { Row, SqlQuery } from '../metrics/query';
import type { DroppedFile, ExploreDb } from './read-dropped';
import { wasmRunner } from './wasm-runner';

/** A dropped browser File: DuckDB reads it through the browser's file reader, never copied whole. */
export interface BrowserDroppedFile extends DroppedFile {
	raw: File;
}

export function browserFile(file: File): BrowserDroppedFile {
	return {
		name: file.name,
		size: file.size,
		raw: file,
		read: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer())
	};
}

export interface BrowserExploreDb extends ExploreDb {
	/** The site's reference tables, kept between analyses. */
	reference: ReadonlySet<string>;
	/** Runs a view builder's query (bound parameters) on the explored cubes. */
	query(q: SqlQuery): Promise<Row[]>;
	/**
	 * Stops the worker, whatever it is running (DuckDB-WASM cannot interrupt a plain query); the
	 * database is gone afterwards and the next analysis opens a new one.
	 */
	terminate(): Promise<void>;
}

export async function openExploreDb(dataUrl: string, onBytes: (loaded: number, total: number) => void): Promise<BrowserExploreDb> {
	const base = new URL(dataUrl.replace(/\/?$/, '/'), window.location.href);
	const manifestP = fetch(new URL('manifest.json', base), { cache: 'no-cache' }).then(async (r) => {
		if (!r.ok) throw new Error(`Could not load the data manifest: HTTP ${r.status}`);
		return parseManifest(await r.json());
	});
	const [{ db, conn }, manifest] = await Promise.all([bootDuckDb(onBytes), manifestP]);
	const reference = manifest.tables.filter((t) => t.role === 'reference');
	for (const t of reference) {
		for (const [i, f] of t.files.entries()) {
			const url = new URL(f.path, base);
			if (f.sha256) url.searchParams.set('v', f.sha256.slice(0, 16));
			await insertIPC(conn, t.table, await parquetToIPC(await fetchBytes(url.href, f.bytes, () => {})), i === 0);
		}
	}
	const run = cachedQueryRunner(conn);
	return {
		sql: wasmRunner(conn),
		reference: new Set(reference.map((t) => t.table)),
		async registerFile(name, file) {
			await db.registerFileHandle(name, (file as BrowserDroppedFile).raw, DuckDBDataProtocol.BROWSER_FILEREADER, true);
		},
		async dropFile(name) {
			await db.dropFile(name);
		},
		insertParquet: async (name, buffer) => insertIPC(conn, name, await parquetToIPC(buffer), true),
		// Counted and timed like the site engine's queries (engine.ts), for the bench and tests.
		async query(q) {
			const t = timings();
			t.pending++;
			try {
				const t0 = performance.now();
				const rows = await run(q);
				recordQuery(q.sql, performance.now() - t0, rows.length);
				return rows;
			} finally {
				t.pending--;
			}
		},
		async terminate() {
			await db.terminate().catch(() => {});
		}
	};
}
