// Dossier indicators per unit for one period, from the cubes: the counts behind every rate and
// the processing-time quantiles from the histogram. Rates and the 766-inspired score are
// computed from these counts by src/lib/stats and src/lib/metrics/rankings-rows.ts.
import type { SqlQuery } from './query';
import { monthInModeSql, unitSql, type BoundaryMode } from './boundary';
import { histogramQuantilesSql } from './histogram-quantiles';

export interface DossierPeriod {
	/** First month of the period, 'YYYY-MM-01'. */
	from: string;
	/** Last month of the period (inclusive), 'YYYY-MM-01'. */
	to: string;
}

export interface DossierRankingFilters {
	period: DossierPeriod;
	mode: BoundaryMode;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])-01$/;

export function checkPeriod(period: DossierPeriod): void {
	if (!MONTH.test(period.from) || !MONTH.test(period.to) || period.from > period.to)
		throw new Error(`Invalid period: ${period.from}..${period.to}`);
}

/**
 * One row per unit of the mode (every unit, with zeros where it had no dossier):
 * unit, received, online, full_online, service_level_known, paid_online, paid_online_known,
 * digitized, digitized_known, early, on_time, late, overdue_backlog (at the end of the last
 * month), finished (with a processing time), median_wd, p90_wd.
 * The quantile is the smallest `wd` whose cumulative count reaches q × total (DATA-LAYOUT.md).
 */
export function buildDossierRankingQuery(filters: DossierRankingFilters): SqlQuery {
	checkPeriod(filters.period);
	const m = unitSql(filters.mode);
	const { from, to } = filters.period;
	// 63-unit figures stop at the merger (boundary.ts), as on the overview and /trends/.
	const validC = monthInModeSql(filters.mode, 'month');
	const validH = monthInModeSql(filters.mode, 'month');
	return {
		sql: `WITH counts AS (
  SELECT ${m.unitColumn} AS unit,
    SUM(received) AS received, SUM(online) AS online, SUM(full_online) AS full_online,
    SUM(service_level_known) AS service_level_known,
    SUM(paid_online) AS paid_online, SUM(paid_online_known) AS paid_online_known,
    SUM(digitized) AS digitized, SUM(digitized_known) AS digitized_known,
    SUM(early) AS early, SUM(on_time) AS on_time, SUM(late) AS late,
    SUM(overdue_backlog) FILTER (WHERE month = CAST(? AS DATE)) AS overdue_backlog
  FROM dossier_cube_units
  WHERE month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND ${m.unitColumn} IS NOT NULL${validC.sql}
  GROUP BY ${m.unitColumn}
), hist AS (
  SELECT ${m.unitColumn} AS unit, wd, SUM(n) AS n
  FROM dossier_hist_units
  WHERE basis = 'finished' AND month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
    AND ${m.unitColumn} IS NOT NULL${validH.sql}
  GROUP BY ${m.unitColumn}, wd
), quantiles AS (
  ${histogramQuantilesSql('hist', ['unit'], { total: 'finished' })}
)
SELECT u.code AS unit,
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
FROM ${m.unitTable} u
LEFT JOIN counts c ON c.unit = u.code
LEFT JOIN quantiles q ON q.unit = u.code
ORDER BY u.code`,
		params: [to, from, to, ...validC.params, from, to, ...validH.params]
	};
}
