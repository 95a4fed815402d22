/**
 * Weighted shares from survey_cube sufficient statistics, with their uncertainty.
 *
 * Every figure is a fraction in [0, 1] (the pages format it as a percentage).
 * Inputs are survey_cube rows (DATA-LAYOUT.md): per PSU, n, n_pos, Σw, Σw², Σw over positives and
 * Σw² over positives. Rows whose psu is null are respondents without a PSU: each of them counts as
 * its own PSU, which needs only Σw² and Σw² over positives.
 */
import { tCriticalValue } from './student-t';

/** Sufficient statistics of a set of respondents (one cell of survey_cube, or a sum of cells). */
export interface WeightedCounts {
	n: number;
	n_pos: number;
	sum_w: number;
	sum_w2: number;
	sum_w_pos: number;
	sum_w2_pos: number;
}

/** Sufficient statistics of one PSU (psu null: respondents without a PSU). */
export interface PsuCell extends WeightedCounts {
	psu: string | null;
	/**
	 * Respondents of the cell, answered or not (survey_cube `n_resp`). Without a PSU each one is a
	 * PSU of the design, so this is m in m/(m − 1). Omitted: n (hand-made rows).
	 */
	n_resp?: number;
	/**
	 * Optional design stratum (e.g. the province when estimating a national figure from
	 * provincially stratified samples). Omitted or null: one stratum.
	 */
	stratum?: string | null;
}

export interface Interval {
	lower: number;
	upper: number;
}

/**
 * How the variance was estimated: `psu` = clustered by PSU (linearisation over per-PSU totals);
 * `respondent` = no PSU in the data, each respondent its own PSU.
 */
export type ProportionVarianceMethod = 'psu' | 'respondent';

export interface ProportionEstimate {
	/** Weighted share Σw_pos / Σw. */
	estimate: number;
	n: number;
	nPos: number;
	sumW: number;
	/** Kish effective sample size (Σw)² / Σw². */
	nEffKish: number;
	/** Linearised (design-based) variance of the share. */
	variance: number;
	/** p(1 − p) / variance: the design effective sample size (null when p is 0 or 1 or variance 0). */
	nEffDesign: number | null;
	/** The n given to the Wilson interval: min(nEffDesign, nEffKish), or nEffKish when nEffDesign is null. */
	nEffInterval: number;
	/** Standard error consistent with the interval: √(p(1 − p) / nEffInterval). */
	se: number;
	lower: number;
	upper: number;
	level: number;
	method: ProportionVarianceMethod;
	/** Number of PSUs (respondents without a PSU count one each). */
	psuCount: number;
	/** Degrees of freedom of the critical value: #PSUs − #strata when clustered, else ∞ (normal z). */
	df: number;
}

/** Adds up sufficient statistics. */
export function sumCounts(cells: readonly WeightedCounts[]): WeightedCounts {
	const total: WeightedCounts = { n: 0, n_pos: 0, sum_w: 0, sum_w2: 0, sum_w_pos: 0, sum_w2_pos: 0 };
	for (const cell of cells) {
		total.n += cell.n;
		total.n_pos += cell.n_pos;
		total.sum_w += cell.sum_w;
		total.sum_w2 += cell.sum_w2;
		total.sum_w_pos += cell.sum_w_pos;
		total.sum_w2_pos += cell.sum_w2_pos;
	}
	return total;
}

/** Weighted share Σw_pos / Σw; null when there is no weight. */
export function weightedShare(counts: Pick<WeightedCounts, 'sum_w' | 'sum_w_pos'>): number | null {
	return counts.sum_w > 0 ? counts.sum_w_pos / counts.sum_w : null;
}

/** Kish effective sample size (Σw)² / Σw² (0 when there is no weight). */
export function kishNeff(sumW: number, sumW2: number): number {
	return sumW2 > 0 ? (sumW * sumW) / sumW2 : 0;
}

/**
 * Wilson score interval for a share p observed on an (effective) sample of size n.
 * Stays inside [0, 1] and is not degenerate at p = 0 or 1. n = 0 → [0, 1]; n = ∞ → [p, p].
 * df: degrees of freedom of the critical value (∞ = normal z; design-based intervals pass
 * #PSUs − #strata so that few PSUs widen the interval).
 */
export function wilsonInterval(p: number, n: number, level = 0.95, df = Infinity): Interval {
	if (!(p >= 0 && p <= 1)) throw new RangeError(`wilsonInterval: p must be in [0, 1], got ${p}`);
	if (!(n >= 0)) throw new RangeError(`wilsonInterval: n must be ≥ 0, got ${n}`);
	if (n === 0) return { lower: 0, upper: 1 };
	if (n === Infinity) return { lower: p, upper: p };
	const z = tCriticalValue(level, df);
	const z2n = (z * z) / n;
	const centre = (p + z2n / 2) / (1 + z2n);
	const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
	return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/** Per-stratum accumulator of the linearisation: Σz, Σz² and the number of PSUs m. */
interface StratumSums {
	sumZ: number;
	sumZ2: number;
	m: number;
}

/**
 * Σ over strata of m/(m − 1) Σ_h (z_h − z̄)², from per-unit scores already accumulated.
 * A stratum with a single PSU carries no variance information; the callers avoid that case.
 */
export function stratifiedScoreVariance(strata: Iterable<StratumSums>): number {
	let variance = 0;
	for (const { sumZ, sumZ2, m } of strata) {
		if (m < 2) continue;
		const centred = sumZ2 - (sumZ * sumZ) / m;
		variance += (m / (m - 1)) * Math.max(0, centred);
	}
	return variance;
}

/** Groups cells into PSUs (per stratum); cells without a PSU, or in a stratum with one PSU only, stay loose. */
export function groupByPsu<C extends PsuCell>(
	cells: readonly C[]
): { strata: Map<string, { psus: Map<string, C[]>; loose: C[] }>; psuCount: number } {
	const strata = new Map<string, { psus: Map<string, C[]>; loose: C[] }>();
	for (const cell of cells) {
		const key = cell.stratum ?? '';
		let stratum = strata.get(key);
		if (!stratum) {
			stratum = { psus: new Map(), loose: [] };
			strata.set(key, stratum);
		}
		if (cell.psu === null) {
			stratum.loose.push(cell);
			continue;
		}
		const list = stratum.psus.get(cell.psu);
		if (list) list.push(cell);
		else stratum.psus.set(cell.psu, [cell]);
	}
	let psuCount = 0;
	for (const stratum of strata.values()) {
		// One PSU alone cannot show between-PSU variation: treat its respondents as unclustered.
		if (stratum.psus.size === 1) {
			for (const list of stratum.psus.values()) stratum.loose.push(...list);
			stratum.psus.clear();
		}
		psuCount += stratum.psus.size;
		for (const cell of stratum.loose) psuCount += respondents(cell);
	}
	return { strata, psuCount };
}

/** Respondents of a cell (each one its own PSU when the cell has none). */
export function respondents(cell: PsuCell): number {
	return cell.n_resp ?? cell.n;
}

/**
 * Linearised variance of the ratio p̂ = ΣY / ΣW with PSU clustering:
 * z_h = Y_h − p̂ W_h per PSU, var = Σ_strata m/(m − 1) Σ_h (z_h − z̄)² / W².
 * Respondents without a PSU are their own PSUs: Σ z_i² = Σw²_pos (1 − p̂)² + (Σw² − Σw²_pos) p̂².
 */
export function linearisedShareVariance(
	cells: readonly PsuCell[],
	p: number
): { variance: number; psuCount: number; clustered: boolean; df: number } {
	const { strata, psuCount } = groupByPsu(cells);
	let totalW = 0;
	let clustered = false;
	const sums: StratumSums[] = [];
	let df = 0;
	for (const { psus, loose } of strata.values()) {
		const acc: StratumSums = { sumZ: 0, sumZ2: 0, m: 0 };
		for (const list of psus.values()) {
			const t = sumCounts(list);
			const z = t.sum_w_pos - p * t.sum_w;
			acc.sumZ += z;
			acc.sumZ2 += z * z;
			acc.m += 1;
			totalW += t.sum_w;
			clustered = true;
		}
		const l = sumCounts(loose);
		acc.sumZ += l.sum_w_pos - p * l.sum_w;
		acc.sumZ2 += l.sum_w2_pos * (1 - p) * (1 - p) + (l.sum_w2 - l.sum_w2_pos) * p * p;
		acc.m += loose.reduce((m, cell) => m + respondents(cell), 0);
		totalW += l.sum_w;
		sums.push(acc);
		df += Math.max(0, acc.m - 1);
	}
	const variance = totalW > 0 ? stratifiedScoreVariance(sums) / (totalW * totalW) : 0;
	// Unclustered data: normal critical value (Wilson's usual z).
	return { variance, psuCount, clustered, df: clustered && df > 0 ? df : Infinity };
}

/**
 * Wilson interval on a design effective size: n = min(p(1 − p)/variance, capN). At p = 0 or 1, or
 * with zero variance, n = capN. The cap keeps an unstable variance estimate (few PSUs) from giving
 * an interval narrower than the weighting alone would allow.
 */
export function designWilson(
	p: number,
	variance: number,
	capN: number,
	level: number,
	df = Infinity
): Interval & { nEffDesign: number | null; nEffInterval: number; se: number } {
	const nEffDesign = variance > 0 && p > 0 && p < 1 ? (p * (1 - p)) / variance : null;
	const nEffInterval = nEffDesign === null ? capN : Math.min(nEffDesign, capN);
	const interval = wilsonInterval(p, nEffInterval, level, df);
	const se = nEffInterval > 0 ? Math.sqrt((p * (1 - p)) / nEffInterval) : Infinity;
	return { ...interval, nEffDesign, nEffInterval, se };
}

/**
 * The weighted share of one group with its design-based interval (Wilson on the design effective
 * sample size, capped by Kish's n_eff; with PSUs the critical value is Student's t on
 * #PSUs − #strata degrees of freedom). Null when the cells hold no weight.
 */
export function proportionInterval(cells: readonly PsuCell[], options: { level?: number } = {}): ProportionEstimate | null {
	const level = options.level ?? 0.95;
	const total = sumCounts(cells);
	const p = weightedShare(total);
	if (p === null || total.n <= 0) return null;
	const nEffKish = kishNeff(total.sum_w, total.sum_w2);
	const { variance, psuCount, clustered, df } = linearisedShareVariance(cells, p);
	const w = designWilson(p, variance, nEffKish, level, df);
	return {
		estimate: p,
		n: total.n,
		nPos: total.n_pos,
		sumW: total.sum_w,
		nEffKish,
		variance,
		nEffDesign: w.nEffDesign,
		nEffInterval: w.nEffInterval,
		se: w.se,
		lower: w.lower,
		upper: w.upper,
		level,
		method: clustered ? 'psu' : 'respondent',
		psuCount,
		df
	};
}
