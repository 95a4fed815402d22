// Turns builder rows into the ranking page's rows: units with their attributes, quartiles and
// changes. Pure functions over already aggregated rows (no metric is computed from raw rows).
import type { Row } from './query';
import { quartileClasses, type Quartile } from '../stats/quartiles';

export interface UnitInfo {
	code: string;
	name_vi: string;
	name_en: string;
	kind: 'city' | 'province';
	region: string;
	is_pilot: boolean;
}

export function unitsFromRows(rows: readonly Row[]): UnitInfo[] {
	return rows.map((r) => ({
		code: String(r.code),
		name_vi: String(r.name_vi ?? r.code),
		name_en: String(r.name_en ?? r.code),
		kind: r.kind === 'city' ? 'city' : 'province',
		region: String(r.region ?? ''),
		is_pilot: r.is_pilot === true
	}));
}

export const num = (value: Row[string] | undefined): number => (typeof value === 'number' ? value : 0);
export const numOrNull = (value: Row[string] | undefined): number | null =>
	typeof value === 'number' && Number.isFinite(value) ? value : null;

/** value / denominator, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
	return whole > 0 ? part / whole : null;
}

// Ranks and quartile classes are one rule shared with the map (src/lib/stats/quartiles.ts).
export { competitionRanks, type Quartile } from '../stats/quartiles';

/** Quartile of each non-null value (1 = best quarter) from its competition rank among N values. */
export function quartiles(values: readonly { code: string; value: number | null }[], higherIsBetter: boolean): Map<string, Quartile> {
	return quartileClasses(values, higherIsBetter).classOf;
}

/** current − previous, or null when either is missing. */
export function change(current: number | null, previous: number | null): number | null {
	return current === null || previous === null ? null : current - previous;
}
