// Which cube rows belong to the chosen province group, in the chosen boundary mode. The column
// and table names come from this fixed mapping, never from the URL.
import type { BoundaryMode, ProvinceGroup } from '../state/global-filters';

interface ModeColumns {
	unitColumn: 'province_63' | 'province_34';
	unitTable: 'provinces_63' | 'provinces_34';
	pilotColumn: 'province_code' | 'province_34';
}

export function modeColumns(mode: BoundaryMode): ModeColumns {
	if (mode === '63') return { unitColumn: 'province_63', unitTable: 'provinces_63', pilotColumn: 'province_code' };
	if (mode === '34') return { unitColumn: 'province_34', unitTable: 'provinces_34', pilotColumn: 'province_34' };
	throw new Error(`Unknown boundary mode: ${String(mode)}`);
}

/**
 * A condition on a cube row (alias `alias`) that keeps the group's rows. In 63-unit mode rows
 * after the merger (province_63 NULL) drop out, as DATA-LAYOUT.md says.
 */
export function groupCondition(mode: BoundaryMode, group: ProvinceGroup, alias: string): string {
	if (!/^[a-z_]+$/.test(alias)) throw new Error(`Invalid alias: ${alias}`);
	const { unitColumn, unitTable, pilotColumn } = modeColumns(mode);
	const unit = `${alias}.${unitColumn}`;
	switch (group) {
		case 'all':
			return `${unit} IS NOT NULL`;
		case 'pilot':
			return `${unit} IN (SELECT ${pilotColumn} FROM pilots)`;
		case 'non_pilot':
			return `${unit} IS NOT NULL AND ${unit} NOT IN (SELECT ${pilotColumn} FROM pilots)`;
		case 'cities':
			return `${unit} IN (SELECT code FROM ${unitTable} WHERE kind = 'city')`;
		default:
			throw new Error(`Unknown province group: ${String(group)}`);
	}
}
