// What the shared import steps need from a DuckDB connection: native DuckDB in the importer
// (scripts/import/native-runner.ts) and DuckDB-WASM in /explore/ (src/lib/explore/wasm-runner.ts)
// both implement it, so the same SQL text runs on both engines.
import type { Row } from '../metrics/query';

export interface SqlRunner {
	/** Runs a statement and drops its result. */
	run(sql: string): Promise<void>;
	/** Runs a query; rows normalised the same way on both engines (src/lib/data/normalize.ts). */
	rows(sql: string): Promise<Row[]>;
}
