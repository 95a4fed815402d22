// SIPAS survey sufficient statistics per unit (and per stratum and PSU) for the rankings. The SQL only sums
// the cube's additive measures; src/lib/stats turns them into indices, intervals and ranks.
import type { SqlQuery } from './query';
import { SIPAS_FACTORS } from '../stats/sipas-index';
import { unitSql, type BoundaryMode } from './boundary';
import { surveyStratumSql, surveySumsSql } from './survey-cells';

export { SIPAS_FACTORS, type SipasFactor } from '../stats/sipas-index';

export const RESPONDENT_GROUPS = ['all', 'citizen', 'organization'] as const;
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];

export interface SurveyRankingFilters {
	year: number;
	respondents: RespondentGroup;
	mode: BoundaryMode;
}

/**
 * Per unit × factor × stratum × PSU: the cube's sums (survey-cells.ts) over the survey year's
 * respondents of the chosen group. The stratum is the province the survey was drawn in (a
 * 34-unit province surveyed before the merger has its 63-unit components as strata). A stratum
 * lies in one unit, so the nation's rows are all the units' rows together (surveyEstimates).
 * In 63-unit mode rows without a 63-unit code (surveys on 34-unit codes) drop out.
 * Rows: unit, factor, stratum, psu, n, n_pos, sum_w, sum_w2, sum_w_pos, sum_w2_pos, n_resp and
 * the cross sums.
 */
export function buildSurveyRankingQuery(filters: SurveyRankingFilters): SqlQuery {
	const m = unitSql(filters.mode);
	if (!Number.isInteger(filters.year)) throw new Error(`Invalid survey year: ${filters.year}`);
	const params: (string | number)[] = [filters.year, ...SIPAS_FACTORS];
	let respondentFilter = '';
	if (filters.respondents !== 'all') {
		if (filters.respondents !== 'citizen' && filters.respondents !== 'organization')
			throw new Error(`Unknown respondent group: ${String(filters.respondents)}`);
		respondentFilter = '\n  AND respondent_type = ?';
		params.push(filters.respondents);
	}
	const factorSlots = SIPAS_FACTORS.map(() => '?').join(', ');
	return {
		sql: `SELECT
  ${m.unitColumn} AS unit,
  factor,
  stratum,
  psu,
  ${surveySumsSql()}
FROM (SELECT *, ${surveyStratumSql()} AS stratum FROM survey_cube) s
WHERE survey_year = ?
  AND factor IN (${factorSlots})
  AND ${m.unitColumn} IS NOT NULL${respondentFilter}
GROUP BY ${m.unitColumn}, factor, stratum, psu
HAVING SUM(n_resp) > 0
ORDER BY unit, factor, stratum, psu NULLS FIRST`,
		params
	};
}

/**
 * The survey years in the data, with whether they carry 63-unit codes (surveys before the
 * merger). Rows: survey_year, has_63.
 */
export function buildSurveyYearsQuery(): SqlQuery {
	return {
		sql: `SELECT survey_year::INTEGER AS survey_year,
  bool_or(province_63 IS NOT NULL) AS has_63
FROM survey_cube
GROUP BY survey_year
ORDER BY survey_year`,
		params: []
	};
}
