// A province's trend in one published index and component over the years. Units change at the
// merger, so the trend follows one 34-unit province: its own scores from the merger's year, and
// before it the scores of each 63-unit province that merged into it (one line each; the page
// draws the break). Each year's rank among all units of that year is ours (competition ranking).
import type { SqlQuery } from './query';
import { FIRST_34_UNIT_YEAR } from './indices-common';

export interface IndexTrendFilters {
	index: string;
	component: string;
	/** The 34-unit province followed. */
	unit34: string;
}

/**
 * Rows by year, then code: year, code, is_34, name_vi, name_en, score, our_rank, published_rank,
 * n_units.
 */
export function buildIndexTrendQuery(filters: IndexTrendFilters): SqlQuery {
	if (!/^[A-Z0-9_]+$/.test(filters.index)) throw new Error(`Invalid index code: ${JSON.stringify(filters.index)}`);
	if (!/^\d{2}$/.test(filters.unit34)) throw new Error(`Invalid province code: ${JSON.stringify(filters.unit34)}`);
	return {
		sql: `WITH ranked AS (
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
ORDER BY r.year, r.code`,
		params: [FIRST_34_UNIT_YEAR, filters.index, filters.component, filters.unit34, filters.unit34]
	};
}
