import { describe, expect, it } from 'vitest';
import { projectToSimplex, simplexLeastSquares } from './pilots-simplex';

describe('projectToSimplex', () => {
	it('leaves a point of the simplex unchanged and projects others onto it', () => {
		expect(projectToSimplex([0.2, 0.3, 0.5])).toEqual([0.2, 0.3, 0.5].map((x) => expect.closeTo(x, 12)));
		// (2, 0) → (1, 0); (0.5, 0.5, 3) → (0, 0, 1); (1, 1) → (0.5, 0.5)
		expect(projectToSimplex([2, 0])).toEqual([1, 0]);
		expect(projectToSimplex([0.5, 0.5, 3])).toEqual([0, 0, 1]);
		expect(projectToSimplex([1, 1])).toEqual([0.5, 0.5]);
	});
});

describe('simplexLeastSquares', () => {
	it('recovers the weights of an exact convex combination', () => {
		const d1 = [1, -2, 3, 0, 1, -1];
		const d2 = [0, 1, -1, 2, -2, 1];
		const d3 = [2, 2, -2, -1, 0, 0];
		const target = d1.map((_, t) => 0.7 * d1[t] + 0.3 * d3[t]);
		const w = simplexLeastSquares(target, [d1, d2, d3]);
		expect(w[0]).toBeCloseTo(0.7, 5);
		expect(w[1]).toBeCloseTo(0, 5);
		expect(w[2]).toBeCloseTo(0.3, 5);
	});

	it('puts all weight on the nearest donor when the target is outside the hull', () => {
		const w = simplexLeastSquares([10, 10], [[1, 1], [0, 0]]);
		expect(w[0]).toBeCloseTo(1, 8);
		expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
	});
});
