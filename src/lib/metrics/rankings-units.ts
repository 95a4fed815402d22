// The units the rankings list, with the attributes shown beside them, and which of them the
// province-group and region filters keep. The boundary rules are those of ./boundary.
import type { SqlQuery } from './query';
import { isPilotSql, scopeSql, unitSql, type BoundaryMode, type ProvinceGroup, type RegionFilter } from './boundary';

/**
 * Every unit of a boundary mode with the attributes the ranking filters use: region, whether
 * it is a centrally-run city, whether it is (or contains) a pilot province.
 * Rows: code, name_vi, name_en, kind, region, is_pilot.
 */
export function buildRankingUnitsQuery(mode: BoundaryMode): SqlQuery {
	const m = unitSql(mode);
	return {
		sql: `SELECT u.code, u.name_vi, u.name_en, u.kind, u.region,
  ${isPilotSql(mode, 'u.code')} AS is_pilot
FROM ${m.unitTable} u
ORDER BY u.code`,
		params: []
	};
}

/**
 * The codes of the units shown under the province group and the region (ranks stay national:
 * the filters only hide rows). Rows: code.
 */
export function buildVisibleUnitsQuery(mode: BoundaryMode, group: ProvinceGroup, region: RegionFilter): SqlQuery {
	const scope = scopeSql(mode, group, region, 'u.code');
	return {
		sql: `SELECT u.code FROM ${unitSql(mode).unitTable} u WHERE ${scope.sql} ORDER BY u.code`,
		params: scope.params
	};
}
