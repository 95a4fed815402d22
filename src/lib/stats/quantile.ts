/**
 * Quantiles. `histogramQuantile` mirrors the SQL over `dossier_hist` (DATA-LAYOUT.md) and DuckDB's
 * quantile_disc, for tests and oracles; `empiricalQuantile` interpolates (placebo bands).
 */

export interface HistogramBin {
	value: number;
	count: number;
}

/**
 * Smallest value whose cumulative count reaches q × N (N = total count), as DuckDB's quantile_disc:
 * it takes the k-th smallest with k = max(1, N − floor(N − N·q)) (i.e. ⌈N·q⌉, computed the same way
 * so that floating-point edge cases agree). Bins may come in any order and repeat a value;
 * bins with count ≤ 0 are ignored. Null when the histogram is empty.
 */
export function histogramQuantile(bins: readonly HistogramBin[], q: number): number | null {
	if (!(q >= 0 && q <= 1)) throw new RangeError(`histogramQuantile: q must be in [0, 1], got ${q}`);
	const used = bins.filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
	const total = used.reduce((acc, b) => acc + b.count, 0);
	if (total === 0) return null;
	const k = Math.max(1, total - Math.floor(total - total * q));
	let cumulative = 0;
	for (const bin of used) {
		cumulative += bin.count;
		if (cumulative >= k) return bin.value;
	}
	return used[used.length - 1].value;
}

/**
 * Linearly interpolated quantile of a sample (R type 7, DuckDB quantile_cont): position q(n − 1).
 * Null for an empty sample; non-finite values are ignored.
 */
export function empiricalQuantile(values: readonly number[], q: number): number | null {
	if (!(q >= 0 && q <= 1)) throw new RangeError(`empiricalQuantile: q must be in [0, 1], got ${q}`);
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const position = q * (sorted.length - 1);
	const below = Math.floor(position);
	const above = Math.min(below + 1, sorted.length - 1);
	return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
