// One inline snapshot of the SQL text of every builder, on a representative input, so that a
// change to a query shows in review as a diff of SQL, not only as changed figures. The last test
// checks that every exported builder of src/lib/metrics has a snapshot here.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlQuery } from './query';
import { buildDrilldownProceduresQuery } from './drilldown-procedures';
import { buildDrilldownBreakdownQuery } from './drilldown';
import { buildDataSpanQuery, buildOverviewKpiQuery, buildOverviewMonthlyQuery, buildOverviewSurveyQuery } from './overview';
import {
	buildPilotDatesIllustrativeQuery,
	buildPilotMonthlySeriesQuery,
	buildPilotSurveySeriesQuery,
	buildPilotUnitsQuery
} from './pilots-series';
import { buildDossierRankingQuery } from './rankings-dossier';
import { buildProvinceNationalDossierQuery } from './province-national';
import { buildSurveyRankingQuery, buildSurveyYearsQuery } from './rankings-survey';
import { buildRankingUnitsQuery, buildVisibleUnitsQuery } from './rankings-units';
import { buildTrendAnnotationsQuery } from './trends-annotations';
import { buildTrendSectorsQuery } from './trends-dimensions';
import { buildTrendHistogramQuery } from './trends-histogram';
import { buildHasTrendLinesQuery, buildSliceValuesQuery, buildTrendLinesTableStatements, buildTrendLookupQuery } from './trends-lines';
import { buildTrendSeriesQuery } from './trends-series';
import { buildTrendWarmUpQueries } from './trends-warm-up';
import { buildUnitRollupQuery, UNIT_ROLLUPS } from './unit-rollups';
import type { TrendFilters } from './trends-filters';
import { buildIndexCatalogQuery } from './indices-catalog';
import { buildIndexRankingQuery } from './indices-ranking';
import { buildIndexProfileQuery } from './indices-profile';
import { buildIndexTrendQuery } from './indices-trend';

/** The SQL with its parameters appended, whitespace at line ends trimmed. */
function shown(q: SqlQuery): string {
	return `${q.sql.replace(/[ \t]+$/gm, '')}\n-- params: ${JSON.stringify(q.params)}`;
}

const trend: TrendFilters = {
	mode: '34',
	basis: 'finished',
	grouping: 'province',
	provinces: ['01', '79'],
	from: '2024-01-01',
	to: '2024-12-01',
	slice: {}
};

/** Builders with no snapshot on purpose: they return statements built from the snapshotted ones. */
const COMPOSED = ['buildTrendLinesTableStatements', 'buildTrendWarmUpQueries'];

describe('SQL of every builder', () => {
	it('buildOverviewKpiQuery', () => {
		const q = buildOverviewKpiQuery({
			current: { from: '2024-01-01', to: '2024-12-01' },
			previous: { from: '2023-01-01', to: '2023-12-01' },
			mode: '34',
			group: 'pilot'
		});
		expect(shown(q)).toMatchInlineSnapshot(`
			"WITH periods AS (
			  SELECT 'current' AS period, CAST(? AS DATE) AS p_from, CAST(? AS DATE) AS p_to
			  UNION ALL SELECT 'previous', CAST(? AS DATE), CAST(? AS DATE)
			), counts AS (
			  SELECT p.period, SUM(c.received) AS received, SUM(c.online) AS online,
			    SUM(c.early) AS early, SUM(c.on_time) AS on_time, SUM(c.late) AS late,
			    SUM(c.withdrawn) AS withdrawn,
			    SUM(c.overdue_backlog) FILTER (WHERE c.month = p.p_to) AS overdue_backlog
			  FROM periods p JOIN dossier_cube_units c ON c.month BETWEEN p.p_from AND p.p_to AND c.province_34 IN (SELECT province_34 FROM pilots)
			  GROUP BY p.period
			), hist AS (
			  SELECT p.period, h.wd, SUM(h.n) AS n
			  FROM periods p JOIN dossier_hist_units h
			    ON h.basis = 'finished' AND h.month BETWEEN p.p_from AND p.p_to AND h.province_34 IN (SELECT province_34 FROM pilots)
			  GROUP BY p.period, h.wd
			), quantiles AS (
			  SELECT period, MAX(total) AS finished,
			    MIN(wd) FILTER (WHERE cum >= 0.5 * total) AS median_wd,
			    MIN(wd) FILTER (WHERE cum >= 0.9 * total) AS p90_wd
			  FROM (
			    SELECT period, wd, n,
			      SUM(n) OVER (PARTITION BY period ORDER BY wd) AS cum,
			      SUM(n) OVER (PARTITION BY period) AS total
			    FROM hist
			  )
			  GROUP BY period
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
			ORDER BY period
			-- params: ["2024-01-01","2024-12-01","2023-01-01","2023-12-01"]"
		`);
	});
	it('buildOverviewMonthlyQuery', () => {
		expect(shown(buildOverviewMonthlyQuery({ from: '2024-01-01', to: '2024-12-01' }, '63', 'all'))).toMatchInlineSnapshot(`
			"WITH months AS (
			  SELECT CAST(m AS DATE) AS month
			  FROM unnest(generate_series(CAST(? AS DATE), CAST(? AS DATE), INTERVAL 1 MONTH)) AS t(m)
			), counts AS (
			  SELECT c.month, SUM(c.received) AS received, SUM(c.online) AS online,
			    SUM(c.early) + SUM(c.on_time) AS in_time,
			    SUM(c.early) + SUM(c.on_time) + SUM(c.late) + SUM(c.overdue_backlog) AS judged
			  FROM dossier_cube_units c
			  WHERE c.month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND c.province_63 IS NOT NULL AND c.month < CAST(? AS DATE)
			  GROUP BY c.month
			), hist AS (
			  SELECT h.month, h.wd, SUM(h.n) AS n
			  FROM dossier_hist_units h
			  WHERE h.basis = 'finished' AND h.month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND h.province_63 IS NOT NULL AND h.month < CAST(? AS DATE)
			  GROUP BY h.month, h.wd
			), quantiles AS (
			  SELECT month, MAX(total) AS total,
			    MIN(wd) FILTER (WHERE cum >= 0.5 * total) AS median_wd,
			    MIN(wd) FILTER (WHERE cum >= 0.9 * total) AS p90_wd
			  FROM (
			    SELECT month, wd, n,
			      SUM(n) OVER (PARTITION BY month ORDER BY wd) AS cum,
			      SUM(n) OVER (PARTITION BY month) AS total
			    FROM hist
			  )
			  GROUP BY month
			)
			SELECT strftime(m.month, '%Y-%m') AS month,
			  coalesce(c.received, 0)::DOUBLE AS received,
			  (c.online / nullif(c.received, 0))::DOUBLE AS online_share,
			  (c.in_time / nullif(c.judged, 0))::DOUBLE AS on_time_rate,
			  q.median_wd::DOUBLE AS median_wd, q.p90_wd::DOUBLE AS p90_wd
			FROM months m LEFT JOIN counts c USING (month) LEFT JOIN quantiles q USING (month)
			ORDER BY m.month
			-- params: ["2024-01-01","2024-12-01","2024-01-01","2024-12-01","2025-07-01","2024-01-01","2024-12-01","2025-07-01"]"
		`);
	});
	it('buildOverviewSurveyQuery', () => {
		expect(shown(buildOverviewSurveyQuery(2024, '34', 'non_pilot'))).toMatchInlineSnapshot(`
			"SELECT s.survey_year::INTEGER AS survey_year, s.factor, CASE WHEN s.province_63 IS NULL THEN '34:' || s.province_34 ELSE '63:' || s.province_63 END AS stratum, s.psu,
			  SUM(s.n)::DOUBLE AS n,
			  SUM(s.n_pos)::DOUBLE AS n_pos,
			  SUM(s.sum_w)::DOUBLE AS sum_w,
			  SUM(s.sum_w2)::DOUBLE AS sum_w2,
			  SUM(s.sum_w_pos)::DOUBLE AS sum_w_pos,
			  SUM(s.sum_w2_pos)::DOUBLE AS sum_w2_pos,
			  SUM(s.n_resp)::DOUBLE AS n_resp,
			  SUM(s.w2_with_access)::DOUBLE AS w2_with_access,
			  SUM(s.w2_pos_with_access)::DOUBLE AS w2_pos_with_access,
			  SUM(s.w2_pos_pos_access)::DOUBLE AS w2_pos_pos_access,
			  SUM(s.w2_with_procedures)::DOUBLE AS w2_with_procedures,
			  SUM(s.w2_pos_with_procedures)::DOUBLE AS w2_pos_with_procedures,
			  SUM(s.w2_pos_pos_procedures)::DOUBLE AS w2_pos_pos_procedures,
			  SUM(s.w2_with_officials)::DOUBLE AS w2_with_officials,
			  SUM(s.w2_pos_with_officials)::DOUBLE AS w2_pos_with_officials,
			  SUM(s.w2_pos_pos_officials)::DOUBLE AS w2_pos_pos_officials,
			  SUM(s.w2_with_results)::DOUBLE AS w2_with_results,
			  SUM(s.w2_pos_with_results)::DOUBLE AS w2_pos_with_results,
			  SUM(s.w2_pos_pos_results)::DOUBLE AS w2_pos_pos_results,
			  SUM(s.w2_with_feedback)::DOUBLE AS w2_with_feedback,
			  SUM(s.w2_pos_with_feedback)::DOUBLE AS w2_pos_with_feedback,
			  SUM(s.w2_pos_pos_feedback)::DOUBLE AS w2_pos_pos_feedback
			FROM survey_cube s
			WHERE s.survey_year <= ? AND s.factor IN ('access', 'procedures', 'officials', 'results', 'feedback')
			  AND s.province_34 IS NOT NULL AND NOT (s.province_34 IN (SELECT province_34 FROM pilots))
			GROUP BY ALL
			ORDER BY survey_year, factor, stratum, psu NULLS FIRST
			-- params: [2024]"
		`);
	});
	it('buildDataSpanQuery', () => {
		expect(shown(buildDataSpanQuery())).toMatchInlineSnapshot(`
			"SELECT strftime(min(month), '%Y-%m') AS first_month, strftime(max(month), '%Y-%m') AS last_month
			FROM dossier_cube WHERE received > 0
			-- params: []"
		`);
	});
	it('buildDossierRankingQuery', () => {
		expect(shown(buildDossierRankingQuery({ period: { from: '2024-01-01', to: '2024-12-01' }, mode: '63' }))).toMatchInlineSnapshot(`
			"WITH counts AS (
			  SELECT province_63 AS unit,
			    SUM(received) AS received, SUM(online) AS online, SUM(full_online) AS full_online,
			    SUM(service_level_known) AS service_level_known,
			    SUM(paid_online) AS paid_online, SUM(paid_online_known) AS paid_online_known,
			    SUM(digitized) AS digitized, SUM(digitized_known) AS digitized_known,
			    SUM(early) AS early, SUM(on_time) AS on_time, SUM(late) AS late,
			    SUM(overdue_backlog) FILTER (WHERE month = CAST(? AS DATE)) AS overdue_backlog
			  FROM dossier_cube_units
			  WHERE month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND province_63 IS NOT NULL AND month < CAST(? AS DATE)
			  GROUP BY province_63
			), hist AS (
			  SELECT province_63 AS unit, wd, SUM(n) AS n
			  FROM dossier_hist_units
			  WHERE basis = 'finished' AND month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
			    AND province_63 IS NOT NULL AND month < CAST(? AS DATE)
			  GROUP BY province_63, wd
			), quantiles AS (
			  SELECT unit, MAX(total) AS finished,
			    MIN(wd) FILTER (WHERE cum >= 0.5 * total) AS median_wd,
			    MIN(wd) FILTER (WHERE cum >= 0.9 * total) AS p90_wd
			  FROM (
			    SELECT unit, wd, n,
			      SUM(n) OVER (PARTITION BY unit ORDER BY wd) AS cum,
			      SUM(n) OVER (PARTITION BY unit) AS total
			    FROM hist
			  )
			  GROUP BY unit
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
			FROM provinces_63 u
			LEFT JOIN counts c ON c.unit = u.code
			LEFT JOIN quantiles q ON q.unit = u.code
			ORDER BY u.code
			-- params: ["2024-12-01","2024-01-01","2024-12-01","2025-07-01","2024-01-01","2024-12-01","2025-07-01"]"
		`);
	});
	it('buildSurveyRankingQuery', () => {
		expect(shown(buildSurveyRankingQuery({ year: 2024, respondents: 'citizen', mode: '34' }))).toMatchInlineSnapshot(`
			"SELECT
			  province_34 AS unit,
			  factor,
			  stratum,
			  psu,
			  SUM(n)::DOUBLE AS n,
			  SUM(n_pos)::DOUBLE AS n_pos,
			  SUM(sum_w)::DOUBLE AS sum_w,
			  SUM(sum_w2)::DOUBLE AS sum_w2,
			  SUM(sum_w_pos)::DOUBLE AS sum_w_pos,
			  SUM(sum_w2_pos)::DOUBLE AS sum_w2_pos,
			  SUM(n_resp)::DOUBLE AS n_resp,
			  SUM(w2_with_access)::DOUBLE AS w2_with_access,
			  SUM(w2_pos_with_access)::DOUBLE AS w2_pos_with_access,
			  SUM(w2_pos_pos_access)::DOUBLE AS w2_pos_pos_access,
			  SUM(w2_with_procedures)::DOUBLE AS w2_with_procedures,
			  SUM(w2_pos_with_procedures)::DOUBLE AS w2_pos_with_procedures,
			  SUM(w2_pos_pos_procedures)::DOUBLE AS w2_pos_pos_procedures,
			  SUM(w2_with_officials)::DOUBLE AS w2_with_officials,
			  SUM(w2_pos_with_officials)::DOUBLE AS w2_pos_with_officials,
			  SUM(w2_pos_pos_officials)::DOUBLE AS w2_pos_pos_officials,
			  SUM(w2_with_results)::DOUBLE AS w2_with_results,
			  SUM(w2_pos_with_results)::DOUBLE AS w2_pos_with_results,
			  SUM(w2_pos_pos_results)::DOUBLE AS w2_pos_pos_results,
			  SUM(w2_with_feedback)::DOUBLE AS w2_with_feedback,
			  SUM(w2_pos_with_feedback)::DOUBLE AS w2_pos_with_feedback,
			  SUM(w2_pos_pos_feedback)::DOUBLE AS w2_pos_pos_feedback
			FROM (SELECT *, CASE WHEN province_63 IS NULL THEN '34:' || province_34 ELSE '63:' || province_63 END AS stratum FROM survey_cube) s
			WHERE survey_year = ?
			  AND factor IN (?, ?, ?, ?, ?)
			  AND province_34 IS NOT NULL
			  AND respondent_type = ?
			GROUP BY province_34, factor, stratum, psu
			HAVING SUM(n_resp) > 0
			ORDER BY unit, factor, stratum, psu NULLS FIRST
			-- params: [2024,"access","procedures","officials","results","feedback","citizen"]"
		`);
	});
	it('buildSurveyYearsQuery', () => {
		expect(shown(buildSurveyYearsQuery())).toMatchInlineSnapshot(`
			"SELECT survey_year::INTEGER AS survey_year,
			  bool_or(province_63 IS NOT NULL) AS has_63
			FROM survey_cube
			GROUP BY survey_year
			ORDER BY survey_year
			-- params: []"
		`);
	});
	it('buildRankingUnitsQuery', () => {
		expect(shown(buildRankingUnitsQuery('34'))).toMatchInlineSnapshot(`
			"SELECT u.code, u.name_vi, u.name_en, u.kind, u.region,
			  u.code IN (SELECT province_34 FROM pilots) AS is_pilot
			FROM provinces_34 u
			ORDER BY u.code
			-- params: []"
		`);
	});
	it('buildVisibleUnitsQuery', () => {
		expect(shown(buildVisibleUnitsQuery('63', 'cities', 'southeast'))).toMatchInlineSnapshot(`
			"SELECT u.code FROM provinces_63 u WHERE u.code IN (SELECT code FROM provinces_63 WHERE kind = 'city') AND u.code IN (SELECT code FROM provinces_63 WHERE region = ?) ORDER BY u.code
			-- params: ["southeast"]"
		`);
	});
	it('buildPilotMonthlySeriesQuery', () => {
		expect(shown(buildPilotMonthlySeriesQuery('63'))).toMatchInlineSnapshot(`
			"WITH counts AS (
			  SELECT CASE WHEN c.month < CAST(? AS DATE) THEN c.province_63 ELSE uc.code63 END AS unit, c.month AS month,
			    sum(c.received)::DOUBLE AS received,
			    sum(c.online)::DOUBLE AS online,
			    sum(c.via_centre)::DOUBLE AS via_centre,
			    sum(c.via_centre_known)::DOUBLE AS via_centre_known,
			    sum(c.early + c.on_time)::DOUBLE AS in_time,
			    sum(c.early + c.on_time + c.late + c.overdue_backlog)::DOUBLE AS due_base
			  FROM dossier_cube_units c
			  LEFT JOIN (
			    SELECT merged_into_2025 AS code34, min(code) AS code63
			    FROM provinces_63 GROUP BY merged_into_2025 HAVING count(*) = 1
			  ) uc ON uc.code34 = c.province_34
			  GROUP BY ALL
			),
			hist AS (
			  SELECT CASE WHEN h.month < CAST(? AS DATE) THEN h.province_63 ELSE uc.code63 END AS unit, h.month AS month, h.wd AS wd, sum(h.n)::DOUBLE AS n
			  FROM dossier_hist_units h
			  LEFT JOIN (
			    SELECT merged_into_2025 AS code34, min(code) AS code63
			    FROM provinces_63 GROUP BY merged_into_2025 HAVING count(*) = 1
			  ) uc ON uc.code34 = h.province_34
			  WHERE h.basis = 'finished'
			  GROUP BY ALL
			),
			quantiles AS (
			  SELECT unit, month, MAX(total) AS finished_n,
			    MIN(wd) FILTER (WHERE cum >= 0.5 * total) AS median_wd,
			    MIN(wd) FILTER (WHERE cum >= 0.9 * total) AS p90_wd,
			    SUM(wd * n) / MAX(total) AS mean_wd
			  FROM (
			    SELECT unit, month, wd, n,
			      SUM(n) OVER (PARTITION BY unit, month ORDER BY wd) AS cum,
			      SUM(n) OVER (PARTITION BY unit, month) AS total
			    FROM hist
			  )
			  GROUP BY unit, month
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
			ORDER BY unit, month
			-- params: ["2025-07-01","2025-07-01"]"
		`);
	});
	it('buildPilotSurveySeriesQuery', () => {
		expect(shown(buildPilotSurveySeriesQuery('34'))).toMatchInlineSnapshot(`
			"WITH factors AS (
			  SELECT s.province_34 AS unit, s.survey_year AS year, s.factor AS outcome,
			    sum(s.sum_w_pos) / nullif(sum(s.sum_w), 0) AS value,
			    sum(s.n)::DOUBLE AS n
			  FROM survey_cube s

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
			ORDER BY unit, year, outcome
			-- params: []"
		`);
	});
	it('buildPilotUnitsQuery', () => {
		expect(shown(buildPilotUnitsQuery('34'))).toMatchInlineSnapshot(`
			"WITH base_year AS (SELECT year(min(start_date)) - 1 AS y FROM pilots),
			volume AS (
			  SELECT c.province_34 AS unit, sum(c.received)::DOUBLE AS received
			  FROM dossier_cube_units c, base_year b
			  WHERE year(c.month) = b.y
			  GROUP BY ALL
			),
			pilot_units AS (
			  SELECT province_34 AS unit, strftime(min(start_date), '%Y-%m-%d') AS start_date,
			    strftime(max(end_date), '%Y-%m-%d') AS end_date, count(*)::INTEGER AS pilot_components
			  FROM pilots GROUP BY ALL
			)
			SELECT u.code, u.name_vi, u.name_en, u.kind,
			  (p.unit IS NOT NULL) AS is_pilot, p.start_date, p.end_date,
			  coalesce(p.pilot_components, 0)::INTEGER AS pilot_components,
			  (SELECT count(*) FROM provinces_63 p63 WHERE p63.merged_into_2025 = u.code)::INTEGER AS components,
			  coalesce(v.received, 0)::DOUBLE AS received_base
			FROM provinces_34 u
			LEFT JOIN pilot_units p ON p.unit = u.code
			LEFT JOIN volume v ON v.unit = u.code
			ORDER BY u.code
			-- params: []"
		`);
	});
	it('buildPilotDatesIllustrativeQuery', () => {
		expect(shown(buildPilotDatesIllustrativeQuery())).toMatchInlineSnapshot(`
			"SELECT coalesce(bool_or(coalesce(start_is_illustrative, TRUE)), FALSE) AS illustrative FROM pilots
			-- params: []"
		`);
	});
	it('buildTrendSeriesQuery', () => {
		expect(shown(buildTrendSeriesQuery({ ...trend, slice: { channel: 'online' } }))).toMatchInlineSnapshot(`
			"WITH members AS (
			  SELECT code AS unit, 'unit' AS kind, code AS key FROM provinces_34 WHERE code IN (?, ?)
			  UNION ALL SELECT code AS unit, 'region' AS kind, region AS key FROM provinces_34 WHERE region IN (SELECT region FROM provinces_34 WHERE code IN (?, ?))
			  UNION ALL SELECT code AS unit, 'all' AS kind, '' AS key FROM provinces_34
			), counts AS (
			  SELECT c.month, m.kind, m.key AS key,
			    SUM(c.received) AS received,
			    SUM(c.finished) AS finished,
			    SUM(c.withdrawn) AS withdrawn,
			    SUM(c.early) AS early,
			    SUM(c.on_time) AS on_time,
			    SUM(c.late) AS late,
			    SUM(c.overdue_backlog) AS overdue,
			    SUM(c.backlog) AS backlog,
			    SUM(c.overdue_backlog) AS overdue_backlog
			  FROM dossier_cube c JOIN members m ON c.province_34 = m.unit
			  WHERE c.month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND c.channel = ?
			  GROUP BY ALL
			), hist AS (
			  SELECT c.month, m.kind, m.key AS key, c.wd, SUM(c.n) AS n
			  FROM dossier_hist c JOIN members m ON c.province_34 = m.unit
			  WHERE c.basis = ? AND c.month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND c.channel = ?
			  GROUP BY ALL
			), quantiles AS (
			  SELECT month, kind, key, MAX(total) AS timed,
			    MIN(wd) FILTER (WHERE cum >= 0.5 * total) AS median_wd,
			    MIN(wd) FILTER (WHERE cum >= 0.9 * total) AS p90_wd
			  FROM (
			    SELECT month, kind, key, wd, n,
			      SUM(n) OVER (PARTITION BY month, kind, key ORDER BY wd) AS cum,
			      SUM(n) OVER (PARTITION BY month, kind, key) AS total
			    FROM hist
			  )
			  GROUP BY month, kind, key
			), months AS (
			  SELECT DISTINCT month FROM dossier_cube WHERE month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
			), lines AS (
			  -- The lines with cube rows in the period shown.
			  SELECT DISTINCT kind, key FROM counts WHERE month >= CAST(? AS DATE)
			), rolling_lines AS (
			  SELECT kind, key FROM lines
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
			  SELECT month, kind, key, MAX(total) AS timed,
			    MIN(wd) FILTER (WHERE cum >= 0.5 * total) AS median_wd,
			    MIN(wd) FILTER (WHERE cum >= 0.9 * total) AS p90_wd
			  FROM (
			    SELECT month, kind, key, wd, n,
			      SUM(n) OVER (PARTITION BY month, kind, key ORDER BY wd) AS cum,
			      SUM(n) OVER (PARTITION BY month, kind, key) AS total
			    FROM rolled_hist
			  )
			  GROUP BY month, kind, key
			), rolled AS (
			  SELECT w.month, l.kind, l.key, COUNT(*) AS months_in_window,
			    SUM(coalesce(n.early, 0) + coalesce(n.on_time, 0)) AS good,
			    SUM(coalesce(n.early, 0) + coalesce(n.on_time, 0) + coalesce(n.late, 0)) AS judged,
			    coalesce(MAX(n.overdue) FILTER (WHERE w.inner_month = w.month), 0) AS overdue,
			    AVG(coalesce(n.received, 0)) AS received,
			    AVG(coalesce(n.finished, 0)) AS finished,
			    AVG(coalesce(n.backlog, 0)) AS backlog,
			    AVG(coalesce(n.overdue_backlog, 0)) AS overdue_backlog
			  FROM windows w CROSS JOIN rolling_lines l
			  LEFT JOIN counts n ON n.month = w.inner_month AND n.kind = l.kind AND n.key = l.key
			  GROUP BY ALL
			)
			SELECT strftime(b.month, '%Y-%m') AS month, b.kind, b.key,
			  b.* EXCLUDE (month, kind, key),
			  p.median_wd AS prev_median_wd, p.p90_wd AS prev_p90_wd, p.on_time_rate AS prev_on_time_rate, p.received AS prev_received, p.finished AS prev_finished, p.backlog AS prev_backlog, p.overdue_backlog AS prev_overdue_backlog,
			  CASE WHEN r.months_in_window = 12 THEN rq.median_wd END::DOUBLE AS rolling_median_wd,
			  CASE WHEN r.months_in_window = 12 THEN rq.p90_wd END::DOUBLE AS rolling_p90_wd,
			  CASE WHEN r.months_in_window = 12 THEN r.good / nullif(r.judged + r.overdue, 0) END::DOUBLE AS rolling_on_time_rate,
			  CASE WHEN r.months_in_window = 12 THEN r.received END::DOUBLE AS rolling_received,
			  CASE WHEN r.months_in_window = 12 THEN r.finished END::DOUBLE AS rolling_finished,
			  CASE WHEN r.months_in_window = 12 THEN r.backlog END::DOUBLE AS rolling_backlog,
			  CASE WHEN r.months_in_window = 12 THEN r.overdue_backlog END::DOUBLE AS rolling_overdue_backlog
			FROM base b
			LEFT JOIN base p ON p.kind = b.kind AND p.key = b.key AND p.month = b.month - INTERVAL 12 MONTH
			LEFT JOIN rolled r ON r.month = b.month AND r.kind = b.kind AND r.key = b.key
			LEFT JOIN rolled_q rq ON rq.month = b.month AND rq.kind = b.kind AND rq.key = b.key
			WHERE b.month >= CAST(? AS DATE)
			ORDER BY b.kind, b.key, b.month
			-- params: ["01","79","01","79","2023-01-01","2024-12-01","online","finished","2023-01-01","2024-12-01","online","2023-01-01","2024-12-01","2024-01-01","2024-01-01","2024-01-01"]"
		`);
	});
	it('buildTrendLookupQuery', () => {
		expect(shown(buildTrendLookupQuery(trend))).toMatchInlineSnapshot(`
			"WITH view AS (
			  SELECT month, kind, key, in_cube, received, finished, withdrawn, early, on_time, late, overdue, on_time_rate, backlog, overdue_backlog, timed, median_wd, p90_wd, prev_median_wd, prev_p90_wd, prev_on_time_rate, prev_received, prev_finished, prev_backlog, prev_overdue_backlog, rolling_median_wd, rolling_p90_wd, rolling_on_time_rate, rolling_received, rolling_finished, rolling_backlog, rolling_overdue_backlog
			  FROM trend_lines
			  WHERE mode = ? AND basis = ? AND slice_dim = ? AND slice_key = ? AND month BETWEEN ? AND ?
			    AND (kind = 'all' OR (kind = 'unit' AND key IN (?, ?))
			    OR (kind = 'region' AND key IN (SELECT region FROM provinces_34 WHERE code IN (?, ?))))
			)
			SELECT * FROM view WHERE (kind, key) IN (SELECT kind, key FROM view WHERE in_cube)
			ORDER BY kind, key, month
			-- params: ["34","finished","","","2024-01","2024-12","01","79","01","79"]"
		`);
	});
	it('buildTrendHistogramQuery', () => {
		expect(shown(buildTrendHistogramQuery({ filters: trend, focus: { kind: 'unit', key: '01' }, month: '2024-06-01' })))
			.toMatchInlineSnapshot(`
			"WITH members AS (
			  SELECT code AS unit, 'unit' AS kind, code AS key FROM provinces_34 WHERE code IN (?, ?)
			  UNION ALL SELECT code AS unit, 'region' AS kind, region AS key FROM provinces_34 WHERE region IN (SELECT region FROM provinces_34 WHERE code IN (?, ?))
			  UNION ALL SELECT code AS unit, 'all' AS kind, '' AS key FROM provinces_34
			), hist AS (
			  SELECT c.wd, SUM(c.n) AS n
			  FROM dossier_hist c JOIN members m ON c.province_34 = m.unit
			  WHERE c.basis = ? AND c.month = CAST(? AS DATE) AND m.kind = ? AND (m.key) = ?
			  GROUP BY c.wd
			), stats AS (
			  SELECT MAX(total) AS total,
			    MIN(wd) FILTER (WHERE cum >= 0.5 * total) AS median_wd,
			    MIN(wd) FILTER (WHERE cum >= 0.9 * total) AS p90_wd,
			    MIN(wd) FILTER (WHERE cum >= 0.99 * total) AS p99_wd
			  FROM (
			    SELECT wd, n,
			      SUM(n) OVER (ORDER BY wd) AS cum,
			      SUM(n) OVER () AS total
			    FROM hist
			  )
			), cap AS (
			  SELECT greatest(ceil(p99_wd), 1)::BIGINT AS cap FROM stats WHERE total > 0
			), bins AS (
			  SELECT unnest(generate_series(0, cap)) AS bin FROM cap
			), counted AS (
			  SELECT least(floor(h.wd)::BIGINT, cap.cap) AS bin, SUM(h.n) AS n FROM hist h, cap GROUP BY ALL
			), deadline AS (
			  SELECT SUM(c.late) AS late,
			    SUM(c.early + c.on_time + c.late) AS judged
			  FROM dossier_cube c JOIN members m ON c.province_34 = m.unit
			  WHERE c.month = CAST(? AS DATE) AND m.kind = ? AND (m.key) = ?
			)
			SELECT b.bin::INTEGER AS bin, (b.bin = cap.cap) AS open_end,
			  coalesce(c.n, 0)::DOUBLE AS n,
			  (coalesce(c.n, 0) / s.total)::DOUBLE AS share,
			  s.total::DOUBLE AS total, s.median_wd::DOUBLE AS median_wd, s.p90_wd::DOUBLE AS p90_wd,
			  s.p99_wd::DOUBLE AS p99_wd,
			  coalesce(d.judged, 0)::DOUBLE AS judged, coalesce(d.late, 0)::DOUBLE AS late,
			  (d.late / nullif(d.judged, 0))::DOUBLE AS late_share
			FROM bins b CROSS JOIN cap CROSS JOIN stats s CROSS JOIN deadline d
			LEFT JOIN counted c ON c.bin = b.bin
			ORDER BY b.bin
			-- params: ["01","79","01","79","finished","2024-06-01","unit","01","2024-06-01","unit","01"]"
		`);
	});
	it('buildTrendAnnotationsQuery', () => {
		expect(shown(buildTrendAnnotationsQuery('2024-01-01', '2025-12-01'))).toMatchInlineSnapshot(`
			"WITH tet_days AS (
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
			ORDER BY date_from, kind, code
			-- params: ["2025-07-01","2025-07-01","2024-01-01","2025-12-01"]"
		`);
	});
	it('buildTrendSectorsQuery', () => {
		expect(shown(buildTrendSectorsQuery())).toMatchInlineSnapshot(`
			"SELECT DISTINCT sector FROM dossier_cube WHERE sector IS NOT NULL ORDER BY sector
			-- params: []"
		`);
	});
	it('buildSliceValuesQuery', () => {
		expect(shown(buildSliceValuesQuery())).toMatchInlineSnapshot(`
			"SELECT 'sector' AS dim, sector::VARCHAR AS value FROM (SELECT DISTINCT sector FROM dossier_cube WHERE sector IS NOT NULL)
			UNION ALL
			SELECT 'channel' AS dim, channel::VARCHAR AS value FROM (SELECT DISTINCT channel FROM dossier_cube WHERE channel IS NOT NULL)
			UNION ALL
			SELECT 'agency_level' AS dim, agency_level::VARCHAR AS value FROM (SELECT DISTINCT agency_level FROM dossier_cube WHERE agency_level IS NOT NULL)
			ORDER BY dim, value
			-- params: []"
		`);
	});
	it('buildHasTrendLinesQuery', () => {
		expect(shown(buildHasTrendLinesQuery())).toMatchInlineSnapshot(`
			"SELECT count(*)::INTEGER AS n FROM information_schema.columns WHERE table_name = 'trend_lines' AND column_name = 'withdrawn'
			-- params: []"
		`);
	});
	it('buildDrilldownBreakdownQuery', () => {
		expect(shown(buildDrilldownBreakdownQuery({ filters: trend, focus: { kind: 'unit', key: '79' }, month: '2024-06-01' })))
			.toMatchInlineSnapshot(`
			"WITH members AS (
			  SELECT code AS unit, 'unit' AS kind, code AS key FROM provinces_34 WHERE code IN (?, ?)
			  UNION ALL SELECT code AS unit, 'region' AS kind, region AS key FROM provinces_34 WHERE region IN (SELECT region FROM provinces_34 WHERE code IN (?, ?))
			  UNION ALL SELECT code AS unit, 'all' AS kind, '' AS key FROM provinces_34
			), counts AS (
			  SELECT CASE WHEN GROUPING(c.sector) = 0 THEN 'sector' ELSE 'agency_level' END AS dim, CASE WHEN GROUPING(c.sector) = 0 THEN c.sector ELSE c.agency_level END AS key,
			    SUM(c.received) AS received,
			    SUM(c.finished) AS finished,
			    SUM(c.withdrawn) AS withdrawn,
			    SUM(c.early) AS early,
			    SUM(c.on_time) AS on_time,
			    SUM(c.late) AS late,
			    SUM(c.overdue_backlog) AS overdue,
			    SUM(c.backlog) AS backlog,
			    SUM(c.overdue_backlog) AS overdue_backlog
			  FROM dossier_cube c JOIN members m ON c.province_34 = m.unit
			  WHERE c.month = CAST(? AS DATE) AND m.kind = ? AND (m.key) = ?
			  GROUP BY GROUPING SETS ((c.sector), (c.agency_level))
			), hist AS (
			  SELECT CASE WHEN GROUPING(c.sector) = 0 THEN 'sector' ELSE 'agency_level' END AS dim, CASE WHEN GROUPING(c.sector) = 0 THEN c.sector ELSE c.agency_level END AS key, c.wd, SUM(c.n) AS n
			  FROM dossier_hist c JOIN members m ON c.province_34 = m.unit
			  WHERE c.basis = ? AND c.month = CAST(? AS DATE) AND m.kind = ? AND (m.key) = ?
			  GROUP BY GROUPING SETS ((c.sector, c.wd), (c.agency_level, c.wd))
			), quantiles AS (
			  SELECT dim, key, MAX(total) AS timed,
			    MIN(wd) FILTER (WHERE cum >= 0.5 * total) AS median_wd,
			    MIN(wd) FILTER (WHERE cum >= 0.9 * total) AS p90_wd
			  FROM (
			    SELECT dim, key, wd, n,
			      SUM(n) OVER (PARTITION BY dim, key ORDER BY wd) AS cum,
			      SUM(n) OVER (PARTITION BY dim, key) AS total
			    FROM hist
			  )
			  GROUP BY dim, key
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
			ORDER BY n.dim DESC, n.finished DESC, n.received DESC, n.key
			-- params: ["01","79","01","79","2024-06-01","unit","79","finished","2024-06-01","unit","79"]"
		`);
	});
	it('buildDrilldownProceduresQuery', () => {
		const q = buildDrilldownProceduresQuery({
			mode: '34',
			basis: 'received',
			unit: '01',
			month: '2024-06-01',
			within: { dim: 'sector', key: 'Đất đai' },
			slice: {},
			exportDate: '2026-01-05'
		});
		expect(shown(q)).toMatchInlineSnapshot(`
			"WITH scoped AS (
			  SELECT coalesce(d.procedure_code, '') AS procedure_code, d.received_at, d.finished_at, d.due_at,
			    d.status, d.processing_wd
			  FROM dossiers d
			  WHERE d.province_34 = ? AND d.sector = ?
			), in_month AS (
			  SELECT * FROM scoped WHERE date_trunc('month', received_at) = CAST(? AS DATE)
			), counts AS (
			  SELECT procedure_code, COUNT(*) AS dossiers,
			    COUNT(*) FILTER (WHERE status <> 'withdrawn' AND finished_at IS NOT NULL AND due_at IS NOT NULL AND finished_at::DATE < due_at::DATE) AS early,
			    COUNT(*) FILTER (WHERE status <> 'withdrawn' AND finished_at IS NOT NULL AND due_at IS NOT NULL AND finished_at::DATE = due_at::DATE) AS on_time,
			    COUNT(*) FILTER (WHERE status <> 'withdrawn' AND finished_at IS NOT NULL AND due_at IS NOT NULL AND finished_at::DATE > due_at::DATE) AS late,
			    COUNT(*) FILTER (WHERE status <> 'withdrawn' AND processing_wd IS NOT NULL) AS timed,
			    quantile_disc(round(processing_wd, 1), 0.5) FILTER (WHERE status <> 'withdrawn' AND processing_wd IS NOT NULL) AS median_wd,
			    quantile_disc(round(processing_wd, 1), 0.9) FILTER (WHERE status <> 'withdrawn' AND processing_wd IS NOT NULL) AS p90_wd
			  FROM in_month
			  GROUP BY procedure_code
			), overdue AS (
			  SELECT procedure_code, COUNT(*) AS overdue
			  FROM scoped
			  WHERE date_trunc('month', received_at) = CAST(? AS DATE) AND finished_at IS NULL AND due_at::DATE <= CAST(? AS DATE) AND status <> 'withdrawn'
			  GROUP BY procedure_code
			)
			SELECT coalesce(c.procedure_code, o.procedure_code) AS procedure_code,
			  coalesce(c.dossiers, 0)::DOUBLE AS dossiers,
			  coalesce(c.early, 0)::DOUBLE AS early, coalesce(c.on_time, 0)::DOUBLE AS on_time,
			  coalesce(c.late, 0)::DOUBLE AS late, coalesce(o.overdue, 0)::DOUBLE AS overdue,
			  ((coalesce(c.early, 0) + coalesce(c.on_time, 0))
			    / nullif(coalesce(c.early, 0) + coalesce(c.on_time, 0) + coalesce(c.late, 0) + coalesce(o.overdue, 0), 0))::DOUBLE AS on_time_rate,
			  coalesce(c.timed, 0)::DOUBLE AS timed, c.median_wd::DOUBLE AS median_wd, c.p90_wd::DOUBLE AS p90_wd
			FROM counts c
			FULL JOIN overdue o ON o.procedure_code = c.procedure_code
			ORDER BY dossiers DESC, overdue DESC, procedure_code
			LIMIT 200
			-- params: ["01","Đất đai","2024-06-01","2024-06-01","2026-01-05"]"
		`);
	});
	it('buildUnitRollupQuery', () => {
		expect(UNIT_ROLLUPS.map((r) => shown(buildUnitRollupQuery(r))).join('\n')).toMatchInlineSnapshot(`
			"SELECT month, province_63, province_34,
			  CAST(sum(COLUMNS(c -> c NOT IN ('month', 'province_63', 'province_34', 'sector', 'channel', 'agency_level'))) AS INTEGER)
			FROM dossier_cube
			GROUP BY month, province_63, province_34
			-- params: []
			SELECT basis, month, province_63, province_34, wd, CAST(sum(n) AS INTEGER) AS n
			FROM dossier_hist
			GROUP BY basis, month, province_63, province_34, wd
			-- params: []"
		`);
	});

	it('buildIndexCatalogQuery', () => {
		expect(shown(buildIndexCatalogQuery())).toMatchInlineSnapshot(`
			"SELECT index_code, year::INTEGER AS year, component,
			  min(parent_component) AS parent_component,
			  min(component_name_vi) AS name_vi,
			  min(component_name_en) AS name_en,
			  count(*)::INTEGER AS n_units,
			  count(rank)::INTEGER AS n_ranked,
			  min(scale_min) AS scale_min,
			  max(scale_max) AS scale_max,
			  min(source) AS source
			FROM published_indices
			GROUP BY index_code, year, component
			ORDER BY index_code, year, component
			-- params: []"
		`);
	});
	it('buildIndexRankingQuery', () => {
		expect(shown(buildIndexRankingQuery({ index: 'PAR_INDEX', year: 2024, component: 'D3' }))).toMatchInlineSnapshot(`
			"SELECT i.province_code AS code, u.name_vi, u.name_en, i.score,
			  rank() OVER (ORDER BY i.score DESC)::INTEGER AS our_rank,
			  i.rank::INTEGER AS published_rank,
			  (count(*) OVER ())::INTEGER AS n_units,
			  i.scale_min, i.scale_max, i.source
			FROM published_indices i
			LEFT JOIN provinces_63 u ON u.code = i.province_code
			WHERE i.index_code = ? AND i.year = ? AND i.component = ?
			ORDER BY our_rank, code
			-- params: ["PAR_INDEX",2024,"D3"]"
		`);
	});
	it('buildIndexProfileQuery', () => {
		expect(shown(buildIndexProfileQuery({ index: 'PAR_INDEX', year: 2025, province: '08' }))).toMatchInlineSnapshot(`
			"WITH y AS (
			  SELECT * FROM published_indices WHERE index_code = ? AND year = ?
			), stats AS (
			  SELECT component, min(parent_component) AS parent_component, min(component_name_vi) AS name_vi,
			    min(component_name_en) AS name_en, avg(score) AS mean, max(score) AS best, count(*)::INTEGER AS n_units
			  FROM y GROUP BY component
			), best AS (
			  SELECT y.component, min(y.province_code) AS best_code, count(*)::INTEGER AS n_best
			  FROM y JOIN stats s ON s.component = y.component AND y.score = s.best
			  GROUP BY y.component
			)
			SELECT s.component, s.parent_component, s.name_vi, s.name_en, p.score, s.mean, s.best,
			  b.best_code, u.name_vi AS best_name_vi, u.name_en AS best_name_en, b.n_best, s.n_units
			FROM stats s
			JOIN best b ON b.component = s.component
			LEFT JOIN y p ON p.component = s.component AND p.province_code = ?
			LEFT JOIN provinces_34 u ON u.code = b.best_code
			ORDER BY s.component
			-- params: ["PAR_INDEX",2025,"08"]"
		`);
	});
	it('buildIndexTrendQuery', () => {
		expect(shown(buildIndexTrendQuery({ index: 'PAR_INDEX', component: '', unit34: '08' }))).toMatchInlineSnapshot(`
			"WITH ranked AS (
			  SELECT year::INTEGER AS year, province_code AS code, year >= ? AS is_34, score, rank::INTEGER AS published_rank,
			    rank() OVER (PARTITION BY year ORDER BY score DESC)::INTEGER AS our_rank,
			    (count(*) OVER (PARTITION BY year))::INTEGER AS n_units
			  FROM published_indices
			  WHERE index_code = ? AND component = ?
			)
			SELECT r.year, r.code, r.is_34, coalesce(p63.name_vi, p34.name_vi) AS name_vi, coalesce(p63.name_en, p34.name_en) AS name_en,
			  r.score, r.our_rank, r.published_rank, r.n_units
			FROM ranked r
			LEFT JOIN provinces_63 p63 ON NOT r.is_34 AND p63.code = r.code
			LEFT JOIN provinces_34 p34 ON r.is_34 AND p34.code = r.code
			WHERE (NOT r.is_34 AND p63.merged_into_2025 = ?) OR (r.is_34 AND r.code = ?)
			ORDER BY r.year, r.code
			-- params: [2025,"PAR_INDEX","","08","08"]"
		`);
	});

	it('buildProvinceNationalDossierQuery', () => {
		expect(shown(buildProvinceNationalDossierQuery({ period: { from: '2024-01-01', to: '2024-12-01' }, mode: '63' })))
			.toMatchInlineSnapshot(`
			"WITH counts AS (
			  SELECT SUM(received) AS received, SUM(online) AS online, SUM(full_online) AS full_online,
			    SUM(service_level_known) AS service_level_known,
			    SUM(paid_online) AS paid_online, SUM(paid_online_known) AS paid_online_known,
			    SUM(digitized) AS digitized, SUM(digitized_known) AS digitized_known,
			    SUM(early) AS early, SUM(on_time) AS on_time, SUM(late) AS late,
			    SUM(overdue_backlog) FILTER (WHERE month = CAST(? AS DATE)) AS overdue_backlog
			  FROM dossier_cube
			  WHERE month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND province_63 IS NOT NULL AND month < CAST(? AS DATE)
			), hist AS (
			  SELECT wd, SUM(n) AS n
			  FROM dossier_hist
			  WHERE basis = 'finished' AND month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
			    AND province_63 IS NOT NULL AND month < CAST(? AS DATE)
			  GROUP BY wd
			), quantiles AS (
			  SELECT MAX(total) AS finished,
			    MIN(wd) FILTER (WHERE cum >= 0.5 * total) AS median_wd,
			    MIN(wd) FILTER (WHERE cum >= 0.9 * total) AS p90_wd
			  FROM (
			    SELECT wd, n,
			      SUM(n) OVER (ORDER BY wd) AS cum,
			      SUM(n) OVER () AS total
			    FROM hist
			  )
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
			FROM counts c CROSS JOIN quantiles q
			-- params: ["2024-12-01","2024-01-01","2024-12-01","2025-07-01","2024-01-01","2024-12-01","2025-07-01"]"
		`);
	});

	it('the composed statements are built from snapshotted builders', () => {
		const slices = { sector: ['Đất đai'], channel: ['online'], agency_level: ['province'] };
		expect(buildTrendLinesTableStatements('2024-01-01', '2024-12-01', slices).length).toBeGreaterThan(0);
		expect(buildTrendWarmUpQueries(trend, '2024-06-01', true).length).toBeGreaterThan(0);
	});

	it('every exported builder has a snapshot here', () => {
		const here = readFileSync(new URL(import.meta.url), 'utf8');
		const dir = new URL('.', import.meta.url).pathname;
		const builders = readdirSync(dir)
			.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
			.flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^export function (build\w+)\(/gm)].map((m) => m[1]))
			.filter((name) => /Query$|Statements$|Queries$/.test(name));
		expect(builders.length).toBeGreaterThanOrEqual(24); // the scan found the builders
		const missing = builders.filter((name) => !COMPOSED.includes(name) && !here.includes(`it('${name}'`));
		expect(missing).toEqual([]);
	});
});
