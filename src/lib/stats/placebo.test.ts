import { describe, expect, it } from 'vitest';
import { differenceInDifferences, eventStudy } from './did';
import { permutationPValue, placeboBand, placeboInference, type PlaceboEstimate } from './placebo';
import { createRng, type Rng } from './random';
import { meanSeries, type SeriesPoint } from './series';
import { syntheticControl } from './synthetic-control';

const MONTHS = Array.from({ length: 27 }, (_, i) => i - 12);

interface Unit {
	id: string;
	series: SeriesPoint[];
}

/** Units sharing a common trend, each with its own level and noise; `effect` added from month 0. */
function makeUnits(rng: Rng, count: number, effect = 0): Unit[] {
	const common = MONTHS.map((t) => 0.1 * t + Math.sin(t / 2));
	return Array.from({ length: count }, (_, j) => {
		const level = 5 * rng.uniform();
		return {
			id: j === 0 ? 'pilot' : `U${j}`,
			series: MONTHS.map((t, i) => ({
				t,
				y: level + common[i] + rng.normal() + (j === 0 && t >= 0 ? effect : 0)
			}))
		};
	});
}

/** DiD against the mean of the comparator pool. */
function didEstimate(unit: Unit, pool: readonly Unit[]): PlaceboEstimate | null {
	const comparator = meanSeries(pool.map((u) => u.series));
	const did = differenceInDifferences(unit.series, comparator);
	if (!did) return null;
	return { effect: did.estimate, eventStudy: eventStudy(unit.series, comparator), preRmse: did.preRmse };
}

describe('permutationPValue', () => {
	it('counts placebos at least as extreme, by absolute value (hand-computed)', () => {
		// |real| = 3; placebos ≥ 3 in absolute value: −4 and 3 → rank 3 of 6, p = 0.5.
		expect(permutationPValue(3, [1, -4, 2, 3, -0.5])).toEqual({ rank: 3, total: 6, pValue: 0.5 });
		expect(permutationPValue(-10, [1, -4, 2])).toEqual({ rank: 1, total: 4, pValue: 0.25 });
		expect(permutationPValue(0, [])).toEqual({ rank: 1, total: 1, pValue: 1 });
	});
});

describe('placeboBand', () => {
	it('gives the 5th–95th percentile per month (type 7)', () => {
		const studies = Array.from({ length: 21 }, (_, i) => [
			{ t: -1, gap: i - 10 },
			{ t: 0, gap: 2 * (i - 10) },
			{ t: 1, gap: i === 3 ? null : 0 }
		]);
		const band = placeboBand(studies);
		// 21 values −10..10: position 0.05 × 20 = 1 → −9; 0.95 × 20 = 19 → 9.
		expect(band[0]).toEqual({ t: -1, lower: -9, upper: 9, n: 21 });
		expect(band[1]).toEqual({ t: 0, lower: -18, upper: 18, n: 21 });
		expect(band[2]).toEqual({ t: 1, lower: 0, upper: 0, n: 20 });
	});
});

describe('placeboInference', () => {
	it('ranks a large real effect first and excludes the pilot from every comparator pool', () => {
		const rng = createRng(4);
		const [pilot, ...donors] = makeUnits(rng, 15, 6);
		const pools: string[][] = [];
		const result = placeboInference({
			treated: pilot,
			donors,
			estimate: (unit, pool) => {
				pools.push(pool.map((u) => u.id));
				return didEstimate(unit, pool);
			}
		});
		expect(result).not.toBeNull();
		expect(result!.real.effect).toBeGreaterThan(5);
		expect(result!.rank).toBe(1);
		expect(result!.total).toBe(15);
		expect(result!.pValue).toBeCloseTo(1 / 15, 15);
		expect(pools[0]).toHaveLength(14);
		for (const [i, pool] of pools.slice(1).entries()) {
			expect(pool).not.toContain('pilot');
			expect(pool).not.toContain(donors[i].id);
			expect(pool).toHaveLength(13);
		}
		// The band covers the months of the event study and contains 0 most months.
		expect(result!.band.map((b) => b.t)).toEqual(MONTHS);
		expect(result!.band.filter((b) => b.lower <= 0 && 0 <= b.upper).length).toBeGreaterThan(20);
	});

	it('gives roughly uniform p-values under no effect (300 seeded simulations)', () => {
		const rng = createRng(2025);
		const pValues: number[] = [];
		for (let s = 0; s < 300; s++) {
			const [pilot, ...donors] = makeUnits(rng, 20, 0);
			const result = placeboInference({ treated: pilot, donors, estimate: didEstimate });
			pValues.push(result!.pValue);
		}
		const share = (x: number) => pValues.filter((p) => p <= x + 1e-12).length / pValues.length;
		// Uniform on {1/20, …, 1}: P(p ≤ 0.1) = 0.1, P(p ≤ 0.5) = 0.5.
		expect(Math.abs(share(0.1) - 0.1)).toBeLessThan(0.05);
		expect(Math.abs(share(0.5) - 0.5)).toBeLessThan(0.1);
		// Kolmogorov–Smirnov distance to the discrete uniform (critical value ≈ 1.36/√300 = 0.079).
		let ks = 0;
		for (let k = 1; k <= 20; k++) ks = Math.max(ks, Math.abs(share(k / 20) - k / 20));
		expect(ks).toBeLessThan(0.079);
	});

	it('works with synthetic control as the estimate and drops poorly fitted placebos on request', () => {
		const rng = createRng(9);
		const [pilot, ...donors] = makeUnits(rng, 12, 4);
		const scEstimate = (unit: Unit, pool: readonly Unit[]): PlaceboEstimate | null => {
			const sc = syntheticControl(
				unit.series,
				pool.map((u) => ({ id: u.id, series: u.series }))
			);
			if (!sc) return null;
			const did = differenceInDifferences(unit.series, sc.synthetic);
			return did && { effect: did.estimate, eventStudy: eventStudy(unit.series, sc.synthetic), preRmse: sc.preRmse };
		};
		const result = placeboInference({ treated: pilot, donors, estimate: scEstimate });
		expect(result!.real.effect).toBeGreaterThan(3);
		expect(result!.rank).toBe(1);
		const strict = placeboInference({ treated: pilot, donors, estimate: scEstimate, maxPreRmseRatio: 0.01 });
		expect(strict!.placebos.length + strict!.excluded.length).toBe(donors.length);
		expect(strict!.excluded.length).toBeGreaterThan(0);
	});

	it('is null when the real estimate is not available', () => {
		expect(placeboInference({ treated: 1, donors: [2, 3], estimate: (u) => (u === 1 ? null : { effect: u }) })).toBeNull();
	});
});
