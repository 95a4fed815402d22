import { describe, expect, it } from 'vitest';
import { hasAll, mean, meanOver, range, valuesAt } from './panel';

describe('panel helpers', () => {
	const s = new Map([
		[1, 2],
		[2, 4],
		[4, 9]
	]);
	it('reads the periods a series has', () => {
		expect(valuesAt(s, [1, 3, 4])).toEqual([2, 9]);
		expect(valuesAt(undefined, [1])).toEqual([]);
		expect(meanOver(s, [1, 2, 3])).toBe(3);
		expect(meanOver(s, [3])).toBeNaN();
		expect(hasAll(s, [1, 2])).toBe(true);
		expect(hasAll(s, [1, 3])).toBe(false);
		expect(mean([])).toBeNaN();
		expect(range(3, 5)).toEqual([3, 4, 5]);
		expect(range(5, 3)).toEqual([]);
	});
});
