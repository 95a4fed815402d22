// Turns builder rows into the ranking page's rows: units with their attributes, quartiles and
// changes. Pure functions over already aggregated rows (no metric is computed from raw rows).
import type { Row } from './query';

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

/**
 * Competition ranks (1 = best; ties share the smaller rank) of the non-null values.
 * Returns a map code → rank.
 */
export function competitionRanks(values: readonly { code: string; value: number | null }[], higherIsBetter: boolean): Map<string, number> {
	const present = values.filter((v): v is { code: string; value: number } => v.value !== null);
	const sign = higherIsBetter ? -1 : 1;
	present.sort((a, b) => sign * (a.value - b.value) || a.code.localeCompare(b.code));
	const ranks = new Map<string, number>();
	present.forEach((v, i) => {
		const previous = present[i - 1];
		ranks.set(v.code, previous && previous.value === v.value ? (ranks.get(previous.code) as number) : i + 1);
	});
	return ranks;
}

export type Quartile = 1 | 2 | 3 | 4;

/** Quartile of each non-null value (1 = best quarter) from its competition rank among N values. */
export function quartiles(values: readonly { code: string; value: number | null }[], higherIsBetter: boolean): Map<string, Quartile> {
	const ranks = competitionRanks(values, higherIsBetter);
	const count = ranks.size;
	const result = new Map<string, Quartile>();
	for (const [code, rank] of ranks) result.set(code, Math.min(4, Math.floor(((rank - 1) * 4) / count) + 1) as Quartile);
	return result;
}

/** current − previous, or null when either is missing. */
export function change(current: number | null, previous: number | null): number | null {
	return current === null || previous === null ? null : current - previous;
}
