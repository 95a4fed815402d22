// `trend_lines`: the monthly series of every standard line, materialised by the data pipeline
// with the live builder (buildTrendSeriesQuery) over the whole span, so the views a user meets
// first (provinces with their regions and the country, pilot groups, the national split by
// sector, channel or level) are a lookup in the browser. Views the table cannot answer (a
// sector, channel or level slice; a split within chosen provinces) run the live builder.
import type { SqlParam, SqlQuery } from './query';
import { checkTrendFilters, TREND_BASES, TREND_MODES, unitColumns, type SeriesRef, type TrendFilters, type TrendGrouping } from './trends-filters';
import { buildTrendSeriesQuery, CUBE_TABLES, TREND_SERIES_COLUMNS } from './trends-series';

export const TREND_LINES_TABLE = 'trend_lines';

/** The value groupings stored with their column in `dim`; every other line has dim ''. */
const VALUE_GROUPINGS = ['sector', 'channel', 'agency_level'] as const;

const sliced = (f: TrendFilters) =>
	[f.slice.sector, f.slice.channel, f.slice.agency_level].some((v) => v !== undefined && v !== null && v !== '');

/** The table holds the view's lines: no slice, and a value grouping only over the whole country. */
export function trendLinesAnswer(f: TrendFilters): boolean {
	if (sliced(f)) return false;
	return f.grouping === 'province' || f.grouping === 'pilot' || f.provinces.length === 0;
}

/** The dossier_cube measures the trend series reads (trends-series.ts), summed by the rollup. */
const CUBE_MEASURES = [
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
];

/** Rollups of both cubes to the units: the province and pilot lines scan a seventh of the rows. */
function rollupStatements(name: string): SqlQuery[] {
	const keep = 'month, province_63, province_34';
	return [
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${name}_cube AS SELECT ${keep}, ${CUBE_MEASURES.map((m) => `SUM(${m}) AS ${m}`).join(', ')}
FROM dossier_cube GROUP BY ${keep}`,
			params: []
		},
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${name}_hist AS SELECT basis, ${keep}, wd, SUM(n) AS n
FROM dossier_hist GROUP BY basis, ${keep}, wd`,
			params: []
		}
	];
}

/**
 * The statements, in order, creating `trend_lines` with, for each boundary mode and basis, every
 * line of every grouping over [first, last] ('YYYY-MM-01'): columns mode, basis, dim, then the
 * series row (month 'YYYY-MM', kind, key, TREND_SERIES_COLUMNS). The country line is stored once.
 * Temporary rollups first, so each grouping scans only the columns it needs.
 */
export function buildTrendLinesTableStatements(first: string, last: string): SqlQuery[] {
	// Value groupings keep a dimension: their rollup would save little over the cubes themselves.
	const statements: SqlQuery[] = rollupStatements('trend_rollup_unit');
	const parts: string[] = [];
	const params: SqlParam[] = [];
	const add = (mode: TrendFilters['mode'], basis: TrendFilters['basis'], grouping: TrendGrouping, keep: string, dim: string) => {
		const f: TrendFilters = { mode, basis, grouping, provinces: [], from: first, to: last, slice: {} };
		const tables = dim ? CUBE_TABLES : { cube: 'trend_rollup_unit_cube', hist: 'trend_rollup_unit_hist' };
		const q = buildTrendSeriesQuery(f, { everyUnit: grouping === 'province', tables });
		parts.push(`SELECT '${mode}' AS mode, '${basis}' AS basis, '${dim}' AS dim, * FROM (\n${q.sql}\n) WHERE ${keep}`);
		params.push(...q.params);
	};
	for (const mode of TREND_MODES)
		for (const basis of TREND_BASES) {
			add(mode, basis, 'province', 'TRUE', '');
			add(mode, basis, 'pilot', `kind = 'pilot'`, '');
			for (const g of VALUE_GROUPINGS) add(mode, basis, g, `kind = 'value'`, g);
		}
	statements.push({
		sql: `CREATE TABLE ${TREND_LINES_TABLE} AS\n${parts.join('\nUNION ALL\n')}\nORDER BY mode, basis, dim, kind, key, month`,
		params
	});
	return statements;
}

function slots(n: number): string {
	return Array.from({ length: n }, () => '?').join(', ');
}

/**
 * The same rows as buildTrendSeriesQuery(f), read from `trend_lines` (only where
 * trendLinesAnswer(f)): the lines of the view over the period, each line only if it has cube rows
 * in the period, ordered by kind, key, month.
 */
export function buildTrendLookupQuery(f: TrendFilters): SqlQuery {
	checkTrendFilters(f);
	if (!trendLinesAnswer(f)) throw new Error('trend_lines holds no sliced view nor a split within chosen provinces');
	const { unitTable } = unitColumns(f.mode);
	let lines: string;
	let lineParams: SqlParam[] = [];
	if (f.grouping === 'province') {
		const chosen = f.provinces;
		lines = chosen.length
			? `(kind = 'unit' AND key IN (${slots(chosen.length)}))
    OR (kind = 'region' AND key IN (SELECT region FROM ${unitTable} WHERE code IN (${slots(chosen.length)})))`
			: `kind = 'region'`;
		lineParams = [...chosen, ...chosen];
	} else if (f.grouping === 'pilot') {
		lines = `kind = 'pilot'`;
	} else {
		lines = `(kind = 'value' AND dim = ?)`;
		lineParams = [f.grouping];
	}
	return {
		// The lines with cube rows in the period, by a semi-join on the view's own rows: a window
		// (QUALIFY bool_or(in_cube) OVER (PARTITION BY kind, key)) gives the same rows but costs
		// about a third more in DuckDB-WASM.
		sql: `WITH view AS (
  SELECT month, kind, key, ${TREND_SERIES_COLUMNS.join(', ')}
  FROM ${TREND_LINES_TABLE}
  WHERE mode = ? AND basis = ? AND month BETWEEN ? AND ?
    AND (kind = 'all' OR ${lines})
)
SELECT * FROM view WHERE (kind, key) IN (SELECT kind, key FROM view WHERE in_cube)
ORDER BY kind, key, month`,
		params: [f.mode, f.basis, f.from.slice(0, 7), f.to.slice(0, 7), ...lineParams]
	};
}

/**
 * The query for a view's series: the lookup where the table answers (and exists: data written
 * before it was added has none), else the live builder with the rolling figures of `focus` only
 * (the line the seasonality chart shows).
 */
export function trendSeriesQuery(f: TrendFilters, focus: SeriesRef, hasLinesTable = true): SqlQuery {
	return hasLinesTable && trendLinesAnswer(f) ? buildTrendLookupQuery(f) : buildTrendSeriesQuery(f, { rollingLine: focus });
}

/** Whether the database has `trend_lines` (a query; `n` > 0). */
export function buildHasTrendLinesQuery(): SqlQuery {
	return { sql: `SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = '${TREND_LINES_TABLE}'`, params: [] };
}
