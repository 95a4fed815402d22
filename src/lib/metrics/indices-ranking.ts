// One published index, year and component, ranked. Our rank is competition ranking on the
// published score (equal scores share a rank: 1, 2, 2, 4); the published rank is returned
// beside it, never replaced. No interval: a published index carries none.
import type { SqlQuery } from './query';
import { checkIndexFilters, indexUnitTable, type IndexFilters } from './indices-units';

/**
 * Rows, best first: code, name_vi, name_en, score, our_rank, published_rank, n_units,
 * scale_min, scale_max, source.
 */
export function buildIndexRankingQuery(filters: IndexFilters): SqlQuery {
	checkIndexFilters(filters);
	const units = indexUnitTable(filters.year);
	return {
		sql: `SELECT i.province_code AS code, u.name_vi, u.name_en, i.score,
  rank() OVER (ORDER BY i.score DESC)::INTEGER AS our_rank,
  i.rank::INTEGER AS published_rank,
  (count(*) OVER ())::INTEGER AS n_units,
  i.scale_min, i.scale_max, i.source
FROM published_indices i
LEFT JOIN ${units} u ON u.code = i.province_code
WHERE i.index_code = ? AND i.year = ? AND i.component = ?
ORDER BY our_rank, code`,
		params: [filters.index, filters.year, filters.component]
	};
}
