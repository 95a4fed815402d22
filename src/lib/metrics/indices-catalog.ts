// What the published-index table holds: per index, year and component, its names, parent, number
// of units, scale and source. Small (indices × years × components); the page's pickers and the
// component-set changes come from it (indices-view.ts).
import type { SqlQuery } from './query';

/**
 * Rows: index_code, year, component ('' = overall), parent_component, name_vi, name_en, n_units,
 * n_ranked (rows with a published rank), scale_min, scale_max, source.
 */
export function buildIndexCatalogQuery(): SqlQuery {
	return {
		sql: `SELECT index_code, year::INTEGER AS year, component,
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
ORDER BY index_code, year, component`,
		params: []
	};
}
