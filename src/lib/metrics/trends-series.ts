// Monthly trend series: for every line of the chosen grouping and every month of the period, the
// volumes, backlog, on-time rate and processing-time quantiles, beside the same month a year
// earlier and the 12 months ending with it (seasonality), from the cubes in one query.
import type { SqlQuery } from './query';
import { joinParts, type SqlPart } from './query';
import { monthInModeSql } from './boundary';
import { histogramQuantilesSql } from './histogram-quantiles';
import { addMonths, checkSeriesRef, checkTrendFilters, type SeriesRef, type TrendBasis, type TrendFilters } from './trends-filters';
import { membersSql, scanParts } from './trends-scope';

/** The metrics a trend chart can draw; each has a `prev_` and a `rolling_` twin in the rows. */
export const TREND_SERIES_METRICS = ['median_wd', 'p90_wd', 'on_time_rate', 'received', 'finished', 'backlog', 'overdue_backlog'] as const;

/** Every column of a series row after month, kind and key, in order. */
export const TREND_SERIES_COLUMNS = [
	'in_cube',
	'received',
	'finished',
	'withdrawn',
	'early',
	'on_time',
	'late',
	'overdue',
	'on_time_rate',
	'backlog',
	'overdue_backlog',
	'timed',
	'median_wd',
	'p90_wd',
	...TREND_SERIES_METRICS.map((m) => `prev_${m}`),
	...TREND_SERIES_METRICS.map((m) => `rolling_${m}`)
] as const;

/**
 * The cube sums a month of one line needs. Received-basis outcomes are the `r_*` measures.
 * `finished` excludes withdrawn dossiers (METRICS.md); `withdrawn` counts them apart.
 */
export function countsSelect(basis: TrendBasis): string {
	const received = basis === 'received';
	return `SUM(c.received) AS received,
    SUM(${received ? 'c.r_finished' : 'c.finished'}) AS finished,
    SUM(${received ? 'c.r_withdrawn' : 'c.withdrawn'}) AS withdrawn,
    SUM(${received ? 'c.r_early' : 'c.early'}) AS early,
    SUM(${received ? 'c.r_on_time' : 'c.on_time'}) AS on_time,
    SUM(${received ? 'c.r_late' : 'c.late'}) AS late,
    SUM(${received ? 'c.r_open_overdue' : 'c.overdue_backlog'}) AS overdue,
    SUM(c.backlog) AS backlog,
    SUM(c.overdue_backlog) AS overdue_backlog`;
}

/** `timed`, `median_wd`, `p90_wd` of a histogram CTE `source(…partition, wd, n)`, per `partition`. */
export function quantilesFrom(source: string, partition: readonly string[]): string {
	return histogramQuantilesSql(source, partition, { total: 'timed' });
}

/**
 * The CTEs `members`, `counts(month, kind, key, …)`, `hist(month, kind, key, wd, n)` and
 * `quantiles(month, kind, key, timed, median_wd, p90_wd)` over [from, to].
 */
function monthlyCtes(f: TrendFilters, every: boolean, tables: TrendTables): SqlPart {
	const scan = scanParts(f);
	const period = { sql: `c.month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`, params: [f.from, f.to] };
	return joinParts(
		'members AS (\n  ',
		membersSql(f, every),
		`\n), counts AS (
  SELECT c.month, m.kind, ${scan.key} AS key,
    ${countsSelect(f.basis)}
  FROM ${tables.cube} c ${scan.join}
  WHERE `,
		period,
		scan.where,
		`
  GROUP BY ALL
), hist AS (
  SELECT c.month, m.kind, ${scan.key} AS key, c.wd, SUM(c.n) AS n
  FROM ${tables.hist} c ${scan.join}
  WHERE c.basis = ? AND `,
		{ sql: '', params: [f.basis] },
		period,
		scan.where,
		`
  GROUP BY ALL
), quantiles AS (
  ${quantilesFrom('hist', ['month', 'kind', 'key'])}
)`
	);
}

/** The months of the cube in [from, to] (before the merger only, in 63-unit mode). */
function monthsSql(f: TrendFilters, tables: TrendTables): SqlPart {
	return joinParts(
		{ sql: `SELECT DISTINCT month FROM ${tables.cube} WHERE month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`, params: [f.from, f.to] },
		monthInModeSql(f.mode, 'month')
	);
}

/** The lines with cube rows in the period shown (or since `linesFrom`). */
function linesSql(f: TrendFilters, tables: TrendTables, options: TrendSeriesOptions): SqlPart {
	if (options.linesFrom === undefined)
		return {
			sql: `-- The lines with cube rows in the period shown.\n  SELECT DISTINCT kind, key FROM counts WHERE month >= CAST(? AS DATE)`,
			params: [f.from]
		};
	const scan = scanParts(f);
	return joinParts(
		`SELECT DISTINCT m.kind, ${scan.key} AS key FROM ${tables.cube} c ${scan.join}\n  WHERE `,
		{ sql: `c.month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`, params: [options.linesFrom, f.to] },
		scan.where
	);
}

const ROLLING_COUNTS = ['received', 'finished', 'backlog', 'overdue_backlog'] as const;

/** The cubes a series is read from: the pipeline passes smaller rollups of them (trends-lines.ts). */
export interface TrendTables {
	cube: string;
	hist: string;
}
export const CUBE_TABLES: TrendTables = { cube: 'dossier_cube', hist: 'dossier_hist' };

export interface TrendSeriesOptions {
	/**
	 * Every unit as a line of its own and every region (province grouping): what the pipeline
	 * materialises in `trend_lines` (trends-lines.ts), where the chosen provinces are looked up.
	 */
	everyUnit?: boolean;
	/** Default: the cubes. Rollups must keep every column the view reads (identifiers, not values). */
	tables?: TrendTables;
	/**
	 * The rolling figures of this line only (NULL for the others): the live path computes them
	 * for the line the seasonality chart shows, the costliest part of the query.
	 */
	rollingLine?: SeriesRef;
	/**
	 * 'YYYY-MM-DD' before `from`: the lines are those with cube rows since this month, not only in
	 * the period shown. A monthly update (scripts/import/update.ts) recomputes trend_lines from the
	 * first touched month with the lines of the whole span, so the rows equal a full build's.
	 */
	linesFrom?: string;
}

/**
 * One row per line × month of the period (every month present in the cube for the period, for
 * every line with cube rows in the period: counts 0, quantiles and rate NULL where it had none).
 * Rows: month ('YYYY-MM'), kind, key, then TREND_SERIES_COLUMNS:
 * in_cube (the line has cube rows in the month), received, finished (not withdrawn), withdrawn, early, on_time, late, overdue, on_time_rate, backlog, overdue_backlog,
 * timed (dossiers with a processing time), median_wd, p90_wd;
 * `prev_<metric>`: the same month a year earlier (NULL where the cube has no such month);
 * `rolling_<metric>`: the 12 months ending with this one (NULL unless all 12 are in the cube),
 * quantiles pooled over the 12 months' dossiers (not a median of medians), volumes and backlogs
 * as monthly averages, the on-time rate pooling the 12 months' counts with the overdue term at
 * the window's end (finished basis) or summed over the cohorts (received basis).
 *
 * Basis `finished`: finished, on-time counts and quantiles are of the dossiers finished in the
 * month; the rate's overdue term is the overdue backlog at the month's end (METRICS.md).
 * Basis `received`: they are of the dossiers received in the month (the `r_*` cohort measures and
 * the received-basis histogram); the overdue term is the cohort still open and overdue at export.
 * `received`, `backlog` and `overdue_backlog` are the same under both bases.
 */
export function buildTrendSeriesQuery(f: TrendFilters, options: TrendSeriesOptions = {}): SqlQuery {
	checkTrendFilters(f);
	const tables = options.tables ?? CUBE_TABLES;
	for (const t of [tables.cube, tables.hist]) if (!/^[a-z_][a-z0-9_]*$/.test(t)) throw new Error(`Invalid table name: ${t}`);
	// Twelve months more than shown: the previous year and the rolling windows reach back.
	const wide: TrendFilters = { ...f, from: addMonths(f.from, -12) };
	const overdueTerm = f.basis === 'finished' ? `MAX(n.overdue) FILTER (WHERE w.inner_month = w.month)` : `SUM(n.overdue)`;
	const rollingCounts = ROLLING_COUNTS.map((m) => `AVG(coalesce(n.${m}, 0)) AS ${m}`).join(',\n    ');
	const whole = (expr: string, name: string) => `CASE WHEN r.months_in_window = 12 THEN ${expr} END::DOUBLE AS rolling_${name}`;
	if (options.rollingLine) checkSeriesRef(options.rollingLine);
	const rollingLine: SqlPart = options.rollingLine
		? { sql: ' WHERE kind = ? AND key = ?', params: [options.rollingLine.kind, options.rollingLine.key] }
		: { sql: '', params: [] };
	return joinParts(
		'WITH ',
		monthlyCtes(wide, options.everyUnit ?? false, tables),
		', months AS (\n  ',
		monthsSql(wide, tables),
		'\n), lines AS (\n  ',
		linesSql(f, tables, options),
		`
), rolling_lines AS (
  SELECT kind, key FROM lines`,
		rollingLine,
		`
), base AS (
  SELECT mo.month, l.kind, l.key,
    (n.month IS NOT NULL) AS in_cube,
    coalesce(n.received, 0)::DOUBLE AS received,
    coalesce(n.finished, 0)::DOUBLE AS finished,
    coalesce(n.withdrawn, 0)::DOUBLE AS withdrawn,
    coalesce(n.early, 0)::DOUBLE AS early,
    coalesce(n.on_time, 0)::DOUBLE AS on_time,
    coalesce(n.late, 0)::DOUBLE AS late,
    coalesce(n.overdue, 0)::DOUBLE AS overdue,
    ((n.early + n.on_time) / nullif(n.early + n.on_time + n.late + n.overdue, 0))::DOUBLE AS on_time_rate,
    coalesce(n.backlog, 0)::DOUBLE AS backlog,
    coalesce(n.overdue_backlog, 0)::DOUBLE AS overdue_backlog,
    coalesce(q.timed, 0)::DOUBLE AS timed,
    q.median_wd::DOUBLE AS median_wd,
    q.p90_wd::DOUBLE AS p90_wd
  FROM months mo CROSS JOIN lines l
  LEFT JOIN counts n ON n.month = mo.month AND n.kind = l.kind AND n.key = l.key
  LEFT JOIN quantiles q ON q.month = mo.month AND q.kind = l.kind AND q.key = l.key
), windows AS (
  -- Each month shown with the (up to) 12 months of the cube ending with it.
  SELECT mo.month, w.month AS inner_month
  FROM months mo JOIN months w ON w.month > mo.month - INTERVAL 12 MONTH AND w.month <= mo.month
  WHERE mo.month >= CAST(? AS DATE)
), rolled_hist AS (
  SELECT w.month, h.kind, h.key, h.wd, SUM(h.n) AS n
  FROM windows w JOIN hist h ON h.month = w.inner_month
  SEMI JOIN rolling_lines l ON l.kind = h.kind AND l.key = h.key
  GROUP BY ALL
), rolled_q AS (
  ${quantilesFrom('rolled_hist', ['month', 'kind', 'key'])}
), rolled AS (
  SELECT w.month, l.kind, l.key, COUNT(*) AS months_in_window,
    SUM(coalesce(n.early, 0) + coalesce(n.on_time, 0)) AS good,
    SUM(coalesce(n.early, 0) + coalesce(n.on_time, 0) + coalesce(n.late, 0)) AS judged,
    coalesce(${overdueTerm}, 0) AS overdue,
    ${rollingCounts}
  FROM windows w CROSS JOIN rolling_lines l
  LEFT JOIN counts n ON n.month = w.inner_month AND n.kind = l.kind AND n.key = l.key
  GROUP BY ALL
)
SELECT strftime(b.month, '%Y-%m') AS month, b.kind, b.key,
  b.* EXCLUDE (month, kind, key),
  ${TREND_SERIES_METRICS.map((m) => `p.${m} AS prev_${m}`).join(', ')},
  ${whole('rq.median_wd', 'median_wd')},
  ${whole('rq.p90_wd', 'p90_wd')},
  ${whole('r.good / nullif(r.judged + r.overdue, 0)', 'on_time_rate')},
  ${ROLLING_COUNTS.map((m) => whole(`r.${m}`, m)).join(',\n  ')}
FROM base b
LEFT JOIN base p ON p.kind = b.kind AND p.key = b.key AND p.month = b.month - INTERVAL 12 MONTH
LEFT JOIN rolled r ON r.month = b.month AND r.kind = b.kind AND r.key = b.key
LEFT JOIN rolled_q rq ON rq.month = b.month AND rq.kind = b.kind AND rq.key = b.key
WHERE b.month >= CAST(? AS DATE)
ORDER BY b.kind, b.key, b.month`,
		{ sql: '', params: [f.from, f.from] }
	);
}
