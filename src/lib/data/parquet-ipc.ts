// Parquet bytes → Arrow IPC streams, one per row group: what the decode worker hands to the main
// thread (plain bytes, transferred rather than cloned) and DuckDB-WASM ingests as they are.
import { Table, tableToIPC } from 'apache-arrow';
import { parquetToArrow } from './parquet-to-arrow';

export interface IpcOptions {
	/** Only the schema, no rows (an empty table with the file's columns). */
	empty?: boolean;
}

/**
 * Decodes a Parquet file into one Arrow IPC stream per row group. Serialised with the project's
 * own apache-arrow copy, the one that built the table: a table built by one copy and serialised
 * by another (Node's ESM/CJS split) would silently insert nothing. Per row group because
 * WebAssembly memory never shrinks: the largest single insert sets DuckDB's memory for the
 * rest of the visit.
 */
export async function parquetToIPC(file: ArrayBuffer, options: IpcOptions = {}): Promise<Uint8Array[]> {
	const table = await parquetToArrow(file);
	if (options.empty) return [tableToIPC(table.slice(0, 0), 'stream')];
	if (table.batches.length <= 1) return [tableToIPC(table, 'stream')];
	return table.batches.map((batch) => tableToIPC(new Table(batch), 'stream'));
}
