import { describe, expect, it } from 'vitest';
import { kishNeff, linearisedShareVariance, proportionInterval, sumCounts, weightedShare, wilsonInterval } from './proportion';
import { createRng } from './random';
import { rowsFromPairs, simulateRespondents, toCubeRows } from './testing/simulate-survey';

// Respondents as [weight, rated 4–5 ? 1 : 0] per PSU. Expected values computed by hand (brute force
// over the respondents, in Python) — see the numbers below.
const EXAMPLE: Record<string, [number, number][]> = {
	A: [
		[1, 1],
		[2, 0],
		[1.5, 1]
	],
	B: [
		[3, 1],
		[1, 1]
	],
	C: [
		[2, 0],
		[2, 1],
		[0.5, 0]
	],
	D: [[1, 0]]
};

describe('weighted share and Kish n_eff', () => {
	it('match hand-computed values', () => {
		const total = sumCounts(rowsFromPairs(EXAMPLE));
		// Σw = 14, Σw·y = 8.5, Σw² = 26.5
		expect(total.sum_w).toBe(14);
		expect(total.sum_w_pos).toBe(8.5);
		expect(total.sum_w2).toBe(26.5);
		expect(weightedShare(total)).toBeCloseTo(8.5 / 14, 15);
		expect(kishNeff(total.sum_w, total.sum_w2)).toBeCloseTo(196 / 26.5, 12); // 7.3962
		expect(weightedShare({ sum_w: 0, sum_w_pos: 0 })).toBeNull();
		expect(kishNeff(0, 0)).toBe(0);
	});
});

describe('wilsonInterval', () => {
	it('matches hand-computed values and behaves at 0 %', () => {
		const a = wilsonInterval(0.2, 50);
		expect(a.lower).toBeCloseTo(0.11243750015776112, 12);
		expect(a.upper).toBeCloseTo(0.33037105932225413, 12);
		// With t on 3 degrees of freedom instead of z: z = 3.1824 (scipy).
		const t3 = wilsonInterval(0.2, 50, 0.95, 3);
		expect(t3.upper - t3.lower).toBeGreaterThan(a.upper - a.lower);
		const b = wilsonInterval(0, 20);
		expect(b.lower).toBe(0);
		expect(b.upper).toBeCloseTo(0.1611251580528193, 12);
		expect(wilsonInterval(1, 20).lower).toBeCloseTo(1 - 0.1611251580528193, 12);
		expect(wilsonInterval(0.3, 0)).toEqual({ lower: 0, upper: 1 });
		expect(() => wilsonInterval(1.1, 10)).toThrow(RangeError);
	});

	it('narrows with n and widens with the level', () => {
		const w90 = wilsonInterval(0.5, 100, 0.9);
		const w95 = wilsonInterval(0.5, 100, 0.95);
		const w95big = wilsonInterval(0.5, 400, 0.95);
		expect(w95.upper - w95.lower).toBeGreaterThan(w90.upper - w90.lower);
		expect(w95big.upper - w95big.lower).toBeLessThan(w95.upper - w95.lower);
	});
});

describe('linearised variance', () => {
	it('with PSUs matches m/(m−1) Σ(z_h − z̄)² / W²', () => {
		const rows = rowsFromPairs(EXAMPLE);
		const { variance, psuCount, clustered } = linearisedShareVariance(rows, 8.5 / 14);
		expect(variance).toBeCloseTo(0.02331927669026794, 14);
		expect(psuCount).toBe(4);
		expect(clustered).toBe(true);
	});

	it('without PSUs uses each respondent as its own PSU (from Σw² and Σw²_pos)', () => {
		const rows = rowsFromPairs(EXAMPLE, { dropPsu: true });
		const { variance, psuCount, clustered } = linearisedShareVariance(rows, 8.5 / 14);
		expect(variance).toBeCloseTo(0.03485242151707622, 14);
		expect(psuCount).toBe(9);
		expect(clustered).toBe(false);
	});

	it('sums over strata', () => {
		const rows = [
			...rowsFromPairs(
				{
					A: [
						[1, 1],
						[1, 1],
						[2, 1]
					],
					B: [
						[1, 0],
						[2, 0],
						[1, 0]
					]
				},
				{ stratum: 'h1' }
			),
			...rowsFromPairs(
				{
					C: [
						[1, 1],
						[1, 0],
						[1, 1]
					],
					D: [
						[3, 1],
						[1, 0]
					]
				},
				{ stratum: 'h2' }
			)
		];
		const est = proportionInterval(rows);
		expect(est?.estimate).toBeCloseTo(0.6, 14);
		expect(est?.variance).toBeCloseTo(0.07182222222222222, 14);
		// Two strata of two PSUs: t on 4 − 2 = 2 degrees of freedom.
		expect(est?.df).toBe(2);
		expect(est?.lower).toBeCloseTo(0.05651003619826239, 9);
		expect(est?.upper).toBeCloseTo(0.9740703818793242, 9);
	});
});

describe('proportionInterval', () => {
	it('caps the design n_eff by Kish n_eff (hand-computed)', () => {
		const est = proportionInterval(rowsFromPairs(EXAMPLE));
		expect(est).not.toBeNull();
		// Design n_eff 10.23 > Kish 7.396, so the Wilson interval uses 7.396, with t on 3 df.
		expect(est?.nEffDesign).toBeCloseTo(10.228465116279072, 9);
		expect(est?.nEffInterval).toBeCloseTo(196 / 26.5, 12);
		expect(est?.df).toBe(3);
		expect(est?.lower).toBeCloseTo(0.16880940490875607, 9);
		expect(est?.upper).toBeCloseTo(0.9216316128432889, 9);
		expect(est?.method).toBe('psu');
	});

	it('widens with strong clustering (hand-computed)', () => {
		const rows = rowsFromPairs({
			A: [
				[1, 1],
				[1, 1],
				[2, 1]
			],
			B: [
				[1, 0],
				[2, 0],
				[1, 0]
			],
			C: [
				[1, 1],
				[1, 0],
				[1, 1]
			]
		});
		const est = proportionInterval(rows);
		expect(est?.estimate).toBeCloseTo(6 / 11, 14);
		expect(est?.nEffKish).toBeCloseTo(8.066666666666666, 12);
		expect(est?.nEffDesign).toBeCloseTo(2.439516129032259, 9);
		expect(est?.lower).toBeCloseTo(0.035526958299989475, 9);
		expect(est?.upper).toBeCloseTo(0.9750577415041073, 9);
	});

	it('without PSUs uses the respondent-level variance', () => {
		const est = proportionInterval(rowsFromPairs(EXAMPLE, { dropPsu: true }));
		expect(est?.method).toBe('respondent');
		expect(est?.df).toBe(Infinity);
		expect(est?.nEffInterval).toBeCloseTo(6.843725565708551, 9);
		expect(est?.lower).toBeCloseTo(0.27326821491989334, 9);
		expect(est?.upper).toBeCloseTo(0.8639790770491114, 9);
	});

	it('at 0 % falls back to Kish n_eff and keeps a non-degenerate interval', () => {
		const rows = rowsFromPairs({
			A: [
				[1, 0],
				[2, 0]
			],
			B: [[1, 0]]
		});
		const est = proportionInterval(rows);
		expect(est?.estimate).toBe(0);
		expect(est?.nEffDesign).toBeNull();
		expect(est?.lower).toBe(0);
		expect(est?.upper).toBeGreaterThan(0.3);
	});

	it('returns null without weight', () => {
		expect(proportionInterval([])).toBeNull();
	});
});

describe('coverage of the nominal 95 % interval (seeded simulation, 1000 samples each)', () => {
	const TRUE_SHARE = 0.7;
	function coverage(seed: number, psuShift: number, dropPsu: boolean, perPsu: number, psuCount: number) {
		const rng = createRng(seed);
		let covered = 0;
		const samples = 1000;
		for (let s = 0; s < samples; s++) {
			const respondents = simulateRespondents(rng, {
				shares: [TRUE_SHARE],
				psuCount,
				perPsu,
				psuShift,
				respondentShift: 0,
				dropPsu
			});
			const est = proportionInterval(toCubeRows(respondents, ['access']));
			if (est && est.lower <= TRUE_SHARE && TRUE_SHARE <= est.upper) covered++;
		}
		return covered / samples;
	}

	it('weighted, no PSU', () => {
		expect(coverage(11, 0, true, 1, 150)).toBeGreaterThanOrEqual(0.93);
	});

	it('weighted, clustered in 40 PSUs', () => {
		expect(coverage(12, 0.15, false, 10, 40)).toBeGreaterThanOrEqual(0.93);
	});

	it('ignoring the clustering would under-cover (the test can fail)', () => {
		// Same clustered data, PSUs dropped: the interval is too narrow.
		expect(coverage(12, 0.15, true, 10, 40)).toBeLessThan(0.9);
	});
});
