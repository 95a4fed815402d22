// The profile's published-index figures and the mode's years, on the hand-counted fixture
// (indices-fixture.ts) through the /indices/ builders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParquetFixture } from '../server/parquet-fixture';
import type { Row } from './query';
import { openIndicesFixture } from './indices-fixture';
import { buildIndexCatalogQuery } from './indices-catalog';
import { buildIndexProfileQuery } from './indices-profile';
import { buildIndexRankingQuery } from './indices-ranking';
import { indexCatalog } from './indices-view';
import { indicesViewPath, latestYearWith, mapIndexChoices, modeYears, profileIndexFigure } from './indices-province';

let fx: ParquetFixture;
beforeAll(async () => (fx = await openIndicesFixture()));
afterAll(() => fx.cleanup());

async function rankings(years: number[]): Promise<Map<number, Row[]>> {
	const out = new Map<number, Row[]>();
	for (const year of years) out.set(year, await fx.db.run(buildIndexRankingQuery({ index: 'IDX', year, component: '' })));
	return out;
}

describe('modeYears and latestYearWith', () => {
	it('splits the years at the merger and finds the latest year holding the unit', async () => {
		const [idx] = indexCatalog(await fx.db.run(buildIndexCatalogQuery()));
		expect(modeYears(idx, '63')).toEqual([2023, 2024]);
		expect(modeYears(idx, '34')).toEqual([2025]);
		const all = await rankings([2023, 2024, 2025]);
		const of = (y: number) => all.get(y) ?? [];
		expect(latestYearWith(modeYears(idx, '63'), of, '06')).toBe(2024);
		expect(latestYearWith(modeYears(idx, '34'), of, '08')).toBe(2025);
		// 34-unit 04 has no 2025 score; a 63-unit code is never looked up in 34-unit years.
		expect(latestYearWith(modeYears(idx, '34'), of, '04')).toBeNull();
		// A unit missing from the latest year falls back to the year before.
		expect(latestYearWith([2023, 2024], (y) => (y === 2024 ? [] : of(y)), '02')).toBe(2023);
	});
});

describe('profileIndexFigure', () => {
	it('gives Hà Nội 2024: score 80, rank 3 of 4, published 3, mean 82.5, best 90 (two tied), components', async () => {
		const [idx] = indexCatalog(await fx.db.run(buildIndexCatalogQuery()));
		const ranking = await fx.db.run(buildIndexRankingQuery({ index: 'IDX', year: 2024, component: '' }));
		const profile = await fx.db.run(buildIndexProfileQuery({ index: 'IDX', year: 2024, province: '01' }));
		const f = profileIndexFigure(idx, 2024, ranking, profile, '01');
		expect(f).toMatchObject({
			index: 'IDX',
			year: 2024,
			score: 80,
			ourRank: 3,
			tied: false,
			publishedRank: 3,
			nUnits: 4,
			mean: 82.5,
			best: 90,
			bestCode: '02',
			best_name_vi: 'Hà Giang',
			nBest: 2,
			simulated: false
		});
		expect(f.components).toEqual([
			{ id: 'C1', name_vi: '<b>Chỉ đạo</b>', name_en: '<script>x</script>', score: 8, mean: 8 },
			{ id: 'C2', name_vi: 'Thể chế', name_en: 'Institutions', score: 5, mean: 6 }
		]);
		// Tied for first: both rank 1; Bắc Kạn has no published rank.
		expect(profileIndexFigure(idx, 2024, ranking, profile, '04')).toMatchObject({ ourRank: 1, tied: true });
		expect(profileIndexFigure(idx, 2024, ranking, profile, '06').publishedRank).toBeNull();
	});
});

describe('indicesViewPath', () => {
	it('opens /indices/ on the index, year and province (its keys idx, year, prov)', () => {
		expect(indicesViewPath('PAR_INDEX', 2024, '02')).toBe('/indices/?idx=PAR_INDEX&year=2024&prov=02');
	});
});

describe('mapIndexChoices', () => {
	it('offers each index at its latest year of the mode, and none without a year in it', async () => {
		const catalog = indexCatalog(await fx.db.run(buildIndexCatalogQuery()));
		expect(mapIndexChoices(catalog, '34')).toEqual([{ index: 'IDX', year: 2025, simulated: false }]);
		expect(mapIndexChoices(catalog, '63')).toEqual([
			{ index: 'IDX', year: 2024, simulated: false },
			{ index: 'OTHER', year: 2024, simulated: false }
		]);
	});
});
