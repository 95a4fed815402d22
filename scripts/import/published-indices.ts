// Published province indices (PAR INDEX, SIPAS, PAPI, PCI …): the long table `published_indices`
// of docs/DATA-CONTRACT.md. A file is an index table when its header has `index_code`; it is read
// by read-input.ts like any export (same CSV scan, same Parquet reader, same refusals) and typed
// here with cast.ts. Each row is then checked by the rules below, in order, and the first one
// broken is its reason; a duplicate key is looked for among the rows that break no other rule,
// so the first *usable* row of a key is kept.

import type { DuckDBConnection } from '@duckdb/node-api';
import { FIRST_34_UNIT_YEAR } from '../../src/lib/metrics/indices-common';
import { castExpression, castFailure, PARSE_LABEL } from '../../src/lib/import/cast';
import type { ColumnSpec } from '../../src/lib/import/columns';
import { RefusedFileError } from '../../src/lib/import/errors';
import { reasonCase, type Rule } from '../../src/lib/import/rules';
import { ident, literal } from '../../src/lib/import/sql-text';

export const INDEX_KIND = 'published_indices';
export const INDEX_TABLE = 'published_indices';
/** Where the table is written in the data folder (DATA-LAYOUT.md). */
export const INDEX_PATH = 'indices/published_indices.parquet';
/** The excluded rows of index inputs, apart from the exports' so an index-only update can replace them. */
export const INDEX_EXCLUDED_FOLDER = 'excluded/indices';

/** The contract's columns; `score` is read leniently: a non-number excludes the row, never refuses the file. */
export const INDEX_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'index_code', sqlType: 'VARCHAR', parse: 'text', required: true },
	{ name: 'year', sqlType: 'SMALLINT', parse: 'integer', required: true },
	{ name: 'province_code', sqlType: 'VARCHAR', parse: 'code', required: true },
	{ name: 'component', sqlType: 'VARCHAR', parse: 'text', required: false, nfc: true },
	{ name: 'parent_component', sqlType: 'VARCHAR', parse: 'text', required: false, nfc: true },
	{ name: 'component_name_vi', sqlType: 'VARCHAR', parse: 'text', required: false, nfc: true },
	{ name: 'component_name_en', sqlType: 'VARCHAR', parse: 'text', required: false, nfc: true },
	{ name: 'score', sqlType: 'DOUBLE', parse: 'double', required: true },
	{ name: 'scale_min', sqlType: 'DOUBLE', parse: 'double', required: false },
	{ name: 'scale_max', sqlType: 'DOUBLE', parse: 'double', required: false },
	{ name: 'rank', sqlType: 'SMALLINT', parse: 'integer', required: false },
	{ name: 'source', sqlType: 'VARCHAR', parse: 'text', required: false, nfc: true }
];

const INDEX_CODE = /^[A-Z0-9_]+$/;
const LENIENT = new Set(['score']);

/** Whether a header (the file's own names) is a published-index table. */
export function isIndexHeader(names: readonly string[]): boolean {
	return names.some((n) => n.trim().toLowerCase() === 'index_code');
}

/**
 * The rules in the order they are applied. Helper columns: `_in_63`, `_in_34` (the code is in
 * that list), `_after_merger` (year ≥ the merger's year: an index of 2025 is published for the 34
 * units, as the SIPAS rounds are), `_export_date`.
 */
export const INDEX_RULES: readonly Rule[] = [
	{
		code: 'index_year_out_of_range',
		predicate: 'year IS NULL OR year < 2000 OR year > year(_export_date)',
		description: {
			vi: 'Năm của chỉ số trống, trước 2000 hoặc sau năm xuất dữ liệu',
			en: 'Index year missing, before 2000 or after the export year'
		}
	},
	{
		code: 'unknown_province',
		predicate: 'province_code IS NULL OR NOT (_in_63 OR _in_34)',
		description: { vi: 'Mã tỉnh không có trong danh mục', en: 'Province code not in the lists' }
	},
	{
		code: 'index_province_wrong_boundary',
		predicate: '(_after_merger AND NOT _in_34) OR (NOT _after_merger AND NOT _in_63)',
		description: {
			vi: 'Mã tỉnh không thuộc danh mục của năm đó (mã 63 tỉnh từ năm 2025, mã 34 tỉnh trước 2025)',
			en: 'Province code not in that year’s list (a 63-unit code from 2025, a 34-unit code before 2025)'
		}
	},
	{
		code: 'index_score_missing',
		predicate: 'score IS NULL OR NOT isfinite(score)',
		description: { vi: 'Điểm trống hoặc không phải là số', en: 'Score missing or not a number' }
	},
	{
		code: 'index_score_out_of_scale',
		predicate: 'score < scale_min OR score > scale_max',
		description: { vi: 'Điểm nằm ngoài thang điểm của chỉ số', en: 'Score outside the index’s scale' }
	},
	{
		code: 'index_duplicate_key',
		predicate: '_is_repeat',
		description: {
			vi: 'Trùng (chỉ số, năm, tỉnh, thành phần) với một dòng trước đó (giữ dòng đầu tiên)',
			en: 'Repeats the (index, year, province, component) of an earlier row (the first is kept)'
		}
	}
];

/** What read-input.ts hands over: the file as positional columns c0…cN and `__row`. */
export interface IndexSource {
	names: string[];
	types: string[];
	/** A CSV's bytes were checked whole (no NUL); Parquet text is checked here. */
	scanned: boolean;
}

function refuse(file: string, column: string | null, problem: string): never {
	throw new RefusedFileError(file, column, problem);
}

/** Types the source view `src` into `table` with the contract's columns; refuses unreadable values. */
export async function typeIndexSource(
	connection: DuckDBConnection,
	file: string,
	source: IndexSource,
	src: string,
	table: string,
	index: number
): Promise<number> {
	const mapping = new Map<string, number>();
	source.names.forEach((name, i) => {
		const key = name.trim().toLowerCase();
		if (INDEX_COLUMNS.some((c) => c.name === key)) mapping.set(key, i);
	});
	for (const c of INDEX_COLUMNS)
		if (c.required && !mapping.has(c.name))
			refuse(file, c.name, `missing required column of a published-index table (the file has: ${source.names.join(', ')})`);

	type Check = { spec: ColumnSpec; failure: string; i: number; what?: string };
	const checks = INDEX_COLUMNS.flatMap((spec): Check[] => {
		const i = mapping.get(spec.name);
		if (i === undefined || LENIENT.has(spec.name)) return [];
		const failure = castFailure(spec, `c${i}`, source.types[i]);
		const nul = !source.scanned && source.types[i] === 'VARCHAR' ? `contains(c${i}, chr(0))` : null;
		return [...(failure ? [{ spec, failure, i }] : []), ...(nul ? [{ spec, failure: nul, i, what: 'text without a NUL character' }] : [])];
	});
	const codeColumn = `c${mapping.get('index_code')}`;
	const codeText = `nullif(trim(CAST(${codeColumn} AS VARCHAR)), '')`;
	checks.push({
		what: `an index code (${INDEX_CODE.source}, e.g. PAR_INDEX)`,
		spec: INDEX_COLUMNS[0],
		failure: `(${codeText} IS NULL OR NOT regexp_full_match(${codeText}, '[A-Z0-9_]+'))`,
		i: mapping.get('index_code')!
	});
	const select = checks
		.map(
			({ i, failure }, k) =>
				`count_if(${failure}) AS n${k}, min(__row) FILTER (WHERE ${failure}) AS r${k}, ` +
				`arg_min(CAST(c${i} AS VARCHAR), __row) FILTER (WHERE ${failure}) AS v${k}`
		)
		.join(', ');
	const row = (await connection.runAndReadAll(`SELECT ${select} FROM ${src}`)).getRowObjectsJS()[0];
	checks.forEach(({ spec, what: label }, k) => {
		const n = Number(row[`n${k}`]);
		if (n === 0) return;
		const value = row[`v${k}`] === null ? '' : String(row[`v${k}`]).slice(0, 60);
		const what = label ?? PARSE_LABEL[spec.parse];
		refuse(file, spec.name, `${n} value${n > 1 ? 's' : ''} cannot be read as ${what}, e.g. "${value}" in data row ${Number(row[`r${k}`])}`);
	});

	const columns = INDEX_COLUMNS.map((spec) => {
		const i = mapping.get(spec.name);
		if (i === undefined) return `CAST(NULL AS ${spec.sqlType}) AS ${ident(spec.name)}`;
		return `CAST(${castExpression(spec, `s.c${i}`, source.types[i])} AS ${spec.sqlType}) AS ${ident(spec.name)}`;
	});
	await connection.run(`CREATE TABLE ${table} AS SELECT ${index} AS _input, s.__row AS _row, ${columns.join(', ')} FROM ${src} s`);
	return Number((await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0][0]);
}

const contractList = INDEX_COLUMNS.map((c) => ident(c.name)).join(', ');

/**
 * `published_indices_checked`: every row of the typed tables with its reason (NULL when kept);
 * `published_indices`: the kept rows, components as '' when empty, names filled per component.
 */
export async function checkIndexRows(connection: DuckDBConnection, tables: readonly string[], exportDate: string): Promise<void> {
	const union =
		tables.length > 0
			? tables.map((t) => `SELECT * FROM ${t}`).join(' UNION ALL ')
			: `SELECT 0 AS _input, 0 AS _row, ${INDEX_COLUMNS.map((c) => `CAST(NULL AS ${c.sqlType}) AS ${ident(c.name)}`).join(', ')} LIMIT 0`;
	const firstRules = INDEX_RULES.filter((r) => r.code !== 'index_duplicate_key');
	await connection.run(`
CREATE TABLE published_indices_checked AS
WITH t AS (
	SELECT _input, _row, index_code, year, province_code,
		coalesce(component, '') AS component, coalesce(parent_component, '') AS parent_component,
		component_name_vi, component_name_en, score, scale_min, scale_max, rank, source
	FROM (${union})
), h AS (
	SELECT t.*, p63.code IS NOT NULL AS _in_63, p34.code IS NOT NULL AS _in_34,
		coalesce(t.year >= ${FIRST_34_UNIT_YEAR}, false) AS _after_merger, DATE ${literal(exportDate)} AS _export_date
	FROM t LEFT JOIN provinces_63 p63 ON p63.code = t.province_code LEFT JOIN provinces_34 p34 ON p34.code = t.province_code
), first_pass AS (
	SELECT *, ${reasonCase(firstRules)} AS _first_reason FROM h
), keyed AS (
	SELECT *, _first_reason IS NULL AND row_number() OVER (
		PARTITION BY _first_reason IS NULL, index_code, year, province_code, component ORDER BY _input, _row) > 1 AS _is_repeat
	FROM first_pass
)
SELECT ${contractList}, _input, _row, coalesce(_first_reason, CASE WHEN _is_repeat THEN 'index_duplicate_key' END) AS _reason
FROM keyed ORDER BY _input, _row`);
	// Display names: the first non-empty one per index and component (input order).
	await connection.run(`
CREATE TABLE ${INDEX_TABLE} AS
WITH names AS (
	SELECT index_code, component,
		arg_min(component_name_vi, (_input, _row)) FILTER (WHERE component_name_vi IS NOT NULL) AS vi,
		arg_min(component_name_en, (_input, _row)) FILTER (WHERE component_name_en IS NOT NULL) AS en
	FROM published_indices_checked WHERE _reason IS NULL GROUP BY ALL
)
SELECT c.index_code, CAST(c.year AS SMALLINT) AS year, c.province_code, c.component, c.parent_component,
	n.vi AS component_name_vi, n.en AS component_name_en, c.score, c.scale_min, c.scale_max, c.rank, c.source
FROM published_indices_checked c JOIN names n USING (index_code, component)
WHERE c._reason IS NULL`);
}

/** Per input: rows excluded by rule (in rule order) and the span of years kept. */
export async function indexCounts(
	connection: DuckDBConnection,
	input: number
): Promise<{ excluded: Record<string, number>; years: { from: number; to: number } | null }> {
	const byRule = (
		await connection.runAndReadAll(
			`SELECT _reason, count(*) AS n FROM published_indices_checked WHERE _input = ${input} AND _reason IS NOT NULL GROUP BY ALL`
		)
	).getRowObjectsJS();
	const excluded: Record<string, number> = {};
	for (const rule of INDEX_RULES) {
		const hit = byRule.find((r) => r._reason === rule.code);
		if (hit) excluded[rule.code] = Number(hit.n);
	}
	const [span] = (
		await connection.runAndReadAll(
			`SELECT min(year) AS f, max(year) AS t FROM published_indices_checked WHERE _input = ${input} AND _reason IS NULL`
		)
	).getRowObjectsJS();
	return { excluded, years: span?.f === null || span?.f === undefined ? null : { from: Number(span.f), to: Number(span.t) } };
}

/** The kept table in a stable order (the output is byte-identical from run to run). */
export const INDEX_SELECT = `SELECT * FROM ${INDEX_TABLE} ORDER BY index_code, year, province_code, component`;

/** The excluded rows of one input, as excluded/<file>.parquet holds them. */
export function excludedIndexSelect(input: number): string {
	return `SELECT _row AS source_row, _reason AS reason, ${contractList} FROM published_indices_checked
		WHERE _input = ${input} AND _reason IS NOT NULL ORDER BY _row`;
}
