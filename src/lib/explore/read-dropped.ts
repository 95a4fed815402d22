// One dropped file → a source of positional columns in DuckDB-WASM, ready for the importer's
// shared typing (src/lib/import/type-input.ts). The checks are the importer's: the format from
// the file's ends (detect-format.ts), a CSV scanned whole by the same scanner (scan-csv.ts) and
// then read by DuckDB from the file itself (no copy through JavaScript strings); a Parquet file
// decoded with the site's hyparquet path (parquet-to-arrow.ts), since DuckDB-WASM cannot read
// Parquet without downloading an extension.
import { parquetMetadata } from 'hyparquet';
import { formatFromEnds } from '../import/detect-format';
import { duckdbReason } from '../import/duckdb-error';
import { RefusedFileError } from '../import/errors';
import { CSV_CHUNK_BYTES, CsvScanner } from '../import/scan-csv';
import type { SqlRunner } from '../import/sql-runner';
import { readCsvSource, tableSource, type Source } from '../import/type-input';

/** A file as /explore/ reads it: a browser File, or bytes in a Node test. */
export interface DroppedFile {
	name: string;
	size: number;
	read(start: number, end: number): Promise<Uint8Array>;
}

/** What the analysis needs from its DuckDB-WASM database. */
export interface ExploreDb {
	sql: SqlRunner;
	/** Makes the file readable by DuckDB's read_csv under `name` (browser: registerFileHandle). */
	registerFile(name: string, file: DroppedFile): Promise<void>;
	/** Releases a registered file. */
	dropFile(name: string): Promise<void>;
	/** Creates table `name` from a Parquet file's bytes (decoded to Arrow IPC, src/lib/data/parquet-ipc.ts). */
	insertParquet(name: string, buffer: ArrayBuffer): Promise<void>;
}

/** The database, or its promise while it still boots: the scan runs meanwhile (run.svelte.ts). */
export type DeferredDb = ExploreDb | PromiseLike<ExploreDb>;

export type Stage = 'scan' | 'read' | 'type' | 'check' | 'cubes';

export interface Progress {
	stage: Stage;
	file: string;
	/** Bytes of this file scanned so far, and its size. */
	bytes: number;
	totalBytes: number;
	/** Data rows seen so far in this file. */
	rows: number;
}

export interface Prepared {
	format: 'csv' | 'parquet';
	source: Source;
	src: string;
	/** The name the file was registered under (released after typing), if any. */
	registered?: string;
}

export class Cancelled extends Error {
	constructor() {
		super('cancelled');
		this.name = 'Cancelled';
	}
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new Cancelled();
}

/** The top-level column names as the file stores them (a repeated one is refused, as natively). */
function parquetTopLevelNames(bytes: ArrayBuffer): string[] {
	const schema = parquetMetadata(bytes).schema;
	const names: string[] = [];
	let i = 1;
	const skip = (): void => {
		const children = Number(schema[i++].num_children ?? 0);
		for (let k = 0; k < children; k++) skip();
	};
	while (i < schema.length) {
		names.push(String(schema[i].name));
		skip();
	}
	return names;
}

async function scanCsvFile(file: DroppedFile, onProgress: (p: Progress) => void, signal?: AbortSignal) {
	const scanner = new CsvScanner(file.name);
	for (let offset = 0; offset < file.size; offset += CSV_CHUNK_BYTES) {
		throwIfCancelled(signal);
		scanner.push(await file.read(offset, Math.min(file.size, offset + CSV_CHUNK_BYTES)));
		onProgress({ stage: 'scan', file: file.name, bytes: scanner.bytesSeen, totalBytes: file.size, rows: scanner.rowsSeen });
	}
	return scanner.end();
}

export async function prepareInput(
	deferredDb: DeferredDb,
	file: DroppedFile,
	index: number,
	onProgress: (p: Progress) => void,
	signal?: AbortSignal
): Promise<Prepared> {
	const head = await file.read(0, Math.min(4, file.size));
	const tail = await file.read(Math.max(0, file.size - 4), file.size);
	const format = formatFromEnds(file.name, head, tail);
	const src = `src_${index}`;
	let registered: string | undefined;
	try {
		if (format === 'csv') {
			const shape = await scanCsvFile(file, onProgress, signal);
			throwIfCancelled(signal);
			const db = await deferredDb;
			throwIfCancelled(signal);
			onProgress({ stage: 'read', file: file.name, bytes: file.size, totalBytes: file.size, rows: shape.records });
			registered = `explore_${index}.csv`;
			await db.registerFile(registered, file);
			return { format, source: await readCsvSource(db.sql, registered, file.name, src, shape), src, registered };
		}
		onProgress({ stage: 'read', file: file.name, bytes: 0, totalBytes: file.size, rows: 0 });
		const db = await deferredDb;
		throwIfCancelled(signal);
		const bytes = await file.read(0, file.size);
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		const names = parquetTopLevelNames(buffer);
		// DuckDB's rowid numbers the rows here; a column of that name would hide it.
		if (names.some((n) => n.trim().toLowerCase() === 'rowid'))
			throw new RefusedFileError(file.name, 'rowid', 'a column named rowid cannot be read in the browser: rename it', {
				code: 'rowid_column'
			});
		await db.insertParquet(`${src}_raw`, buffer);
		throwIfCancelled(signal);
		onProgress({ stage: 'read', file: file.name, bytes: file.size, totalBytes: file.size, rows: Number(parquetMetadata(buffer).num_rows) });
		return { format, source: await tableSource(db.sql, file.name, src, names), src };
	} catch (error) {
		// Registered only once the engine was ready, so awaiting it here cannot fail.
		if (registered) await (await deferredDb).dropFile(registered).catch(() => {});
		if (error instanceof RefusedFileError || error instanceof Cancelled) throw error;
		// Any other failure (a corrupt page, a reader limit) refuses the file with the reason.
		const reason = duckdbReason(error);
		throw new RefusedFileError(file.name, null, `cannot be read as ${format.toUpperCase()}: ${reason}`, {
			code: 'unreadable_file',
			params: { format: format.toUpperCase() },
			detail: reason
		});
	}
}
