// The importer's SqlRunner: native DuckDB, rows normalised like the browser's.
import type { DuckDBConnection } from '@duckdb/node-api';
import { normalizeRow } from '../../src/lib/data/normalize';
import type { SqlRunner } from '../../src/lib/import/sql-runner';

export function nativeRunner(connection: DuckDBConnection): SqlRunner {
	return {
		async run(sql) {
			await connection.run(sql);
		},
		async rows(sql) {
			return (await connection.runAndReadAll(sql)).getRowObjectsJS().map((r) => normalizeRow(r as Record<string, unknown>));
		}
	};
}
