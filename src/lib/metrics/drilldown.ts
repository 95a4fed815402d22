// Drill-down, first level: one line of the trend chart in one month, broken down by sector and
// by agency level, from the cubes in one query (GROUPING SETS over the same scan).
import { joinParts, type SqlQuery } from './query';
import { checkMonth, type SeriesRef, type TrendFilters } from './trends-filters';
import { membersSql, scanParts } from './trends-scope';
import { countsSelect, quantilesFrom } from './trends-series';

export type DrilldownDimension = 'sector' | 'agency_level';
export const DRILLDOWN_DIMENSIONS: readonly DrilldownDimension[] = ['sector', 'agency_level'];

export interface DrilldownInput {
	filters: TrendFilters;
	/** The line clicked. */
	focus: SeriesRef;
	/** The month clicked, 'YYYY-MM-01'. */
	month: string;
}

/**
 * One row per sector and per agency level of the line in the month, largest first.
 * Rows: dim ('sector' | 'agency_level'), key, received, finished (not withdrawn), withdrawn, early, on_time, late, overdue,
 * on_time_rate, backlog, overdue_backlog, timed, median_wd, p90_wd — with the same basis rules as
 * the monthly series (`buildTrendSeriesQuery`).
 */
export function buildDrilldownBreakdownQuery(input: DrilldownInput): SqlQuery {
	const f = input.filters;
	checkMonth(input.month);
	const scan = scanParts(f, input.focus);
	const sets = `GROUPING SETS ((c.sector), (c.agency_level))`;
	const dim = `CASE WHEN GROUPING(c.sector) = 0 THEN 'sector' ELSE 'agency_level' END`;
	const key = `CASE WHEN GROUPING(c.sector) = 0 THEN c.sector ELSE c.agency_level END`;
	return joinParts(
		'WITH members AS (\n  ',
		membersSql(f),
		`\n), counts AS (
  SELECT ${dim} AS dim, ${key} AS key,
    ${countsSelect(f.basis)}
  FROM dossier_cube c ${scan.join}
  WHERE c.month = CAST(? AS DATE)`,
		{ sql: '', params: [input.month] },
		scan.where,
		`
  GROUP BY ${sets}
), hist AS (
  SELECT ${dim} AS dim, ${key} AS key, c.wd, SUM(c.n) AS n
  FROM dossier_hist c ${scan.join}
  WHERE c.basis = ? AND c.month = CAST(? AS DATE)`,
		{ sql: '', params: [f.basis, input.month] },
		scan.where,
		`
  GROUP BY GROUPING SETS ((c.sector, c.wd), (c.agency_level, c.wd))
), quantiles AS (
  ${quantilesFrom('hist', ['dim', 'key'])}
)
SELECT n.dim, n.key,
  n.received::DOUBLE AS received, n.finished::DOUBLE AS finished, n.withdrawn::DOUBLE AS withdrawn,
  n.early::DOUBLE AS early, n.on_time::DOUBLE AS on_time, n.late::DOUBLE AS late,
  n.overdue::DOUBLE AS overdue,
  ((n.early + n.on_time) / nullif(n.early + n.on_time + n.late + n.overdue, 0))::DOUBLE AS on_time_rate,
  n.backlog::DOUBLE AS backlog, n.overdue_backlog::DOUBLE AS overdue_backlog,
  coalesce(q.timed, 0)::DOUBLE AS timed, q.median_wd::DOUBLE AS median_wd, q.p90_wd::DOUBLE AS p90_wd
FROM counts n
LEFT JOIN quantiles q ON q.dim = n.dim AND q.key = n.key
WHERE n.received + n.finished + n.withdrawn + n.backlog > 0
ORDER BY n.dim DESC, n.finished DESC, n.received DESC, n.key`
	);
}
