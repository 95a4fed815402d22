import { Table as ArrowTable, tableToIPC, type Table } from 'apache-arrow';
import type { Row, SqlQuery } from '../metrics/query';
import { arrowToRows } from './arrow-rows';

// What a DuckDB-WASM connection offers, async (browser worker) or blocking (Node tests).
interface ArrowStatement {
	query(...params: unknown[]): Table | Promise<Table>;
	close(): void | Promise<void>;
}
export interface ArrowConnection {
	query(sql: string): Table | Promise<Table>;
	prepare(sql: string): ArrowStatement | Promise<ArrowStatement>;
}

/** Runs one metric query with bound parameters (a prepared statement) and normalises the rows. */
export async function runArrowQuery(conn: ArrowConnection, q: SqlQuery): Promise<Row[]> {
	if (q.params.length === 0) return arrowToRows(await conn.query(q.sql));
	const stmt = await conn.prepare(q.sql);
	try {
		return arrowToRows(await stmt.query(...q.params));
	} finally {
		await stmt.close();
	}
}

/**
 * Like runArrowQuery, but keeps the last `size` prepared statements: a filter change re-runs the
 * same SQL with new parameters, and each prepare/close is a round trip to the DuckDB worker.
 */
export function cachedQueryRunner(conn: ArrowConnection, size = 64): (q: SqlQuery) => Promise<Row[]> {
	const cache = new Map<string, Promise<ArrowStatement>>();
	const drop = (sql: string) => {
		const stmt = cache.get(sql);
		cache.delete(sql);
		void stmt?.then((s) => s.close()).catch(() => {});
	};
	return async (q) => {
		if (q.params.length === 0) return arrowToRows(await conn.query(q.sql));
		let stmt = cache.get(q.sql);
		if (stmt) {
			cache.delete(q.sql); // re-inserted below as the most recent
		} else {
			stmt = Promise.resolve(conn.prepare(q.sql));
			stmt.catch(() => {});
		}
		cache.set(q.sql, stmt);
		while (cache.size > size) drop(cache.keys().next().value!);
		try {
			return arrowToRows(await (await stmt).query(...q.params));
		} catch (error) {
			// A failed prepare or a statement the engine no longer accepts is not kept.
			if (cache.get(q.sql) === stmt) drop(q.sql);
			throw error;
		}
	};
}

export interface ArrowInserter {
	insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create?: boolean }): void | Promise<void>;
}

/**
 * Inserts Arrow IPC streams (parquet-ipc.ts, one per row group) into DuckDB under `name`, in
 * order: with `create`, the first creates the table and the others append; otherwise all append.
 */
export async function insertIPC(conn: ArrowInserter, name: string, parts: readonly Uint8Array[], create: boolean): Promise<void> {
	for (let i = 0; i < parts.length; i++) {
		await conn.insertArrowFromIPCStream(parts[i], { name, create: create && i === 0 });
	}
}

/**
 * An Arrow table as IPC streams, one per record batch (a Parquet row group). Serialised with
 * the project's own apache-arrow copy: a table built by one copy and serialised by another
 * (Node's ESM/CJS split) would silently insert nothing. Per batch because WebAssembly memory
 * never shrinks: the largest single insert sets DuckDB's memory for the rest of the visit.
 */
export function tableToIPCParts(table: Table): Uint8Array[] {
	if (table.batches.length <= 1) return [tableToIPC(table, 'stream')];
	return table.batches.map((batch) => tableToIPC(new ArrowTable(batch), 'stream'));
}

/** Inserts an Arrow table built on this thread (e.g. /explore/'s dropped files), batch by batch. */
export function insertArrow(conn: ArrowInserter, name: string, table: Table, create: boolean): Promise<void> {
	return insertIPC(conn, name, tableToIPCParts(table), create);
}
