// Quartile classes of provinces for one indicator, as PAPI draws them: rank the units that have
// a value (1 = best), then cut the ranks into four equal parts. The rankings' bars and the map
// colour by this one rule (docs/METRICS.md, "Quartile classes").

export type Quartile = 1 | 2 | 3 | 4;
export const QUARTILES: readonly Quartile[] = [1, 2, 3, 4];

export interface CodedValue {
	code: string;
	value: number | null;
}

/**
 * Competition ranks (1 = best; ties share the smaller rank, the next distinct value skips) of
 * the non-null values. Returns a map code → rank.
 */
export function competitionRanks(values: readonly CodedValue[], higherIsBetter: boolean): Map<string, number> {
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

/** Class of competition rank r among n ranked units: ⌊4(r − 1)/n⌋ + 1 (so ties share a class). */
export function quartileOfRank(rank: number, count: number): Quartile {
	return Math.min(4, Math.floor(((rank - 1) * 4) / count) + 1) as Quartile;
}

/** The lowest and highest value in one class (the legend's bounds). */
export interface QuartileBounds {
	min: number;
	max: number;
	count: number;
}

export interface QuartileClasses {
	/** Class of each unit with a value; units without one (suppressed, no data) are absent. */
	classOf: Map<string, Quartile>;
	/** Per class, its values' range; null for a class left empty (fewer than 4 units, or ties). */
	bounds: Record<Quartile, QuartileBounds | null>;
}

/** Quartile class (1 = best quarter) of each non-null value, and each class's bounds. */
export function quartileClasses(values: readonly CodedValue[], higherIsBetter: boolean): QuartileClasses {
	const ranks = competitionRanks(values, higherIsBetter);
	const classOf = new Map<string, Quartile>();
	const bounds: Record<Quartile, QuartileBounds | null> = { 1: null, 2: null, 3: null, 4: null };
	for (const { code, value } of values) {
		const rank = ranks.get(code);
		if (rank === undefined || value === null) continue;
		const quartile = quartileOfRank(rank, ranks.size);
		classOf.set(code, quartile);
		const b = bounds[quartile];
		bounds[quartile] = b
			? { min: Math.min(b.min, value), max: Math.max(b.max, value), count: b.count + 1 }
			: { min: value, max: value, count: 1 };
	}
	return { classOf, bounds };
}
