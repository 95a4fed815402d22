// Parquet bytes → Arrow IPC streams, one per row group: what the decode worker hands to the main
// thread (plain bytes, transferred rather than cloned) and DuckDB-WASM ingests as they are.
import { tableToIPC } from 'apache-arrow';
import { tableToIPCParts } from './arrow-query';
import { parquetToArrow } from './parquet-to-arrow';

export interface IpcOptions {
	/** Only the schema, no rows (an empty table with the file's columns). */
	empty?: boolean;
}

/** Decodes a Parquet file into one Arrow IPC stream per row group (arrow-query.ts `tableToIPCParts`). */
export async function parquetToIPC(file: ArrayBuffer, options: IpcOptions = {}): Promise<Uint8Array[]> {
	const table = await parquetToArrow(file);
	if (options.empty) return [tableToIPC(table.slice(0, 0), 'stream')];
	return tableToIPCParts(table);
}
