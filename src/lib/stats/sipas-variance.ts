/**
 * Design-based variance of the SIPAS index I = (1/K) Σ_k R_k, R_k = Y_k / W_k (the weighted share
 * rating factor k 4–5 among those who answered k), by linearisation.
 *
 * Respondent i's linearised value is z_i = Σ_k a_k α_ki w_i (y_ki − R_k) with a_k = 1 / (K W_k),
 * α_ki = 1 if i answered k. The same person answers several factors, so z_i mixes them: the
 * covariance between factors is in the variance, exactly (no assumption about it).
 * var(I) = Σ_strata m/(m − 1) Σ_h (z_h − z̄)², z_h = Σ_{i in PSU h} z_i; m = PSUs in the stratum.
 * - With a PSU, z_h = Σ_k a_k (Y_kh − R_k W_kh) comes from the per-PSU, per-factor sums.
 * - Without one (or alone in its stratum), every respondent is a PSU and
 *   Σ_i z_i² = Σ_k Σ_g a_k a_g Σ_i w_i² α_k α_g (y_k − R_k)(y_g − R_g)
 *            = Σ_k Σ_g a_k a_g [Q_kg − R_g P_kg − R_k P_gk + R_k R_g S_kg]
 *   from the cube's cross sums (sipas-cells.ts): S_kg = Σw² α_k α_g, P_kg = Σw² α_k α_g y_k,
 *   Q_kg = Σw² α_k α_g y_k y_g; m counts every respondent of the stratum (n_resp).
 * Degrees of freedom: #PSUs − #strata (respondents without a PSU counting one each) when the data
 * has PSUs; ∞ (normal z) when it has none, as for a single share (proportion.ts).
 */
import { groupByPsu, respondents, stratifiedScoreVariance } from './proportion';
import type { SurveyCubeRow } from './sipas-cells';

export interface IndexVariance {
	variance: number;
	/** Degrees of freedom of the critical value (∞ without any PSU). */
	df: number;
	/** Some rows had a PSU (design clustered). */
	clustered: boolean;
	/** PSUs in the design (respondents without a PSU count one each). */
	psuCount: number;
	strata: number;
}

/** The linearised variance of the mean of the factors' shares (`shares[k]` = R_k of `factors[k]`). */
export function sipasIndexVariance(rows: readonly SurveyCubeRow[], factors: readonly string[], shares: readonly number[]): IndexVariance {
	const K = factors.length;
	const slot = new Map(factors.map((f, k) => [f, k]));
	const used = rows.filter((r) => slot.has(r.factor));
	const totalW = factors.map(() => 0);
	for (const r of used) totalW[slot.get(r.factor) as number] += r.sum_w;
	const a = totalW.map((w) => (w > 0 ? 1 / (K * w) : 0));
	const score = (cell: SurveyCubeRow) => {
		const k = slot.get(cell.factor) as number;
		return a[k] * (cell.sum_w_pos - shares[k] * cell.sum_w);
	};

	const { strata } = groupByPsu(used);
	const sums = [];
	let clustered = false;
	let df = 0;
	let psuCount = 0;
	for (const { psus, loose } of strata.values()) {
		const acc = { sumZ: 0, sumZ2: 0, m: 0 };
		for (const cells of psus.values()) {
			const z = cells.reduce((s, cell) => s + score(cell), 0);
			acc.sumZ += z;
			acc.sumZ2 += z * z;
			acc.m += 1;
			clustered = true;
		}
		if (loose.length > 0) {
			acc.sumZ += loose.reduce((s, cell) => s + score(cell), 0);
			acc.sumZ2 += looseSquares(loose, factors, shares, a);
			acc.m += looseRespondents(loose, factors);
		}
		sums.push(acc);
		df += Math.max(0, acc.m - 1);
		psuCount += acc.m;
	}
	return {
		variance: stratifiedScoreVariance(sums),
		df: clustered && df > 0 ? df : Infinity,
		clustered,
		psuCount,
		strata: sums.length
	};
}

/** Σ_i z_i² over respondents without a PSU (one stratum's loose rows). */
function looseSquares(
	loose: readonly SurveyCubeRow[],
	factors: readonly string[],
	shares: readonly number[],
	a: readonly number[]
): number {
	const K = factors.length;
	// agg[k][g]: factor k's rows summed, their cross sums with g (the diagonal from the row's own sums).
	const agg = factors.map(() => factors.map(() => ({ w2: 0, w2_pos: 0, w2_pos_pos: 0 })));
	for (const cell of loose) {
		const k = factors.indexOf(cell.factor);
		for (let g = 0; g < K; g++) {
			const x = g === k ? { w2: cell.sum_w2, w2_pos: cell.sum_w2_pos, w2_pos_pos: cell.sum_w2_pos } : cell.cross?.[factors[g]];
			if (!x) {
				if (cell.n === 0) continue;
				throw new Error(`survey_cube row (${cell.factor}, no PSU) lacks its cross sums with ${factors[g]}: re-run the import`);
			}
			agg[k][g].w2 += x.w2;
			agg[k][g].w2_pos += x.w2_pos;
			agg[k][g].w2_pos_pos += x.w2_pos_pos;
		}
	}
	let total = 0;
	for (let k = 0; k < K; k++) {
		for (let g = 0; g < K; g++) {
			const { w2: S, w2_pos: Pk, w2_pos_pos: Q } = agg[k][g];
			const Pg = agg[g][k].w2_pos;
			total += a[k] * a[g] * (Q - shares[g] * Pk - shares[k] * Pg + shares[k] * shares[g] * S);
		}
	}
	return total;
}

/** Respondents behind loose rows: every factor's rows count them all (n_resp), so take the largest. */
function looseRespondents(loose: readonly SurveyCubeRow[], factors: readonly string[]): number {
	const perFactor = factors.map((f) => loose.filter((c) => c.factor === f).reduce((m, c) => m + respondents(c), 0));
	return Math.max(...perFactor);
}
