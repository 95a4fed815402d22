// One province's components against the national mean and the best province, in PAPI's profile
// style. The mean is the plain mean over the units with a score for that component (each
// province counts once, as the publishers' national averages do); the best is the highest
// score, and when provinces tie for it the lowest code is named with the count of those tied.
import type { SqlQuery } from './query';
import { checkIndexFilters, indexUnitTable } from './indices-units';

export interface IndexProfileFilters {
	index: string;
	year: number;
	/** The province's code in that year's unit list. */
	province: string;
}

/**
 * Rows per component of that index-year ('' first): component, parent_component, name_vi,
 * name_en, score (null when the province has none), mean, best, best_code, best_name_vi,
 * best_name_en, n_best, n_units.
 */
export function buildIndexProfileQuery(filters: IndexProfileFilters): SqlQuery {
	checkIndexFilters({ ...filters, component: '' });
	if (!/^\d{2}$/.test(filters.province)) throw new Error(`Invalid province code: ${JSON.stringify(filters.province)}`);
	const units = indexUnitTable(filters.year);
	return {
		sql: `WITH y AS (
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
LEFT JOIN ${units} u ON u.code = b.best_code
ORDER BY s.component`,
		params: [filters.index, filters.year, filters.province]
	};
}
