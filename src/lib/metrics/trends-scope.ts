// Which cube rows feed which line: shared by the trend builders. A small `members` table maps
// each unit to the lines it belongs to (its own line, its region's, the country's), so one scan
// of a cube, joined to it, yields every line at once.
import { joinParts, type SqlParam, type SqlPart } from './query';
import { isPilotSql, monthInModeSql, unitSql } from './boundary';
import { checkSeriesRef, checkTrendFilters, groupingColumn, type SeriesRef, type TrendFilters, type TrendSlice } from './trends-filters';

export { joinParts, type SqlPart };

function slots(n: number): string {
	return Array.from({ length: n }, () => '?').join(', ');
}

/**
 * `members(unit, kind, key)`: for the province grouping, each chosen unit → its own line, every
 * unit of the regions in play → its region line (all regions when none is chosen), every unit →
 * `all`; with `everyUnit`, every unit → its own line and its region's. For the other groupings,
 * each unit in scope (the chosen ones, or all) → `all` and → the split line (`value`, keyed later
 * by the cube column, or `pilot`/`non_pilot`).
 */
export function membersSql(f: TrendFilters, everyUnit = false): SqlPart {
	const { unitTable } = unitSql(f.mode);
	// Pilot against non-pilot is a national comparison: the chosen provinces do not narrow it.
	const chosen = f.grouping === 'pilot' || everyUnit ? [] : f.provinces;
	const inChosen = chosen.length ? `code IN (${slots(chosen.length)})` : 'TRUE';
	if (f.grouping === 'province') {
		const unitLines =
			chosen.length || everyUnit
				? `SELECT code AS unit, 'unit' AS kind, code AS key FROM ${unitTable} WHERE ${inChosen}
  UNION ALL `
				: '';
		const regionFilter = chosen.length ? `WHERE region IN (SELECT region FROM ${unitTable} WHERE ${inChosen})` : '';
		return {
			sql: `${unitLines}SELECT code AS unit, 'region' AS kind, region AS key FROM ${unitTable} ${regionFilter}
  UNION ALL SELECT code AS unit, 'all' AS kind, '' AS key FROM ${unitTable}`,
			params: [...chosen, ...chosen]
		};
	}
	const split = f.grouping === 'pilot' ? `CASE WHEN ${isPilotSql(f.mode, 'u.code')} THEN 'pilot' ELSE 'non_pilot' END` : `''`;
	const kind = f.grouping === 'pilot' ? 'pilot' : 'value';
	return {
		sql: `SELECT code AS unit, '${kind}' AS kind, ${split} AS key FROM ${unitTable} u WHERE ${inChosen}
  UNION ALL SELECT code AS unit, 'all' AS kind, '' AS key FROM ${unitTable} WHERE ${inChosen}`,
		params: [...chosen, ...chosen]
	};
}

/** The line key of a cube row `c` joined to `members m`. */
export function keySql(f: TrendFilters, cubeAlias = 'c'): string {
	const column = groupingColumn(f.grouping);
	return column ? `CASE m.kind WHEN 'value' THEN ${cubeAlias}.${column} ELSE m.key END` : 'm.key';
}

/** `AND …` restrictions of a cube row `c` to the slice (bound values). */
export function sliceSql(slice: TrendSlice, cubeAlias = 'c'): SqlPart {
	let sql = '';
	const params: SqlParam[] = [];
	for (const column of ['sector', 'channel', 'agency_level'] as const) {
		const value = slice[column];
		if (value === undefined || value === null || value === '') continue;
		sql += ` AND ${cubeAlias}.${column} = ?`;
		params.push(value);
	}
	return { sql, params };
}

/** `AND …` restricting the lines to one (its kind, and its key as computed by `keySql`). */
export function focusSql(f: TrendFilters, focus: SeriesRef | undefined, cubeAlias = 'c'): SqlPart {
	if (!focus) return { sql: '', params: [] };
	checkSeriesRef(focus);
	return { sql: ` AND m.kind = ? AND (${keySql(f, cubeAlias)}) = ?`, params: [focus.kind, focus.key] };
}

/**
 * Everything a trend builder needs to scan one cube: `FROM <cube> c JOIN members m …` with the
 * slice and focus conditions, and the key expression. The caller adds the month condition.
 */
export function scanParts(f: TrendFilters, focus?: SeriesRef): { join: string; key: string; where: SqlPart } {
	checkTrendFilters(f);
	const { unitColumn } = unitSql(f.mode);
	const slice = sliceSql(f.slice);
	const focused = focusSql(f, focus);
	// 63-unit figures stop at the merger: later rows that still carry a 63-unit code (dossiers
	// received before it, finished after) would make a partial month.
	const valid = monthInModeSql(f.mode, 'c.month');
	return {
		join: `JOIN members m ON c.${unitColumn} = m.unit`,
		key: keySql(f),
		where: joinParts(valid, slice, focused)
	};
}
