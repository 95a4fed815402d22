// Seasonality of one line: each month beside the same month of the previous year and a
// 12-month rolling figure (quantiles pooled over the dossiers of the 12 months, not a median of
// medians), from the cubes in one query.
import type { SqlQuery } from './query';
import { addMonths, checkTrendFilters, type SeriesRef, type TrendFilters } from './trends-filters';
import { MONTHLY_COLUMNS, monthlyCtes, monthsSql } from './trends-series';
import { joinParts } from './trends-scope';

const METRICS = ['median_wd', 'p90_wd', 'on_time_rate', 'received', 'finished', 'backlog', 'overdue_backlog'] as const;

/**
 * One row per month of [from, to]:
 * month ('YYYY-MM'), median_wd, p90_wd, on_time_rate, received, finished, backlog,
 * overdue_backlog; the same with prefix `prev_` (the month a year earlier; NULL where the cube has
 * no such month) and with prefix `rolling_` (the 12 months ending with this one; NULL unless all
 * 12 are in the cube). Rolling volumes and backlogs are monthly averages; the rolling on-time rate
 * pools the 12 months' counts, with the overdue term at the window's end (finished basis) or summed
 * over the cohorts (received basis).
 */
export function buildTrendSeasonalQuery(f: TrendFilters, focus: SeriesRef): SqlQuery {
	checkTrendFilters(f);
	const wide: TrendFilters = { ...f, from: addMonths(f.from, -12) };
	const overdueTerm = f.basis === 'finished' ? `MAX(n.overdue) FILTER (WHERE w.inner_month = mo.month)` : `SUM(n.overdue)`;
	const query = joinParts(
		'WITH ',
		monthlyCtes(wide, focus),
		', months AS (\n  ',
		monthsSql(wide),
		'\n)',
		`, base AS (
  SELECT mo.month,
  ${MONTHLY_COLUMNS}
  FROM months mo
  LEFT JOIN counts n ON n.month = mo.month
  LEFT JOIN quantiles q ON q.month = mo.month
), windows AS (
  -- Each month with the (up to) 12 months of the cube ending with it.
  SELECT mo.month, w.month AS inner_month
  FROM months mo JOIN months w ON w.month > mo.month - INTERVAL 12 MONTH AND w.month <= mo.month
), rolled_hist AS (
  SELECT w.month, h.wd, SUM(h.n) AS n
  FROM windows w JOIN hist h ON h.month = w.inner_month
  GROUP BY ALL
), rolled_cum AS (
  SELECT month, wd,
    SUM(n) OVER (PARTITION BY month ORDER BY wd) AS cum,
    SUM(n) OVER (PARTITION BY month) AS total
  FROM rolled_hist
), rolled_q AS (
  SELECT month,
    MIN(wd) FILTER (WHERE cum >= 0.5 * total) AS median_wd,
    MIN(wd) FILTER (WHERE cum >= 0.9 * total) AS p90_wd
  FROM rolled_cum
  GROUP BY month
), rolled AS (
  SELECT mo.month, COUNT(*) AS months_in_window,
    SUM(coalesce(n.early, 0) + coalesce(n.on_time, 0)) AS good,
    SUM(coalesce(n.early, 0) + coalesce(n.on_time, 0) + coalesce(n.late, 0)) AS judged,
    coalesce(${overdueTerm}, 0) AS overdue,
    AVG(coalesce(n.received, 0)) AS received,
    AVG(coalesce(n.finished, 0)) AS finished,
    AVG(coalesce(n.backlog, 0)) AS backlog,
    AVG(coalesce(n.overdue_backlog, 0)) AS overdue_backlog
  FROM months mo
  JOIN windows w ON w.month = mo.month
  LEFT JOIN counts n ON n.month = w.inner_month
  GROUP BY mo.month
)
SELECT strftime(b.month, '%Y-%m') AS month,
  ${METRICS.map((m) => `b.${m}`).join(', ')},
  ${METRICS.map((m) => `p.${m}::DOUBLE AS prev_${m}`).join(',\n  ')},
  CASE WHEN r.months_in_window = 12 THEN rq.median_wd END::DOUBLE AS rolling_median_wd,
  CASE WHEN r.months_in_window = 12 THEN rq.p90_wd END::DOUBLE AS rolling_p90_wd,
  CASE WHEN r.months_in_window = 12 THEN r.good / nullif(r.judged + r.overdue, 0) END::DOUBLE AS rolling_on_time_rate,
  ${['received', 'finished', 'backlog', 'overdue_backlog']
		.map((m) => `CASE WHEN r.months_in_window = 12 THEN r.${m} END::DOUBLE AS rolling_${m}`)
		.join(',\n  ')}
FROM base b
LEFT JOIN base p ON p.month = b.month - INTERVAL 12 MONTH
LEFT JOIN rolled r ON r.month = b.month
LEFT JOIN rolled_q rq ON rq.month = b.month
WHERE b.month >= CAST(? AS DATE)
ORDER BY b.month`,
		{ sql: '', params: [f.from] }
	);
	return query;
}
