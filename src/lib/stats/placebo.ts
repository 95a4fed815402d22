/**
 * Placebo permutation inference (METRICS.md): with only a handful of pilots, the uncertainty of a
 * DiD or synthetic-control effect is judged by re-running the same estimate with each non-pilot
 * unit as a fake pilot (same event dates) and seeing where the real effect falls.
 *
 * p-value = (1 + #placebos with |effect| ≥ |real|) / (1 + #placebos): under no effect and
 * exchangeable units it is uniform on {1/(P+1), …, 1}. The band is the (1 − level)/2 … (1 + level)/2
 * quantile range (default 5th–95th percentile) of the placebo event-study gaps, month by month.
 */
import { empiricalQuantile } from './quantile';

export interface PlaceboEstimate {
	/** The effect (e.g. the DiD estimate) of this unit. */
	effect: number;
	/** Optional event-study gaps (normalised, as from eventStudy) for the band. */
	eventStudy?: readonly { t: number; gap: number | null }[];
	/** Optional pre-period fit (e.g. DiD preRmse or synthetic-control preRmse) for maxPreRmseRatio. */
	preRmse?: number;
}

export interface PlaceboOptions<U> {
	treated: U;
	/** The non-pilot units; each is used once as a fake pilot. */
	donors: readonly U[];
	/**
	 * The estimate for a (real or fake) pilot given its comparator pool. For the real pilot the pool
	 * is all donors; for a fake pilot it is the donors without it (the real pilot is never a
	 * comparator). Return null when it cannot be estimated; that placebo is then left out.
	 */
	estimate: (unit: U, pool: readonly U[]) => PlaceboEstimate | null;
	/** Band coverage (default 0.9: 5th–95th percentile). */
	bandLevel?: number;
	/**
	 * Leave out placebos whose preRmse exceeds this multiple of the real one's (Abadie et al. 2010:
	 * a fake pilot that its comparators cannot reproduce says nothing). Off by default.
	 */
	maxPreRmseRatio?: number;
}

export interface PlaceboRun<U> extends PlaceboEstimate {
	unit: U;
}

export interface PlaceboBandPoint {
	t: number;
	lower: number;
	upper: number;
	/** Placebos with a gap that month. */
	n: number;
}

export interface PlaceboResult<U> {
	real: PlaceboEstimate;
	/** The placebos kept, in donor order. */
	placebos: PlaceboRun<U>[];
	/** Placebos that could not be estimated or were left out by maxPreRmseRatio. */
	excluded: U[];
	/** 1 + #placebos with |effect| ≥ |real|: 1 = the real effect is the most extreme. */
	rank: number;
	/** 1 + #placebos: the number of units ranked. */
	total: number;
	/** rank / total. */
	pValue: number;
	band: PlaceboBandPoint[];
}

/** Permutation p-value of a real effect among placebo effects (by absolute value). */
export function permutationPValue(real: number, placebos: readonly number[]): { rank: number; total: number; pValue: number } {
	const threshold = Math.abs(real);
	// A relative tolerance so that a placebo equal to the real effect up to rounding counts as ≥.
	const tolerance = 1e-12 * Math.max(1, threshold);
	const atLeast = placebos.filter((p) => Math.abs(p) >= threshold - tolerance).length;
	const rank = 1 + atLeast;
	const total = 1 + placebos.length;
	return { rank, total, pValue: rank / total };
}

/** Month-by-month quantile band of placebo event studies. */
export function placeboBand(studies: readonly (readonly { t: number; gap: number | null }[])[], level = 0.9): PlaceboBandPoint[] {
	if (!(level > 0 && level < 1)) throw new RangeError(`placeboBand: level must be in (0, 1), got ${level}`);
	const byMonth = new Map<number, number[]>();
	for (const study of studies) {
		for (const { t, gap } of study) {
			if (gap === null || !Number.isFinite(gap)) continue;
			const list = byMonth.get(t);
			if (list) list.push(gap);
			else byMonth.set(t, [gap]);
		}
	}
	const tail = (1 - level) / 2;
	return [...byMonth.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([t, gaps]) => ({
			t,
			lower: empiricalQuantile(gaps, tail) as number,
			upper: empiricalQuantile(gaps, 1 - tail) as number,
			n: gaps.length
		}));
}

/** Runs the real estimate and every placebo; null when the real estimate is not available. */
export function placeboInference<U>(options: PlaceboOptions<U>): PlaceboResult<U> | null {
	const { treated, donors, estimate } = options;
	const real = estimate(treated, donors);
	if (real === null || !Number.isFinite(real.effect)) return null;
	const placebos: PlaceboRun<U>[] = [];
	const excluded: U[] = [];
	donors.forEach((unit, i) => {
		const pool = donors.filter((_, j) => j !== i);
		const result = estimate(unit, pool);
		const tooPoorFit =
			options.maxPreRmseRatio !== undefined &&
			result?.preRmse !== undefined &&
			real.preRmse !== undefined &&
			result.preRmse > options.maxPreRmseRatio * real.preRmse;
		if (result === null || !Number.isFinite(result.effect) || tooPoorFit) excluded.push(unit);
		else placebos.push({ ...result, unit });
	});
	const { rank, total, pValue } = permutationPValue(
		real.effect,
		placebos.map((p) => p.effect)
	);
	const band = placeboBand(
		placebos.flatMap((p) => (p.eventStudy ? [p.eventStudy] : [])),
		options.bandLevel ?? 0.9
	);
	return { real, placebos, excluded, rank, total, pValue, band };
}
