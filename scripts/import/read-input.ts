// Reads one input file into the working database as a typed table `typed_<n>` with the
// contract's columns, or refuses it (RefusedFileError) naming the file, the column and the
// problem. This file holds the importer's own part (the file system, native read_parquet); the
// column mapping, value checks and typing are shared with /explore/ (src/lib/import/type-input.ts).
// Format is detected from the content (Parquet's PAR1 magic; otherwise text is read as CSV, its
// delimiter taken from the header by scan-csv.ts); the kind from the columns unless given.

import type { DuckDBConnection } from '@duckdb/node-api';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { InputKind } from '../../src/lib/import/columns';
import { duckdbReason } from '../../src/lib/import/duckdb-error';
import { RefusedFileError } from '../../src/lib/import/errors';
import { formatFromEnds } from '../../src/lib/import/detect-format';
import { scanCsv } from './scan-csv-file';
import { ident, literal } from '../../src/lib/import/sql-text';
import { dropSource, readCsvSource, refuseDuplicates, tableSource, typeInput, type Source } from '../../src/lib/import/type-input';
import { nativeRunner } from './native-runner';
import type { SqlRunner } from '../../src/lib/import/sql-runner';
import { INDEX_KIND, isIndexHeader, typeIndexSource } from './published-indices';

/** The exports, or a published-index table (published-indices.ts; detected by its index_code column). */
export type AnyInputKind = InputKind | typeof INDEX_KIND;

export interface InputFile {
	path: string;
	kind?: AnyInputKind;
}

export interface LoadedInput {
	index: number;
	path: string;
	file: string;
	kind: AnyInputKind;
	format: 'csv' | 'parquet';
	fieldNames: 'contract' | 'portal';
	table: string;
	rowsRead: number;
	durationMs: number;
}

function readHeadAndTail(path: string): { head: Buffer; tail: Buffer } {
	const size = statSync(path).size;
	const fd = openSync(path, 'r');
	try {
		const head = Buffer.alloc(Math.min(size, 4));
		readSync(fd, head, 0, head.length, 0);
		const tail = Buffer.alloc(Math.min(size, 4));
		readSync(fd, tail, 0, tail.length, Math.max(0, size - 4));
		return { head, tail };
	} finally {
		closeSync(fd);
	}
}

/** Parquet or CSV by content; the CSV's text is checked as a whole by scanCsv. */
export function detectFormat(path: string): 'csv' | 'parquet' {
	const file = basename(path);
	if (!existsSync(path) || !statSync(path).isFile()) throw new RefusedFileError(file, null, 'file not found');
	const { head, tail } = readHeadAndTail(path);
	return formatFromEnds(file, head, tail);
}

async function readCsv(sql: SqlRunner, path: string, file: string, src: string): Promise<Source> {
	return readCsvSource(sql, path, file, src, scanCsv(path, file));
}

/** The top-level column names as the file stores them (DuckDB's reader renames a repeated one). */
async function parquetColumnNames(connection: DuckDBConnection, path: string): Promise<string[]> {
	const schema = (await connection.runAndReadAll(`SELECT name, num_children FROM parquet_schema(${literal(path)})`)).getRowObjectsJS();
	const names: string[] = [];
	// Depth-first list: the root, then each column followed by its nested fields.
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

async function readParquet(connection: DuckDBConnection, sql: SqlRunner, path: string, file: string, src: string): Promise<Source> {
	const fileNames = await parquetColumnNames(connection, path);
	refuseDuplicates(file, fileNames, 'file');
	const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${literal(path)})`)).getRowObjectsJS();
	const names = described.map((r) => String(r.column_name));
	const types = described.map((r) => String(r.column_type));
	const positional = names.map((n, i) => `${ident(n)} AS c${i}`).join(', ');
	const lower = names.map((n) => n.toLowerCase());
	if (!lower.includes('file_row_number')) {
		// Read in place; file_row_number gives the row.
		await connection.run(
			`CREATE VIEW ${src} AS SELECT file_row_number + 1 AS __row, ${positional} FROM read_parquet(${literal(path)}, file_row_number = true)`
		);
		return { names, types, rows: -1, drop: [src], scanned: false };
	}
	// The file has its own file_row_number: load it (in file order) and use the table's rowid.
	if (lower.includes('rowid'))
		throw new RefusedFileError(file, null, 'has columns named both file_row_number and rowid: rename one of them');
	await connection.run(`CREATE TABLE ${src}_raw AS SELECT * FROM read_parquet(${literal(path)})`);
	return tableSource(sql, file, src, fileNames);
}

export async function loadInput(connection: DuckDBConnection, input: InputFile, index: number): Promise<LoadedInput> {
	const started = performance.now();
	const file = basename(input.path);
	const format = detectFormat(input.path);
	const src = `src_${index}`;
	const sql = nativeRunner(connection);
	try {
		const source = format === 'csv' ? await readCsv(sql, input.path, file, src) : await readParquet(connection, sql, input.path, file, src);
		const isIndex = isIndexHeader(source.names);
		if (input.kind === INDEX_KIND && !isIndex)
			throw new RefusedFileError(
				file,
				null,
				`not a published-index table: no column index_code (the file has: ${source.names.join(', ')})`
			);
		const loaded = isIndex
			? {
					kind: INDEX_KIND as AnyInputKind,
					fieldNames: 'contract' as const,
					table: `typed_${index}`,
					rowsRead: await typeIndexSource(connection, file, source, src, `typed_${index}`, index)
				}
			: await typeInput(sql, file, source, src, input.kind as InputKind | undefined, index);
		await dropSource(sql, source, src);
		return { ...loaded, index, path: input.path, file, format, durationMs: Math.round(performance.now() - started) };
	} catch (error) {
		if (error instanceof RefusedFileError) throw error;
		// Any other failure (a corrupt Parquet page, a reader limit) is a refusal with DuckDB's reason.
		const reason = duckdbReason(error);
		throw new RefusedFileError(file, null, `cannot be read as ${format.toUpperCase()}: ${reason}`, {
			code: 'unreadable_file',
			params: { format: format.toUpperCase() },
			detail: reason
		});
	}
}
