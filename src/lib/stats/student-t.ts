/**
 * Student's t distribution, for design-based intervals with few PSUs: the critical value uses
 * df = (number of PSUs − number of strata) degrees of freedom instead of the normal z.
 */
import { normalCdf, normalQuantile } from './normal';

const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
	-0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; about 15 significant digits). */
export function logGamma(x: number): number {
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const y = x - 1;
	let sum = LANCZOS[0];
	for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (y + i);
	const t = y + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
	const tiny = 1e-300;
	let c = 1;
	let d = 1 - ((a + b) * x) / (a + 1);
	if (Math.abs(d) < tiny) d = tiny;
	d = 1 / d;
	let h = d;
	for (let m = 1; m <= 300; m++) {
		const m2 = 2 * m;
		let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		h *= d * c;
		aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < 1e-15) break;
	}
	return h;
}

/** Regularised incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
	return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(x, a, b)) / a : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** CDF of Student's t with df > 0 degrees of freedom (df = ∞ → normal). */
export function tCdf(t: number, df: number): number {
	if (!(df > 0)) throw new RangeError(`tCdf: df must be > 0, got ${df}`);
	if (df === Infinity) return normalCdf(t);
	const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
	return t > 0 ? 1 - tail : tail;
}

/** Quantile of Student's t (bisection on tCdf; df = ∞ → normal quantile). */
export function tQuantile(p: number, df: number): number {
	if (!(p > 0 && p < 1)) throw new RangeError(`tQuantile: p must be in (0, 1), got ${p}`);
	if (!(df > 0)) throw new RangeError(`tQuantile: df must be > 0, got ${df}`);
	if (df === Infinity) return normalQuantile(p);
	if (p === 0.5) return 0;
	if (p < 0.5) return -tQuantile(1 - p, df);
	let lo = 0;
	let hi = Math.max(1, normalQuantile(p));
	while (tCdf(hi, df) < p) {
		lo = hi;
		hi *= 2;
	}
	for (let i = 0; i < 100 && hi - lo > 1e-13 * hi; i++) {
		const mid = (lo + hi) / 2;
		if (tCdf(mid, df) < p) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

// Critical values by level, then df: a page asks for the same few (95 %, a handful of df) for
// every share and every unit, and each costs a bisection over the incomplete beta (~0.1 ms).
const criticalValues = new Map<number, Map<number, number>>();

/** Two-sided critical value for a level with df degrees of freedom (df = ∞ → z). */
export function tCriticalValue(level: number, df: number): number {
	if (!(level > 0 && level < 1)) {
		throw new RangeError(`tCriticalValue: level must be in (0, 1), got ${level}`);
	}
	let byDf = criticalValues.get(level);
	if (!byDf) criticalValues.set(level, (byDf = new Map()));
	let value = byDf.get(df);
	if (value === undefined) {
		value = tQuantile(1 - (1 - level) / 2, df);
		byDf.set(df, value);
	}
	return value;
}
