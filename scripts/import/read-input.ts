// Reads one input file into the working database as a typed table `typed_<n>` with the
// contract's columns, or refuses it (RefusedFileError) naming the file, the column and the
// problem. Format is detected from the content (Parquet's PAR1 magic; otherwise text is read as
// CSV with DuckDB's dialect sniffer); the kind from the columns unless given.

import type { DuckDBConnection } from '@duckdb/node-api';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { columnsFor, ID_COLUMN, type ColumnSpec, type InputKind } from './columns';
import { castExpression, castFailure, PARSE_LABEL, usesDictionary } from './cast';
import { RefusedFileError } from './errors';
import { PORTAL_FIELD_NAMES } from './portal-fields';
import { ident, literal } from './sql-text';

export interface InputFile {
	path: string;
	kind?: InputKind;
}

export interface LoadedInput {
	index: number;
	path: string;
	file: string;
	kind: InputKind;
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
		const head = Buffer.alloc(Math.min(size, 65536));
		readSync(fd, head, 0, head.length, 0);
		const tail = Buffer.alloc(Math.min(size, 4));
		readSync(fd, tail, 0, tail.length, Math.max(0, size - 4));
		return { head, tail };
	} finally {
		closeSync(fd);
	}
}

export function detectFormat(path: string): 'csv' | 'parquet' {
	const file = basename(path);
	if (!existsSync(path) || !statSync(path).isFile()) throw new RefusedFileError(file, null, 'file not found');
	const { head, tail } = readHeadAndTail(path);
	if (head.subarray(0, 4).toString('latin1') === 'PAR1') {
		if (tail.toString('latin1') !== 'PAR1') throw new RefusedFileError(file, null, 'truncated Parquet file (no footer)');
		return 'parquet';
	}
	if (head.length === 0) throw new RefusedFileError(file, null, 'the file is empty');
	if (head.includes(0)) throw new RefusedFileError(file, null, 'not a CSV or Parquet file (binary content)');
	if (['.parquet', '.pq'].includes(extname(path).toLowerCase()))
		throw new RefusedFileError(file, null, 'named .parquet but is not a Parquet file');
	if (head.toString('utf8').includes('\uFFFD')) throw new RefusedFileError(file, null, 'not UTF-8 text (save the CSV as UTF-8)');
	return 'csv';
}

/** Contract column → the source column it is read from, and whether any portal name was used. */
function mapColumns(
	file: string,
	sourceColumns: string[],
	givenKind: InputKind | undefined
): { kind: InputKind; mapping: Map<string, string>; portal: boolean } {
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
	const mapping = new Map<string, string>();
	let portal = false;
	for (const source of sourceColumns) {
		const column = names.get(source.trim().toLowerCase());
		if (!column) continue; // extra columns are ignored
		const previous = mapping.get(column);
		if (previous !== undefined) throw new RefusedFileError(file, column, `both "${previous}" and "${source}" map to it`);
		mapping.set(column, source);
		if (source.trim().toLowerCase() !== column) portal = true;
	}
	for (const c of columnsFor(kind)) {
		if (c.required && !mapping.has(c.name)) {
			const aliases = PORTAL_FIELD_NAMES[kind][c.name] ?? [];
			throw new RefusedFileError(file, c.name, `missing required column${aliases.length ? ` (portal name ${aliases.join(' or ')})` : ''}`);
		}
	}
	return { kind, mapping, portal };
}

function errorText(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

export async function loadInput(connection: DuckDBConnection, input: InputFile, index: number): Promise<LoadedInput> {
	const started = performance.now();
	const file = basename(input.path);
	const format = detectFormat(input.path);
	const src = `src_${index}`;
	// Parquet is read in place (file_row_number gives the row); CSV is loaded once, rowid in file order.
	const sql =
		format === 'parquet'
			? `CREATE VIEW ${src} AS SELECT * FROM read_parquet(${literal(input.path)}, file_row_number = true)`
			: `CREATE TABLE ${src} AS SELECT * FROM read_csv(${literal(input.path)}, all_varchar = true, header = true, sample_size = 20480, nullstr = ['', 'NULL'])`;
	const rowNumber = format === 'parquet' ? 'file_row_number' : 'rowid';
	try {
		await connection.run(sql);
	} catch (error) {
		throw new RefusedFileError(file, null, `cannot be read as ${format.toUpperCase()}: ${errorText(error)}`);
	}
	const described = (await connection.runAndReadAll(`DESCRIBE ${src}`)).getRowObjectsJS();
	const sourceTypes = new Map(described.map((r) => [String(r.column_name), String(r.column_type)]));
	if (format === 'parquet') sourceTypes.delete('file_row_number');
	const { kind, mapping, portal } = mapColumns(file, [...sourceTypes.keys()], input.kind);
	const specs = columnsFor(kind);

	// Refuse when a present value cannot be read as its column's type.
	const checks: { spec: ColumnSpec; source: string; failure: string }[] = [];
	for (const spec of specs) {
		const source = mapping.get(spec.name);
		if (source === undefined) continue;
		const failure = castFailure(spec, ident(source), sourceTypes.get(source) ?? 'VARCHAR');
		if (failure) checks.push({ spec, source, failure });
	}
	if (checks.length > 0) {
		const select = checks
			.map(
				({ source, failure }, i) =>
					`count_if(${failure}) AS n${i}, min(${rowNumber}) FILTER (WHERE ${failure}) AS r${i}, ` +
					`arg_min(CAST(${ident(source)} AS VARCHAR), ${rowNumber}) FILTER (WHERE ${failure}) AS v${i}`
			)
			.join(', ');
		const row = (await connection.runAndReadAll(`SELECT ${select} FROM ${src}`)).getRowObjectsJS()[0];
		checks.forEach(({ spec, source }, i) => {
			const n = Number(row[`n${i}`]);
			if (n > 0) {
				throw new RefusedFileError(
					file,
					source === spec.name ? spec.name : `${spec.name} (${source})`,
					`${n} value${n > 1 ? 's' : ''} cannot be read as ${PARSE_LABEL[spec.parse]}, e.g. "${String(row[`v${i}`])}" in data row ${Number(row[`r${i}`]) + 1}`
				);
			}
		});
	}

	const table = `typed_${index}`;
	const joins: string[] = [];
	const select = specs
		.map((spec) => {
			const source = mapping.get(spec.name);
			const type = spec.parse === 'rating' ? 'DOUBLE' : spec.sqlType;
			if (source === undefined) return `CAST(NULL AS ${type}) AS ${ident(spec.name)}`;
			const sourceType = sourceTypes.get(source) ?? 'VARCHAR';
			if (usesDictionary(spec)) {
				const alias = `m${joins.length}`;
				const asText = sourceType === 'VARCHAR' ? `s.${ident(source)}` : `CAST(s.${ident(source)} AS VARCHAR)`;
				joins.push(
					`LEFT JOIN (SELECT v, ${castExpression(spec, 'v', 'VARCHAR')} AS m FROM (SELECT DISTINCT ${asText} AS v FROM ${src} s))
					 ${alias} ON ${alias}.v = ${asText}`
				);
				return `CAST(${alias}.m AS ${type}) AS ${ident(spec.name)}`;
			}
			return `CAST(${castExpression(spec, `s.${ident(source)}`, sourceType)} AS ${type}) AS ${ident(spec.name)}`;
		})
		.join(',\n\t');
	await connection.run(
		`CREATE TABLE ${table} AS SELECT ${index} AS _input, s.${rowNumber} + 1 AS _row, ${select} FROM ${src} s ${joins.join('\n')}`
	);
	await connection.run(`DROP ${format === 'parquet' ? 'VIEW' : 'TABLE'} ${src}`);
	const rowsRead = Number((await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0][0]);
	return {
		index,
		path: input.path,
		file,
		kind,
		format,
		fieldNames: portal ? 'portal' : 'contract',
		table,
		rowsRead,
		durationMs: Math.round(performance.now() - started)
	};
}
