// `trend_lines`: the monthly series of every standard line, materialised by the data pipeline
// with the live builder (buildTrendSeriesQuery) over the whole span, so the views a user meets
// first (provinces with their regions and the country, pilot groups, the national split by
// sector, channel or level, and the country, regions and pilot groups within one sector, channel
// or level) are a lookup in the browser. Views the table cannot answer (chosen provinces within
// a slice, two slices at once, a split within chosen provinces) run the live builder.
import type { SqlParam, SqlQuery } from './query';
import { checkTrendFilters, TREND_BASES, type SeriesRef, type TrendFilters } from './trends-filters';
import { BOUNDARY_MODES, unitSql } from './boundary';
import { buildTrendSeriesQuery, CUBE_TABLES, TREND_SERIES_COLUMNS } from './trends-series';

export const TREND_LINES_TABLE = 'trend_lines';

/** The value groupings stored with their column in `dim`; every other line has dim ''. */
const VALUE_GROUPINGS = ['sector', 'channel', 'agency_level'] as const;
/** The slice columns: rows of a one-column slice carry it in `slice_dim` and its value in `slice_key`. */
export const SLICE_DIMS = ['sector', 'channel', 'agency_level'] as const;
export type SliceDim = (typeof SLICE_DIMS)[number];
export type SliceValues = Record<SliceDim, readonly string[]>;

/** The view's slice as (dim, key): ['', ''] without one, null for two or more at once. */
function sliceOf(f: TrendFilters): [SliceDim | '', string] | null {
	const set = SLICE_DIMS.filter((d) => f.slice[d] !== undefined && f.slice[d] !== null && f.slice[d] !== '');
	if (set.length === 0) return ['', ''];
	return set.length === 1 ? [set[0], String(f.slice[set[0]])] : null;
}

/**
 * The table holds the view's lines: without a slice, every view but a split within chosen
 * provinces; within one slice, the country with its regions or the pilot groups.
 */
export function trendLinesAnswer(f: TrendFilters): boolean {
	const slice = sliceOf(f);
	if (!slice) return false;
	if (slice[0] !== '') return f.provinces.length === 0 && (f.grouping === 'province' || f.grouping === 'pilot');
	return f.grouping === 'province' || f.grouping === 'pilot' || f.provinces.length === 0;
}

/** The dossier_cube measures the trend series reads (trends-series.ts), summed by the rollup. */
const CUBE_MEASURES = [
	'received',
	'finished',
	'withdrawn',
	'early',
	'on_time',
	'late',
	'r_finished',
	'r_withdrawn',
	'r_early',
	'r_on_time',
	'r_late',
	'r_open_overdue',
	'backlog',
	'overdue_backlog'
];

/**
 * Rollups of both cubes to the units (and one slice column, if given): the province and pilot
 * lines scan a fraction of the rows.
 */
function rollupStatements(name: string, sliceColumn?: SliceDim): SqlQuery[] {
	const keep = `month, province_63, province_34${sliceColumn ? `, ${sliceColumn}` : ''}`;
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
 * series row (month 'YYYY-MM', kind, key, TREND_SERIES_COLUMNS) of the standard lines, and of the
 * country, regions and pilot groups within each value of `slices` (the cube's sectors, channels
 * and levels). The country line is stored once per slice. Temporary rollups to the units first,
 * so the unsliced province and pilot lines scan only the columns they need. With `shownFrom`
 * (a monthly update), only the rows of the months from it, for the lines of [first, last].
 */
export function buildTrendLinesTableStatements(first: string, last: string, slices: SliceValues, shownFrom?: string): SqlQuery[] {
	// Value groupings keep every dimension: their rollup would save little over the cubes.
	const statements: SqlQuery[] = [
		...rollupStatements('trend_rollup_unit'),
		...SLICE_DIMS.flatMap((d) => rollupStatements(`trend_rollup_${d}`, d))
	];
	const parts: SqlQuery[] = [];
	const add = (f: TrendFilters, keep: string, dim: string, slice: [SliceDim | '', string]) => {
		const rollup = dim ? null : slice[0] ? `trend_rollup_${slice[0]}` : 'trend_rollup_unit';
		const tables = rollup ? { cube: `${rollup}_cube`, hist: `${rollup}_hist` } : CUBE_TABLES;
		const q = buildTrendSeriesQuery(f, {
			everyUnit: f.grouping === 'province' && !slice[0],
			tables,
			...(shownFrom ? { linesFrom: first } : {})
		});
		parts.push({
			sql: `SELECT '${f.mode}' AS mode, '${f.basis}' AS basis, ?::VARCHAR AS slice_dim, ?::VARCHAR AS slice_key, '${dim}' AS dim, * FROM (\n${q.sql}\n) WHERE ${keep}`,
			params: [slice[0], slice[1], ...q.params]
		});
	};
	for (const mode of BOUNDARY_MODES)
		for (const basis of TREND_BASES) {
			const f: TrendFilters = { mode, basis, grouping: 'province', provinces: [], from: shownFrom ?? first, to: last, slice: {} };
			add(f, 'TRUE', '', ['', '']);
			add({ ...f, grouping: 'pilot' }, `kind = 'pilot'`, '', ['', '']);
			for (const g of VALUE_GROUPINGS) add({ ...f, grouping: g }, `kind = 'value'`, g, ['', '']);
			for (const d of SLICE_DIMS)
				for (const value of slices[d]) {
					const within = { ...f, slice: { [d]: value } };
					add(within, 'TRUE', '', [d, value]);
					add({ ...within, grouping: 'pilot' }, `kind = 'pilot'`, '', [d, value]);
				}
		}
	// One statement per part: DuckDB runs a union of a hundred of them several times slower.
	// (The pipeline writes the table sorted; its order here does not matter.)
	parts.forEach((part, i) =>
		statements.push({
			sql: i === 0 ? `CREATE TABLE ${TREND_LINES_TABLE} AS\n${part.sql}` : `INSERT INTO ${TREND_LINES_TABLE}\n${part.sql}`,
			params: part.params
		})
	);
	return statements;
}

/** The distinct values of each slice column in the dossier cube (for buildTrendLinesTableStatements). */
export function buildSliceValuesQuery(): SqlQuery {
	return {
		sql:
			SLICE_DIMS.map(
				(d) => `SELECT '${d}' AS dim, ${d}::VARCHAR AS value FROM (SELECT DISTINCT ${d} FROM dossier_cube WHERE ${d} IS NOT NULL)`
			).join('\nUNION ALL\n') + '\nORDER BY dim, value',
		params: []
	};
}

/** buildSliceValuesQuery's rows as SliceValues. */
export function sliceValuesFromRows(rows: readonly Record<string, unknown>[]): SliceValues {
	const values: Record<SliceDim, string[]> = { sector: [], channel: [], agency_level: [] };
	for (const r of rows) {
		const dim = SLICE_DIMS.find((d) => d === r.dim);
		if (dim && typeof r.value === 'string') values[dim].push(r.value);
	}
	return values;
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
	const slice = sliceOf(f);
	if (!slice || !trendLinesAnswer(f)) {
		throw new Error('trend_lines holds no split within chosen provinces, no chosen provinces within a slice, and no view sliced twice');
	}
	const { unitTable } = unitSql(f.mode);
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
  WHERE mode = ? AND basis = ? AND slice_dim = ? AND slice_key = ? AND month BETWEEN ? AND ?
    AND (kind = 'all' OR ${lines})
)
SELECT * FROM view WHERE (kind, key) IN (SELECT kind, key FROM view WHERE in_cube)
ORDER BY kind, key, month`,
		params: [f.mode, f.basis, slice[0], slice[1], f.from.slice(0, 7), f.to.slice(0, 7), ...lineParams]
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

/**
 * Whether the database has `trend_lines` in its current layout (a query; `n` > 0): data written
 * before the table, or before its slice columns, is answered by the live builder.
 */
export function buildHasTrendLinesQuery(): SqlQuery {
	return {
		sql: `SELECT count(*)::INTEGER AS n FROM information_schema.columns WHERE table_name = '${TREND_LINES_TABLE}' AND column_name = 'withdrawn'`,
		params: []
	};
}
