/**
 * Rank ranges: a unit's plausible ranks given the uncertainty of every unit's value (METRICS.md).
 *
 * Each draw takes every unit's value from Normal(estimate, se) with a fixed seed, ranks the draw
 * (1 = highest; tied values share the best rank), and the 90 % rank interval is the 5th–95th
 * percentile of a unit's ranks over the draws. Units with the same (estimate, se) pool their
 * draws, so identical units always get the same range. Suppressed units are left out entirely.
 */
import { createRng } from './random';
import type { Interval } from './proportion';

export interface RankUnit {
	id: string;
	estimate: number;
	se: number;
	/** Suppressed units (too few responses) are never ranked. */
	suppressed?: boolean;
}

export interface RankRange {
	id: string;
	estimate: number;
	/** Rank of the estimate, 1 = highest; equal estimates share the best rank (1, 2, 2, 4). */
	rank: number;
	/** Plausible ranks: the `level` interval of the simulated ranks (lower ≤ upper, 1 = best). */
	lower: number;
	upper: number;
}

export interface RankRangeOptions {
	/** Number of simulated draws (default 2000). */
	draws?: number;
	/** Seed of the simulation (default fixed, so a page shows the same ranges on every load). */
	seed?: number;
	/** Coverage of the rank interval (default 0.9). */
	level?: number;
}

export const DEFAULT_RANK_SEED = 20240901;

/**
 * Ranks and rank ranges of the non-suppressed units, ordered by rank then id.
 * The result does not depend on the order of the input (units are simulated in id order).
 */
export function rankRanges(units: readonly RankUnit[], options: RankRangeOptions = {}): RankRange[] {
	const draws = options.draws ?? 2000;
	const level = options.level ?? 0.9;
	if (!(level > 0 && level < 1)) throw new RangeError(`rankRanges: level must be in (0, 1), got ${level}`);
	if (!(Number.isInteger(draws) && draws > 0)) throw new RangeError(`rankRanges: draws must be a positive integer`);

	const ranked = units
		.filter((u) => !u.suppressed)
		.slice()
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (const u of ranked) {
		if (!Number.isFinite(u.estimate) || !(u.se >= 0) || !Number.isFinite(u.se)) {
			throw new RangeError(`rankRanges: unit ${u.id} needs a finite estimate and se ≥ 0`);
		}
	}
	const count = ranked.length;
	if (count === 0) return [];

	// Identical units (same estimate and se) are one group whose rank draws are pooled.
	const groupOf = new Map<string, number>();
	const unitGroup = ranked.map((u) => {
		const key = `${u.estimate}|${u.se}`;
		let g = groupOf.get(key);
		if (g === undefined) {
			g = groupOf.size;
			groupOf.set(key, g);
		}
		return g;
	});
	const groupCount = groupOf.size;
	// histogram[g * (count + 1) + r] = how often a member of group g drew rank r.
	const histogram = new Float64Array(groupCount * (count + 1));
	const groupSize = new Float64Array(groupCount);
	for (const g of unitGroup) groupSize[g]++;

	const rng = createRng(options.seed ?? DEFAULT_RANK_SEED);
	const values = new Float64Array(count);
	const order = new Int32Array(count);
	for (let d = 0; d < draws; d++) {
		for (let i = 0; i < count; i++) {
			values[i] = ranked[i].estimate + ranked[i].se * rng.normal();
			order[i] = i;
		}
		sortDescending(order, values);
		let rank = 1;
		for (let pos = 0; pos < count; pos++) {
			// Tied values share the rank of the first of them.
			if (pos > 0 && values[order[pos]] !== values[order[pos - 1]]) rank = pos + 1;
			histogram[unitGroup[order[pos]] * (count + 1) + rank]++;
		}
	}

	const tail = (1 - level) / 2;
	const result = ranked.map((u, i) => {
		const g = unitGroup[i];
		const total = groupSize[g] * draws;
		return {
			id: u.id,
			estimate: u.estimate,
			rank: 1 + ranked.filter((v) => v.estimate > u.estimate).length,
			lower: histogramRank(histogram, g * (count + 1), count, tail * total),
			upper: histogramRank(histogram, g * (count + 1), count, (1 - tail) * total)
		};
	});
	return result.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Orders the indices by value, highest first: an insertion sort, since a draw has a few dozen
 * units and `TypedArray.sort` with a comparator costs a call per comparison. Tied values all get
 * the rank of the first of them, so how ties are ordered does not change the histogram.
 */
function sortDescending(order: Int32Array, values: Float64Array): void {
	for (let i = 1; i < order.length; i++) {
		const key = order[i];
		const v = values[key];
		let j = i - 1;
		while (j >= 0 && values[order[j]] < v) {
			order[j + 1] = order[j];
			j--;
		}
		order[j + 1] = key;
	}
}

/** Smallest rank whose cumulative count reaches `target` (quantile_disc on the rank draws). */
function histogramRank(histogram: Float64Array, offset: number, count: number, target: number): number {
	let cumulative = 0;
	for (let r = 1; r <= count; r++) {
		cumulative += histogram[offset + r];
		// The tolerance absorbs rounding in target = q × total (counts are whole numbers).
		if (cumulative > 0 && cumulative >= target - 1e-9) return r;
	}
	return count;
}

/**
 * Whether an estimate's interval excludes a reference value (e.g. the national average).
 * false → "not distinguishable from the national average": the interval contains it.
 */
export function distinguishableFromReference(ci: Interval, value: number): boolean {
	return value < ci.lower || value > ci.upper;
}
