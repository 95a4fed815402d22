// The events a trend chart marks: each Tết break (a run of days the working-day calendar names
// Tết Nguyên đán), each pilot province's start, the pilot's end and the merger of 2025-07-01.
// Read from the `calendar` and `pilots` tables, so a replaced calendar or pilot list is honoured.
import type { SqlQuery } from './query';
import { MERGER_DATE } from './boundary';
import { checkMonth } from './trends-filters';

/**
 * Events overlapping [from, last day of `to`'s month], ordered by date.
 * Rows: kind ('tet' | 'pilot_start' | 'pilot_end' | 'merger'), date_from, date_to ('YYYY-MM-DD';
 * equal for a one-day event), code (pilot province, 63-unit; '' otherwise), name_vi, name_en
 * (the pilot province's names; '' otherwise), illustrative (the start date is illustrative).
 */
export function buildTrendAnnotationsQuery(from: string, to: string): SqlQuery {
	checkMonth(from, 'first month');
	checkMonth(to, 'last month');
	return {
		sql: `WITH tet_days AS (
  SELECT date, date - (ROW_NUMBER() OVER (ORDER BY date))::INTEGER AS run
  FROM calendar
  WHERE holiday LIKE 'Tết Nguyên đán%' OR lower(holiday) LIKE '%lunar new year%'
), events AS (
  SELECT 'tet' AS kind, MIN(date) AS date_from, MAX(date) AS date_to, '' AS code, '' AS name_vi, '' AS name_en, FALSE AS illustrative
  FROM tet_days GROUP BY run
  UNION ALL
  SELECT 'pilot_start', p.start_date, p.start_date, p.province_code, coalesce(u.name_vi, ''), coalesce(u.name_en, ''), coalesce(p.start_is_illustrative, FALSE)
  FROM pilots p LEFT JOIN provinces_63 u ON u.code = p.province_code
  UNION ALL
  SELECT DISTINCT 'pilot_end', end_date, end_date, '', '', '', FALSE FROM pilots
  UNION ALL
  SELECT 'merger', CAST(? AS DATE), CAST(? AS DATE), '', '', '', FALSE
)
SELECT kind, strftime(date_from, '%Y-%m-%d') AS date_from, strftime(date_to, '%Y-%m-%d') AS date_to,
  code, name_vi, name_en, illustrative
FROM events
WHERE date_to >= CAST(? AS DATE) AND date_from <= last_day(CAST(? AS DATE))
ORDER BY date_from, kind, code`,
		params: [MERGER_DATE, MERGER_DATE, from, to]
	};
}
