/**
 * SIPAS index of one group = mean of the five factor indices (METRICS.md), with a 95 % interval.
 *
 * - Design-based (method 'psu'): every row has a PSU. The index I = (1/K) Σ_k Y_k / W_k is
 *   linearised per PSU: z_h = (1/K) Σ_k (Y_kh − p_k W_kh) / W_k, var = Σ_strata m/(m − 1) Σ (z_h − z̄)².
 *   This captures the correlation between factors answered by the same respondents.
 * - Conservative (method 'conservative'): without PSUs the cube cannot link one respondent's answers
 *   across factors, so the covariance between factors is unknown. We use its upper bound, perfect
 *   correlation: se(I) = (1/K) Σ_k se(p_k) (Minkowski: the sd of a sum is at most the sum of sds).
 *   The interval is therefore at least as wide as the true one.
 * The interval is Wilson on n = I(1 − I) / var, capped at K × min_k Kish n_eff (the size K independent
 * factors would give), so a near-zero variance estimate cannot collapse it; its critical value is
 * Student's t on #PSUs − #strata degrees of freedom (psu) or the smallest factor df (conservative).
 *
 * Suppression: a group whose smallest factor count (over the factors used) is below 30 responses
 * is { suppressed: true } and must never be ranked or shown as a figure.
 */
import {
	designWilson,
	groupByPsu,
	proportionInterval,
	stratifiedScoreVariance,
	sumCounts,
	type ProportionEstimate,
	type PsuCell
} from './proportion';
import type { RankUnit } from './rank-ranges';

export const SIPAS_FACTORS = ['access', 'procedures', 'officials', 'results', 'feedback'] as const;
export type SipasFactor = (typeof SIPAS_FACTORS)[number];

/** Fewer responses than this (min n over the factors used) → suppressed. */
export const MIN_RESPONSES = 30;

/** One survey_cube row of ONE group (factor `overall` and unlisted factors are ignored). */
export interface SurveyCubeRow extends PsuCell {
	factor: string;
}

export interface FactorIndex {
	factor: string;
	/** Respondents who answered the factor (0 when the factor has no rows). */
	n: number;
	/** n < minResponses: the factor's own figure must not be shown. */
	suppressed: boolean;
	/** The factor index with its interval; null when suppressed or without weight. */
	estimate: ProportionEstimate | null;
}

export interface SipasIndexSuppressed {
	suppressed: true;
	reason: 'too-few-responses';
	/** Smallest respondent count over the factors used. */
	minN: number;
	factors: FactorIndex[];
}

export interface SipasIndexEstimate {
	suppressed: false;
	/** Mean of the factor indices, a fraction in [0, 1]. */
	estimate: number;
	/** Standard error consistent with the interval (√(I(1 − I) / nEff)). */
	se: number;
	/** Linearised (psu) or conservative variance of the index. */
	variance: number;
	lower: number;
	upper: number;
	level: number;
	/** Effective sample size given to the Wilson interval. */
	nEff: number;
	/** Degrees of freedom of the critical value (#PSUs − #strata; ∞ = normal z). */
	df: number;
	minN: number;
	method: 'psu' | 'conservative';
	factors: FactorIndex[];
}

export type SipasIndexResult = SipasIndexSuppressed | SipasIndexEstimate;

export interface SipasIndexOptions {
	/** Factors averaged (default the five SIPAS factors). */
	factors?: readonly string[];
	level?: number;
	minResponses?: number;
}

/** The SIPAS index of one group, from its survey_cube rows. */
export function sipasIndex(rows: readonly SurveyCubeRow[], options: SipasIndexOptions = {}): SipasIndexResult {
	const factors = options.factors ?? SIPAS_FACTORS;
	const level = options.level ?? 0.95;
	const minResponses = options.minResponses ?? MIN_RESPONSES;
	if (factors.length === 0) throw new RangeError('sipasIndex: at least one factor is needed');

	const byFactor = new Map<string, SurveyCubeRow[]>(factors.map((f) => [f, []]));
	for (const row of rows) byFactor.get(row.factor)?.push(row);

	const factorResults: FactorIndex[] = [];
	const estimates: ProportionEstimate[] = [];
	for (const factor of factors) {
		const factorRows = byFactor.get(factor) ?? [];
		const n = sumCounts(factorRows).n;
		const estimate = proportionInterval(factorRows, { level });
		const suppressed = n < minResponses || estimate === null;
		factorResults.push({ factor, n, suppressed, estimate: suppressed ? null : estimate });
		if (estimate) estimates.push(estimate);
	}
	const minN = Math.min(...factorResults.map((f) => f.n));
	if (factorResults.some((f) => f.suppressed)) {
		return { suppressed: true, reason: 'too-few-responses', minN, factors: factorResults };
	}

	const K = factors.length;
	const shares = estimates.map((e) => e.estimate);
	const index = shares.reduce((a, b) => a + b, 0) / K;
	const usedRows = factors.flatMap((f) => byFactor.get(f) ?? []);
	const linearised = linearisedIndexVariance(usedRows, factors, shares);
	const method = linearised === null ? 'conservative' : 'psu';
	const variance = linearised?.variance ?? Math.pow(estimates.reduce((acc, e) => acc + e.se, 0) / K, 2);
	const df = linearised?.df ?? Math.min(...estimates.map((e) => e.df));
	const capN = K * Math.min(...estimates.map((e) => e.nEffKish));
	const w = designWilson(index, variance, capN, level, df);
	return {
		suppressed: false,
		estimate: index,
		se: w.se,
		variance,
		lower: w.lower,
		upper: w.upper,
		level,
		nEff: w.nEffInterval,
		df,
		minN,
		method,
		factors: factorResults
	};
}

/**
 * Linearised variance of the mean of K ratios from per-PSU per-factor totals; null when some rows
 * have no PSU (or sit alone in their stratum), since then answers cannot be linked across factors.
 */
export function linearisedIndexVariance(
	rows: readonly SurveyCubeRow[],
	factors: readonly string[],
	shares: readonly number[]
): { variance: number; df: number } | null {
	const { strata } = groupByPsu(rows);
	const k = new Map(factors.map((f, i) => [f, i]));
	const totalW = factors.map((f) => sumCounts(rows.filter((r) => r.factor === f)).sum_w);
	const K = factors.length;
	const sums = [];
	for (const { psus, loose } of strata.values()) {
		if (loose.length > 0) return null;
		const acc = { sumZ: 0, sumZ2: 0, m: 0 };
		for (const cells of psus.values()) {
			let z = 0;
			for (const cell of cells) {
				const i = k.get(cell.factor);
				if (i === undefined) continue;
				z += (cell.sum_w_pos - shares[i] * cell.sum_w) / totalW[i];
			}
			z /= K;
			acc.sumZ += z;
			acc.sumZ2 += z * z;
			acc.m += 1;
		}
		sums.push(acc);
	}
	if (sums.length === 0) return null;
	const df = sums.reduce((acc, s) => acc + Math.max(0, s.m - 1), 0);
	return { variance: stratifiedScoreVariance(sums), df: df > 0 ? df : Infinity };
}

/** The input rankRanges needs for one group's index (suppressed groups stay suppressed). */
export function sipasRankUnit(id: string, result: SipasIndexResult): RankUnit {
	return result.suppressed
		? { id, estimate: Number.NaN, se: Number.NaN, suppressed: true }
		: { id, estimate: result.estimate, se: result.se };
}
