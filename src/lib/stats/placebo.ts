/**
 * Placebo permutation inference (METRICS.md): with four pilots, the uncertainty of an effect is
 * judged by re-running the same estimate with each non-pilot unit as a fake pilot (same dates)
 * and seeing where the real effect falls among the fakes.
 *
 * p = (1 + #placebos with |effect| ≥ |real|) / (1 + #placebos): under no effect and exchangeable
 * units it is uniform on {1/(P+1), …, 1}, so p < 0.05 happens in at most 5 % of null worlds
 * (simulated in pilot-simulation.test.ts). The band is the 5th–95th percentile of the placebo
 * event-study gaps, month by month.
 */
import { empiricalQuantile } from './quantile';

export interface PlaceboEstimate {
	unit: string;
	did: number;
	preRmse: number;
}

export interface PlaceboInference {
	placebos: PlaceboEstimate[];
	/** Placebos whose |estimate| is at least the real one's. */
	atLeastAsLarge: number;
	placeboCount: number;
	/** 1 + atLeastAsLarge: 1 = the real effect is the most extreme. */
	rank: number;
	/** rank / (1 + placeboCount). */
	pValue: number;
}

/** Permutation p-value of a real effect among placebo effects (by absolute value). */
export function permutationPValue(real: number, placebos: readonly number[]): { rank: number; total: number; pValue: number } {
	const threshold = Math.abs(real);
	// A relative tolerance so that a placebo equal to the real effect up to rounding counts as ≥.
	const tolerance = 1e-12 * Math.max(1, threshold);
	const rank = 1 + placebos.filter((p) => Math.abs(p) >= threshold - tolerance).length;
	const total = 1 + placebos.length;
	return { rank, total, pValue: rank / total };
}

export function placeboInference(estimate: number, placebos: PlaceboEstimate[]): PlaceboInference {
	const { rank, pValue } = permutationPValue(
		estimate,
		placebos.map((p) => p.did)
	);
	return { placebos, atLeastAsLarge: rank - 1, placeboCount: placebos.length, rank, pValue };
}

/** Fewest placebo values for a band: below it the 5th and 95th percentiles mean little. */
export const MIN_BAND_PLACEBOS = 5;

/** 5th–95th percentile (interpolated) of one month's placebo gaps; null with too few. */
export function placeboBand(values: readonly number[]): { low: number; high: number } | null {
	if (values.length < MIN_BAND_PLACEBOS) return null;
	return { low: empiricalQuantile(values, 0.05)!, high: empiricalQuantile(values, 0.95)! };
}
