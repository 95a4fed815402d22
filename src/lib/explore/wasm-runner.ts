// The shared import steps' SqlRunner on DuckDB-WASM (the browser's worker, or the blocking
// bundle in Node tests): rows normalised exactly like native DuckDB's (arrow-rows.ts).
import type { ArrowConnection } from '../data/arrow-query';
import { arrowToRows } from '../data/arrow-rows';
import type { SqlRunner } from '../import/sql-runner';

export function wasmRunner(conn: Pick<ArrowConnection, 'query'>): SqlRunner {
	return {
		async run(sql) {
			await conn.query(sql);
		},
		async rows(sql) {
			return arrowToRows(await conn.query(sql));
		}
	};
}
