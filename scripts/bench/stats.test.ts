import { describe, expect, it } from 'vitest';
import { fmtBytes, fmtLatency, fmtMs, median, p90, table } from './stats';

describe('bench stats', () => {
	it('median of odd and even counts, ignoring non-finite values', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([NaN, 5])).toBe(5);
		expect(median([])).toBeNull();
	});
	it('p90 by nearest rank, ignoring non-finite values', () => {
		expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(9);
		expect(p90([10, 1, 11, 2, 3, 4, 5, 6, 7, 8, 9])).toBe(10);
		expect(p90([5, NaN])).toBe(5);
		expect(p90([])).toBeNull();
	});
	it('formats durations, sizes and tables', () => {
		expect(fmtMs(1234)).toBe('1.23 s');
		expect(fmtMs(undefined)).toBe('—');
		expect(fmtLatency(84.6)).toBe('85 ms');
		expect(fmtLatency(null)).toBe('—');
		expect(fmtBytes(3 * 1024 * 1024)).toBe('3.0 MiB');
		expect(fmtBytes(2048)).toBe('2 KiB');
		expect(table(['a', 'bb'], [['xyz', '1']])).toBe('a    bb\n---  --\nxyz   1');
	});
});
