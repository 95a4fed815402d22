// Parity: Parquet decoded by hyparquet into Arrow and inserted into DuckDB-WASM (the browser's
// path, run here with duckdb-wasm's Node blocking bundle) must look to SQL exactly like native
// DuckDB's read_parquet of the same file: same column types, same rows, same query results.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as duckdbWasm from '@duckdb/duckdb-wasm/blocking';
import type { SqlQuery } from '../metrics/query';
import { normalizeRow } from './normalize';
import { parquetToArrow } from './parquet-to-arrow';
import { cachedQueryRunner, insertIPC, runArrowQuery, type ArrowConnection } from './arrow-query';
import { parquetToIPC } from './parquet-ipc';
import { openNodeDuckDbWasm } from '../test-support/duckdb-wasm-node';

type BlockingDb = Awaited<ReturnType<typeof duckdbWasm.createDuckDB>>;

const dir = mkdtempSync(join(tmpdir(), 'rl-parquet-'));
let nativeInstance: DuckDBInstance;
let native: DuckDBConnection;
let wasm: ReturnType<BlockingDb['connect']>;

const TYPES_SQL = `SELECT * FROM (VALUES
  (1, 10::BIGINT, 1.5::DOUBLE, 'Hà Nội', true, DATE '2024-01-02', TIMESTAMP '2024-01-02 03:04:05.123456', 1::TINYINT, 2::SMALLINT, 2.5::FLOAT, 7::UINTEGER, 12.25::DECIMAL(9,2)),
  (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (-3, -9007199254740991::BIGINT, -3.5, '', false, DATE '1969-12-31', TIMESTAMP '2025-07-01 00:00:00', -128, -300, 1, 0, -0.5)
) v(i, b, d, s, bo, dt, ts, ti, si, f, ui, dec)`;

const file = (name: string) => join(dir, name);

async function nativeRows(sql: string, params: unknown[] = []) {
	const reader = await native.runAndReadAll(sql, params as never);
	return reader.getRowObjectsJS().map((r) => normalizeRow(r as Record<string, unknown>));
}

async function loadBoth(name: string, table: string) {
	const path = file(name);
	await native.run(`CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_parquet('${path}')`);
	const bytes = readFileSync(path);
	// The browser's path: Parquet → IPC streams (the decode worker's output) → DuckDB-WASM.
	await insertIPC(wasm, table, await parquetToIPC(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)), true);
}

const conn = (): ArrowConnection => wasm as unknown as ArrowConnection;

beforeAll(async () => {
	nativeInstance = await DuckDBInstance.create(':memory:');
	native = await nativeInstance.connect();
	await native.run(`COPY (${TYPES_SQL}) TO '${file('types.parquet')}' (FORMAT parquet, COMPRESSION zstd)`);
	// Several row groups and dictionary-encoded strings, as the real cubes have.
	await native.run(`COPY (SELECT (i % 97)::INTEGER AS k, 'p' || lpad((i % 63)::VARCHAR, 2, '0') AS province,
	     DATE '2023-01-01' + INTERVAL (i % 900) DAY AS day, i * 0.5 AS x,
	     CASE WHEN i % 11 = 0 THEN NULL ELSE i END::BIGINT AS maybe
	   FROM range(0, 250000) t(i)) TO '${file('big.parquet')}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`);

	// The same options as the browser engine (src/lib/data/duckdb-boot.ts).
	({ conn: wasm } = await openNodeDuckDbWasm());
	await loadBoth('types.parquet', 'types');
	await loadBoth('big.parquet', 'big');
}, 120_000);

afterAll(() => {
	wasm?.close();
	native?.closeSync();
	nativeInstance?.closeSync();
	rmSync(dir, { recursive: true, force: true });
});

describe('Parquet → Arrow → DuckDB-WASM', () => {
	it('gives every column the type native read_parquet gives it (except DECIMAL → DOUBLE)', async () => {
		const describeSql: SqlQuery = { sql: 'SELECT column_name, column_type FROM (DESCRIBE types)', params: [] };
		const nativeTypes = await nativeRows(describeSql.sql);
		const wasmTypes = await runArrowQuery(conn(), describeSql);
		const expected = nativeTypes.map((r) => (r.column_name === 'dec' ? { ...r, column_type: 'DOUBLE' } : r));
		expect(wasmTypes).toEqual(expected);
		expect(nativeTypes.find((r) => r.column_name === 'dt')?.column_type).toBe('DATE');
		expect(nativeTypes.find((r) => r.column_name === 'ts')?.column_type).toBe('TIMESTAMP');
	});

	it('returns the same normalised rows as native DuckDB', async () => {
		const sql = 'SELECT * EXCLUDE (dec), dec::DOUBLE AS dec FROM types ORDER BY i NULLS LAST';
		expect(await runArrowQuery(conn(), { sql, params: [] })).toEqual(await nativeRows(sql));
		const rows = await runArrowQuery(conn(), { sql, params: [] });
		expect(rows[0]).toMatchObject({ i: -3, b: -9007199254740991, s: '', bo: false, dt: '1969-12-31', ti: -128 });
		expect(rows[1]).toMatchObject({ i: 1, b: 10, s: 'Hà Nội', bo: true, dt: '2024-01-02', ts: '2024-01-02', ti: 1 });
		expect(rows[2].i).toBeNull();
	});

	it('keeps timestamps to the microsecond and dates exact', async () => {
		const sql = `SELECT epoch_us(ts)::DOUBLE AS us, strftime(dt, '%Y-%m-%d') AS d FROM types WHERE ts IS NOT NULL ORDER BY us`;
		expect(await runArrowQuery(conn(), { sql, params: [] })).toEqual(await nativeRows(sql));
	});

	it('agrees on aggregates over several row groups, with bound parameters', async () => {
		const q: SqlQuery = {
			sql: `SELECT province, count(*) AS n, sum(maybe) AS s, count(maybe)::INTEGER AS nn, min(day) AS first,
			        strftime(date_trunc('month', max(day)), '%Y-%m') AS last_month, avg(x) AS ax
			      FROM big WHERE day >= CAST(? AS DATE) AND province <> ? GROUP BY province ORDER BY province`,
			params: ['2024-02-01', 'p05']
		};
		const got = await runArrowQuery(conn(), q);
		expect(got).toHaveLength(62);
		expect(got).toEqual(await nativeRows(q.sql, q.params));
		expect(typeof got[0].n).toBe('number'); // BIGINT count → number
		expect(typeof got[0].s).toBe('number'); // HUGEINT sum → number
	});

	it('keeps row order and nulls across row groups', async () => {
		const sql = 'SELECT sum(CASE WHEN maybe IS NULL THEN 1 ELSE 0 END)::INTEGER AS nulls, count(*)::INTEGER AS n FROM big';
		expect(await runArrowQuery(conn(), { sql, params: [] })).toEqual([{ nulls: 22728, n: 250000 }]);
	});
});

describe('cachedQueryRunner', () => {
	it('re-runs a cached statement with new parameters and recovers after a failed prepare', async () => {
		const run = cachedQueryRunner(conn(), 2);
		const sql = 'SELECT count(*)::INTEGER AS n FROM big WHERE k < ?';
		expect(await run({ sql, params: [10] })).toEqual(await nativeRows(sql, [10]));
		expect(await run({ sql, params: [50] })).toEqual(await nativeRows(sql, [50]));
		await expect(run({ sql: 'SELECT * FROM missing_table WHERE x = ?', params: [1] })).rejects.toThrow(/missing_table/);
		// Evicts the oldest beyond the size, and still answers everything correctly.
		for (const limit of [1, 2, 3]) {
			const q = { sql: `SELECT ${limit} AS l, count(*)::INTEGER AS n FROM big WHERE k < ?`, params: [limit] };
			expect(await run(q)).toEqual(await nativeRows(q.sql, q.params));
		}
		expect(await run({ sql, params: [97] })).toEqual([{ n: 250000 }]);
	});
});

describe('parquetToIPC and insertIPC', () => {
	it('insert a several-row-group file one IPC stream per row group, completely and in order', async () => {
		const bytes = readFileSync(file('big.parquet'));
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		expect((await parquetToArrow(buffer)).batches.length).toBe(3);
		const parts = await parquetToIPC(buffer);
		expect(parts).toHaveLength(3);
		await insertIPC(wasm, 'big_again', parts, true);
		const sql = 'SELECT count(*)::INTEGER AS n, sum(maybe) AS s, min(day) AS d FROM big_again';
		expect(await runArrowQuery(conn(), { sql, params: [] })).toEqual(await nativeRows(sql.replace('big_again', 'big')));
	});

	it("gives an empty table with the file's columns when asked for the schema only", async () => {
		const bytes = readFileSync(file('types.parquet'));
		const parts = await parquetToIPC(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), { empty: true });
		await insertIPC(wasm, 'types_empty', parts, true);
		const columns = 'SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position';
		const run = (sql: string, params: string[]) => runArrowQuery(conn(), { sql, params });
		expect(await run(columns, ['types_empty'])).toEqual(await run(columns, ['types']));
		expect(await run('SELECT count(*)::INTEGER AS n FROM types_empty', [])).toEqual([{ n: 0 }]);
	});
});
