// The national dossier figures a profile shows beside its province's: the same counts and
// histogram quantiles as the rankings' per-unit builder (rankings-dossier.ts), over every unit of
// the boundary mode together, so `dossierValues` turns the one row into the same indicators.
// A median of the nation is not a sum of the units' medians: it needs its own query. Both CTEs
// aggregate without GROUP BY, so the query returns one row even for a period without dossiers.
import type { SqlQuery } from './query';
import { monthInModeSql, unitSql, type BoundaryMode } from './boundary';
import { histogramQuantilesSql } from './histogram-quantiles';
import { checkPeriod, type DossierPeriod } from './rankings-dossier';

/**
 * One row, unit 'national': the columns of buildDossierRankingQuery summed over the dossiers that
 * have a unit in `mode` within the period (63-unit figures stop at the merger, as there).
 */
export function buildProvinceNationalDossierQuery(filters: { period: DossierPeriod; mode: BoundaryMode }): SqlQuery {
	checkPeriod(filters.period);
	const m = unitSql(filters.mode);
	const { from, to } = filters.period;
	const validC = monthInModeSql(filters.mode, 'month');
	const validH = monthInModeSql(filters.mode, 'month');
	return {
		sql: `WITH counts AS (
  SELECT SUM(received) AS received, SUM(online) AS online, SUM(full_online) AS full_online,
    SUM(service_level_known) AS service_level_known,
    SUM(paid_online) AS paid_online, SUM(paid_online_known) AS paid_online_known,
    SUM(digitized) AS digitized, SUM(digitized_known) AS digitized_known,
    SUM(early) AS early, SUM(on_time) AS on_time, SUM(late) AS late,
    SUM(overdue_backlog) FILTER (WHERE month = CAST(? AS DATE)) AS overdue_backlog
  FROM dossier_cube
  WHERE month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND ${m.unitColumn} IS NOT NULL${validC.sql}
), hist AS (
  SELECT wd, SUM(n) AS n
  FROM dossier_hist
  WHERE basis = 'finished' AND month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
    AND ${m.unitColumn} IS NOT NULL${validH.sql}
  GROUP BY wd
), quantiles AS (
  ${histogramQuantilesSql('hist', [], { total: 'finished' })}
)
SELECT 'national' AS unit,
  coalesce(c.received, 0)::DOUBLE AS received,
  coalesce(c.online, 0)::DOUBLE AS online,
  coalesce(c.full_online, 0)::DOUBLE AS full_online,
  coalesce(c.service_level_known, 0)::DOUBLE AS service_level_known,
  coalesce(c.paid_online, 0)::DOUBLE AS paid_online,
  coalesce(c.paid_online_known, 0)::DOUBLE AS paid_online_known,
  coalesce(c.digitized, 0)::DOUBLE AS digitized,
  coalesce(c.digitized_known, 0)::DOUBLE AS digitized_known,
  coalesce(c.early, 0)::DOUBLE AS early,
  coalesce(c.on_time, 0)::DOUBLE AS on_time,
  coalesce(c.late, 0)::DOUBLE AS late,
  coalesce(c.overdue_backlog, 0)::DOUBLE AS overdue_backlog,
  coalesce(q.finished, 0)::DOUBLE AS finished,
  q.median_wd::DOUBLE AS median_wd,
  q.p90_wd::DOUBLE AS p90_wd
FROM counts c CROSS JOIN quantiles q`,
		params: [to, from, to, ...validC.params, from, to, ...validH.params]
	};
}
