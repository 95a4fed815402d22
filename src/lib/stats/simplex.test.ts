import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import { projectToSimplex, simplexLeastSquares, solveLinear } from './simplex';

describe('projectToSimplex', () => {
	it('projects onto the probability simplex', () => {
		expect(projectToSimplex([0.2, 0.8])).toEqual([0.2, 0.8]);
		expect(projectToSimplex([2, 0])).toEqual([1, 0]);
		expect(projectToSimplex([1, 1, -1])).toEqual([0.5, 0.5, 0]);
		const p = projectToSimplex([0.3, 0.3, 0.3]);
		p.forEach((x) => expect(x).toBeCloseTo(1 / 3, 15));
	});
});

describe('solveLinear', () => {
	it('solves a small system and detects a singular one', () => {
		const x = solveLinear(
			[
				[2, 1, 0],
				[1, 3, 1],
				[0, 1, 4]
			],
			[3, 5, 5]
		);
		expect(x?.map((v) => Math.round(v * 1e12) / 1e12)).toEqual([1, 1, 1]);
		expect(
			solveLinear(
				[
					[1, 2],
					[2, 4]
				],
				[1, 2]
			)
		).toBeNull();
	});
});

describe('simplexLeastSquares', () => {
	const objective = (cols: number[][], y: number[], w: number[]) =>
		y.reduce((acc, yi, i) => acc + (yi - cols.reduce((s, c, j) => s + w[j] * c[i], 0)) ** 2, 0);

	it('finds the optimum of a target outside the convex hull (checked on a fine grid)', () => {
		const rng = createRng(3);
		const cols = [0, 1, 2].map(() => Array.from({ length: 8 }, () => rng.normal()));
		const y = Array.from({ length: 8 }, () => 2 * rng.normal());
		const { weights } = simplexLeastSquares(cols, y);
		expect(weights.every((w) => w >= 0)).toBe(true);
		expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		let gridBest = Infinity;
		for (let a = 0; a <= 100; a++) {
			for (let b = 0; a + b <= 100; b++) {
				gridBest = Math.min(gridBest, objective(cols, y, [a / 100, b / 100, (100 - a - b) / 100]));
			}
		}
		expect(objective(cols, y, weights)).toBeLessThanOrEqual(gridBest + 1e-12);
	});

	it('puts all weight on the closest vertex when the target lies beyond it', () => {
		const cols = [
			[1, 1, 1],
			[2, 2, 2],
			[0, 0, 0]
		];
		const { weights } = simplexLeastSquares(cols, [5, 5, 5]);
		expect(weights[1]).toBeCloseTo(1, 10);
	});
});
