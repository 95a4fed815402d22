// The boundary rules, once: the two boundary modes, the merger date, which cube column and
// reference table name a mode's units, which units a province group or region holds (as SQL
// over the reference tables, so a replaced pilot list or crosswalk is honoured), and which
// periods a 63-unit figure exists for. Builders, the state layer and components use these;
// `src/lib/reference/provinces.ts` stays the data.
import type { SqlPart } from './query';
import { MERGER_DATE, PROVINCES_34, PROVINCES_63, province34For, REGIONS, type Province34, type Region } from '../reference/provinces';

export { MERGER_DATE };

export type BoundaryMode = '34' | '63';
export const BOUNDARY_MODES: readonly BoundaryMode[] = ['34', '63'];

export function isBoundaryMode(value: unknown): value is BoundaryMode {
	return typeof value === 'string' && (BOUNDARY_MODES as readonly string[]).includes(value);
}

export function checkBoundaryMode(value: unknown): asserts value is BoundaryMode {
	if (!isBoundaryMode(value)) throw new Error(`Unknown boundary mode: ${String(value)}`);
}

/** The merger's month, 'YYYY-MM': the first month of the 34-unit boundaries. */
export const MERGER_MONTH = MERGER_DATE.slice(0, 7);
/** The last month with 63-unit figures, 'YYYY-MM'. */
export const LAST_MONTH_63 = (() => {
	const [y, m] = MERGER_MONTH.split('-').map(Number);
	return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
})();

/** A column reference (`alias.column`), checked before it is written into SQL. */
const COLUMN = /^([a-z_][a-z0-9_]*\.)?[a-z_][a-z0-9_]*$/;

function checkColumn(column: string): void {
	if (!COLUMN.test(column)) throw new Error(`Invalid column: ${column}`);
}

export interface UnitSql {
	/** The cube (and raw-row) column holding the unit's code in this mode. */
	unitColumn: 'province_34' | 'province_63';
	/** The reference table listing the units of this mode. */
	unitTable: 'provinces_34' | 'provinces_63';
	/** The `pilots` column that maps a pilot onto a unit of this mode. */
	pilotColumn: 'province_34' | 'province_code';
}

/** The identifiers of a mode: fixed strings picked here, never text from the URL. */
export function unitSql(mode: BoundaryMode): UnitSql {
	checkBoundaryMode(mode);
	return mode === '34'
		? { unitColumn: 'province_34', unitTable: 'provinces_34', pilotColumn: 'province_34' }
		: { unitColumn: 'province_63', unitTable: 'provinces_63', pilotColumn: 'province_code' };
}

/**
 * Whether a period whose last month is `to` ('YYYY-MM' or 'YYYY-MM-DD') has figures in `mode`:
 * 63-unit figures need the whole period before the merger.
 */
export function periodValidIn(mode: BoundaryMode, to: string): boolean {
	checkBoundaryMode(mode);
	return mode === '34' || to.slice(0, 7) < MERGER_MONTH;
}

/**
 * ` AND <month> < merger` in 63-unit mode, nothing in 34-unit mode: cube rows of the merger month
 * on that still carry a 63-unit code (received before it, finished after) are no 63-unit figure.
 * `month` is a checked column name.
 */
export function monthInModeSql(mode: BoundaryMode, month: string): SqlPart {
	checkColumn(month);
	checkBoundaryMode(mode);
	return mode === '63' ? { sql: ` AND ${month} < CAST(? AS DATE)`, params: [MERGER_DATE] } : { sql: '', params: [] };
}

/** The last month shown for a period ending in `to` ('YYYY-MM'): 63-unit figures stop before the merger. */
export function lastMonthIn(mode: BoundaryMode, to: string): string {
	return periodValidIn(mode, to) ? to : LAST_MONTH_63;
}

/** The units of a mode (the reference list), for pickers and names. */
export function unitsOf(mode: BoundaryMode): readonly Province34[] {
	checkBoundaryMode(mode);
	return mode === '34' ? PROVINCES_34 : PROVINCES_63;
}

/**
 * The raw-row partition (`province=`, a 34-unit code) holding a unit's dossiers: the unit itself
 * in 34-unit mode, the province it merged into in 63-unit mode (null for an unknown code).
 */
export function partitionProvince(mode: BoundaryMode, unit: string): string | null {
	checkBoundaryMode(mode);
	return mode === '34' ? unit : (province34For(unit) ?? null);
}

export type ProvinceGroup = 'all' | 'pilot' | 'non_pilot' | 'cities';
export const PROVINCE_GROUPS: readonly ProvinceGroup[] = ['all', 'pilot', 'non_pilot', 'cities'];
export type RegionFilter = 'all' | Region;
export const REGION_FILTERS: readonly RegionFilter[] = ['all', ...REGIONS];

/** SQL true where the unit `unit` (a column holding a code of `mode`) is or contains a pilot province. */
export function isPilotSql(mode: BoundaryMode, unit: string): string {
	checkColumn(unit);
	return `${unit} IN (SELECT ${unitSql(mode).pilotColumn} FROM pilots)`;
}

/**
 * SQL true where the unit `unit` (a qualified column holding a code of `mode`: a cube's unit
 * column, or `code` of the mode's reference table) is in the province group. No values: the
 * group is checked against the list. A NULL unit (a 63-unit column after the merger) is in none.
 */
export function groupSql(mode: BoundaryMode, group: ProvinceGroup, unit: string): string {
	checkColumn(unit);
	const { unitTable } = unitSql(mode);
	switch (group) {
		case 'all':
			return `${unit} IS NOT NULL`;
		case 'pilot':
			return isPilotSql(mode, unit);
		case 'non_pilot':
			return `${unit} IS NOT NULL AND NOT (${isPilotSql(mode, unit)})`;
		case 'cities':
			return `${unit} IN (SELECT code FROM ${unitTable} WHERE kind = 'city')`;
		default:
			throw new Error(`Unknown province group: ${String(group)}`);
	}
}

/** The group's condition and, unless 'all', the region's (the region bound as a parameter). */
export function scopeSql(mode: BoundaryMode, group: ProvinceGroup, region: RegionFilter, unit: string): SqlPart {
	const inGroup = groupSql(mode, group, unit);
	if (region === 'all') return { sql: inGroup, params: [] };
	if (!(REGION_FILTERS as readonly string[]).includes(region)) throw new Error(`Unknown region: ${String(region)}`);
	return { sql: `${inGroup} AND ${unit} IN (SELECT code FROM ${unitSql(mode).unitTable} WHERE region = ?)`, params: [region] };
}
