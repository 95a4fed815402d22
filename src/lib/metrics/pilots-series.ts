// Monthly and yearly per-unit series for the pilot evaluation (/pilots): one row per unit and
// month (dossiers) or unit × year × factor (survey). Evaluation (DiD, synthetic control,
// placebo) happens on these small series in `src/lib/stats/`; every figure itself is SQL.
//
// Units. Mode '34' groups on `province_34` for every month. Mode '63' groups on `province_63`
// before the merger (2025-07-01). From the merger month on, a 63-unit province continues only
// where its territory did not change (its 34-unit has exactly one component, e.g. Hà Nội,
// Quảng Ninh): the series of a merged province (Bình Dương, TP. Hồ Chí Minh) ends on
// 2025-06-30. The test of "unchanged" is a join on `provinces_63`, not a list in code.
import type { SqlQuery } from './query';
import { isBoundaryMode, MERGER_DATE, unitSql, type BoundaryMode } from './boundary';
import { histogramQuantilesSql } from './histogram-quantiles';

export type PilotMode = BoundaryMode;
export const isPilotMode = isBoundaryMode;

/** The monthly dossier outcomes of the pilot evaluation (columns of the monthly series). */
// mean_wd first: the default of /pilots (why the mean and not the median: src/lib/stats/pilot-evaluation.ts).
export const MONTHLY_OUTCOMES = ['mean_wd', 'median_wd', 'p90_wd', 'on_time_rate', 'online_share', 'via_centre_share'] as const;
export type MonthlyOutcome = (typeof MONTHLY_OUTCOMES)[number];

/** The yearly survey outcomes: the SIPAS index (mean of the five factors) and each factor. */
export const SURVEY_FACTORS = ['access', 'procedures', 'officials', 'results', 'feedback'] as const;
export const YEARLY_OUTCOMES = ['sipas', ...SURVEY_FACTORS] as const;
export type YearlyOutcome = (typeof YEARLY_OUTCOMES)[number];

export function isMonthlyOutcome(value: unknown): value is MonthlyOutcome {
	return (MONTHLY_OUTCOMES as readonly unknown[]).includes(value);
}
export function isYearlyOutcome(value: unknown): value is YearlyOutcome {
	return (YEARLY_OUTCOMES as readonly unknown[]).includes(value);
}

/**
 * SQL (a CTE body) mapping a cube row to its unit. `alias` is the cube's alias; `dateExpr` the
 * row's date that decides the boundary (month for dossiers). Binds one parameter (merger date).
 */
function unitExpr(mode: PilotMode, alias: string, dateExpr: string): string {
	if (mode === '34') return `${alias}.province_34`;
	return `CASE WHEN ${dateExpr} < CAST(? AS DATE) THEN ${alias}.province_63 ELSE uc.code63 END`;
}

/** Joins the table of 34-unit codes that are exactly one unchanged 63-unit province. */
function unchangedJoin(mode: PilotMode, alias: string): string {
	if (mode === '34') return '';
	return `LEFT JOIN (
    SELECT merged_into_2025 AS code34, min(code) AS code63
    FROM provinces_63 GROUP BY merged_into_2025 HAVING count(*) = 1
  ) uc ON uc.code34 = ${alias}.province_34`;
}

/**
 * Monthly dossier series per unit. Rows: unit, month ('YYYY-MM'), received, finished_n
 * (dossiers in the processing-time histogram), mean_wd, median_wd, p90_wd, on_time_rate, online_share,
 * via_centre_share (null where the denominator is zero).
 * On-time rate per month = (early + on_time) / (early + on_time + late + overdue backlog at the
 * month's end); from the finished-basis histogram, the mean Σ wd·n / Σ n (exact to 0.05 day, wd
 * being rounded to 0.1) and the quantiles (smallest wd whose cumulative count reaches q·N).
 */
export function buildPilotMonthlySeriesQuery(mode: PilotMode): SqlQuery {
	if (!isPilotMode(mode)) throw new Error(`Unknown boundary mode: ${String(mode)}`);
	const params = mode === '63' ? [MERGER_DATE, MERGER_DATE] : [];
	const sql = `WITH counts AS (
  SELECT ${unitExpr(mode, 'c', 'c.month')} AS unit, c.month AS month,
    sum(c.received)::DOUBLE AS received,
    sum(c.online)::DOUBLE AS online,
    sum(c.via_centre)::DOUBLE AS via_centre,
    sum(c.via_centre_known)::DOUBLE AS via_centre_known,
    sum(c.early + c.on_time)::DOUBLE AS in_time,
    sum(c.early + c.on_time + c.late + c.overdue_backlog)::DOUBLE AS due_base
  FROM dossier_cube_units c
  ${unchangedJoin(mode, 'c')}
  GROUP BY ALL
),
hist AS (
  SELECT ${unitExpr(mode, 'h', 'h.month')} AS unit, h.month AS month, h.wd AS wd, sum(h.n)::DOUBLE AS n
  FROM dossier_hist_units h
  ${unchangedJoin(mode, 'h')}
  WHERE h.basis = 'finished'
  GROUP BY ALL
),
quantiles AS (
  ${histogramQuantilesSql('hist', ['unit', 'month'], { total: 'finished_n', mean: 'mean_wd' })}
)
SELECT c.unit AS unit, strftime(c.month, '%Y-%m') AS month,
  c.received AS received,
  coalesce(q.finished_n, 0)::DOUBLE AS finished_n,
  q.mean_wd::DOUBLE AS mean_wd,
  q.median_wd::DOUBLE AS median_wd,
  q.p90_wd::DOUBLE AS p90_wd,
  CASE WHEN c.due_base > 0 THEN c.in_time / c.due_base END AS on_time_rate,
  CASE WHEN c.received > 0 THEN c.online / c.received END AS online_share,
  CASE WHEN c.via_centre_known > 0 THEN c.via_centre / c.via_centre_known END AS via_centre_share
FROM counts c
LEFT JOIN quantiles q ON q.unit = c.unit AND q.month = c.month
WHERE c.unit IS NOT NULL
ORDER BY unit, month`;
	return { sql, params };
}

/**
 * Yearly survey series per unit. Rows: unit, year, outcome ('sipas' or a factor), value
 * (share rating 4–5, weighted, 0–1), n (responses). 'sipas' is the mean of the five factor
 * indices, only where all five exist. In mode '63' the 2025+ surveys (on 34-unit codes) count
 * only for provinces whose territory did not change.
 */
export function buildPilotSurveySeriesQuery(mode: PilotMode): SqlQuery {
	if (!isPilotMode(mode)) throw new Error(`Unknown boundary mode: ${String(mode)}`);
	const unit = mode === '34' ? 's.province_34' : 'coalesce(s.province_63, uc.code63)';
	const sql = `WITH factors AS (
  SELECT ${unit} AS unit, s.survey_year AS year, s.factor AS outcome,
    sum(s.sum_w_pos) / nullif(sum(s.sum_w), 0) AS value,
    sum(s.n)::DOUBLE AS n
  FROM survey_cube s
  ${unchangedJoin(mode, 's')}
  WHERE s.factor IN ('access', 'procedures', 'officials', 'results', 'feedback')
  GROUP BY ALL
),
valid AS (SELECT * FROM factors WHERE unit IS NOT NULL AND value IS NOT NULL),
sipas AS (
  SELECT unit, year, 'sipas' AS outcome, avg(value) AS value, min(n) AS n
  FROM valid GROUP BY unit, year HAVING count(*) = 5
)
SELECT unit, year::INTEGER AS year, outcome, value::DOUBLE AS value, n FROM valid
UNION ALL
SELECT unit, year::INTEGER AS year, outcome, value::DOUBLE AS value, n FROM sipas
ORDER BY unit, year, outcome`;
	return { sql, params: [] };
}

/**
 * The units of a mode with what the evaluation needs. Rows: code, name_vi, name_en, kind,
 * is_pilot, start_date, end_date (earliest start / latest end of the pilots in the unit),
 * pilot_components (pilot provinces in the unit), components (63-unit provinces in the unit),
 * received_base (dossiers received in the calendar year before the first pilot start: the
 * volume used to choose peers).
 */
export function buildPilotUnitsQuery(mode: PilotMode): SqlQuery {
	if (!isPilotMode(mode)) throw new Error(`Unknown boundary mode: ${String(mode)}`);
	const { unitTable: table, pilotColumn: pilotCol, unitColumn } = unitSql(mode);
	const components = mode === '63' ? '1' : '(SELECT count(*) FROM provinces_63 p63 WHERE p63.merged_into_2025 = u.code)';
	const volumeUnit = `c.${unitColumn}`;
	const sql = `WITH base_year AS (SELECT year(min(start_date)) - 1 AS y FROM pilots),
volume AS (
  SELECT ${volumeUnit} AS unit, sum(c.received)::DOUBLE AS received
  FROM dossier_cube_units c, base_year b
  WHERE year(c.month) = b.y
  GROUP BY ALL
),
pilot_units AS (
  SELECT ${pilotCol} AS unit, strftime(min(start_date), '%Y-%m-%d') AS start_date,
    strftime(max(end_date), '%Y-%m-%d') AS end_date, count(*)::INTEGER AS pilot_components
  FROM pilots GROUP BY ALL
)
SELECT u.code, u.name_vi, u.name_en, u.kind,
  (p.unit IS NOT NULL) AS is_pilot, p.start_date, p.end_date,
  coalesce(p.pilot_components, 0)::INTEGER AS pilot_components,
  ${components}::INTEGER AS components,
  coalesce(v.received, 0)::DOUBLE AS received_base
FROM ${table} u
LEFT JOIN pilot_units p ON p.unit = u.code
LEFT JOIN volume v ON v.unit = u.code
ORDER BY u.code`;
	return { sql, params: [] };
}

/**
 * Whether any pilot's start date is illustrative (the demo's, or a real import without
 * `--pilots`): the page then says so. Row: illustrative (boolean). No pilots → false.
 */
export function buildPilotDatesIllustrativeQuery(): SqlQuery {
	return { sql: `SELECT coalesce(bool_or(coalesce(start_is_illustrative, TRUE)), FALSE) AS illustrative FROM pilots`, params: [] };
}
