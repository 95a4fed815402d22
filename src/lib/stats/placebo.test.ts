import { describe, expect, it } from 'vitest';
import { permutationPValue, placeboBand, placeboInference } from './placebo';

describe('permutationPValue', () => {
	it('ranks the real effect by absolute size among the placebos', () => {
		// |−2| is beaten or tied by −2.5 and 2 → rank 3 of 5
		expect(permutationPValue(-2, [0.5, -2.5, 2, 0.1])).toEqual({ rank: 3, total: 5, pValue: 0.6 });
		expect(permutationPValue(3, [0.5, -2.5, 2, 0.1])).toEqual({ rank: 1, total: 5, pValue: 0.2 });
		expect(permutationPValue(0.1 + 0.2, [0.3])).toEqual({ rank: 2, total: 2, pValue: 1 });
	});
});

describe('placeboInference', () => {
	it('counts placebos at least as large', () => {
		const inf = placeboInference(-2, [
			{ unit: 'a', did: 0.5, preRmse: 0 },
			{ unit: 'b', did: -2.5, preRmse: 0 },
			{ unit: 'c', did: 2, preRmse: 0 },
			{ unit: 'd', did: 0.1, preRmse: 0 }
		]);
		expect(inf).toMatchObject({ atLeastAsLarge: 2, rank: 3, placeboCount: 4, pValue: 0.6 });
	});
});

describe('placeboBand', () => {
	it('is the interpolated 5th–95th percentile, null with fewer than 5 values', () => {
		// n = 5: positions 0.2 and 3.8 → −1 + 0.2·1 = −0.8 and 2 + 0.8·8 = 8.4
		expect(placeboBand([2, -1, 0, 10, 1])).toEqual({ low: -0.8, high: expect.closeTo(8.4, 12) });
		expect(placeboBand([1, 2, 3, 4])).toBeNull();
	});
});
