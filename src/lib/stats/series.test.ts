import { describe, expect, it } from 'vitest';
import { mean, meanSeries, seriesMap } from './series';

describe('series helpers', () => {
	it('seriesMap drops missing values and rejects repeated or fractional months', () => {
		const map = seriesMap([
			{ t: -1, y: 2 },
			{ t: 0, y: null },
			{ t: 1, y: Number.NaN },
			{ t: 2, y: 5 }
		]);
		expect([...map.entries()]).toEqual([
			[-1, 2],
			[2, 5]
		]);
		expect(() =>
			seriesMap([
				{ t: 1, y: 1 },
				{ t: 1, y: 2 }
			])
		).toThrow(RangeError);
		expect(() => seriesMap([{ t: 0.5, y: 1 }])).toThrow(RangeError);
	});

	it('meanSeries averages the available values per month', () => {
		const out = meanSeries([
			[
				{ t: 1, y: 4 },
				{ t: 0, y: 2 }
			],
			[
				{ t: 0, y: 4 },
				{ t: 1, y: null },
				{ t: 2, y: 9 }
			]
		]);
		expect(out).toEqual([
			{ t: 0, y: 3 },
			{ t: 1, y: 4 },
			{ t: 2, y: 9 }
		]);
		expect(mean([])).toBeNull();
	});
});
