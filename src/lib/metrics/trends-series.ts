// Monthly trend series: for every line of the chosen grouping and every month of the period, the
// volumes, backlog, on-time rate and processing-time quantiles, from the cubes in one query.
import type { SqlQuery } from './query';
import { checkTrendFilters, MERGER_DATE, type SeriesRef, type TrendBasis, type TrendFilters } from './trends-filters';
import { joinParts, membersSql, scanParts, type SqlPart } from './trends-scope';
import { tablesFor } from './trends-rollups';

/** The cube sums a month of one line needs. Received-basis outcomes are the `r_*` measures. */
function countsSelect(basis: TrendBasis): string {
	const received = basis === 'received';
	return `SUM(c.received) AS received,
    SUM(${received ? 'c.r_finished' : 'c.finished'}) AS finished,
    SUM(${received ? 'c.r_early' : 'c.early'}) AS early,
    SUM(${received ? 'c.r_on_time' : 'c.on_time'}) AS on_time,
    SUM(${received ? 'c.r_late' : 'c.late'}) AS late,
    SUM(${received ? 'c.r_open_overdue' : 'c.overdue_backlog'}) AS overdue,
    SUM(c.backlog) AS backlog,
    SUM(c.overdue_backlog) AS overdue_backlog`;
}

/**
 * The CTEs `members`, `counts(month, kind, key, …)` and `quantiles(month, kind, key, timed,
 * median_wd, p90_wd)` over [from, to], optionally for one line only. Reused by the seasonal
 * builder (with a wider period).
 */
export function monthlyCtes(f: TrendFilters, focus?: SeriesRef): SqlPart {
	checkTrendFilters(f);
	const scan = scanParts(f, focus);
	const members = membersSql(f);
	const tables = tablesFor(f);
	const period = { sql: `c.month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`, params: [f.from, f.to] };
	return joinParts(
		'members AS (\n  ',
		members,
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
), cumulative AS (
  SELECT month, kind, key, wd,
    SUM(n) OVER (PARTITION BY month, kind, key ORDER BY wd) AS cum,
    SUM(n) OVER (PARTITION BY month, kind, key) AS total
  FROM hist
), quantiles AS (
  -- The smallest wd whose cumulative count reaches q × total (DATA-LAYOUT.md).
  SELECT month, kind, key, MAX(total) AS timed,
    MIN(wd) FILTER (WHERE cum >= 0.5 * total) AS median_wd,
    MIN(wd) FILTER (WHERE cum >= 0.9 * total) AS p90_wd
  FROM cumulative
  GROUP BY ALL
)`
	);
}

/** The output columns of one (month, line), from `counts n` and `quantiles q`. */
export const MONTHLY_COLUMNS = `coalesce(n.received, 0)::DOUBLE AS received,
  coalesce(n.finished, 0)::DOUBLE AS finished,
  coalesce(n.early, 0)::DOUBLE AS early,
  coalesce(n.on_time, 0)::DOUBLE AS on_time,
  coalesce(n.late, 0)::DOUBLE AS late,
  coalesce(n.overdue, 0)::DOUBLE AS overdue,
  ((n.early + n.on_time) / nullif(n.early + n.on_time + n.late + n.overdue, 0))::DOUBLE AS on_time_rate,
  coalesce(n.backlog, 0)::DOUBLE AS backlog,
  coalesce(n.overdue_backlog, 0)::DOUBLE AS overdue_backlog,
  coalesce(q.timed, 0)::DOUBLE AS timed,
  q.median_wd::DOUBLE AS median_wd,
  q.p90_wd::DOUBLE AS p90_wd`;

/** The months of the cube in [from, to] (before the merger only, in 63-unit mode). */
export function monthsSql(f: TrendFilters): SqlPart {
	const valid = f.mode === '63' ? ` AND month < CAST(? AS DATE)` : '';
	return {
		sql: `SELECT DISTINCT month FROM ${tablesFor(f).cube} WHERE month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)${valid}`,
		params: f.mode === '63' ? [f.from, f.to, MERGER_DATE] : [f.from, f.to]
	};
}

/**
 * One row per line × month of the period (every month present in the cube for the period, even
 * where a line had nothing: counts 0, quantiles and rate NULL).
 * Rows: month ('YYYY-MM'), kind, key, received, finished, early, on_time, late, overdue,
 * on_time_rate, backlog, overdue_backlog, timed (dossiers with a processing time), median_wd, p90_wd.
 *
 * Basis `finished`: finished, on-time counts and quantiles are of the dossiers finished in the
 * month; the rate's overdue term is the overdue backlog at the month's end (METRICS.md).
 * Basis `received`: they are of the dossiers received in the month (the `r_*` cohort measures and
 * the received-basis histogram); the overdue term is the cohort still open and overdue at export.
 * `received`, `backlog` and `overdue_backlog` are the same under both bases.
 */
export function buildTrendSeriesQuery(f: TrendFilters, focus?: SeriesRef): SqlQuery {
	const ctes = monthlyCtes(f, focus);
	const query = joinParts(
		'WITH ',
		ctes,
		', months AS (\n  ',
		monthsSql(f),
		`
), lines AS (
  SELECT DISTINCT kind, key FROM counts
)
SELECT strftime(mo.month, '%Y-%m') AS month, l.kind, l.key,
  ${MONTHLY_COLUMNS}
FROM months mo CROSS JOIN lines l
LEFT JOIN counts n ON n.month = mo.month AND n.kind = l.kind AND n.key = l.key
LEFT JOIN quantiles q ON q.month = mo.month AND q.kind = l.kind AND q.key = l.key
ORDER BY l.kind, l.key, mo.month`
	);
	return query;
}
