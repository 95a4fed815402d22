// The unit list a published index's year is counted in: 63-unit codes before the merger's year,
// 34-unit codes from it (the importer's rule, scripts/import/published-indices.ts).
import { FIRST_34_UNIT_YEAR } from './indices-common';

export interface IndexFilters {
	index: string;
	year: number;
	/** '' for the overall index. */
	component: string;
}

/** The reference table naming the units of `year` (a fixed identifier, never user text). */
export function indexUnitTable(year: number): 'provinces_63' | 'provinces_34' {
	if (!Number.isInteger(year)) throw new Error(`Invalid index year: ${year}`);
	return year >= FIRST_34_UNIT_YEAR ? 'provinces_34' : 'provinces_63';
}

export function checkIndexFilters(f: IndexFilters): void {
	if (!/^[A-Z0-9_]+$/.test(f.index)) throw new Error(`Invalid index code: ${JSON.stringify(f.index)}`);
	indexUnitTable(f.year);
	if (typeof f.component !== 'string') throw new Error('Invalid component');
}
