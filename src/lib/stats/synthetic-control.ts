/**
 * Synthetic control (METRICS.md): non-negative donor weights summing to 1 that best reproduce
 * the treated unit's pre-period series, by least squares on the simplex.
 *
 * As every comparator on /pilots, the fit is on centred series (each unit minus its own
 * pre-period mean; the "demeaned" synthetic control of Ferman & Pinto): the weights match the
 * pre-period *movements*, a level difference is what the DiD removes anyway, and a large city
 * with no donor of its size can still be matched. Donors must have every period the treated
 * unit has in the pre and post windows (a donor that stops at the merger cannot stand in for a
 * pilot that does not); the synthetic series is given where every donor with weight has a value.
 */
import { simplexLeastSquares } from './simplex';
import { hasAll, meanOver, type Panel, type Series } from './panel';

export interface Weight {
	unit: string;
	weight: number;
}

export interface SyntheticControl {
	/** Donors with weight > 1e-6, renormalised to sum to 1, largest first (ties by code). */
	weights: Weight[];
	/** Σ w_j (donor_j(t) − its pre mean), at every period where all weighted donors have a value. */
	comparator: Map<number, number>;
	/** The synthetic series at the treated unit's level: comparator + the treated unit's pre mean. */
	fit: { period: number; treated: number; synthetic: number }[];
}

/**
 * Synthetic control for `treated` from the `pool` units of `panel`, fitted over the `pre`
 * periods the treated unit has; null when no donor qualifies or there is no pre-period.
 */
export function syntheticControl(
	panel: Panel,
	treated: Series,
	pool: readonly string[],
	window: { pre: readonly number[]; post: readonly number[] },
	periods: readonly number[]
): SyntheticControl | null {
	const pre = window.pre.filter((t) => treated.has(t));
	const needed = [...window.pre, ...window.post].filter((t) => treated.has(t));
	const donors = pool.filter((u) => hasAll(panel.get(u), needed));
	if (donors.length === 0 || pre.length === 0) return null;
	const treatedPreMean = meanOver(treated, pre);
	const donorPreMeans = donors.map((u) => meanOver(panel.get(u), pre));
	const target = pre.map((t) => treated.get(t)! - treatedPreMean);
	const columns = donors.map((u, j) => pre.map((t) => panel.get(u)!.get(t)! - donorPreMeans[j]));
	// Placebo runs fit hundreds of these per change: a duality-gap tolerance of 1e-9 is ample.
	const w = simplexLeastSquares(columns, target, { gapTolerance: 1e-9 }).weights;
	const active = donors.map((unit, j) => ({ unit, weight: w[j], j })).filter((d) => d.weight > 1e-6);
	const total = active.reduce((s, d) => s + d.weight, 0);
	for (const d of active) d.weight /= total;
	const comparator = new Map<number, number>();
	const fit: SyntheticControl['fit'] = [];
	for (const t of periods) {
		let synth = 0;
		let complete = true;
		for (const d of active) {
			const v = panel.get(d.unit)!.get(t);
			if (v === undefined) {
				complete = false;
				break;
			}
			synth += d.weight * (v - donorPreMeans[d.j]);
		}
		if (!complete) continue;
		comparator.set(t, synth);
		const y = treated.get(t);
		if (y !== undefined) fit.push({ period: t, treated: y, synthetic: synth + treatedPreMean });
	}
	return {
		weights: active
			.map(({ unit, weight }) => ({ unit, weight }))
			.sort((a, b) => b.weight - a.weight || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0)),
		comparator,
		fit
	};
}
