/**
 * Monthly series on event time (months since a pilot's start; negative = before).
 * A missing month is either absent or has y = null (NaN is treated as missing too).
 */

export interface SeriesPoint {
	/** Event month: months since the unit's start (0 = the start month). */
	t: number;
	y: number | null;
}

/** An inclusive range of event months. */
export interface EventWindow {
	from: number;
	to: number;
}

export function inWindow(t: number, window: EventWindow): boolean {
	return t >= window.from && t <= window.to;
}

/** The observed months of a series as a map t → y (missing values left out; repeated t rejected). */
export function seriesMap(series: readonly SeriesPoint[]): Map<number, number> {
	const map = new Map<number, number>();
	const seen = new Set<number>();
	for (const { t, y } of series) {
		if (!Number.isInteger(t)) throw new RangeError(`series: event month must be an integer, got ${t}`);
		if (seen.has(t)) throw new RangeError(`series: event month ${t} appears twice`);
		seen.add(t);
		if (y !== null && Number.isFinite(y)) map.set(t, y);
	}
	return map;
}

/** Mean of the available values per event month over several series (e.g. the pilot group). */
export function meanSeries(list: readonly (readonly SeriesPoint[])[]): SeriesPoint[] {
	const sums = new Map<number, { sum: number; count: number }>();
	for (const series of list) {
		for (const [t, y] of seriesMap(series)) {
			const acc = sums.get(t) ?? { sum: 0, count: 0 };
			acc.sum += y;
			acc.count += 1;
			sums.set(t, acc);
		}
	}
	return [...sums.entries()].sort((a, b) => a[0] - b[0]).map(([t, { sum, count }]) => ({ t, y: sum / count }));
}

/** Arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
	return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
