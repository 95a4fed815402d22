import { describe, expect, it } from 'vitest';
import type { Row } from '../metrics/query';
import type { UnitInfo } from '../metrics/rankings-rows-common';
import { CROSS_COLUMNS, SIPAS_FACTORS } from '../stats/sipas-cells';
import { exploreSurvey } from './explore-survey';

/**
 * The builder rows of one province: n respondents of weight 1 without a PSU, k of them rating
 * every factor 4–5 and the others none, so each factor index and the SIPAS index are k / n.
 */
function rows(unit: string, n: number, k: number, extra: Row = {}): Row[] {
	return SIPAS_FACTORS.map((factor) => {
		const row: Row = {
			unit,
			factor,
			stratum: `34:${unit}`,
			psu: null,
			n,
			n_pos: k,
			sum_w: n,
			sum_w2: n,
			sum_w_pos: k,
			sum_w2_pos: k,
			n_resp: n
		};
		for (const c of CROSS_COLUMNS) row[c.column] = c.measure === 'w2' ? n : k;
		return { ...row, ...extra };
	});
}

const unit = (code: string, name: string): UnitInfo => ({
	code,
	name_vi: name,
	name_en: name,
	kind: 'province',
	region: 'r',
	is_pilot: false
});
const units = [unit('01', 'A'), unit('02', 'B'), unit('48', 'C'), unit('79', 'D')];

/** Wilson's 95 % interval for p on m effective responses (normal z: the rows have no PSU). */
function wilson(p: number, m: number): [number, number] {
	const z = 1.959963984540054;
	const centre = (p + (z * z) / (2 * m)) / (1 + (z * z) / m);
	const half = (z / (1 + (z * z) / m)) * Math.sqrt((p * (1 - p)) / m + (z * z) / (4 * m * m));
	return [centre - half, centre + half];
}

describe('exploreSurvey', () => {
	const current = [...rows('01', 40, 30), ...rows('79', 50, 45), ...rows('48', 20, 20)];
	const view = exploreSurvey({
		year: 2024,
		units,
		overviewRows: [...rows('01', 40, 20, { survey_year: 2023 }), ...current.map((r) => ({ ...r, survey_year: 2024 }))],
		rankingRows: current,
		previousRows: rows('01', 40, 20)
	});

	it('lists the units with responses, ranked first, small samples suppressed and unranked', () => {
		expect(view.rows.map((r) => [r.unit.code, r.rank, r.estimate.suppressed, r.estimate.n])).toEqual([
			['79', 1, false, 50],
			['01', 2, false, 40],
			['48', null, true, 20]
		]);
		expect(view.suppressed).toBe(1);
		expect(view.ranking.ranked).toBe(2);
		expect(view.rows[2].estimate.value).toBeNull();
	});

	it('gives each province its index, 95 % interval (variance with n − 1) and rank range', () => {
		const [d, a] = view.rows;
		expect(d.estimate.value).toBeCloseTo(0.9, 12);
		expect(a.estimate.value).toBeCloseTo(0.75, 12);
		const [lo, hi] = wilson(0.75, 39);
		expect(a.estimate.lower).toBeCloseTo(lo, 9);
		expect(a.estimate.upper).toBeCloseTo(hi, 9);
		expect(a.estimate.lower).toBeCloseTo(0.596, 3);
		expect(a.change).toBeCloseTo(0.75 - 0.5, 12);
		for (const r of [d, a]) {
			expect(r.rankLower).toBeGreaterThanOrEqual(1);
			expect(r.rankUpper).toBeLessThanOrEqual(2);
			expect(r.rankLower!).toBeLessThanOrEqual(r.rank!);
			expect(r.rankUpper!).toBeGreaterThanOrEqual(r.rank!);
		}
		// 0.9 ± 0.042 against 0.75 ± 0.069 (standard errors): they swap in about 3 % of the draws,
		// fewer than the 5 % a 90 % rank range leaves out at either end, so each range is one rank.
		expect([d.rankLower, d.rankUpper, a.rankLower, a.rankUpper]).toEqual([1, 1, 2, 2]);
	});

	it('gives the year’s index over every response (the overview’s), the ranking’s national value', () => {
		expect(view.index).toMatchObject({ year: 2024, suppressed: false });
		expect(view.index!.estimate).toBeCloseTo(95 / 110, 12);
		expect(view.ranking.national.value).toBeCloseTo(95 / 110, 12);
		expect(view.index!.lower).toBeCloseTo(view.ranking.national.lower!, 12);
		expect(view.index!.lower!).toBeLessThan(95 / 110);
		expect(view.index!.upper!).toBeGreaterThan(95 / 110);
		expect(view.previous).toMatchObject({ year: 2023, suppressed: false });
		expect(view.previous!.estimate).toBeCloseTo(0.5, 12);
		expect(view.years.map((y) => y.year)).toEqual([2023, 2024]);
	});

	it('has no index for a year without responses', () => {
		const empty = exploreSurvey({ year: 2025, units, overviewRows: [], rankingRows: [], previousRows: [] });
		expect(empty.index).toBeNull();
		expect(empty.previous).toBeNull();
		expect(empty.rows).toEqual([]);
	});
});
