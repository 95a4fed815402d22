import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, zForLevel } from './normal';

// Reference values from scipy.stats.norm (ppf / cdf).
const QUANTILES: [number, number][] = [
	[0.5, 0],
	[0.975, 1.959963984540054],
	[0.95, 1.6448536269514722],
	[0.995, 2.5758293035489004],
	[0.9, 1.2815515655446004],
	[0.3, -0.5244005127080409],
	[0.01, -2.3263478740408408],
	[1e-5, -4.264890793922825],
	[1e-10, -6.361340902404056],
	[1e-12, -7.034483825301131],
	[1e-20, -9.262340089798409],
	[1e-300, -37.0470962993612]
];

describe('normalQuantile', () => {
	it.each(QUANTILES)('Φ⁻¹(%s) = %s', (p, expected) => {
		expect(normalQuantile(p)).toBeCloseTo(expected, 12);
	});

	it('is antisymmetric and handles the ends', () => {
		expect(normalQuantile(0.05)).toBeCloseTo(-normalQuantile(0.95), 14);
		expect(normalQuantile(0)).toBe(-Infinity);
		expect(normalQuantile(1)).toBe(Infinity);
		expect(() => normalQuantile(1.2)).toThrow(RangeError);
		expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
	});
});

describe('zForLevel', () => {
	it('gives the two-sided critical values', () => {
		expect(zForLevel(0.95)).toBeCloseTo(1.959963984540054, 12);
		expect(zForLevel(0.9)).toBeCloseTo(1.6448536269514722, 12);
		expect(() => zForLevel(1)).toThrow(RangeError);
	});
});

describe('normalCdf', () => {
	it.each([
		[0, 0.5],
		[1, 0.8413447460685429],
		[-1, 0.15865525393145707],
		[1.959963984540054, 0.975],
		[-3, 0.0013498980316300933],
		[5, 0.9999997133484281]
	])('Φ(%s) = %s', (x, expected) => {
		expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(2e-7);
	});

	it('inverts normalQuantile', () => {
		for (const p of [0.001, 0.2, 0.5, 0.77, 0.999]) {
			expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
		}
	});
});
