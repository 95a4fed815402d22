import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRankingFixture, type RankingFixture } from './fixtures/rankings/build-fixture';
import { buildProvinceNationalDossierQuery } from './province-national';
import { buildDossierRankingQuery } from './rankings-dossier';
import { dossierValues } from './rankings-dossier-rows';

let fixture: RankingFixture;
beforeAll(async () => {
	fixture = await openRankingFixture();
});
afterAll(() => fixture?.cleanup());

const COUNTS = [
	'received',
	'online',
	'full_online',
	'service_level_known',
	'paid_online',
	'paid_online_known',
	'digitized',
	'digitized_known',
	'early',
	'on_time',
	'late',
	'overdue_backlog',
	'finished'
] as const;

describe('buildProvinceNationalDossierQuery', () => {
	const early2024 = { from: '2024-01-01', to: '2024-02-01' };
	it('sums every unit and takes the quantiles of the pooled histogram (hand-counted)', async () => {
		const [row] = await fixture.db.run(buildProvinceNationalDossierQuery({ period: early2024, mode: '34' }));
		expect(row).toEqual({
			unit: 'national',
			received: 250,
			online: 120,
			full_online: 60,
			service_level_known: 240,
			paid_online: 64,
			paid_online_known: 170,
			digitized: 180,
			digitized_known: 220,
			early: 100,
			on_time: 70,
			late: 30,
			overdue_backlog: 5,
			// wd 1 ×2, 2, 3, 4 ×3, 6.5, 10: the 5th of 9 is 4, the 9th (≥ 8.1) is 10.
			finished: 9,
			median_wd: 4,
			p90_wd: 10
		});
		expect(dossierValues(row).on_time_rate.value).toBeCloseTo(170 / 205, 12);
	});
	it('equals the sum of the rankings rows for every count', async () => {
		for (const mode of ['34', '63'] as const) {
			const [national] = await fixture.db.run(buildProvinceNationalDossierQuery({ period: early2024, mode }));
			const units = await fixture.db.run(buildDossierRankingQuery({ period: early2024, mode }));
			for (const c of COUNTS) expect(national[c]).toBe(units.reduce((a, r) => a + Number(r[c]), 0));
		}
	});
	it('has one row of zeros in 63-unit mode after the merger, and the 34-unit figures', async () => {
		const period = { from: '2025-07-01', to: '2025-07-01' };
		const [r63] = await fixture.db.run(buildProvinceNationalDossierQuery({ period, mode: '63' }));
		expect([r63.received, r63.finished, r63.median_wd]).toEqual([0, 0, null]);
		const [r34] = await fixture.db.run(buildProvinceNationalDossierQuery({ period, mode: '34' }));
		expect([r34.received, r34.finished, r34.median_wd, r34.overdue_backlog]).toEqual([200, 4, 0.5, 9]);
	});
	it('refuses a reversed period', () => {
		expect(() => buildProvinceNationalDossierQuery({ period: { from: '2024-02-01', to: '2024-01-01' }, mode: '34' })).toThrow();
	});
});
