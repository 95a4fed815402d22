// Shared pieces of the ranking builders: the boundary mode decides which province column of a
// cube is grouped on and which reference table names the units. Both are fixed identifiers
// chosen here from the mode, never text from the URL.
import type { SqlQuery } from './query';

export type BoundaryMode = '34' | '63';

/** First day of the 34-unit boundaries; 63-unit figures exist only for data before it. */
export const MERGER_DATE = '2025-07-01';

interface ModeSql {
	/** The cube column holding the unit's code in this mode. */
	unitColumn: 'province_63' | 'province_34';
	/** The reference table listing the units of this mode. */
	unitTable: 'provinces_63' | 'provinces_34';
	/** The `pilots` column that maps a pilot onto a unit of this mode. */
	pilotColumn: 'province_code' | 'province_34';
}

export function modeSql(mode: BoundaryMode): ModeSql {
	if (mode === '63') return { unitColumn: 'province_63', unitTable: 'provinces_63', pilotColumn: 'province_code' };
	if (mode === '34') return { unitColumn: 'province_34', unitTable: 'provinces_34', pilotColumn: 'province_34' };
	throw new Error(`Unknown boundary mode: ${String(mode)}`);
}

/**
 * Every unit of a boundary mode with the attributes the ranking filters use: region, whether
 * it is a centrally-run city, whether it is (or contains) a pilot province.
 * Rows: code, name_vi, name_en, kind, region, is_pilot.
 */
export function buildRankingUnitsQuery(mode: BoundaryMode): SqlQuery {
	const m = modeSql(mode);
	return {
		sql: `SELECT u.code, u.name_vi, u.name_en, u.kind, u.region,
  EXISTS (SELECT 1 FROM pilots p WHERE p.${m.pilotColumn} = u.code) AS is_pilot
FROM ${m.unitTable} u
ORDER BY u.code`,
		params: []
	};
}
