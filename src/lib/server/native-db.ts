// Native DuckDB (Node) for build-time prerendering and as the engine of SQL-builder tests.
// The same SQL runs in DuckDB-WASM in the browser.
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Row, SqlQuery } from '../metrics/query';
import { normalizeRow } from '../data/normalize';
import { buildUnitRollupQuery, missingUnitRollups } from '../metrics/unit-rollups';

export interface NativeDb {
	connection: DuckDBConnection;
	run(query: SqlQuery): Promise<Row[]>;
	close(): void;
}

function quoteIdent(name: string): string {
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Invalid table name: ${name}`);
	return `"${name}"`;
}

/** Opens an in-memory DuckDB with one table per entry, each read from its Parquet files. */
export async function openNativeDb(tables: Record<string, string[]>): Promise<NativeDb> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	// Never download extensions (offline machines; the browser engine cannot either).
	await connection.run('SET autoinstall_known_extensions = false');
	for (const [table, files] of Object.entries(tables)) {
		const list = files.map((f) => `'${resolve(f).replaceAll("'", "''")}'`).join(', ');
		await connection.run(`CREATE TABLE ${quoteIdent(table)} AS SELECT * FROM read_parquet([${list}], union_by_name = true)`);
	}
	// The unit rollups the views read, where the folder or fixture has the cubes only (the same
	// SQL the pipeline writes them with).
	for (const rollup of missingUnitRollups(Object.keys(tables))) {
		await connection.run(`CREATE TABLE ${quoteIdent(rollup.table)} AS ${buildUnitRollupQuery(rollup).sql}`);
	}
	return {
		connection,
		async run(query: SqlQuery): Promise<Row[]> {
			const reader = await connection.runAndReadAll(query.sql, query.params as DuckDBValue[]);
			return reader.getRowObjectsJS().map((r) => normalizeRow(r as Record<string, unknown>));
		},
		close() {
			connection.closeSync();
			instance.closeSync();
		}
	};
}

interface ManifestTable {
	table: string;
	role: 'cube' | 'reference' | 'raw';
	files: { path: string }[];
}

/** Opens the cubes and reference tables of a data folder written by the pipeline (`data/`). */
export async function openDataDir(dataDir = 'data', withRaw = false): Promise<NativeDb> {
	let manifest: { tables: ManifestTable[] };
	try {
		manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8'));
	} catch (error) {
		throw new Error(`No data in ${resolve(dataDir)}: run \`npm run data:demo\` (or \`npm run data:import\`) first. (${String(error)})`, {
			cause: error
		});
	}
	const tables: Record<string, string[]> = {};
	for (const t of manifest.tables) {
		if (t.role === 'raw' && !withRaw) continue;
		tables[t.table] = t.files.map((f) => join(dataDir, f.path));
	}
	return openNativeDb(tables);
}

let sharedDataDb: Promise<NativeDb> | undefined;

/** One shared native database over `data/` for the whole build (prerendering every page). */
export function getDataDb(dataDir = process.env.REFORM_LENS_DATA ?? 'data'): Promise<NativeDb> {
	sharedDataDb ??= openDataDir(dataDir);
	return sharedDataDb;
}
