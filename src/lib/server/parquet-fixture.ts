// Test fixtures: small tables written as real Parquet files (as the pipeline would) and opened
// with `openNativeDb`, so SQL builders are tested on the same path as the data they will read.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNativeDb, type NativeDb } from './native-db';

export interface ParquetFixture {
	db: NativeDb;
	cleanup(): void;
}

/** Writes each `SELECT` of `tables` to `<table>.parquet` in a temp folder and opens them all. */
export async function openParquetFixture(tables: Record<string, string>, prefix = 'fixture-'): Promise<ParquetFixture> {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	const files: Record<string, string[]> = {};
	try {
		for (const [table, select] of Object.entries(tables)) {
			const file = join(dir, `${table}.parquet`);
			await connection.run(`COPY (${select}) TO '${file.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`);
			files[table] = [file];
		}
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	const db = await openNativeDb(files);
	return {
		db,
		cleanup() {
			db.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
