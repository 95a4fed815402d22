// The /indices/ builders on a hand-counted fixture (indices-fixture.ts): competition ranks with
// ties beside the published rank, one province's profile against the mean and the best, one
// province's trend across the merger, and the catalog's component-set changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParquetFixture } from '../server/parquet-fixture';
import { openIndicesFixture } from './indices-fixture';
import { buildIndexCatalogQuery } from './indices-catalog';
import { buildIndexProfileQuery } from './indices-profile';
import { buildIndexRankingQuery } from './indices-ranking';
import { buildIndexTrendQuery } from './indices-trend';
import { componentName, indexCatalog, sipasCheck, sipasIndicatorFor, trendSeries } from './indices-view';

let fx: ParquetFixture;
beforeAll(async () => (fx = await openIndicesFixture()));
afterAll(() => fx.cleanup());

describe('buildIndexRankingQuery', () => {
	it('ranks ties as ties (1, 1, 3, 4) and keeps the published rank as given', async () => {
		const rows = await fx.db.run(buildIndexRankingQuery({ index: 'IDX', year: 2024, component: '' }));
		expect(rows.map((r) => [r.code, r.name_vi, r.score, r.our_rank, r.published_rank, r.n_units])).toEqual([
			['02', 'Hà Giang', 90, 1, 1, 4],
			['04', 'Cao Bằng', 90, 1, 2, 4],
			['01', 'Hà Nội', 80, 3, 3, 4],
			['06', 'Bắc Kạn', 70, 4, null, 4]
		]);
	});

	it('names 2025 units from the 34-unit list, and a component only its own rows', async () => {
		const y2025 = await fx.db.run(buildIndexRankingQuery({ index: 'IDX', year: 2025, component: '' }));
		expect(y2025.map((r) => [r.code, r.name_vi, r.our_rank])).toEqual([
			['08', 'Tuyên Quang', 1],
			['01', 'Hà Nội', 2]
		]);
		const c2 = await fx.db.run(buildIndexRankingQuery({ index: 'IDX', year: 2024, component: 'C2' }));
		expect(c2.map((r) => [r.code, r.score, r.our_rank])).toEqual([
			['02', 7, 1],
			['01', 5, 2]
		]);
	});

	it('puts the ranked scores in quartile classes by the map’s rule (ties share a class)', async () => {
		const { quartileClasses } = await import('../stats/quartiles');
		const rows = await fx.db.run(buildIndexRankingQuery({ index: 'IDX', year: 2024, component: '' }));
		const { classOf } = quartileClasses(
			rows.map((r) => ({ code: String(r.code), value: Number(r.score) })),
			true
		);
		// ranks 1, 1, 3, 4 of 4 units → ⌊4(r − 1)/4⌋ + 1 = 1, 1, 3, 4
		expect(Object.fromEntries(classOf)).toEqual({ '02': 1, '04': 1, '01': 3, '06': 4 });
	});

	it('refuses an index code that is not [A-Z0-9_]+', () => {
		expect(() => buildIndexRankingQuery({ index: "X' OR 1=1", year: 2024, component: '' })).toThrow(/index code/);
	});
});

describe('buildIndexProfileQuery', () => {
	it('gives Hà Nội 2024 against the mean and the best of each component', async () => {
		const rows = await fx.db.run(buildIndexProfileQuery({ index: 'IDX', year: 2024, province: '01' }));
		expect(rows.map((r) => [r.component, r.score, r.mean, r.best, r.best_code, r.best_name_vi, r.n_best, r.n_units])).toEqual([
			// (80 + 90 + 90 + 70) / 4 = 82.5; 02 and 04 tie at 90, the lower code is named
			['', 80, 82.5, 90, '02', 'Hà Giang', 2, 4],
			// (8 + 6 + 9 + 9) / 4 = 8
			['C1', 8, 8, 9, '04', 'Cao Bằng', 2, 4],
			// (5 + 7) / 2 = 6
			['C2', 5, 6, 7, '02', 'Hà Giang', 1, 2]
		]);
	});

	it('shows a component the province has no score for as empty', async () => {
		const rows = await fx.db.run(buildIndexProfileQuery({ index: 'IDX', year: 2024, province: '04' }));
		expect(rows.find((r) => r.component === 'C2')?.score).toBeNull();
	});
});

describe('buildIndexTrendQuery', () => {
	it('follows 34-unit Tuyên Quang: Hà Giang (63) in 2023–2024, then Tuyên Quang (34) in 2025', async () => {
		const rows = await fx.db.run(buildIndexTrendQuery({ index: 'IDX', component: '', unit34: '08' }));
		expect(rows.map((r) => [r.year, r.code, r.is_34, r.name_vi, r.score, r.our_rank, r.published_rank, r.n_units])).toEqual([
			[2023, '02', false, 'Hà Giang', 75, 2, 2, 2],
			[2024, '02', false, 'Hà Giang', 90, 1, 1, 4],
			[2025, '08', true, 'Tuyên Quang', 88, 1, 1, 2]
		]);
		const series = trendSeries(rows, [2023, 2024, 2025]);
		expect(series.map((s) => [s.code, s.is34, s.values, s.ranks])).toEqual([
			['02', false, [75, 90, null], [2, 1, null]],
			['08', true, [null, null, 88], [null, null, 1]]
		]);
	});
});

describe('indexCatalog', () => {
	it('lists indices, years, components and the years where the set of components changes', async () => {
		const catalog = indexCatalog(await fx.db.run(buildIndexCatalogQuery()));
		expect(catalog.map((c) => c.code)).toEqual(['IDX', 'OTHER']);
		const idx = catalog[0];
		expect(idx.years).toEqual([2023, 2024, 2025]);
		expect(idx.components.get(2024)?.map((c) => c.id)).toEqual(['', 'C1', 'C2']);
		expect(idx.componentChanges).toEqual([2024, 2025]);
		expect([idx.scaleMin, idx.scaleMax, idx.hasPublishedRank, idx.simulated]).toEqual([0, 100, true, false]);
	});

	it('names a component from data as plain text, falling back to the other language, then the id', () => {
		const c = { id: 'C1', name_vi: '<b>Chỉ đạo</b>', name_en: null };
		expect(componentName(c, 'vi')).toBe('<b>Chỉ đạo</b>');
		expect(componentName(c, 'en')).toBe('<b>Chỉ đạo</b>');
		expect(componentName({ id: 'C9', name_vi: null, name_en: null }, 'en')).toBe('C9');
	});
});

describe('the published SIPAS against the computed one', () => {
	it('compares SIPAS and its factors only, on the published 0–100 scale', () => {
		expect(sipasIndicatorFor('SIPAS', '')).toBe('sipas');
		expect(sipasIndicatorFor('SIPAS', 'access')).toBe('access');
		expect(sipasIndicatorFor('SIPAS', 'D1')).toBeNull();
		expect(sipasIndicatorFor('PAR_INDEX', '')).toBeNull();
		const estimate = { suppressed: false, n: 40, value: 0.8, lower: 0.75, upper: 0.85, se: 0.025, method: 'psu' as const };
		const check = sipasCheck(82.5, estimate, 100);
		expect(check.computed).toBeCloseTo(80, 10);
		expect(check.difference).toBeCloseTo(2.5, 10);
		expect(check.lower).toBeCloseTo(75, 10);
		expect(sipasCheck(0.9, estimate, 1).difference).toBeCloseTo(0.1, 10);
		expect(sipasCheck(82.5, { ...estimate, suppressed: true, value: null }, 100).computed).toBeNull();
	});
});

describe('trendBreaks', () => {
	it('marks the first 34-unit year and the component changes, together when they coincide', async () => {
		const { trendBreaks } = await import('./indices-view');
		expect(trendBreaks([2023, 2024, 2025], [2024, 2025], 2025)).toEqual([
			{ year: 2024, merger: false, components: true },
			{ year: 2025, merger: true, components: true }
		]);
		// Only 34-unit years: no unit change to mark.
		expect(trendBreaks([2025, 2026], [], 2025)).toEqual([]);
	});
});
