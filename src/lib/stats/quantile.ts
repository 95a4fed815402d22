/** Linearly interpolated sample quantile (R type 7, DuckDB quantile_cont): the placebo bands. */

/** Position q(n − 1) between the order statistics; null for an empty sample (non-finite values ignored). */
export function empiricalQuantile(values: readonly number[], q: number): number | null {
	if (!(q >= 0 && q <= 1)) throw new RangeError(`empiricalQuantile: q must be in [0, 1], got ${q}`);
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const position = q * (sorted.length - 1);
	const below = Math.floor(position);
	const above = Math.min(below + 1, sorted.length - 1);
	return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
