import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRankingFixture, type RankingFixture } from './fixtures/rankings/build-fixture';
import { buildRankingUnitsQuery } from './rankings-units';
import { buildSurveyRankingQuery } from './rankings-survey';
import { buildDossierRankingQuery } from './rankings-dossier';
import { buildProvinceNationalDossierQuery } from './province-national';
import { unitsFromRows, type UnitInfo } from './rankings-rows-common';
import { surveyRanking } from './rankings-survey-rows';
import { peerUnits, profileDossier, profileSurvey, surveyRankings } from './province-profile';

let fixture: RankingFixture;
beforeAll(async () => {
	fixture = await openRankingFixture();
});
afterAll(() => fixture?.cleanup());

describe('profileSurvey', () => {
	it("is the rankings' row of the unit, for every indicator, with the previous year's rank range", async () => {
		const units = unitsFromRows(await fixture.db.run(buildRankingUnitsQuery('34')));
		const y2025 = await fixture.db.run(buildSurveyRankingQuery({ year: 2025, respondents: 'all', mode: '34' }));
		const y2024 = await fixture.db.run(buildSurveyRankingQuery({ year: 2024, respondents: 'all', mode: '34' }));
		const figures = profileSurvey(surveyRankings(units, y2025, y2024), '79');
		expect(figures.map((f) => f.indicator)).toEqual(['sipas', 'access', 'procedures', 'officials', 'results', 'feedback']);
		const access = figures[1];
		const row = surveyRanking(units, y2025, y2024, 'access').rows.find((r) => r.unit.code === '79')!;
		expect(access.estimate).toEqual(row.estimate);
		expect([access.rank, access.rankLower, access.rankUpper, access.change]).toEqual([row.rank, row.rankLower, row.rankUpper, row.change]);
		// 2025, access, TP. HCM: 40 of 50 weighted 40/50 = 80 %; 2024 (74 + 79): (15 + 45) / (30 + 50) = 75 %.
		expect(access.estimate.value).toBeCloseTo(0.8, 12);
		expect(access.previous?.estimate.value).toBeCloseTo(0.75, 12);
		expect(access.change).toBeCloseTo(0.05, 12);
		const before = surveyRanking(units, y2024, [], 'access').rows.find((r) => r.unit.code === '79')!;
		expect([access.previous?.rankLower, access.previous?.rankUpper]).toEqual([before.rankLower, before.rankUpper]);
	});
	it('has no previous figures without a previous year', async () => {
		const units = unitsFromRows(await fixture.db.run(buildRankingUnitsQuery('34')));
		const y2025 = await fixture.db.run(buildSurveyRankingQuery({ year: 2025, respondents: 'all', mode: '34' }));
		const [sipas] = profileSurvey(surveyRankings(units, y2025, null), '79');
		expect([sipas.previous, sipas.change]).toEqual([null, null]);
	});
});

describe('profileDossier', () => {
	it('gives the value, the rank among the units, the national value and the best unit (hand-counted)', async () => {
		const period = { from: '2024-01-01', to: '2024-02-01' };
		const units = unitsFromRows(await fixture.db.run(buildRankingUnitsQuery('34')));
		const rows = await fixture.db.run(buildDossierRankingQuery({ period, mode: '34' }));
		const [national] = await fixture.db.run(buildProvinceNationalDossierQuery({ period, mode: '34' }));
		const figures = profileDossier(units, rows, national, '79');
		const onTime = figures.find((f) => f.indicator === 'on_time_rate')!;
		// 79: (40 + 30) / (40 + 30 + 15 + 2); 01: (60 + 40) / (60 + 40 + 15 + 3) is the best; 08 has none.
		expect(onTime.value).toBeCloseTo(70 / 87, 12);
		expect([onTime.rank, onTime.ranked, onTime.best?.unit.code]).toEqual([2, 2, '01']);
		expect(onTime.best?.value).toBeCloseTo(100 / 118, 12);
		expect(onTime.national).toBeCloseTo(170 / 205, 12);
		const median = figures.find((f) => f.indicator === 'median_wd')!;
		// Lower is better: 01's median 2 beats 79's 4.
		expect([median.value, median.rank, median.best?.value, median.national, median.higherIsBetter]).toEqual([4, 2, 2, 4, false]);
		const none = profileDossier(units, rows, national, '08').find((f) => f.indicator === 'on_time_rate')!;
		expect([none.value, none.rank, none.n]).toEqual([null, null, 0]);
	});
});

describe('peerUnits', () => {
	const u = (code: string, region: string, kind: 'city' | 'province'): UnitInfo => ({
		code,
		name_vi: code,
		name_en: code,
		kind,
		region,
		is_pilot: false
	});
	const units = [u('01', 'a', 'city'), u('02', 'a', 'province'), u('03', 'b', 'city'), u('04', 'b', 'province')];
	it('puts the unit first, then its region, the cities or the chosen codes', () => {
		expect(peerUnits(units, '02', 'region', []).map((x) => x.code)).toEqual(['02', '01']);
		expect(peerUnits(units, '02', 'cities', []).map((x) => x.code)).toEqual(['02', '01', '03']);
		expect(peerUnits(units, '02', 'custom', ['04', '02', '99']).map((x) => x.code)).toEqual(['02', '04']);
	});
});
