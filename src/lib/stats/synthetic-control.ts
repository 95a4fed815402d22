/**
 * Synthetic control (METRICS.md): non-negative donor weights summing to 1 that best reproduce the
 * pilot's pre-period series (least squares), and the synthetic series they imply.
 *
 * Missing months: the fit uses the pre-window months where the pilot is observed. A donor month
 * missing between two observed months is linearly interpolated; a donor observed in fewer than
 * `minCoverage` of the fit months is left out (reported in excludedDonors); fit months where a
 * remaining donor cannot be interpolated (before its first or after its last observation) are
 * dropped. The synthetic series is given where every donor with positive weight has a value.
 */
import { inWindow, seriesMap, type EventWindow, type SeriesPoint } from './series';
import { simplexLeastSquares } from './simplex';

export interface DonorSeries {
	id: string;
	series: readonly SeriesPoint[];
}

export interface SyntheticControlOptions {
	/** Months fitted (default −12..−1). */
	pre?: EventWindow;
	/** Smallest share of the fit months a donor must be observed in (default 0.5). */
	minCoverage?: number;
	maxIterations?: number;
}

export interface SyntheticControlResult {
	/** One entry per donor used, by decreasing weight then id; weights ≥ 0 summing to 1. */
	weights: { id: string; weight: number }[];
	/** Σ_j w_j · donor_j(t) at every month where all positive-weight donors have a value. */
	synthetic: SeriesPoint[];
	/** √(mean over fit months of (pilot − synthetic)²). */
	preRmse: number;
	fitMonths: number[];
	excludedDonors: string[];
	/** true when the exact KKT polish succeeded (unique optimum on its support). */
	exact: boolean;
}

/** Value at t, interpolating linearly between the nearest observed months; null outside them. */
export function interpolatedValue(observed: Map<number, number>, sortedMonths: readonly number[], t: number): number | null {
	const direct = observed.get(t);
	if (direct !== undefined) return direct;
	let before: number | undefined;
	let after: number | undefined;
	for (const m of sortedMonths) {
		if (m < t) before = m;
		else if (m > t) {
			after = m;
			break;
		}
	}
	if (before === undefined || after === undefined) return null;
	const yb = observed.get(before) as number;
	const ya = observed.get(after) as number;
	return yb + ((t - before) / (after - before)) * (ya - yb);
}

/** Synthetic control for one pilot; null when no donor or no fit month remains. */
export function syntheticControl(
	pilot: readonly SeriesPoint[],
	donors: readonly DonorSeries[],
	options: SyntheticControlOptions = {}
): SyntheticControlResult | null {
	const pre = options.pre ?? { from: -12, to: -1 };
	const minCoverage = options.minCoverage ?? 0.5;
	const pilotMap = seriesMap(pilot);
	const candidateMonths = [...pilotMap.keys()].filter((t) => inWindow(t, pre)).sort((a, b) => a - b);
	if (candidateMonths.length === 0) return null;

	const prepared = donors.map((d) => {
		const map = seriesMap(d.series);
		return { id: d.id, map, months: [...map.keys()].sort((a, b) => a - b) };
	});
	const excludedDonors: string[] = [];
	const used = prepared.filter((d) => {
		const observed = candidateMonths.filter((t) => d.map.has(t)).length;
		const ok = observed >= minCoverage * candidateMonths.length && observed > 0;
		if (!ok) excludedDonors.push(d.id);
		return ok;
	});
	if (used.length === 0) return null;

	const fitMonths = candidateMonths.filter((t) => used.every((d) => interpolatedValue(d.map, d.months, t) !== null));
	if (fitMonths.length === 0) return null;
	const y = fitMonths.map((t) => pilotMap.get(t) as number);
	const columns = used.map((d) => fitMonths.map((t) => interpolatedValue(d.map, d.months, t) as number));
	const { weights, polished } = simplexLeastSquares(columns, y, { maxIterations: options.maxIterations });

	// Exact zeros for negligible weights, then renormalise so they sum to 1.
	const cleaned = weights.map((w) => (w < 1e-10 ? 0 : w));
	const sum = cleaned.reduce((a, b) => a + b, 0);
	const finalWeights = cleaned.map((w) => w / sum);

	const active = used.map((d, j) => ({ donor: d, w: finalWeights[j] })).filter((x) => x.w > 0);
	const allMonths = new Set<number>();
	for (const { donor } of active) for (const t of donor.months) allMonths.add(t);
	const synthetic: SeriesPoint[] = [];
	for (const t of [...allMonths].sort((a, b) => a - b)) {
		let value = 0;
		let complete = true;
		for (const { donor, w } of active) {
			const x = interpolatedValue(donor.map, donor.months, t);
			if (x === null) {
				complete = false;
				break;
			}
			value += w * x;
		}
		if (complete) synthetic.push({ t, y: value });
	}

	const fitted = fitMonths.map((_, i) => columns.reduce((acc, col, j) => acc + finalWeights[j] * col[i], 0));
	const preRmse = Math.sqrt(y.reduce((acc, yi, i) => acc + (yi - fitted[i]) ** 2, 0) / y.length);

	return {
		weights: used
			.map((d, j) => ({ id: d.id, weight: finalWeights[j] }))
			.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
		synthetic,
		preRmse,
		fitMonths,
		excludedDonors,
		exact: polished
	};
}
