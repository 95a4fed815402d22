import { describe, expect, it } from 'vitest';
import { proportionInterval } from './proportion';
import { createRng } from './random';
import { rankRanges } from './rank-ranges';
import { MIN_RESPONSES, SIPAS_FACTORS, sipasIndex, sipasRankUnit, type SurveyCubeRow } from './sipas-index';
import { simulateRespondents, toCubeRows, type SimRespondent } from './testing/simulate-survey';

// Eight respondents in three PSUs: weight, then access and procedures rated 4–5 (1) or not (0).
const HAND: [string, number, number, number][] = [
	['A', 1, 1, 1],
	['A', 2, 0, 1],
	['A', 1, 1, 0],
	['B', 3, 1, 0],
	['B', 1, 0, 0],
	['C', 2, 0, 1],
	['C', 1, 1, 1],
	['C', 1, 1, 0]
];
const TWO = ['access', 'procedures'];

function handRows(dropPsu: boolean): SurveyCubeRow[] {
	const respondents: SimRespondent[] = HAND.map(([psu, w, a, p]) => ({ psu: dropPsu ? null : psu, w, y: [a, p] }));
	return toCubeRows(respondents, TWO);
}

describe('sipasIndex, hand-computed', () => {
	it('design-based: mean of ratios linearised per PSU', () => {
		const result = sipasIndex(handRows(false), { factors: TWO, minResponses: 0 });
		if (result.suppressed) throw new Error('unexpected suppression');
		// p_access = 7/12, p_procedures = 6/12, index = 0.541666…
		expect(result.estimate).toBeCloseTo(0.5416666666666667, 14);
		expect(result.variance).toBeCloseTo(0.006944444444444444, 14);
		expect(result.method).toBe('psu');
		expect(result.factors.map((f) => f.estimate?.estimate)).toEqual([7 / 12, 6 / 12]);
	});

	it('without PSUs: every respondent its own PSU, linearised across factors (exact)', () => {
		const result = sipasIndex(handRows(true), { factors: TWO, minResponses: 0 });
		if (result.suppressed) throw new Error('unexpected suppression');
		expect(result.method).toBe('respondent');
		expect(result.df).toBe(Infinity);
		// Was 0.04293 (conservative: perfect correlation, se = mean of the factor se's). By hand:
		// z_i = w_i (a_i − 7/12 + p_i − 1/2) / (2 · 12); 48 z_i = 11/6, −1/3, −1/6, −1/2, −13/6,
		// −1/3, 11/6, −1/6 (Σ = 0), Σ (48 z_i)² = 430/36, so var = 8/7 · 430 / (36 · 48²) = 3440/580608.
		// Smaller than even independence would give (0.02147): here the two factors disagree.
		expect(result.variance).toBeCloseTo(3440 / 580608, 14);
		expect(result.lower).toBeLessThan(result.estimate);
		expect(result.upper).toBeGreaterThan(result.estimate);
	});

	it('with one factor equals the factor share and its interval (with and without PSUs)', () => {
		for (const dropPsu of [false, true]) {
			const rows = handRows(dropPsu);
			const one = sipasIndex(rows, { factors: ['access'], minResponses: 0 });
			const direct = proportionInterval(rows.filter((r) => r.factor === 'access'));
			if (one.suppressed || !direct) throw new Error('unexpected');
			expect(one.estimate).toBeCloseTo(direct.estimate, 15);
			expect(one.variance).toBeCloseTo(direct.variance, 15);
			expect([one.lower, one.upper, one.df]).toEqual([direct.lower, direct.upper, direct.df]);
		}
	});

	it('counts respondents who answered no factor as PSUs without a PSU (m = n_resp)', () => {
		const respondents: SimRespondent[] = HAND.map(([, w, a, p]) => ({ psu: null, w, y: [a, p] }));
		const base = sipasIndex(toCubeRows(respondents, TWO), { factors: TWO, minResponses: 0 });
		const more = sipasIndex(toCubeRows([...respondents, { psu: null, w: 1, y: [null, null] }], TWO), { factors: TWO, minResponses: 0 });
		if (base.suppressed || more.suppressed) throw new Error('unexpected');
		// Same Σz and Σz², m 8 → 9: var × (9/8) / (8/7).
		expect(more.variance).toBeCloseTo((base.variance * (9 / 8)) / (8 / 7), 15);
	});

	it('throws on rows without a PSU that lack the cross sums (data written before them)', () => {
		const rows = handRows(true).map((r) => ({ ...r, cross: undefined }));
		expect(() => sipasIndex(rows, { factors: TWO, minResponses: 0 })).toThrow(/cross sums/);
	});

	it('ignores the overall factor and unknown factors', () => {
		const rows = handRows(false);
		const noisy = [...rows, { ...rows[0], factor: 'overall', sum_w_pos: 0, n_pos: 0 }, { ...rows[0], factor: 'weather' }];
		const a = sipasIndex(rows, { factors: TWO, minResponses: 0 });
		const b = sipasIndex(noisy, { factors: TWO, minResponses: 0 });
		expect(b).toEqual(a);
	});
});

describe('suppression', () => {
	function rowsWithN(nAccess: number): SurveyCubeRow[] {
		const respondents: SimRespondent[] = [];
		for (let i = 0; i < 40; i++) respondents.push({ psu: null, w: 1, y: [1, 1, 0, 1, 1] });
		const rows = toCubeRows(respondents, SIPAS_FACTORS);
		return rows.map((r) =>
			r.factor === 'access'
				? { ...r, n: nAccess, n_pos: nAccess, sum_w: nAccess, sum_w2: nAccess, sum_w_pos: nAccess, sum_w2_pos: nAccess }
				: r
		);
	}

	it('suppresses a group with fewer than 30 responses on a factor', () => {
		expect(MIN_RESPONSES).toBe(30);
		const r29 = sipasIndex(rowsWithN(29));
		expect(r29.suppressed).toBe(true);
		expect(r29.minN).toBe(29);
		expect(r29.factors.find((f) => f.factor === 'access')).toMatchObject({ suppressed: true, estimate: null });
		const r30 = sipasIndex(rowsWithN(30));
		expect(r30.suppressed).toBe(false);
		expect(r30.minN).toBe(30);
	});

	it('suppresses a group missing a factor entirely', () => {
		const rows = rowsWithN(40).filter((r) => r.factor !== 'feedback');
		const result = sipasIndex(rows);
		expect(result).toMatchObject({ suppressed: true, reason: 'too-few-responses', minN: 0 });
	});
});

describe('coverage of the nominal 95 % interval (seeded simulation, 800 samples each)', () => {
	const SHARES = [0.85, 0.8, 0.9, 0.75, 0.7];
	const TRUE_INDEX = SHARES.reduce((a, b) => a + b, 0) / SHARES.length;

	function coverage(seed: number, dropPsu: boolean, psuShift = 0.08): { rate: number; method: string } {
		const rng = createRng(seed);
		let covered = 0;
		let method = '';
		const samples = 800;
		for (let s = 0; s < samples; s++) {
			const respondents = simulateRespondents(rng, {
				shares: SHARES,
				psuCount: 30,
				perPsu: 8,
				psuShift,
				respondentShift: 0.1,
				dropPsu
			});
			const result = sipasIndex(toCubeRows(respondents, SIPAS_FACTORS));
			if (result.suppressed) throw new Error('unexpected suppression');
			method = result.method;
			if (result.lower <= TRUE_INDEX && TRUE_INDEX <= result.upper) covered++;
		}
		return { rate: covered / samples, method };
	}

	it('design-based with PSU clustering', () => {
		const { rate, method } = coverage(31, false);
		expect(method).toBe('psu');
		expect(rate).toBeGreaterThanOrEqual(0.93);
	});

	it('respondent-level without PSUs, on data that is not clustered', () => {
		const { rate, method } = coverage(32, true, 0);
		expect(method).toBe('respondent');
		expect(rate).toBeGreaterThanOrEqual(0.93);
		expect(rate).toBeLessThanOrEqual(0.97);
	});

	it('ignoring real clustering would under-cover (the test can fail)', () => {
		// Clustered data with the PSUs dropped: the respondent-level variance is too small.
		expect(coverage(33, true).rate).toBeLessThan(0.9);
	});
});

describe('sipasRankUnit', () => {
	it('maps an estimate and keeps suppression', () => {
		const ok = sipasIndex(handRows(false), { factors: TWO, minResponses: 0 });
		const small = sipasIndex(handRows(false), { factors: TWO });
		const units = [sipasRankUnit('A', ok), sipasRankUnit('B', small)];
		expect(units[0]).toMatchObject({ id: 'A', estimate: expect.closeTo(0.5416666666666667, 12) });
		expect(units[1].suppressed).toBe(true);
		expect(rankRanges(units).map((r) => r.id)).toEqual(['A']);
	});
});
