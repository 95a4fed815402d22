// SQL that builds the three cubes of DATA-LAYOUT.md from the validated rows. Input tables:
// `dossiers_valid` (contract columns + province_63, province_34, processing_wd) and
// `survey_kept` (contract columns with ratings as DOUBLE, not yet cleaned + province_63,
// province_34). Every measure is computed here, in SQL.

import { FACTORS } from './columns';
import { INVALID_RATING } from './rules';
import { dateLiteral, ident, literal } from './sql-text';
import { CROSS_COLUMNS, SIPAS_FACTORS, type CrossSums } from '../stats/sipas-cells';

type CrossMeasure = keyof CrossSums;

export const DOSSIER_DIMS = ['month', 'province_63', 'province_34', 'sector', 'channel', 'agency_level'] as const;

export const DOSSIER_CUBE_MEASURES = [
	'received',
	'online',
	'full_online',
	'service_level_known',
	'paid_online',
	'paid_online_known',
	'digitized',
	'digitized_known',
	'e_result',
	'e_result_known',
	'via_centre',
	'via_centre_known',
	'no_due',
	'r_finished',
	'r_withdrawn',
	'r_early',
	'r_on_time',
	'r_late',
	'r_open',
	'r_open_overdue',
	'finished',
	'withdrawn',
	'early',
	'on_time',
	'late',
	'finished_no_due',
	'backlog',
	'overdue_backlog'
] as const;

const CELL = 'province_63, province_34, sector, channel, agency_level';

/**
 * `dossier_cube`. Open = no finished_at and not withdrawn (a withdrawn row without a date is
 * never open). Month-end state: each row that is open at the end of a month is expanded over
 * those months with generate_series; for the export month the "end" is the export date, so no
 * dossier is called overdue before the export has seen its due date pass.
 */
export function dossierCubeSql(exportDate: string): string {
	const exp = dateLiteral(exportDate);
	const sumAll = DOSSIER_CUBE_MEASURES.map((m) => `CAST(coalesce(sum(${m}), 0) AS INTEGER) AS ${m}`).join(',\n\t\t');
	return `
CREATE TABLE dossier_cube AS
WITH d AS (
	SELECT ${CELL}, channel AS ch, service_level, paid_online AS po, digitized AS dg, e_result AS er,
		via_one_level_centre AS vc, status = 'withdrawn' AS is_wd,
		CAST(received_at AS DATE) AS rd, CAST(finished_at AS DATE) AS fd, CAST(due_at AS DATE) AS dd,
		finished_at IS NULL AND status <> 'withdrawn' AS is_open
	FROM dossiers_valid
),
rec AS (
	SELECT CAST(date_trunc('month', rd) AS DATE) AS month, ${CELL},
		count(*) AS received,
		count_if(ch = 'online') AS online,
		count_if(service_level = 'full_online') AS full_online,
		count(service_level) AS service_level_known,
		count_if(po) AS paid_online, count(po) AS paid_online_known,
		count_if(dg) AS digitized, count(dg) AS digitized_known,
		count_if(er) AS e_result, count(er) AS e_result_known,
		count_if(vc) AS via_centre, count(vc) AS via_centre_known,
		count_if(dd IS NULL) AS no_due,
		-- Withdrawn dossiers are not finished (METRICS.md): counted apart, on both bases.
		count_if(fd IS NOT NULL AND NOT is_wd) AS r_finished,
		count_if(is_wd) AS r_withdrawn,
		count_if(fd IS NOT NULL AND NOT is_wd AND fd < dd) AS r_early,
		count_if(fd IS NOT NULL AND NOT is_wd AND fd = dd) AS r_on_time,
		count_if(fd IS NOT NULL AND NOT is_wd AND fd > dd) AS r_late,
		count_if(is_open) AS r_open,
		count_if(is_open AND dd <= ${exp}) AS r_open_overdue
	FROM d GROUP BY ALL
),
fin AS (
	SELECT CAST(date_trunc('month', fd) AS DATE) AS month, ${CELL},
		count_if(NOT is_wd) AS finished,
		count_if(is_wd) AS withdrawn,
		count_if(NOT is_wd AND fd < dd) AS early,
		count_if(NOT is_wd AND fd = dd) AS on_time,
		count_if(NOT is_wd AND fd > dd) AS late,
		count_if(NOT is_wd AND dd IS NULL) AS finished_no_due
	FROM d WHERE fd IS NOT NULL GROUP BY ALL
),
spans AS (
	-- months whose end finds the row open: from its receipt month to the month before it
	-- finished, or to the export month while it is still open
	SELECT ${CELL}, dd, rd, fd,
		unnest(generate_series(CAST(date_trunc('month', rd) AS DATE),
			CASE WHEN is_open THEN CAST(date_trunc('month', ${exp}) AS DATE)
				ELSE CAST(date_trunc('month', fd) AS DATE) - INTERVAL 1 MONTH END,
			INTERVAL 1 MONTH)) AS m
	FROM d WHERE is_open OR (fd IS NOT NULL AND date_trunc('month', fd) > date_trunc('month', rd))
),
state AS (
	SELECT CAST(m AS DATE) AS month, ${CELL},
		count(*) AS backlog,
		count_if(dd <= least(last_day(m), ${exp})) AS overdue_backlog
	FROM spans GROUP BY ALL
)
SELECT month, ${CELL},
		${sumAll}
FROM (SELECT * FROM rec UNION ALL BY NAME SELECT * FROM fin UNION ALL BY NAME SELECT * FROM state)
GROUP BY ALL`;
}

/** `dossier_hist`: finished, non-withdrawn dossiers by month of finishing and of receipt. */
export function dossierHistSql(): string {
	const part = (basis: 'finished' | 'received', column: string) => `
	SELECT '${basis}' AS basis, CAST(date_trunc('month', ${column}) AS DATE) AS month, ${CELL},
		round(processing_wd, 1) AS wd, CAST(count(*) AS INTEGER) AS n
	FROM dossiers_valid WHERE processing_wd IS NOT NULL GROUP BY ALL`;
	return `CREATE TABLE dossier_hist AS ${part('finished', 'finished_at')}\nUNION ALL${part('received', 'received_at')}`;
}

/**
 * `survey_cube`: sufficient statistics per cell and PSU, one row per factor, answered or not (so
 * `n_resp`, the cell's respondents, is the same on each), and the cross-factor sums of w² that
 * make the SIPAS index's variance exact where respondents are their own PSUs
 * (src/lib/stats/sipas-cells.ts). Those sums are needed per respondent group, never per PSU: a
 * row without a PSU carries its own; of the rows with one, only the cell's first PSU carries
 * them, summed over all the cell's PSUs (a view whose stratum has one PSU reads them there; the
 * others stay NULL, which keeps the file small).
 */
export function surveyCubeSql(): string {
	const ratings = FACTORS.map((f) => ident(f)).join(', ');
	const answered = (column: string) => `(${ident(column)} IS NOT NULL AND NOT ${INVALID_RATING.predicate(column)})`;
	// Per respondent, whether each SIPAS factor was validly answered (a_g) and rated 4–5 (y_g).
	const flags = SIPAS_FACTORS.map(
		(g) => `${answered(g)} AS ${ident(`a_${g}`)}, (${answered(g)} AND ${ident(g)} >= 4) AS ${ident(`y_${g}`)}`
	);
	const factorList = FACTORS.map((f) => `(${literal(f)})`).join(', ');
	const pick = FACTORS.map((f) => `WHEN ${literal(f)} THEN ${ident(f)}`).join(' ');
	const crossFilter: Record<CrossMeasure, (g: string) => string> = {
		w2: (g) => `ok AND ${ident(`a_${g}`)}`,
		w2_pos: (g) => `ok AND rating >= 4 AND ${ident(`a_${g}`)}`,
		w2_pos_pos: (g) => `ok AND rating >= 4 AND ${ident(`y_${g}`)}`
	};
	const cross = CROSS_COLUMNS.map(
		({ g, measure, column }) => `coalesce(sum(w * w) FILTER (WHERE ${crossFilter[measure](g)}), 0) AS ${ident(column)}`
	).join(',\n\t');
	const carried = CROSS_COLUMNS.map(
		({ column }) =>
			`CASE WHEN psu IS NULL THEN ${ident(column)} WHEN row_number() OVER first_psu = 1 THEN sum(${ident(column)}) OVER cell END AS ${ident(column)}`
	).join(',\n\t');
	const cellKeys = 'survey_year, province_63, province_34, respondent_type, factor, psu IS NULL';
	return `
CREATE TABLE survey_cube AS
WITH wide AS (
	SELECT CAST(survey_year AS INTEGER) AS survey_year, province_63, province_34, respondent_type, psu,
		weight AS w, ${ratings}, ${flags.join(',\n\t\t')}
	FROM survey_kept
), long AS (
	SELECT wide.*, f.factor, CASE f.factor ${pick} END AS rating
	FROM wide CROSS JOIN (VALUES ${factorList}) f(factor)
), marked AS (
	SELECT *, ${INVALID_RATING.predicate('rating')} AS bad, (rating IS NOT NULL AND NOT ${INVALID_RATING.predicate('rating')}) AS ok FROM long
), per_psu AS (
	SELECT survey_year, province_63, province_34, respondent_type, factor, psu,
		CAST(count_if(ok) AS INTEGER) AS n,
		CAST(count_if(ok AND rating >= 4) AS INTEGER) AS n_pos,
		coalesce(sum(w) FILTER (WHERE ok), 0) AS sum_w,
		coalesce(sum(w * w) FILTER (WHERE ok), 0) AS sum_w2,
		coalesce(sum(w) FILTER (WHERE ok AND rating >= 4), 0) AS sum_w_pos,
		coalesce(sum(w * w) FILTER (WHERE ok AND rating >= 4), 0) AS sum_w2_pos,
		CAST(count_if(bad) AS INTEGER) AS n_invalid,
		CAST(count(*) AS INTEGER) AS n_resp,
		${cross}
	FROM marked GROUP BY survey_year, province_63, province_34, respondent_type, factor, psu
)
SELECT survey_year, province_63, province_34, respondent_type, factor, psu,
	n, n_pos, sum_w, sum_w2, sum_w_pos, sum_w2_pos, n_invalid, n_resp,
	${carried}
FROM per_psu
WINDOW cell AS (PARTITION BY ${cellKeys}), first_psu AS (PARTITION BY ${cellKeys} ORDER BY psu)`;
}

/** Sort keys that make each cube's Parquet file byte-identical from run to run. */
export const CUBE_ORDER: Record<string, string> = {
	dossier_cube: 'month, province_34, province_63 NULLS FIRST, sector, channel, agency_level',
	dossier_hist: 'basis, month, province_34, province_63 NULLS FIRST, sector, channel, agency_level, wd',
	dossier_cube_units: 'month, province_34, province_63 NULLS FIRST',
	dossier_hist_units: 'basis, month, province_34, province_63 NULLS FIRST, wd',
	survey_cube: 'survey_year, province_34, province_63 NULLS FIRST, respondent_type, factor, psu NULLS FIRST',
	trend_lines: 'mode, basis, slice_dim, slice_key, dim, kind, key, month'
};
