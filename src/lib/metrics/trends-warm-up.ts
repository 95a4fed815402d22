// The queries /trends/ runs while the page is idle, once, after its first figures: the shapes a
// filter change will ask for (the histogram of every grouping, basis and boundary mode; the
// series lookup of every grouping), for a month and period other than the ones shown. Their rows
// are thrown away; what they leave is DuckDB-WASM's code compiled to optimised machine code and
// its prepared statements (see data/warm-up.ts).
import type { SqlQuery } from './query';
import { BOUNDARY_MODES } from './boundary';
import { TREND_BASES, TREND_GROUPINGS, type TrendFilters } from './trends-filters';
import { buildTrendHistogramQuery } from './trends-histogram';
import { trendSeriesQuery } from './trends-lines';

/**
 * The warm-up queries for a page showing `shown`: `month` ('YYYY-MM-01') is the month the
 * histograms read (pick one not shown: the answers are not kept). Series lookups only where
 * `hasLinesTable` (the live builder is too heavy to run for nothing).
 */
export function buildTrendWarmUpQueries(shown: TrendFilters, month: string, hasLinesTable: boolean): SqlQuery[] {
	const queries: SqlQuery[] = [];
	for (const mode of BOUNDARY_MODES)
		for (const basis of TREND_BASES)
			for (const grouping of TREND_GROUPINGS) {
				const f: TrendFilters = { ...shown, mode, basis, grouping, provinces: [], slice: {} };
				queries.push(buildTrendHistogramQuery({ filters: f, focus: { kind: 'all', key: '' }, month }));
				if (hasLinesTable && mode === shown.mode && basis !== shown.basis) queries.push(trendSeriesQuery(f, { kind: 'all', key: '' }));
			}
	return queries;
}
