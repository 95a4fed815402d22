import { describe, expect, it } from 'vitest';
import { centredComparator, differenceInDifferences } from './did';
import type { Panel } from './panel';

const series = (values: Record<number, number>) => new Map(Object.entries(values).map(([t, v]) => [Number(t), v]));

// Hand-worked panel, periods 0..3, pre = 0,1, post = 2,3.
//   A: 10 12 | 11 13   pre mean 11 → centred −1  1 | 0  2
//   B:  4  4 |  2  —   pre mean  4 → centred  0  0 | −2 (stops after period 2, as at the merger)
//   T: 20 21 | 17 18   treated
const panel: Panel = new Map([
	['A', series({ 0: 10, 1: 12, 2: 11, 3: 13 })],
	['B', series({ 0: 4, 1: 4, 2: 2 })]
]);
const T = series({ 0: 20, 1: 21, 2: 17, 3: 18 });

describe('centredComparator', () => {
	it('averages each unit minus its own pre mean; a missing unit drops out of that month only', () => {
		const c = centredComparator(panel, ['A', 'B'], [0, 1], [0, 1, 2, 3]);
		// t=0: (−1 + 0)/2; t=1: (1 + 0)/2; t=2: (0 − 2)/2; t=3: A alone, 2 (B does not pull it to its level 4)
		expect([...c]).toEqual([
			[0, -0.5],
			[1, 0.5],
			[2, -1],
			[3, 2]
		]);
	});
	it('leaves out units without a pre-period and months nobody reports', () => {
		const p: Panel = new Map([...panel, ['L', series({ 3: 100 })]]);
		const c = centredComparator(p, ['A', 'B', 'L', 'none'], [0, 1], [0, 3, 9]);
		expect([...c]).toEqual([
			[0, -0.5],
			[3, 2]
		]);
	});
});

describe('differenceInDifferences', () => {
	it('is (treated after − before) − (comparator after − before) on the common months', () => {
		const c = centredComparator(panel, ['A', 'B'], [0, 1], [0, 1, 2, 3]);
		const r = differenceInDifferences(T, c, [0, 1], [2, 3])!;
		// treated: post mean 17.5 − pre mean 20.5 = −3; comparator: post (−1 + 2)/2 = 0.5 − pre 0 = 0.5
		expect(r.naive).toBe(-3);
		expect(r.comparatorChange).toBe(0.5);
		expect(r.estimate).toBe(-3.5);
		// gaps 20.5, 20.5 | 18, 16 → pre mean 20.5, preRmse 0; normalised −2.5, −4.5 (mean −3.5)
		expect(r.preGapMean).toBe(20.5);
		expect(r.preRmse).toBe(0);
		expect([...r.gaps]).toEqual([
			[0, 0],
			[1, 0],
			[2, -2.5],
			[3, -4.5]
		]);
		expect(r.preMonths).toEqual([0, 1]);
		expect(r.postMonths).toEqual([2, 3]);
	});
	it('measures the pre-period fit and uses only months both series have', () => {
		const c = series({ 0: 0, 1: 2, 3: 1 });
		const r = differenceInDifferences(series({ 0: 1, 1: 1, 2: 5, 3: 0 }), c, [0, 1], [2, 3])!;
		// gaps 1, −1 | −, −1: pre mean 0, rmse 1; period 2 has no comparator
		expect(r.preRmse).toBe(1);
		expect(r.postMonths).toEqual([3]);
		expect(r.estimate).toBe(-1);
		expect(r.estimate).toBeCloseTo(r.naive - r.comparatorChange, 12);
	});
	it('is null without a common pre or post month', () => {
		expect(differenceInDifferences(T, series({ 2: 0, 3: 0 }), [0, 1], [2, 3])).toBeNull();
		expect(differenceInDifferences(T, series({ 0: 0 }), [0, 1], [2, 3])).toBeNull();
	});
});
