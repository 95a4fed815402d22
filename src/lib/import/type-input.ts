// The shared middle of reading one input: a source of positional columns (c0…cN and `__row`)
// is mapped to the contract's columns (contract or portal names), its values checked, and the
// typed table `typed_<n>` written. The importer (scripts/import/read-input.ts, native DuckDB)
// and /explore/ (src/lib/explore/, DuckDB-WASM) run this same SQL; only how the file's bytes
// reach DuckDB differs (a path on disk, a registered browser File, decoded Parquet).

import { columnsFor, ID_COLUMN, type ColumnSpec, type InputKind } from './columns';
import { castExpression, castPresence, PARSE_LABEL, usesDictionary } from './cast';
import { RefusedFileError } from './errors';
import { MAX_RECORD_BYTES, type CsvShape } from './scan-csv';
import { PORTAL_FIELD_NAMES } from './portal-fields';
import type { SqlRunner } from './sql-runner';
import { ident, literal } from './sql-text';

/** What typeInput gives back about one input. */
export interface TypedInput {
	kind: InputKind;
	fieldNames: 'contract' | 'portal';
	table: string;
	rowsRead: number;
}

/** Refuses a header naming one column twice (DuckDB would rename the second and lose it). */
export function refuseDuplicates(file: string, names: string[], where = 'header'): void {
	const seen = new Map<string, number>();
	names.forEach((name, i) => {
		const key = name.trim().toLowerCase();
		if (key === '') return; // unnamed columns (a trailing delimiter) are ignored
		const first = seen.get(key);
		if (first !== undefined)
			throw new RefusedFileError(
				file,
				name.trim(),
				`the ${where} names it twice (columns ${first + 1} and ${i + 1}): which one is meant?`,
				{
					code: where === 'file' ? 'duplicate_in_file' : 'duplicate_in_header',
					params: { first: first + 1, second: i + 1 }
				}
			);
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
					: 'has both dossier_id and response_id: give its kind',
				{ code: found.length === 0 ? 'no_id_column' : 'both_id_columns' }
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
			throw new RefusedFileError(file, column, `both "${sourceColumns[previous].trim()}" and "${source.trim()}" map to it`, {
				code: 'column_conflict',
				params: { a: sourceColumns[previous].trim(), b: source.trim() }
			});
		mapping.set(column, i);
		if (source.trim().toLowerCase() !== column) portal = true;
	});
	for (const c of columnsFor(kind)) {
		if (c.required && !mapping.has(c.name)) {
			const aliases = PORTAL_FIELD_NAMES[kind][c.name] ?? [];
			throw new RefusedFileError(file, c.name, `missing required column${aliases.length ? ` (portal name ${aliases.join(' or ')})` : ''}`, {
				code: aliases.length ? 'missing_column_portal' : 'missing_column',
				params: { aliases }
			});
		}
	}
	return { kind, mapping, portal };
}

/**
 * The file as a view `src` of positional columns c0…cN and `__row`, its 1-based data row: the
 * file's own names never reach SQL, so a column called rowid, file_row_number or anything else
 * cannot collide with the importer's, and a repeated name is seen before DuckDB renames it.
 */
export interface Source {
	names: string[];
	types: string[];
	rows: number;
	drop: string[];
	/** The file's bytes were checked whole by scan-csv.ts (UTF-8, no NUL). */
	scanned: boolean;
}

/**
 * A scanned CSV (`shape` from scan-csv.ts) read by DuckDB from `location`: a path for native
 * DuckDB, a registered file name for DuckDB-WASM.
 */
export async function readCsvSource(sql: SqlRunner, location: string, file: string, src: string, shape: CsvShape): Promise<Source> {
	const columns = Array.from({ length: shape.fields }, (_, i) => `${literal(`c${i}`)}: 'VARCHAR'`).join(', ');
	// The scan checked the structure, so nothing is left to guess: no sniffing, header read as row 0.
	await sql.run(
		`CREATE TABLE ${src}_raw AS SELECT * FROM read_csv(${literal(location)}, auto_detect = false, header = false, skip = 0,
		 delim = ${literal(shape.delimiter)}, quote = '"', escape = '"', strict_mode = true, max_line_size = ${2 * MAX_RECORD_BYTES},
		 nullstr = ['', 'NULL'], columns = {${columns}})`
	);
	const [header] = await sql.rows(`SELECT * FROM ${src}_raw WHERE rowid = 0`);
	const values = Object.values(header);
	const positional = values.map((_, i) => `c${i}`).join(', ');
	await sql.run(`CREATE VIEW ${src} AS SELECT rowid AS __row, ${positional} FROM ${src}_raw WHERE rowid > 0`);
	const rows = Number((await sql.rows(`SELECT count(*) AS n FROM ${src}`))[0].n);
	if (rows !== shape.records)
		throw new RefusedFileError(file, null, `${shape.records} rows found but ${rows} read: the rows cannot be told apart reliably`, {
			code: 'rows_found_read',
			params: { found: shape.records, read: rows }
		});
	const names = values.map((v) => (v === null ? '' : String(v)));
	refuseDuplicates(file, names);
	return { names, types: names.map(() => 'VARCHAR'), rows, drop: [src, `${src}_raw`], scanned: true };
}

/**
 * A table `${src}_raw` already holding the file's rows in file order (a Parquet file loaded
 * whole): the view numbers them by rowid. `names` are the file's own top-level names.
 */
export async function tableSource(sql: SqlRunner, file: string, src: string, names: string[]): Promise<Source> {
	refuseDuplicates(file, names, 'file');
	const described = await sql.rows(`DESCRIBE SELECT * FROM ${src}_raw`);
	const columnNames = described.map((r) => String(r.column_name));
	const types = described.map((r) => String(r.column_type));
	const positional = columnNames.map((n, i) => `${ident(n)} AS c${i}`).join(', ');
	await sql.run(`CREATE VIEW ${src} AS SELECT rowid + 1 AS __row, ${positional} FROM ${src}_raw`);
	return { names: columnNames, types, rows: -1, drop: [src, `${src}_raw`], scanned: false };
}

/** A known date/time format the contract leaves out, that a refused value looks like ('' if none). */
function timestampShape(value: string): '' | 'two_digit_year' | 'month_first' {
	if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(\D|$)/.test(value)) return 'two_digit_year';
	if (/^\d{1,2}\/(1[3-9]|[23]\d)\/\d{4}/.test(value)) return 'month_first';
	return '';
}

const TIMESTAMP_HINT = {
	'': '',
	two_digit_year: '; a two-digit year (dd/MM/yy) is ambiguous: export the year with four digits (dd/MM/yyyy)',
	month_first: '; this looks like MM/dd/yyyy, but dates must be dd/MM/yyyy'
};

function timestampHint(value: string): string {
	return TIMESTAMP_HINT[timestampShape(value)];
}

/** Checks the values and writes the typed table `typed_<index>` with the contract's columns. */
export async function typeInput(
	sql: SqlRunner,
	file: string,
	source: Source,
	src: string,
	givenKind: InputKind | undefined,
	index: number
): Promise<TypedInput> {
	const { kind, mapping, portal } = mapColumns(file, source.names, givenKind);
	const specs = columnsFor(kind);
	const label = (spec: ColumnSpec, i: number) => {
		const name = source.names[i].trim();
		return name.toLowerCase() === spec.name ? spec.name : `${spec.name} (${name})`;
	};

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

	// Refuse when a present value cannot be read as its column's type, or (Parquet: a CSV was
	// scanned whole) text holds a NUL character, which would be stored inside the value. The
	// typed table carries a flag per check, so each value is cast once: a failure is a present
	// value whose typed value is NULL (castPresence). The flags are dropped once checked.
	const checks: { spec: ColumnSpec; i: number; flag: string; failure: string; nul?: true }[] = [];
	for (const spec of specs) {
		const i = mapping.get(spec.name);
		if (i === undefined) continue;
		const present = castPresence(spec, `s.c${i}`, source.types[i]);
		const flag = `_check_${checks.length}`;
		if (present) checks.push({ spec, i, flag: `${present} AS ${flag}`, failure: `(${flag} AND ${ident(spec.name)} IS NULL)` });
		if (source.scanned === false && source.types[i] === 'VARCHAR' && spec.sqlType === 'VARCHAR') {
			const nulFlag = `_check_${checks.length}`;
			checks.push({ spec, i, flag: `contains(s.c${i}, chr(0)) AS ${nulFlag}`, failure: nulFlag, nul: true });
		}
	}
	const flags = checks.map((c) => `, ${c.flag}`).join('');
	await sql.run(`CREATE TABLE ${table} AS SELECT ${index} AS _input, s.__row AS _row, ${select}${flags} FROM ${src} s ${joins.join('\n')}`);
	try {
		if (checks.length > 0) {
			const counts = checks
				.map(({ failure }, k) => `count_if(${failure}) AS n${k}, min(_row) FILTER (WHERE ${failure}) AS r${k}`)
				.join(', ');
			const row = (await sql.rows(`SELECT ${counts} FROM ${table}`))[0];
			for (const [k, { spec, i, nul }] of checks.entries()) {
				const n = Number(row[`n${k}`]);
				if (n === 0) continue;
				const at = Number(row[`r${k}`]);
				if (nul) {
					const s = n > 1 ? 's' : '';
					throw new RefusedFileError(
						file,
						label(spec, i),
						`${n} value${s} ${n > 1 ? 'hold' : 'holds'} a NUL character (binary content), e.g. in data row ${at}`,
						{ code: 'nul_value', params: { count: n, row: at } }
					);
				}
				// The first unreadable value as the file has it (__row is unique: one row).
				const [first] = await sql.rows(`SELECT CAST(c${i} AS VARCHAR) AS v FROM ${src} WHERE __row = ${at}`);
				const value = String(first.v);
				const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
				throw new RefusedFileError(
					file,
					label(spec, i),
					`${n} value${n > 1 ? 's' : ''} cannot be read as ${PARSE_LABEL[spec.parse]}, e.g. "${shown}" in data row ${at}` +
						(spec.parse === 'timestamp' ? timestampHint(value) : ''),
					{
						code: 'unreadable_value',
						params: { count: n, parse: spec.parse, value: shown, row: at, hint: spec.parse === 'timestamp' ? timestampShape(value) : '' }
					}
				);
			}
			for (const k of checks.keys()) await sql.run(`ALTER TABLE ${table} DROP COLUMN _check_${k}`);
		}
		const rowsRead = Number((await sql.rows(`SELECT count(*) AS n FROM ${table}`))[0].n);
		if (source.rows >= 0 && rowsRead !== source.rows)
			throw new RefusedFileError(file, null, `${source.rows} rows read but ${rowsRead} typed: a value matched no single dictionary entry`, {
				code: 'rows_read_typed',
				params: { read: source.rows, typed: rowsRead }
			});
		return { kind, fieldNames: portal ? 'portal' : 'contract', table, rowsRead };
	} catch (error) {
		await sql.run(`DROP TABLE IF EXISTS ${table}`).catch(() => {});
		throw error;
	}
}

/** Drops a source's views and tables once its typed table is written. */
export async function dropSource(sql: SqlRunner, source: Source, src: string): Promise<void> {
	for (const name of source.drop) await sql.run(`DROP ${name === src ? 'VIEW' : 'TABLE'} ${name}`);
}
