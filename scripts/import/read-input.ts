// Reads one input file into the working database as a typed table `typed_<n>` with the
// contract's columns, or refuses it (RefusedFileError) naming the file, the column and the
// problem. Format is detected from the content (Parquet's PAR1 magic; otherwise text is read as
// CSV, its delimiter taken from the header by scan-csv.ts); the kind from the columns unless given.

import type { DuckDBConnection } from '@duckdb/node-api';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { columnsFor, ID_COLUMN, type ColumnSpec, type InputKind } from './columns';
import { castExpression, castFailure, PARSE_LABEL, usesDictionary } from './cast';
import { duckdbReason } from './duckdb-error';
import { RefusedFileError } from './errors';
import { MAX_RECORD_BYTES, scanCsv } from './scan-csv';
import { PORTAL_FIELD_NAMES } from './portal-fields';
import { ident, literal } from './sql-text';
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
	if (head.toString('latin1') === 'PAR1') {
		if (tail.toString('latin1') !== 'PAR1') throw new RefusedFileError(file, null, 'truncated Parquet file (no footer)');
		return 'parquet';
	}
	if (head.length === 0) throw new RefusedFileError(file, null, 'the file is empty');
	if (['.parquet', '.pq'].includes(extname(path).toLowerCase()))
		throw new RefusedFileError(file, null, 'named .parquet but is not a Parquet file');
	return 'csv';
}

/** Refuses a header naming one column twice (DuckDB would rename the second and lose it). */
function refuseDuplicates(file: string, names: string[], where = 'header'): void {
	const seen = new Map<string, number>();
	names.forEach((name, i) => {
		const key = name.trim().toLowerCase();
		if (key === '') return; // unnamed columns (a trailing delimiter) are ignored
		const first = seen.get(key);
		if (first !== undefined)
			throw new RefusedFileError(file, name.trim(), `the ${where} names it twice (columns ${first + 1} and ${i + 1}): which one is meant?`);
		seen.set(key, i);
	});
}

/** Contract column → the index of the source column it is read from, and whether any portal name was used. */
function mapColumns(
	file: string,
	sourceColumns: string[],
	givenKind: InputKind | undefined
): { kind: InputKind; mapping: Map<string, number>; portal: boolean } {
	const namesFor = (kind: InputKind) => {
		const names = new Map<string, string>(); // lower-case input name → contract column
		for (const c of columnsFor(kind)) names.set(c.name.toLowerCase(), c.name);
		for (const [column, aliases] of Object.entries(PORTAL_FIELD_NAMES[kind])) for (const a of aliases) names.set(a.toLowerCase(), column);
		return names;
	};
	let kind = givenKind;
	if (!kind) {
		const found = (['dossiers', 'survey_responses'] as const).filter((k) =>
			sourceColumns.some((s) => namesFor(k).get(s.trim().toLowerCase()) === ID_COLUMN[k])
		);
		if (found.length !== 1)
			throw new RefusedFileError(
				file,
				null,
				found.length === 0
					? 'not a dossier or survey export: no column dossier_id (MaHoSo) or response_id'
					: 'has both dossier_id and response_id: give its kind'
			);
		kind = found[0];
	}
	const names = namesFor(kind);
	const mapping = new Map<string, number>();
	let portal = false;
	sourceColumns.forEach((source, i) => {
		const column = names.get(source.trim().toLowerCase());
		if (!column) return; // extra columns are ignored
		const previous = mapping.get(column);
		if (previous !== undefined)
			throw new RefusedFileError(file, column, `both "${sourceColumns[previous].trim()}" and "${source.trim()}" map to it`);
		mapping.set(column, i);
		if (source.trim().toLowerCase() !== column) portal = true;
	});
	for (const c of columnsFor(kind)) {
		if (c.required && !mapping.has(c.name)) {
			const aliases = PORTAL_FIELD_NAMES[kind][c.name] ?? [];
			throw new RefusedFileError(file, c.name, `missing required column${aliases.length ? ` (portal name ${aliases.join(' or ')})` : ''}`);
		}
	}
	return { kind, mapping, portal };
}

/**
 * The file as a view `src` of positional columns c0…cN and `__row`, its 1-based data row: the
 * file's own names never reach SQL, so a column called rowid, file_row_number or anything else
 * cannot collide with the importer's, and a repeated name is seen before DuckDB renames it.
 */
interface Source {
	names: string[];
	types: string[];
	rows: number;
	drop: string[];
	/** The file's bytes were checked whole by scan-csv.ts (UTF-8, no NUL). */
	scanned: boolean;
}

async function readCsv(connection: DuckDBConnection, path: string, file: string, src: string): Promise<Source> {
	const shape = scanCsv(path, file);
	const columns = Array.from({ length: shape.fields }, (_, i) => `${literal(`c${i}`)}: 'VARCHAR'`).join(', ');
	// The scan checked the structure, so nothing is left to guess: no sniffing, header read as row 0.
	await connection.run(
		`CREATE TABLE ${src}_raw AS SELECT * FROM read_csv(${literal(path)}, auto_detect = false, header = false, skip = 0,
		 delim = ${literal(shape.delimiter)}, quote = '"', escape = '"', strict_mode = true, max_line_size = ${2 * MAX_RECORD_BYTES},
		 nullstr = ['', 'NULL'], columns = {${columns}})`
	);
	const [header] = (await connection.runAndReadAll(`SELECT * FROM ${src}_raw WHERE rowid = 0`)).getRows();
	const positional = header.map((_, i) => `c${i}`).join(', ');
	await connection.run(`CREATE VIEW ${src} AS SELECT rowid AS __row, ${positional} FROM ${src}_raw WHERE rowid > 0`);
	const rows = Number((await connection.runAndReadAll(`SELECT count(*) FROM ${src}`)).getRows()[0][0]);
	if (rows !== shape.records)
		throw new RefusedFileError(file, null, `${shape.records} rows found but ${rows} read: the rows cannot be told apart reliably`);
	return {
		names: header.map((v) => (v === null ? '' : String(v))),
		types: header.map(() => 'VARCHAR'),
		rows,
		drop: [src, `${src}_raw`],
		scanned: true
	};
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

async function readParquet(connection: DuckDBConnection, path: string, file: string, src: string): Promise<Source> {
	refuseDuplicates(file, await parquetColumnNames(connection, path), 'file');
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
	await connection.run(`CREATE VIEW ${src} AS SELECT rowid + 1 AS __row, ${positional} FROM ${src}_raw`);
	return { names, types, rows: -1, drop: [src, `${src}_raw`], scanned: false };
}

/** What a refused date/time looks like, when it is a known format the contract leaves out. */
function timestampHint(value: string): string {
	if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(\D|$)/.test(value))
		return '; a two-digit year (dd/MM/yy) is ambiguous: export the year with four digits (dd/MM/yyyy)';
	if (/^\d{1,2}\/(1[3-9]|[23]\d)\/\d{4}/.test(value)) return '; this looks like MM/dd/yyyy, but dates must be dd/MM/yyyy';
	return '';
}

export async function loadInput(connection: DuckDBConnection, input: InputFile, index: number): Promise<LoadedInput> {
	const started = performance.now();
	const file = basename(input.path);
	const format = detectFormat(input.path);
	const src = `src_${index}`;
	try {
		const source =
			format === 'csv' ? await readCsv(connection, input.path, file, src) : await readParquet(connection, input.path, file, src);
		if (format === 'csv') refuseDuplicates(file, source.names);
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
			: await typeInput(connection, file, source, src, input.kind as InputKind | undefined, index);
		for (const name of source.drop) await connection.run(`DROP ${name === src ? 'VIEW' : 'TABLE'} ${name}`);
		return { ...loaded, index, path: input.path, file, format, durationMs: Math.round(performance.now() - started) };
	} catch (error) {
		if (error instanceof RefusedFileError) throw error;
		// Any other failure (a corrupt Parquet page, a reader limit) is a refusal with DuckDB's reason.
		throw new RefusedFileError(file, null, `cannot be read as ${format.toUpperCase()}: ${duckdbReason(error)}`);
	}
}

/** Checks the values and writes the typed table `typed_<index>` with the contract's columns. */
async function typeInput(
	connection: DuckDBConnection,
	file: string,
	source: Source,
	src: string,
	givenKind: InputKind | undefined,
	index: number
): Promise<Pick<LoadedInput, 'kind' | 'fieldNames' | 'table' | 'rowsRead'>> {
	const { kind, mapping, portal } = mapColumns(file, source.names, givenKind);
	const specs = columnsFor(kind);
	const label = (spec: ColumnSpec, i: number) => {
		const name = source.names[i].trim();
		return name.toLowerCase() === spec.name ? spec.name : `${spec.name} (${name})`;
	};

	// Refuse when a present value cannot be read as its column's type, or (Parquet: a CSV was
	// scanned whole) text holds a NUL character, which would be stored inside the value.
	const checks: { spec: ColumnSpec; i: number; failure: string; nul?: true }[] = [];
	for (const spec of specs) {
		const i = mapping.get(spec.name);
		if (i === undefined) continue;
		const failure = castFailure(spec, `c${i}`, source.types[i]);
		if (failure) checks.push({ spec, i, failure });
		if (source.scanned === false && source.types[i] === 'VARCHAR' && spec.sqlType === 'VARCHAR')
			checks.push({ spec, i, failure: `contains(c${i}, chr(0))`, nul: true });
	}
	if (checks.length > 0) {
		const select = checks
			.map(
				({ i, failure }, k) =>
					`count_if(${failure}) AS n${k}, min(__row) FILTER (WHERE ${failure}) AS r${k}, ` +
					`arg_min(CAST(c${i} AS VARCHAR), __row) FILTER (WHERE ${failure}) AS v${k}`
			)
			.join(', ');
		const row = (await connection.runAndReadAll(`SELECT ${select} FROM ${src}`)).getRowObjectsJS()[0];
		checks.forEach(({ spec, i, nul }, k) => {
			const n = Number(row[`n${k}`]);
			if (n > 0 && nul) {
				const s = n > 1 ? 's' : '';
				throw new RefusedFileError(
					file,
					label(spec, i),
					`${n} value${s} ${n > 1 ? 'hold' : 'holds'} a NUL character (binary content), e.g. in data row ${Number(row[`r${k}`])}`
				);
			}
			if (n > 0) {
				const value = String(row[`v${k}`]);
				const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
				throw new RefusedFileError(
					file,
					label(spec, i),
					`${n} value${n > 1 ? 's' : ''} cannot be read as ${PARSE_LABEL[spec.parse]}, e.g. "${shown}" in data row ${Number(row[`r${k}`])}` +
						(spec.parse === 'timestamp' ? timestampHint(value) : '')
				);
			}
		});
	}

	const table = `typed_${index}`;
	const joins: string[] = [];
	const select = specs
		.map((spec) => {
			const i = mapping.get(spec.name);
			const type = spec.parse === 'rating' ? 'DOUBLE' : spec.sqlType;
			if (i === undefined) return `CAST(NULL AS ${type}) AS ${ident(spec.name)}`;
			const sourceType = source.types[i];
			if (usesDictionary(spec)) {
				const alias = `m${joins.length}`;
				const asText = sourceType === 'VARCHAR' ? `s.c${i}` : `CAST(s.c${i} AS VARCHAR)`;
				joins.push(
					`LEFT JOIN (SELECT v, ${castExpression(spec, 'v', 'VARCHAR')} AS m FROM (SELECT DISTINCT ${asText} AS v FROM ${src} s))
					 ${alias} ON ${alias}.v = ${asText}`
				);
				return `CAST(${alias}.m AS ${type}) AS ${ident(spec.name)}`;
			}
			return `CAST(${castExpression(spec, `s.c${i}`, sourceType)} AS ${type}) AS ${ident(spec.name)}`;
		})
		.join(',\n\t');
	await connection.run(`CREATE TABLE ${table} AS SELECT ${index} AS _input, s.__row AS _row, ${select} FROM ${src} s ${joins.join('\n')}`);
	const rowsRead = Number((await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0][0]);
	if (source.rows >= 0 && rowsRead !== source.rows)
		throw new RefusedFileError(file, null, `${source.rows} rows read but ${rowsRead} typed: a value matched no single dictionary entry`);
	return { kind, fieldNames: portal ? 'portal' : 'contract', table, rowsRead };
}
