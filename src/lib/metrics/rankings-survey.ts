// SIPAS survey sufficient statistics per unit (and per PSU) for the rankings. The SQL only sums
// the cube's additive measures; src/lib/stats turns them into indices, intervals and ranks.
import type { SqlQuery } from './query';
import { SIPAS_FACTORS } from '../stats/sipas-index';
import { modeSql, type BoundaryMode } from './rankings-units';

export { SIPAS_FACTORS, type SipasFactor } from '../stats/sipas-index';

export const RESPONDENT_GROUPS = ['all', 'citizen', 'organization'] as const;
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];

export interface SurveyRankingFilters {
	year: number;
	respondents: RespondentGroup;
	mode: BoundaryMode;
}

/**
 * Per unit × factor × PSU, and for the nation per factor (`unit` NULL, `psu` NULL): the cube's
 * sums over the survey year's respondents of the chosen group. In 63-unit mode rows without a
 * 63-unit code (surveys on 34-unit codes) drop out, of the units and of the nation alike.
 * Rows: unit, factor, psu, n, n_pos, sum_w, sum_w2, sum_w_pos, sum_w2_pos.
 */
export function buildSurveyRankingQuery(filters: SurveyRankingFilters): SqlQuery {
	const m = modeSql(filters.mode);
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
  CASE WHEN GROUPING(${m.unitColumn}) = 1 THEN NULL ELSE ${m.unitColumn} END AS unit,
  factor,
  psu,
  SUM(n)::DOUBLE AS n,
  SUM(n_pos)::DOUBLE AS n_pos,
  SUM(sum_w)::DOUBLE AS sum_w,
  SUM(sum_w2)::DOUBLE AS sum_w2,
  SUM(sum_w_pos)::DOUBLE AS sum_w_pos,
  SUM(sum_w2_pos)::DOUBLE AS sum_w2_pos
FROM survey_cube
WHERE survey_year = ?
  AND factor IN (${factorSlots})
  AND ${m.unitColumn} IS NOT NULL${respondentFilter}
GROUP BY GROUPING SETS ((${m.unitColumn}, factor, psu), (factor))
HAVING SUM(n) > 0
ORDER BY unit NULLS FIRST, factor, psu NULLS FIRST`,
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
