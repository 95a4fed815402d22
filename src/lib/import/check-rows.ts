// The row checks of an import, shared by the importer (scripts/import/pipeline.ts, native
// DuckDB) and /explore/ (src/lib/explore/, DuckDB-WASM): the typed inputs of one kind are
// combined, each row is marked with the first rule it breaks (rules.ts), and the per-input
// accounting (rows read, kept, excluded by rule, time span, invalid answers) is read back.
// Tables it expects: the typed inputs (type-input.ts), `provinces_63`, `provinces_34`, `calendar`.

import { MERGER_DATE } from '../reference/provinces';
import { DOSSIER_COLUMNS, FACTORS, SURVEY_COLUMNS, type InputKind } from './columns';
import { INVALID_RATING, reasonCase, rulesFor } from './rules';
import type { SqlRunner } from './sql-runner';
import { dateLiteral, ident } from './sql-text';

/** One typed input as the checks need it. */
export interface CheckedInput {
	index: number;
	file: string;
	format: 'csv' | 'parquet';
	fieldNames: 'contract' | 'portal';
	table: string;
	rowsRead: number;
}

export interface TimeSpan {
	from: string;
	to: string;
}

/** One input's accounting, in the manifest's key order (`imports[]`, DATA-LAYOUT.md). */
export interface InputAccounting {
	file: string;
	kind: InputKind;
	format: 'csv' | 'parquet';
	field_names: 'contract' | 'portal';
	rows_read: number;
	rows_kept: number;
	rows_excluded: number;
	excluded_by_rule: Record<string, number>;
	answers_invalid?: Record<string, number>;
	time_span: TimeSpan | null;
}

function isoDate(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return String(value).slice(0, 10);
}

export function span(from: unknown, to: unknown): TimeSpan | null {
	const f = isoDate(from);
	const t = isoDate(to);
	return f && t ? { from: f, to: t } : null;
}

export const contractList = (kind: InputKind) =>
	(kind === 'dossiers' ? DOSSIER_COLUMNS : SURVEY_COLUMNS).map((c) => ident(c.name)).join(', ');

/**
 * Combines the typed inputs of one kind and marks each row with the first rule it breaks.
 * `priorIds` names a table (column `id`) of the ids an earlier import already read, kept or not
 * (a monthly update, scripts/import/update.ts): each counts as an earlier row, so a row repeating
 * one is a `duplicate_id` exactly as in one import of every file.
 * `sorted: false` leaves the rows unordered (/explore/ writes no partitions; the sort of a million
 * wide rows costs it seconds): every count and cube is the same, since they are aggregates.
 */
export async function checkRows(
	sql: SqlRunner,
	kind: InputKind,
	loaded: readonly CheckedInput[],
	exportDate: string,
	{ sorted = true, priorIds }: { sorted?: boolean; priorIds?: string } = {}
): Promise<void> {
	const name = kind === 'dossiers' ? 'dossiers' : 'survey';
	const union = loaded.map((l) => `SELECT * FROM ${l.table}`).join(' UNION ALL ');
	const merger = dateLiteral(MERGER_DATE);
	const afterMerger = kind === 'dossiers' ? `t.received_at >= ${merger}` : `t.survey_year >= year(${merger})`;
	const idColumn = kind === 'dossiers' ? 'dossier_id' : 'response_id';
	const processing =
		kind === 'dossiers'
			? `CASE WHEN t.finished_at IS NOT NULL AND t.status <> 'withdrawn'
				THEN cf.wd_index - cr.wd_index - coalesce(t.supplement_days, 0) END`
			: 'CAST(NULL AS DOUBLE)';
	const calendarJoins =
		kind === 'dossiers'
			? `LEFT JOIN calendar cr ON cr.date = CAST(t.received_at AS DATE)
			   LEFT JOIN calendar cf ON cf.date = CAST(t.finished_at AS DATE)`
			: '';
	// One copy of the rows: contract columns, where they came from, the first rule broken (NULL
	// when kept) and the derived columns of DATA-LAYOUT.md; sorted as the raw partitions are
	// written, so each partition's scan skips the other row groups (zone maps), unless not `sorted`.
	const order =
		kind === 'dossiers'
			? 'province_34 NULLS LAST, year(received_at), received_at, dossier_id, _input, _row'
			: 'survey_year, province_34 NULLS LAST, response_id, _input, _row';
	// Repeated ids first, on two columns: a window over every wide row costs ~4× more.
	const prior = priorIds === undefined ? '' : ` OR ${idColumn} IN (SELECT id FROM ${ident(priorIds)})`;
	const earlier = priorIds === undefined ? '' : ` + CAST(${idColumn} IN (SELECT id FROM ${ident(priorIds)}) AS INTEGER)`;
	await sql.run(`
CREATE TABLE ${name}_repeats AS
SELECT _input, _row FROM (
	SELECT _input, _row, row_number() OVER (PARTITION BY ${idColumn} ORDER BY _input, _row)${earlier} AS n
	FROM (${union}) WHERE ${idColumn} IN (SELECT ${idColumn} FROM (${union}) GROUP BY ALL HAVING count(*) > 1)${prior}
) WHERE n > 1`);
	await sql.run(`
CREATE TABLE ${name}_checked AS
WITH h AS (
	SELECT t.*,
		rep._row IS NOT NULL AS _is_repeat,
		p63.code IS NOT NULL AS _in_63,
		p34.code IS NOT NULL AS _in_34,
		coalesce(${afterMerger}, false) AS _after_merger,
		${dateLiteral(exportDate)} AS _export_date,
		(SELECT min(date) FROM calendar) AS _cal_from,
		(SELECT max(date) FROM calendar) AS _cal_to,
		${processing} AS _processing_wd,
		p63.merged_into_2025 AS _merged_into
	FROM (${union}) t
	LEFT JOIN ${name}_repeats rep ON rep._input = t._input AND rep._row = t._row
	LEFT JOIN provinces_63 p63 ON p63.code = t.province_code
	LEFT JOIN provinces_34 p34 ON p34.code = t.province_code
	${calendarJoins}
)
SELECT ${contractList(kind)}, _input, _row, ${reasonCase(rulesFor(kind))} AS _reason,
	CASE WHEN NOT _after_merger THEN province_code END AS province_63,
	CASE WHEN _after_merger THEN province_code ELSE _merged_into END AS province_34
	${kind === 'dossiers' ? ', _processing_wd AS processing_wd' : ''}
FROM h${sorted ? ` ORDER BY ${order}` : ''}`);
	const kept = kind === 'dossiers' ? 'dossiers_valid' : 'survey_kept';
	await sql.run(
		`CREATE VIEW ${kept} AS SELECT ${contractList(kind)}, province_63, province_34
		 ${kind === 'dossiers' ? ', processing_wd' : ''} FROM ${name}_checked WHERE _reason IS NULL`
	);
}

/** Per-input counts, time span and (survey) invalid answers. */
export async function importRecords<L extends CheckedInput, S extends object>(
	sql: SqlRunner,
	kind: InputKind,
	loaded: readonly L[],
	stamp: (l: L) => Promise<S>
): Promise<(InputAccounting & S)[]> {
	const name = kind === 'dossiers' ? 'dossiers' : 'survey';
	const byRule = await sql.rows(`SELECT _input, _reason, count(*) AS n FROM ${name}_checked WHERE _reason IS NOT NULL GROUP BY ALL`);
	const spans = await sql.rows(
		kind === 'dossiers'
			? `SELECT _input, CAST(min(received_at) AS DATE) AS f, CAST(max(received_at) AS DATE) AS t
			   FROM dossiers_checked WHERE _reason IS NULL GROUP BY ALL`
			: `SELECT _input, make_date(min(survey_year), 1, 1) AS f, make_date(max(survey_year), 12, 31) AS t
			   FROM survey_checked WHERE _reason IS NULL GROUP BY ALL`
	);
	const invalid =
		kind === 'survey_responses'
			? await sql.rows(
					`SELECT _input, ${FACTORS.map((f) => `count_if(${INVALID_RATING.predicate(f)}) AS ${ident(f)}`).join(', ')}
					 FROM survey_checked WHERE _reason IS NULL GROUP BY ALL`
				)
			: [];
	const order = rulesFor(kind).map((r) => r.code);
	const records: (InputAccounting & S)[] = [];
	for (const l of loaded) {
		const excluded_by_rule: Record<string, number> = {};
		for (const code of order) {
			const hit = byRule.find((r) => Number(r._input) === l.index && r._reason === code);
			if (hit) excluded_by_rule[code] = Number(hit.n);
		}
		const rowsExcluded = Object.values(excluded_by_rule).reduce((s, n) => s + n, 0);
		const s = spans.find((r) => Number(r._input) === l.index);
		const record = {
			file: l.file,
			kind,
			format: l.format,
			field_names: l.fieldNames,
			...(await stamp(l)),
			rows_read: l.rowsRead,
			rows_kept: l.rowsRead - rowsExcluded,
			rows_excluded: rowsExcluded,
			excluded_by_rule,
			time_span: s ? span(s.f, s.t) : null
		} as InputAccounting & S;
		if (kind === 'survey_responses') {
			const inv = invalid.find((r) => Number(r._input) === l.index);
			record.answers_invalid = {};
			for (const f of FACTORS) {
				const n = Number(inv?.[f] ?? 0);
				if (n > 0) record.answers_invalid[f] = n;
			}
		}
		records.push(record);
	}
	return records;
}

/** Empty tables of the right shape, so cubes exist (with no rows) when a kind has no input. */
export async function createEmptyKept(sql: SqlRunner, kind: InputKind): Promise<void> {
	const specs = kind === 'dossiers' ? DOSSIER_COLUMNS : SURVEY_COLUMNS;
	const cols = specs.map((c) => `CAST(NULL AS ${c.parse === 'rating' ? 'DOUBLE' : c.sqlType}) AS ${ident(c.name)}`).join(', ');
	const extra = kind === 'dossiers' ? ', CAST(NULL AS DOUBLE) AS processing_wd' : '';
	await sql.run(
		`CREATE TABLE ${kind === 'dossiers' ? 'dossiers_valid' : 'survey_kept'} AS
		 SELECT ${cols}, CAST(NULL AS VARCHAR) AS province_63, CAST(NULL AS VARCHAR) AS province_34 ${extra} LIMIT 0`
	);
}

/** One input's excluded rows with their reason, in file order (excluded/<file>.parquet). */
export function excludedRowsSql(kind: InputKind, index: number): string {
	const checked = kind === 'dossiers' ? 'dossiers_checked' : 'survey_checked';
	return `SELECT _row AS source_row, _reason AS reason, ${contractList(kind)} FROM ${checked}
				 WHERE _input = ${Number(index)} AND _reason IS NOT NULL ORDER BY _row`;
}
