// The profile's published indices on the hand-counted fixture (indices-fixture.ts), and on a
// table without any index.
import { describe, expect, it } from 'vitest';
import { openIndicesFixture } from '../metrics/indices-fixture';
import { openParquetFixture } from './parquet-fixture';
import { profilePublishedIndices } from './profile-indices';

describe('profilePublishedIndices', () => {
	it('takes each index at the unit’s latest year in its page’s units', async () => {
		const fx = await openIndicesFixture();
		try {
			// Pre-merger 02 Hà Giang: IDX 2024 (not 2025, a 34-unit year); OTHER has no 02.
			const old = await profilePublishedIndices(fx.db, '63', '02');
			expect(old.any).toBe(true);
			expect(old.figures.map((f) => [f.index, f.year, f.score, f.ourRank, f.tied, f.publishedRank, f.mean])).toEqual([
				['IDX', 2024, 90, 1, true, 1, 82.5]
			]);
			// 34-unit 08 Tuyên Quang: IDX 2025; 34-unit 04 has no 2025 score.
			expect((await profilePublishedIndices(fx.db, '34', '08')).figures.map((f) => [f.index, f.year, f.score, f.nUnits])).toEqual([
				['IDX', 2025, 88, 2]
			]);
			expect(await profilePublishedIndices(fx.db, '34', '04')).toEqual({ any: true, figures: [] });
		} finally {
			await fx.cleanup();
		}
	});

	it('says the data has no index when the table is empty', async () => {
		const fx = await openParquetFixture(
			{
				published_indices: `SELECT 'X' AS index_code, 2024::SMALLINT AS year, '01' AS province_code, '' AS component,
				  '' AS parent_component, NULL::VARCHAR AS component_name_vi, NULL::VARCHAR AS component_name_en,
				  1::DOUBLE AS score, NULL::DOUBLE AS scale_min, NULL::DOUBLE AS scale_max, NULL::SMALLINT AS rank, 's' AS source
				  WHERE false`
			},
			'profile-indices-empty-'
		);
		try {
			expect(await profilePublishedIndices(fx.db, '63', '01')).toEqual({ any: false, figures: [] });
		} finally {
			await fx.cleanup();
		}
	});
});
