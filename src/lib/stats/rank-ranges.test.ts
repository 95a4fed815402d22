import { describe, expect, it } from 'vitest';
import { distinguishableFromReference, rankRanges, type RankUnit } from './rank-ranges';

function byId(ranges: ReturnType<typeof rankRanges>) {
	return Object.fromEntries(ranges.map((r) => [r.id, r]));
}

describe('rankRanges', () => {
	it('gives two identical units the same range and a separated unit a degenerate one', () => {
		const units: RankUnit[] = [
			{ id: 'A', estimate: 0.8, se: 0.02 },
			{ id: 'B', estimate: 0.8, se: 0.02 },
			{ id: 'C', estimate: 0.5, se: 0.01 }
		];
		const r = byId(rankRanges(units));
		// A and B are exchangeable: each is first in half the draws → ranks 1..2.
		expect(r.A).toMatchObject({ rank: 1, lower: 1, upper: 2 });
		expect(r.B).toMatchObject({ rank: 1, lower: 1, upper: 2 });
		expect(r.C).toMatchObject({ rank: 3, lower: 3, upper: 3 });
	});

	it('follows the known probability of a swap (two units, equal se)', () => {
		// P(B drawn above A) = Φ(−Δ / (se √2)).
		// se = 0.1 / (2√2): P = Φ(−2) = 2.3 % < 5 % → both ranges degenerate.
		const tight = byId(
			rankRanges([
				{ id: 'A', estimate: 0.6, se: 0.1 / (2 * Math.SQRT2) },
				{ id: 'B', estimate: 0.5, se: 0.1 / (2 * Math.SQRT2) }
			])
		);
		expect(tight.A).toMatchObject({ rank: 1, lower: 1, upper: 1 });
		expect(tight.B).toMatchObject({ rank: 2, lower: 2, upper: 2 });
		// se = 0.1 / √2: P = Φ(−1) = 15.9 % > 5 % → both could be first or second.
		const loose = byId(
			rankRanges([
				{ id: 'A', estimate: 0.6, se: 0.1 / Math.SQRT2 },
				{ id: 'B', estimate: 0.5, se: 0.1 / Math.SQRT2 }
			])
		);
		expect(loose.A).toMatchObject({ rank: 1, lower: 1, upper: 2 });
		expect(loose.B).toMatchObject({ rank: 2, lower: 1, upper: 2 });
	});

	it('ranks a ladder of well separated units exactly, with a middle group overlapping', () => {
		const units: RankUnit[] = [
			{ id: 'top', estimate: 0.99, se: 0.001 },
			{ id: 'm1', estimate: 0.7, se: 0.03 },
			{ id: 'm2', estimate: 0.7, se: 0.03 },
			{ id: 'm3', estimate: 0.7, se: 0.03 },
			{ id: 'bottom', estimate: 0.2, se: 0.01 }
		];
		const r = byId(rankRanges(units));
		expect(r.top).toMatchObject({ rank: 1, lower: 1, upper: 1 });
		for (const id of ['m1', 'm2', 'm3']) expect(r[id]).toMatchObject({ rank: 2, lower: 2, upper: 4 });
		expect(r.bottom).toMatchObject({ rank: 5, lower: 5, upper: 5 });
	});

	it('excludes suppressed units and ranks the rest without them', () => {
		const ranges = rankRanges([
			{ id: 'A', estimate: 0.9, se: 0.001 },
			{ id: 'S', estimate: 0.95, se: 0.001, suppressed: true },
			{ id: 'B', estimate: 0.8, se: 0.001 }
		]);
		expect(ranges.map((r) => [r.id, r.rank, r.lower, r.upper])).toEqual([
			['A', 1, 1, 1],
			['B', 2, 2, 2]
		]);
	});

	it('does not depend on input order and is reproducible for a seed', () => {
		const units: RankUnit[] = Array.from({ length: 20 }, (_, i) => ({
			id: `P${String(i).padStart(2, '0')}`,
			estimate: 0.7 + 0.005 * i,
			se: 0.02
		}));
		const a = rankRanges(units);
		const b = rankRanges([...units].reverse());
		expect(b).toEqual(a);
		expect(rankRanges(units, { seed: 5 })).toEqual(rankRanges(units, { seed: 5 }));
		// Overlapping units get wide ranges that contain their rank.
		for (const r of a) {
			expect(r.lower).toBeLessThanOrEqual(r.rank);
			expect(r.upper).toBeGreaterThanOrEqual(r.rank);
			expect(r.upper - r.lower).toBeGreaterThan(2);
		}
	});

	it('shares the best rank between equal estimates with se 0', () => {
		const r = rankRanges([
			{ id: 'A', estimate: 0.5, se: 0 },
			{ id: 'B', estimate: 0.7, se: 0 },
			{ id: 'C', estimate: 0.7, se: 0 },
			{ id: 'D', estimate: 0.4, se: 0 }
		]);
		expect(r.map((x) => [x.id, x.rank, x.lower, x.upper])).toEqual([
			['B', 1, 1, 1],
			['C', 1, 1, 1],
			['A', 3, 3, 3],
			['D', 4, 4, 4]
		]);
	});

	it('rejects invalid input', () => {
		expect(() => rankRanges([{ id: 'A', estimate: Number.NaN, se: 0.1 }])).toThrow(RangeError);
		expect(() => rankRanges([{ id: 'A', estimate: 0.5, se: 0.1 }], { level: 1 })).toThrow(RangeError);
		expect(rankRanges([])).toEqual([]);
	});
});

describe('distinguishableFromReference', () => {
	it('is false when the interval contains the reference', () => {
		expect(distinguishableFromReference({ lower: 0.8, upper: 0.86 }, 0.8394)).toBe(false);
		expect(distinguishableFromReference({ lower: 0.8, upper: 0.86 }, 0.8)).toBe(false);
		expect(distinguishableFromReference({ lower: 0.85, upper: 0.9 }, 0.8394)).toBe(true);
		expect(distinguishableFromReference({ lower: 0.7, upper: 0.83 }, 0.8394)).toBe(true);
	});
});
