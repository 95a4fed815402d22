import type { Row, SqlQuery } from '../metrics/query';

/** Raw tables that are loaded lazily, one partition at a time, for drill-down only. */
export type RawTable = 'dossiers' | 'survey_responses';

/** Which raw partition(s) to load; at least one key must be given (never the whole table). */
export interface RawPartition {
	year?: number;
	province?: string;
}

/** The browser's SQL engine: DuckDB-WASM with the manifest's cubes and reference tables. */
export interface Engine {
	/** Resolves once DuckDB is open and the tables of the first query are inserted. */
	ready: Promise<void>;
	/**
	 * Runs one metric query (bound params) once DuckDB is open and the cubes and reference tables
	 * it names are inserted (loading them on first use); rows normalised like native DuckDB's.
	 */
	query(q: SqlQuery): Promise<Row[]>;
	/** Decodes and inserts the matching raw partition files not yet loaded (one file at a time). */
	loadRaw(table: RawTable, partition: RawPartition): Promise<void>;
}
