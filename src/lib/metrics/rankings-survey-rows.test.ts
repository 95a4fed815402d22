import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRankingFixture, type RankingFixture } from './fixtures/rankings/build-fixture';
import { buildRankingUnitsQuery } from './rankings-units';
import { buildSurveyRankingQuery } from './rankings-survey';
import { unitsFromRows } from './rankings-rows-common';
import { surveyRanking } from './rankings-survey-rows';

let fixture: RankingFixture;
beforeAll(async () => {
	fixture = await openRankingFixture();
});
afterAll(() => fixture?.cleanup());

/**
 * Wilson score interval written out independently of src/lib/stats, with the critical value
 * z = 1.959964 (no PSU) or Student's t on #PSUs − 1 degrees of freedom (t₀.₉₇₅,₁ = 12.706205).
 */
function wilson(p: number, n: number, z = 1.959963984540054): [number, number] {
	const z2n = (z * z) / n;
	const centre = (p + z2n / 2) / (1 + z2n);
	const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
	return [centre - half, centre + half];
}

async function ranking(year: number, mode: '34' | '63', indicator: 'sipas' | 'access', previousYear = year - 1) {
	const units = unitsFromRows(await fixture.db.run(buildRankingUnitsQuery(mode)));
	const rows = await fixture.db.run(buildSurveyRankingQuery({ year, respondents: 'all', mode }));
	const previous = await fixture.db.run(buildSurveyRankingQuery({ year: previousYear, respondents: 'all', mode }));
	return surveyRanking(units, rows, previous, indicator);
}

describe('surveyRanking (63 units, 2024, access)', () => {
	it('estimates each province with a design-based or respondent-level interval', async () => {
		const r = await ranking(2024, '63', 'access');
		const byCode = new Map(r.rows.map((row) => [row.unit.code, row]));
		// 01: two PSUs. p = 26/36; z = (20 − 24p, 6 − 12p); var = 2/1 · Σz² / 36²; n = p(1−p)/var
		// (< Kish 36²/43); 1 degree of freedom.
		const p01 = 26 / 36;
		const var01 = (2 * ((20 - 24 * p01) ** 2 + (6 - 12 * p01) ** 2)) / 36 ** 2;
		const [lo01, hi01] = wilson(p01, (p01 * (1 - p01)) / var01, 12.706204736174707);
		expect(byCode.get('01')?.estimate).toMatchObject({ suppressed: false, n: 35, method: 'psu' });
		expect(byCode.get('01')?.estimate.value).toBeCloseTo(p01, 12);
		expect(byCode.get('01')?.estimate.lower).toBeCloseTo(lo01, 9);
		expect(byCode.get('01')?.estimate.upper).toBeCloseTo(hi01, 9);
		// 79: no PSU, each respondent its own: Σz² = Σw²pos(1−p)² + (Σw² − Σw²pos)p², var = m/(m−1) Σz² / W².
		const p79 = 0.9;
		const var79 = ((40 / 39) * (63 * 0.01 + 7 * 0.81)) / 50 ** 2;
		const [lo79, hi79] = wilson(p79, Math.min((p79 * 0.1) / var79, 50 ** 2 / 70));
		expect(byCode.get('79')?.estimate.lower).toBeCloseTo(lo79, 9);
		expect(byCode.get('79')?.estimate.upper).toBeCloseTo(hi79, 9);
		expect(byCode.get('02')?.estimate).toMatchObject({ suppressed: true, n: 0, value: null });
	});
	it('ranks, gives stable rank ranges and compares with the national value', async () => {
		const r = await ranking(2024, '63', 'access');
		expect(r.national.value).toBeCloseTo(86 / 116, 12);
		const summary = r.rows.map((row) => [row.unit.code, row.rank, row.comparison]);
		expect(summary).toEqual([
			['01', 2, 'indistinguishable'],
			['02', null, null],
			['74', 3, 'below'],
			['79', 1, 'above']
		]);
		for (const row of r.rows.filter((x) => x.rank !== null)) {
			expect(row.rankLower).toBeGreaterThanOrEqual(1);
			expect(row.rankLower as number).toBeLessThanOrEqual(row.rank as number);
			expect(row.rankUpper as number).toBeGreaterThanOrEqual(row.rank as number);
			expect(row.rankUpper).toBeLessThanOrEqual(3);
		}
		// 01's interval is wide: it can plausibly be first or last.
		const r01 = r.rows.find((x) => x.unit.code === '01');
		expect([r01?.rankLower, r01?.rankUpper]).toEqual([1, 3]);
		const again = await ranking(2024, '63', 'access');
		expect(again.rows.map((x) => [x.rankLower, x.rankUpper])).toEqual(r.rows.map((x) => [x.rankLower, x.rankUpper]));
		expect(r.ranked).toBe(3);
	});
	it('suppresses the SIPAS index where a factor has fewer than 30 responses', async () => {
		const r = await ranking(2024, '63', 'sipas');
		expect(r.rows.every((row) => row.estimate.suppressed && row.rank === null && row.comparison === null)).toBe(true);
		expect(r.rows.find((x) => x.unit.code === '79')?.values.access.value).toBeCloseTo(0.9, 12);
	});
});

describe('surveyRanking (34 units, 2025 against 2024)', () => {
	it('shows the change against the previous year and suppresses small cells', async () => {
		const r = await ranking(2025, '34', 'access');
		const hcm = r.rows.find((x) => x.unit.code === '79');
		expect(hcm?.estimate.value).toBeCloseTo(0.8, 12);
		expect(hcm?.previous).toBeCloseTo(0.75, 12);
		expect(hcm?.change).toBeCloseTo(0.05, 12);
		expect(r.rows.find((x) => x.unit.code === '08')?.estimate).toMatchObject({ suppressed: true, n: 25 });
		expect(r.rows.find((x) => x.unit.code === '01')?.change).toBeNull();
	});
});
