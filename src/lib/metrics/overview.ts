// The overview's national figures for a period: dossiers received, on-time rate, median and p90
// processing time (working days, from the histogram), online share; the same for the previous
// period of equal length; monthly series for the sparklines; SIPAS survey cells for the index.
// Definitions: docs/DATA-LAYOUT.md and METRICS.md.
import type { SqlQuery } from './query';
import { groupSql, monthInModeSql, unitSql, type BoundaryMode, type ProvinceGroup } from './boundary';
import { histogramQuantilesSql } from './histogram-quantiles';
import { periodDates, previousPeriod } from '../state/global-filters';
import { surveyStratumSql, surveySumsSql } from './survey-cells';

/** First and last month of a period, both 'YYYY-MM-01'. */
export interface MonthRange {
	from: string;
	to: string;
}

export interface OverviewFilters {
	current: MonthRange;
	/** The period of equal length just before `current`. */
	previous: MonthRange;
	mode: BoundaryMode;
	group: ProvinceGroup;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])-01$/;

function checkRange(range: MonthRange): void {
	if (!MONTH.test(range.from) || !MONTH.test(range.to) || range.from > range.to)
		throw new Error(`Invalid period: ${range.from}..${range.to}`);
}

/** The group's condition on a cube row of alias `alias`. */
function inGroup(mode: BoundaryMode, group: ProvinceGroup, alias: 'c' | 'h' | 's'): string {
	return groupSql(mode, group, `${alias}.${unitSql(mode).unitColumn}`);
}

/**
 * Two rows, `period` = 'current' and 'previous': received, online, early, on_time, late,
 * overdue_backlog (at the end of the period's last month), finished (finished in the period, not
 * withdrawn: the dossiers with a processing time), withdrawn (counted apart), median_wd, p90_wd,
 * on_time_rate, online_share (null where the denominator is 0).
 */
export function buildOverviewKpiQuery(f: OverviewFilters): SqlQuery {
	checkRange(f.current);
	checkRange(f.previous);
	const inGroupC = inGroup(f.mode, f.group, 'c');
	const inGroupH = inGroup(f.mode, f.group, 'h');
	// 63-unit figures stop at the merger, as on /trends/ (boundary.ts).
	const validC = monthInModeSql(f.mode, 'c.month');
	const validH = monthInModeSql(f.mode, 'h.month');
	return {
		sql: `WITH periods AS (
  SELECT 'current' AS period, CAST(? AS DATE) AS p_from, CAST(? AS DATE) AS p_to
  UNION ALL SELECT 'previous', CAST(? AS DATE), CAST(? AS DATE)
), counts AS (
  SELECT p.period, SUM(c.received) AS received, SUM(c.online) AS online,
    SUM(c.early) AS early, SUM(c.on_time) AS on_time, SUM(c.late) AS late,
    SUM(c.withdrawn) AS withdrawn,
    SUM(c.overdue_backlog) FILTER (WHERE c.month = p.p_to) AS overdue_backlog
  FROM periods p JOIN dossier_cube_units c ON c.month BETWEEN p.p_from AND p.p_to AND ${inGroupC}${validC.sql}
  GROUP BY p.period
), hist AS (
  SELECT p.period, h.wd, SUM(h.n) AS n
  FROM periods p JOIN dossier_hist_units h
    ON h.basis = 'finished' AND h.month BETWEEN p.p_from AND p.p_to AND ${inGroupH}${validH.sql}
  GROUP BY p.period, h.wd
), quantiles AS (
  ${histogramQuantilesSql('hist', ['period'], { total: 'finished' })}
), totals AS (
  SELECT p.period,
    coalesce(c.received, 0)::DOUBLE AS received, coalesce(c.online, 0)::DOUBLE AS online,
    coalesce(c.early, 0)::DOUBLE AS early, coalesce(c.on_time, 0)::DOUBLE AS on_time,
    coalesce(c.late, 0)::DOUBLE AS late, coalesce(c.overdue_backlog, 0)::DOUBLE AS overdue_backlog,
    coalesce(q.finished, 0)::DOUBLE AS finished, coalesce(c.withdrawn, 0)::DOUBLE AS withdrawn,
    q.median_wd::DOUBLE AS median_wd,
    q.p90_wd::DOUBLE AS p90_wd
  FROM periods p LEFT JOIN counts c USING (period) LEFT JOIN quantiles q USING (period)
)
SELECT *,
  (early + on_time) / nullif(early + on_time + late + overdue_backlog, 0) AS on_time_rate,
  online / nullif(received, 0) AS online_share
FROM totals
ORDER BY period`,
		params: [f.current.from, f.current.to, f.previous.from, f.previous.to, ...validC.params, ...validH.params]
	};
}

/**
 * One row per month of `range` (months without dossiers included, with zeros and null rates):
 * month ('YYYY-MM'), received, online_share, on_time_rate (that month's overdue backlog counts
 * as late), median_wd, p90_wd.
 */
export function buildOverviewMonthlyQuery(range: MonthRange, mode: BoundaryMode, group: ProvinceGroup): SqlQuery {
	checkRange(range);
	const inGroupC = inGroup(mode, group, 'c');
	const inGroupH = inGroup(mode, group, 'h');
	const validC = monthInModeSql(mode, 'c.month');
	const validH = monthInModeSql(mode, 'h.month');
	return {
		sql: `WITH months AS (
  SELECT CAST(m AS DATE) AS month
  FROM unnest(generate_series(CAST(? AS DATE), CAST(? AS DATE), INTERVAL 1 MONTH)) AS t(m)
), counts AS (
  SELECT c.month, SUM(c.received) AS received, SUM(c.online) AS online,
    SUM(c.early) + SUM(c.on_time) AS in_time,
    SUM(c.early) + SUM(c.on_time) + SUM(c.late) + SUM(c.overdue_backlog) AS judged
  FROM dossier_cube_units c
  WHERE c.month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND ${inGroupC}${validC.sql}
  GROUP BY c.month
), hist AS (
  SELECT h.month, h.wd, SUM(h.n) AS n
  FROM dossier_hist_units h
  WHERE h.basis = 'finished' AND h.month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND ${inGroupH}${validH.sql}
  GROUP BY h.month, h.wd
), quantiles AS (
  ${histogramQuantilesSql('hist', ['month'])}
)
SELECT strftime(m.month, '%Y-%m') AS month,
  coalesce(c.received, 0)::DOUBLE AS received,
  (c.online / nullif(c.received, 0))::DOUBLE AS online_share,
  (c.in_time / nullif(c.judged, 0))::DOUBLE AS on_time_rate,
  q.median_wd::DOUBLE AS median_wd, q.p90_wd::DOUBLE AS p90_wd
FROM months m LEFT JOIN counts c USING (month) LEFT JOIN quantiles q USING (month)
ORDER BY m.month`,
		params: [range.from, range.to, range.from, range.to, ...validC.params, range.from, range.to, ...validH.params]
	};
}

/**
 * Survey cells for the SIPAS index of every survey year up to `toYear`, summed over respondent
 * types: survey_year, factor (the five SIPAS factors), stratum (the province the survey was drawn
 * in: 63-unit before the merger, whatever the mode), psu, and the sums of survey-cells.ts. Give
 * them to `sipasIndex` (src/lib/stats) one year at a time (overview-sipas.ts).
 */
export function buildOverviewSurveyQuery(toYear: number, mode: BoundaryMode, group: ProvinceGroup): SqlQuery {
	if (!Number.isInteger(toYear)) throw new Error(`Invalid survey year: ${toYear}`);
	const inGroupS = inGroup(mode, group, 's');
	return {
		sql: `SELECT s.survey_year::INTEGER AS survey_year, s.factor, ${surveyStratumSql('s')} AS stratum, s.psu,
  ${surveySumsSql('s')}
FROM survey_cube s
WHERE s.survey_year <= ? AND s.factor IN ('access', 'procedures', 'officials', 'results', 'feedback')
  AND ${inGroupS}
GROUP BY ALL
ORDER BY survey_year, factor, stratum, psu NULLS FIRST`,
		params: [toYear]
	};
}

/** The months with dossiers received: firstMonth, lastMonth ('YYYY-MM'). */
export function buildDataSpanQuery(): SqlQuery {
	return {
		sql: `SELECT strftime(min(month), '%Y-%m') AS first_month, strftime(max(month), '%Y-%m') AS last_month
FROM dossier_cube WHERE received > 0`,
		params: []
	};
}

/** The overview's builder filters from the global filters ('YYYY-MM' months). */
export function overviewFilters(g: { from: string; to: string; mode: BoundaryMode; group: ProvinceGroup }): OverviewFilters {
	const current = periodDates(g);
	const prev = previousPeriod(g);
	return { current, previous: periodDates(prev), mode: g.mode, group: g.group };
}
