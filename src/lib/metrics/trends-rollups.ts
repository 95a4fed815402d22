// Unit-level rollups of the dossier cubes for the trend views: the same measures summed over
// sector, channel and agency level (the histogram shrinks about sevenfold). Created once per
// database, in DuckDB, by the page (browser) and the prerender (native); the trend builders read
// them whenever the view needs no sector, channel or level (grouping by province or pilot group,
// no slice), and read the full cubes otherwise.
import type { SqlQuery } from './query';
import type { TrendFilters } from './trends-filters';

export const TREND_CUBE_MEASURES = [
	'received',
	'finished',
	'early',
	'on_time',
	'late',
	'r_finished',
	'r_early',
	'r_on_time',
	'r_late',
	'r_open_overdue',
	'backlog',
	'overdue_backlog'
] as const;

export interface TrendTables {
	cube: 'dossier_cube' | 'trend_cube_unit';
	hist: 'dossier_hist' | 'trend_hist_unit';
}

export const FULL_TABLES: TrendTables = { cube: 'dossier_cube', hist: 'dossier_hist' };
export const ROLLUP_TABLES: TrendTables = { cube: 'trend_cube_unit', hist: 'trend_hist_unit' };

/** The statements creating the rollups (idempotent: IF NOT EXISTS). Run them in order. */
export function buildTrendRollupStatements(): SqlQuery[] {
	const sums = TREND_CUBE_MEASURES.map((m) => `SUM(${m})::INTEGER AS ${m}`).join(', ');
	return [
		{
			sql: `CREATE TABLE IF NOT EXISTS trend_cube_unit AS
SELECT month, province_63, province_34, ${sums}
FROM dossier_cube GROUP BY month, province_63, province_34 ORDER BY month, province_34`,
			params: []
		},
		{
			// Sorted by basis and month so a period's rows sit together (row-group skipping).
			sql: `CREATE TABLE IF NOT EXISTS trend_hist_unit AS
SELECT basis, month, province_63, province_34, wd, SUM(n)::INTEGER AS n
FROM dossier_hist GROUP BY basis, month, province_63, province_34, wd ORDER BY basis, month, province_34, wd`,
			params: []
		}
	];
}

/** The rollups answer a view that needs no sector, channel or level. */
export function tablesFor(f: TrendFilters): TrendTables {
	const sliced = [f.slice.sector, f.slice.channel, f.slice.agency_level].some((v) => v !== undefined && v !== null && v !== '');
	return !sliced && (f.grouping === 'province' || f.grouping === 'pilot') ? ROLLUP_TABLES : FULL_TABLES;
}
