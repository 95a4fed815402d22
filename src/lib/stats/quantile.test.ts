import { describe, expect, it } from 'vitest';
import { openNativeDb } from '../server/native-db';
import { empiricalQuantile, histogramQuantile, type HistogramBin } from './quantile';
import { createRng } from './random';

describe('histogramQuantile', () => {
	it('takes the smallest value whose cumulative count reaches q × N', () => {
		// Values 1, 2, 3, 4 once each: median → 2 (cum 2 ≥ 2), p90 → 4 (needs 3.6).
		const bins: HistogramBin[] = [1, 2, 3, 4].map((value) => ({ value, count: 1 }));
		expect(histogramQuantile(bins, 0.5)).toBe(2);
		expect(histogramQuantile(bins, 0.9)).toBe(4);
		expect(histogramQuantile(bins, 0)).toBe(1);
		expect(histogramQuantile(bins, 1)).toBe(4);
	});

	it('handles unsorted bins, repeated values and empty bins', () => {
		const bins: HistogramBin[] = [
			{ value: 5.5, count: 3 },
			{ value: 0, count: 2 },
			{ value: 5.5, count: 1 },
			{ value: 2.1, count: 0 },
			{ value: 10, count: 4 }
		];
		// Sorted: 0×2, 5.5×4, 10×4 (N = 10); median needs 5 → 5.5; p90 needs 9 → 10; p20 needs 2 → 0.
		expect(histogramQuantile(bins, 0.5)).toBe(5.5);
		expect(histogramQuantile(bins, 0.9)).toBe(10);
		expect(histogramQuantile(bins, 0.2)).toBe(0);
		expect(histogramQuantile([], 0.5)).toBeNull();
		expect(() => histogramQuantile(bins, 2)).toThrow(RangeError);
	});

	it('matches DuckDB quantile_disc on the expanded values', async () => {
		const rng = createRng(99);
		const bins: HistogramBin[] = Array.from({ length: 37 }, (_, i) => ({
			value: Math.round(i * 0.7 * 10) / 10,
			count: 1 + rng.int(9)
		}));
		const values = bins.flatMap((b) => Array.from({ length: b.count }, () => b.value));
		const qs = [0, 0.1, 0.25, 0.5, 0.7, 0.9, 0.95, 1];
		const db = await openNativeDb({});
		try {
			const select = qs.map((q, i) => `quantile_disc(v, ${q}) AS q${i}`).join(', ');
			// The values are numbers generated here, so writing them into the SQL is safe.
			const list = values.map((v) => `(${v}::DOUBLE)`).join(', ');
			const [row] = await db.run({ sql: `SELECT ${select} FROM (VALUES ${list}) AS t(v)`, params: [] });
			qs.forEach((q, i) => expect(histogramQuantile(bins, q)).toBe(row[`q${i}`]));
		} finally {
			db.close();
		}
	});
});

describe('empiricalQuantile', () => {
	it('interpolates linearly (type 7)', () => {
		expect(empiricalQuantile([4, 1, 3, 2], 0.5)).toBe(2.5);
		expect(empiricalQuantile([1, 2, 3, 4, 5], 0.9)).toBeCloseTo(4.6, 12);
		expect(empiricalQuantile([7], 0.3)).toBe(7);
		expect(empiricalQuantile([], 0.3)).toBeNull();
		expect(empiricalQuantile([1, Number.NaN, 3], 0.5)).toBe(2);
	});
});
