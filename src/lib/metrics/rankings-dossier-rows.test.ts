import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRankingFixture, type RankingFixture } from './fixtures/rankings/build-fixture';
import { buildRankingUnitsQuery } from './rankings-units';
import { buildDossierRankingQuery } from './rankings-dossier';
import { unitsFromRows } from './rankings-rows-common';
import { dossierRanking, type DossierIndicator } from './rankings-dossier-rows';

let fixture: RankingFixture;
beforeAll(async () => {
	fixture = await openRankingFixture();
});
afterAll(() => fixture?.cleanup());

/** February 2024 against January 2024, 63 units. */
async function february(indicator: DossierIndicator) {
	const units = unitsFromRows(await fixture.db.run(buildRankingUnitsQuery('63')));
	const rows = await fixture.db.run(buildDossierRankingQuery({ period: { from: '2024-02-01', to: '2024-02-01' }, mode: '63' }));
	const previous = await fixture.db.run(buildDossierRankingQuery({ period: { from: '2024-01-01', to: '2024-01-01' }, mode: '63' }));
	const result = dossierRanking(units, rows, previous, indicator);
	return { ...result, byCode: new Map(result.rows.map((r) => [r.unit.code, r])) };
}

describe('dossierRanking', () => {
	it('computes the on-time rate with the overdue backlog, its change, rank and quartile', async () => {
		const r = await february('on_time_rate');
		const hn = r.byCode.get('01');
		// (early + on time) / (early + on time + late + overdue backlog): Feb 30/38, Jan 70/85.
		expect(hn?.values.on_time_rate).toEqual({ value: 30 / 38, n: 38 });
		expect(hn?.previous.value).toBeCloseTo(70 / 85, 12);
		expect(hn?.change).toBeCloseTo(30 / 38 - 70 / 85, 12);
		expect(r.byCode.get('79')?.values.on_time_rate.value).toBeCloseTo(50 / 57, 12);
		expect(r.rows.map((x) => [x.unit.code, x.rank, x.quartile])).toEqual([
			['01', 2, 3],
			['02', null, null],
			['74', null, null],
			['79', 1, 1]
		]);
		expect(r.byCode.get('79')?.change).toBeNull();
		expect(r.ranked).toBe(2);
	});
	it('ranks processing time with the shortest first and counts the finished dossiers', async () => {
		const r = await february('median_wd');
		expect(r.byCode.get('01')?.values.median_wd).toEqual({ value: 2, n: 2 });
		expect(r.byCode.get('01')?.values.p90_wd).toEqual({ value: 10, n: 2 });
		expect(r.byCode.get('01')?.previous).toEqual({ value: 1, n: 3 });
		expect(r.byCode.get('79')?.values.median_wd).toEqual({ value: 6.5, n: 1 });
		expect([r.byCode.get('01')?.rank, r.byCode.get('79')?.rank]).toEqual([1, 2]);
		expect(r.byCode.get('02')?.values.median_wd).toEqual({ value: null, n: 0 });
	});
	it('computes the shares and the 766-inspired score from them', async () => {
		const r = await february('score_766');
		const v = r.byCode.get('01')?.values;
		expect(v?.online_share).toEqual({ value: 0.4, n: 50 });
		expect(v?.full_online_share).toEqual({ value: 0.2, n: 50 });
		expect(v?.paid_online_share).toEqual({ value: 0.5, n: 20 });
		expect(v?.digitized_share).toEqual({ value: 0.75, n: 40 });
		// 20 × 30/38 + 12 × 0.4/0.5 + 10 × 0.5/0.8 + 22 × 0.75/0.8, out of 64, × 100.
		const points = 20 * (30 / 38) + 12 * (0.4 / 0.5) + 10 * (0.5 / 0.8) + 22 * (0.75 / 0.8);
		expect(v?.score_766.value).toBeCloseTo((points / 64) * 100, 10);
		// 79: online 50 % and digitization 100 % reach their thresholds (full points).
		const points79 = 20 * (50 / 57) + 12 + 10 * (0.5 / 0.8) + 22;
		expect(r.byCode.get('79')?.values.score_766.value).toBeCloseTo((points79 / 64) * 100, 10);
		expect(r.byCode.get('02')?.values.score_766.value).toBeNull();
	});
});
