import { describe, expect, it } from 'vitest';
import { logGamma, tCdf, tCriticalValue, tQuantile } from './student-t';

// Reference values from scipy.stats.t: [df, ppf(0.975), ppf(0.95), cdf(1.5)].
const REFERENCE: [number, number, number, number][] = [
	[1, 12.706204736174694, 6.313751514675037, 0.8128329581890011],
	[2, 4.302652729749462, 2.9199855803537242, 0.8638034375544994],
	[3, 3.1824463052837078, 2.3533634348018233, 0.8847080673775886],
	[5, 2.5705818356363146, 2.0150483733330233, 0.9030481598787634],
	[10, 2.228138851986274, 1.8124611228116756, 0.9177463367772799],
	[29, 2.045229642132703, 1.6991270265334972, 0.9277881519798071],
	[100, 1.9839715185235518, 1.6602343260853392, 0.9316174709376556],
	[1000, 1.9623390808264083, 1.6463788172854643, 0.9330349805889568]
];

describe('Student t', () => {
	it.each(REFERENCE)('df %s matches scipy', (df, q975, q95, cdf15) => {
		expect(tQuantile(0.975, df)).toBeCloseTo(q975, 9);
		expect(tQuantile(0.95, df)).toBeCloseTo(q95, 9);
		expect(tCdf(1.5, df)).toBeCloseTo(cdf15, 12);
		expect(tCdf(-1.5, df)).toBeCloseTo(1 - cdf15, 12);
	});

	it('tends to the normal and is symmetric', () => {
		expect(tCriticalValue(0.95, Infinity)).toBeCloseTo(1.959963984540054, 12);
		expect(tCdf(1.959963984540054, Infinity)).toBeCloseTo(0.975, 6);
		expect(tQuantile(0.025, 7)).toBeCloseTo(-tQuantile(0.975, 7), 12);
		expect(tQuantile(0.5, 4)).toBe(0);
	});

	it('logGamma matches factorials', () => {
		expect(logGamma(1)).toBeCloseTo(0, 13);
		expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
		expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
	});

	it('remembers critical values by level and df, the same as computing them afresh', () => {
		for (const [level, df] of [
			[0.95, 12],
			[0.9, 12],
			[0.95, 3],
			[0.95, 12],
			[0.9, Infinity]
		]) {
			expect(tCriticalValue(level, df)).toBe(tQuantile(1 - (1 - level) / 2, df));
		}
		expect(tCriticalValue(0.9, 12)).not.toBe(tCriticalValue(0.95, 12));
	});

	it('rejects bad arguments', () => {
		expect(() => tQuantile(1, 5)).toThrow(RangeError);
		expect(() => tCdf(1, 0)).toThrow(RangeError);
		// Twice: a refused df is not remembered as a value.
		expect(() => tCriticalValue(0.95, 0)).toThrow(RangeError);
		expect(() => tCriticalValue(0.95, 0)).toThrow(RangeError);
	});
});
