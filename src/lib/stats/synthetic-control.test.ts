import { describe, expect, it } from 'vitest';
import type { Panel } from './panel';
import { syntheticControl } from './synthetic-control';

const series = (values: number[], from = 0) => new Map(values.map((v, i) => [from + i, v]));

// Pre = 0..3, post = 4,5. Centred pre-period movements:
//   A: 0 2 0 2 → −1 1 −1 1      B: 5 5 9 9 → −2 −2 2 2      C: 2 0 0 2 → 1 −1 −1 1 (the three orthogonal)
// T = 0.25·A + 0.75·B + 100 moves −1.75 −1.25 1.25 1.75: the weights (0.25, 0.75, 0) fit exactly.
const A = [0, 2, 0, 2, 0, 2];
const B = [5, 5, 9, 9, 7, 7];
const C = [2, 0, 0, 2, 1, 3];
const panel: Panel = new Map([
	['A', series(A)],
	['B', series(B)],
	['C', series(C)]
]);
const window = { pre: [0, 1, 2, 3], post: [4, 5] };
const periods = [0, 1, 2, 3, 4, 5];

describe('syntheticControl', () => {
	it('recovers a known convex combination of centred donors, whatever the level', () => {
		const T = series(A.map((a, i) => 0.25 * a + 0.75 * B[i] + 100 + (i >= 4 ? -3 : 0)));
		const sc = syntheticControl(panel, T, ['A', 'B', 'C'], window, periods)!;
		expect(sc.weights.map((w) => w.unit)).toEqual(['B', 'A']);
		expect(sc.weights[0].weight).toBeCloseTo(0.75, 6);
		expect(sc.weights[1].weight).toBeCloseTo(0.25, 6);
		// comparator at 4 = 0.25·(0 − 1) + 0.75·(7 − 7) = −0.25; at 5: 0.25·1 = 0.25
		expect(sc.comparator.get(4)).toBeCloseTo(-0.25, 6);
		expect(sc.comparator.get(5)).toBeCloseTo(0.25, 6);
		// the fit is at the treated unit's level; after the start the treated unit is 3 below it
		for (const f of sc.fit.filter((f) => f.period < 4)) expect(f.synthetic).toBeCloseTo(f.treated, 6);
		expect(sc.fit.find((f) => f.period === 4)!.synthetic - sc.fit.find((f) => f.period === 4)!.treated).toBeCloseTo(3, 6);
	});
	it('puts all weight on an exact copy and drops donors without the needed periods', () => {
		const p: Panel = new Map([...panel, ['D', series([2, 0, 0, 2, 1])]]); // D, a copy of C, lacks period 5
		const T = series(C.map((c) => c + 7));
		const sc = syntheticControl(p, T, ['A', 'B', 'C', 'D'], window, periods)!;
		expect(sc.weights).toEqual([{ unit: 'C', weight: 1 }]);
		expect([...sc.comparator.values()]).toEqual([1, -1, -1, 1, 0, 2]);
	});
	it('the weights are non-negative and sum to 1 when no combination fits', () => {
		const T = series([0, 10, -10, 0, 0, 0]);
		const sc = syntheticControl(panel, T, ['A', 'B', 'C'], window, periods)!;
		expect(sc.weights.every((w) => w.weight > 0)).toBe(true);
		expect(sc.weights.reduce((s, w) => s + w.weight, 0)).toBeCloseTo(1, 12);
	});
	it('is null without donors or pre-period', () => {
		expect(syntheticControl(panel, series([1, 2, 3, 4, 5, 6]), [], window, periods)).toBeNull();
		expect(syntheticControl(panel, series([1, 2], 4), ['A'], window, periods)).toBeNull();
	});
});
