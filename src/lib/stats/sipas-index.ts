/**
 * SIPAS index of one group = mean of the five factor indices (METRICS.md), with a 95 % interval.
 *
 * One method for every view (overview, rankings, each province and the nation):
 * - Variance: design-based linearisation across factors (sipas-variance.ts), exact with PSUs and
 *   without them (respondents without a PSU are their own PSUs, via the cube's cross sums).
 *   Strata: the province the survey was drawn in (the builders pass it, see survey-cells.ts).
 * - Interval: Wilson on n = I(1 − I) / var, capped at K × min_k Kish n_eff (what K independent
 *   factors would give) so that an unstable variance estimate cannot collapse it. Critical value:
 *   Student's t on #PSUs − #strata degrees of freedom when the data has PSUs, else normal z.
 * - Suppression: by the fewest answers among the factors used (min_k n_k < 30 → suppressed), not by
 *   the number of respondents: a figure is shown only if every factor in it could be shown.
 */
import { designWilson, proportionInterval, sumCounts, type ProportionEstimate } from './proportion';
import type { RankUnit } from './rank-ranges';
import { SIPAS_FACTORS, type SurveyCubeRow } from './sipas-cells';
import { sipasIndexVariance } from './sipas-variance';

export { SIPAS_FACTORS, type SipasFactor, type SurveyCubeRow } from './sipas-cells';

/** Fewer responses than this (min n over the factors used) → suppressed. */
export const MIN_RESPONSES = 30;

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
	/** Linearised (design-based) variance of the index. */
	variance: number;
	lower: number;
	upper: number;
	level: number;
	/** Effective sample size given to the Wilson interval. */
	nEff: number;
	/** Degrees of freedom of the critical value (#PSUs − #strata; ∞ = normal z). */
	df: number;
	minN: number;
	/** `psu`: the data has PSUs; `respondent`: none, each respondent its own PSU. */
	method: 'psu' | 'respondent';
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
	const { variance, df, clustered } = sipasIndexVariance(rows, factors, shares);
	const capN = K * Math.min(...estimates.map((e) => e.nEffKish));
	const w = designWilson(index, variance, capN, level, df);
	const method = clustered ? 'psu' : 'respondent';
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

/** The input rankRanges needs for one group's index (suppressed groups stay suppressed). */
export function sipasRankUnit(id: string, result: SipasIndexResult): RankUnit {
	return result.suppressed
		? { id, estimate: Number.NaN, se: Number.NaN, suppressed: true }
		: { id, estimate: result.estimate, se: result.se };
}
