import { describe, expect, it } from 'vitest';
import { empiricalQuantile } from './quantile';

describe('empiricalQuantile', () => {
	it('interpolates linearly (type 7)', () => {
		expect(empiricalQuantile([4, 1, 3, 2], 0.5)).toBe(2.5);
		// position 0.9 · 4 = 3.6: 4 + 0.6 · (5 − 4)
		expect(empiricalQuantile([1, 2, 3, 4, 5], 0.9)).toBeCloseTo(4.6, 12);
		expect(empiricalQuantile([7], 0.3)).toBe(7);
		expect(empiricalQuantile([], 0.3)).toBeNull();
		expect(empiricalQuantile([1, Number.NaN, 3], 0.5)).toBe(2);
		expect(() => empiricalQuantile([1], 1.5)).toThrow(RangeError);
	});
});
