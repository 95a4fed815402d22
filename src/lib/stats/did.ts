/**
 * Difference in differences on per-unit panels (METRICS.md, pilot evaluation).
 *
 * The comparator is a series of *changes*: every comparator unit is centred on its own
 * pre-period mean, and the comparator at t is the mean of the centred values of the units that
 * report at t. A unit missing in a month (a 63-unit province after the 2025-07-01 merger) drops
 * out of that month's average; because it is centred, leaving does not shift the comparator's
 * level, only its noise. The DiD is then mean(post gap) − mean(pre gap) over the months where
 * the treated unit and the comparator both have a value, which equals
 * (treated after − before) − (comparator after − before) on those months exactly.
 */
import { mean, meanOver, type Panel, type Series } from './panel';

/** Mean over `pool` of each unit's value minus its own mean over `pre`, at every period of `periods`. */
export function centredComparator(
	panel: Panel,
	pool: readonly string[],
	pre: readonly number[],
	periods: readonly number[]
): Map<number, number> {
	const members = pool
		.map((u) => ({ series: panel.get(u), preMean: meanOver(panel.get(u), pre) }))
		.filter((m) => m.series && Number.isFinite(m.preMean));
	const out = new Map<number, number>();
	for (const t of periods) {
		let sum = 0;
		let n = 0;
		for (const m of members) {
			const v = m.series!.get(t);
			if (v !== undefined) {
				sum += v - m.preMean;
				n++;
			}
		}
		if (n) out.set(t, sum / n);
	}
	return out;
}

export interface DidResult {
	/** (treated after − before) − (comparator after − before) = mean post gap − mean pre gap. */
	estimate: number;
	/** Naive before/after change of the treated unit over the same months. */
	naive: number;
	/** The comparator's change (naive − estimate). */
	comparatorChange: number;
	/** Mean treated − comparator gap over the pre months (the level the event study removes). */
	preGapMean: number;
	/** Root mean square of the pre gaps around their mean: 0 when the series ran parallel. */
	preRmse: number;
	preMonths: number[];
	postMonths: number[];
	/** Every period where both series have a value: gap − preGapMean (the event study's values). */
	gaps: Map<number, number>;
}

/** DiD of `treated` against `comparator`; null when the pre or post window has no common period. */
export function differenceInDifferences(
	treated: Series,
	comparator: Series,
	pre: readonly number[],
	post: readonly number[]
): DidResult | null {
	const both = (ts: readonly number[]) => ts.filter((t) => treated.has(t) && comparator.has(t));
	const preMonths = both(pre);
	const postMonths = both(post);
	if (preMonths.length === 0 || postMonths.length === 0) return null;
	const gap = (t: number) => treated.get(t)! - comparator.get(t)!;
	const preGaps = preMonths.map(gap);
	const preGapMean = mean(preGaps);
	const naive = meanOver(treated, postMonths) - meanOver(treated, preMonths);
	const comparatorChange = meanOver(comparator, postMonths) - meanOver(comparator, preMonths);
	const gaps = new Map<number, number>();
	for (const [t, y] of [...treated].sort((a, b) => a[0] - b[0])) {
		const c = comparator.get(t);
		if (c !== undefined) gaps.set(t, y - c - preGapMean);
	}
	return {
		estimate: naive - comparatorChange,
		naive,
		comparatorChange,
		preGapMean,
		preRmse: Math.sqrt(mean(preGaps.map((g) => (g - preGapMean) ** 2))),
		preMonths,
		postMonths,
		gaps
	};
}
