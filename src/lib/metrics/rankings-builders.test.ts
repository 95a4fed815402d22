import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openParquetFixture } from '../server/parquet-fixture';
import { openRankingFixture, type RankingFixture } from './fixtures/rankings/build-fixture';
import { buildRankingUnitsQuery, buildVisibleUnitsQuery } from './rankings-units';
import { buildSurveyRankingQuery, buildSurveyYearsQuery } from './rankings-survey';
import { buildDossierRankingQuery } from './rankings-dossier';
import { periodValidIn } from './boundary';
import type { Row } from './query';

let fixture: RankingFixture;
beforeAll(async () => {
	fixture = await openRankingFixture();
});
afterAll(() => fixture?.cleanup());

const s = (unit: string | null, factor: string, stratum: string | null, psu: string | null, ...v: number[]) => ({
	unit,
	factor,
	stratum,
	psu,
	n: v[0],
	n_pos: v[1],
	sum_w: v[2],
	sum_w2: v[3],
	sum_w_pos: v[4],
	sum_w2_pos: v[5]
});
const MEASURES = ['n', 'n_pos', 'sum_w', 'sum_w2', 'sum_w_pos', 'sum_w2_pos'] as const;
/** The fields `s` gives, of a result row (n_resp and the cross sums are checked separately). */
const core = (r: Row) =>
	s(r.unit as string | null, String(r.factor), r.stratum as string | null, r.psu as string | null, ...MEASURES.map((m) => Number(r[m])));
/** The measures summed over rows (a unit's strata and PSUs). */
const total = (rows: Row[]) => MEASURES.map((m) => rows.reduce((a, r) => a + Number(r[m]), 0));

describe('buildRankingUnitsQuery', () => {
	it('lists the 63-unit provinces with their pilot flag', async () => {
		const rows = await fixture.db.run(buildRankingUnitsQuery('63'));
		expect(rows.map((r) => [r.code, r.kind, r.is_pilot])).toEqual([
			['01', 'city', true],
			['02', 'province', false],
			['74', 'province', true],
			['79', 'city', false]
		]);
	});
	it('marks a 34-unit province as pilot when any pilot merged into it', async () => {
		const rows = await fixture.db.run(buildRankingUnitsQuery('34'));
		expect(rows.map((r) => [r.code, r.region, r.is_pilot])).toEqual([
			['01', 'red_river_delta', true],
			['08', 'northern_midlands_mountains', false],
			['79', 'southeast', true]
		]);
	});
	it('refuses an unknown mode', () => {
		// @ts-expect-error: a value from a URL that was not checked
		expect(() => buildRankingUnitsQuery('99')).toThrow();
	});
});

describe('buildVisibleUnitsQuery', () => {
	const codes = async (...args: Parameters<typeof buildVisibleUnitsQuery>) =>
		(await fixture.db.run(buildVisibleUnitsQuery(...args))).map((r) => r.code);
	it('keeps the units of the province group and the region', async () => {
		expect(await codes('63', 'all', 'all')).toEqual(['01', '02', '74', '79']);
		expect(await codes('63', 'cities', 'all')).toEqual(['01', '79']);
		expect(await codes('63', 'pilot', 'southeast')).toEqual(['74']);
		expect(await codes('63', 'non_pilot', 'all')).toEqual(['02', '79']);
		// 34-unit TP. Hồ Chí Minh contains the pilot Bình Dương.
		expect(await codes('34', 'pilot', 'all')).toEqual(['01', '79']);
		expect(await codes('34', 'non_pilot', 'southeast')).toEqual([]);
		expect(await codes('34', 'cities', 'red_river_delta')).toEqual(['01']);
	});
	it('binds the region and refuses one not in the list', () => {
		expect(buildVisibleUnitsQuery('34', 'all', 'southeast').params).toEqual(['southeast']);
		// @ts-expect-error: a value from a URL that was not checked
		expect(() => buildVisibleUnitsQuery('34', 'all', "x' OR 1=1 --")).toThrow();
	});
});

describe('buildSurveyRankingQuery', () => {
	it('sums per unit × factor × stratum × PSU (63 units, all respondents)', async () => {
		const rows = await fixture.db.run(buildSurveyRankingQuery({ year: 2024, respondents: 'all', mode: '63' }));
		// The strata: the 63-unit province each response was drawn in.
		expect(rows.map(core)).toEqual([
			s('01', 'access', '63:01', 'p1', 25, 21, 24, 28, 20, 23),
			s('01', 'access', '63:01', 'p2', 10, 5, 12, 15, 6, 7.5),
			s('74', 'access', '63:74', null, 30, 15, 30, 40, 15, 20),
			s('79', 'access', '63:79', null, 40, 36, 50, 70, 45, 63),
			s('79', 'results', '63:79', null, 8, 4, 8, 8, 4, 4)
		]);
		// The nation's access, all units' rows together: 105 answers.
		expect(total(rows.filter((r) => r.factor === 'access'))).toEqual([105, 77, 116, 153, 86, 113.5]);
		// n_resp and the cross sums are summed like the other measures (fixture: n_resp = n).
		const loose = rows.find((r) => r.unit === '79' && r.factor === 'access');
		expect(loose).toMatchObject({ n_resp: 40, w2_with_access: 70, w2_pos_pos_access: 63, w2_with_results: 0 });
	});
	it('filters the respondent type with a bound parameter', async () => {
		const query = buildSurveyRankingQuery({ year: 2024, respondents: 'citizen', mode: '63' });
		expect(query.sql).not.toContain('citizen');
		const rows = await fixture.db.run(query);
		expect(total(rows.filter((r) => r.factor === 'access'))).toEqual([100, 72, 112, 149, 82, 109.5]);
		expect(core(rows.find((r) => r.unit === '01' && r.psu === 'p1') as Row)).toEqual(
			s('01', 'access', '63:01', 'p1', 20, 16, 20, 24, 16, 19)
		);
		expect(rows.some((r) => r.factor === 'results')).toBe(false);
	});
	it('merges Bình Dương into TP. Hồ Chí Minh in 34-unit mode, keeping both as strata', async () => {
		const rows = await fixture.db.run(buildSurveyRankingQuery({ year: 2024, respondents: 'all', mode: '34' }));
		const hcm = rows.filter((r) => r.unit === '79' && r.factor === 'access');
		expect(hcm.map(core)).toEqual([
			s('79', 'access', '63:74', null, 30, 15, 30, 40, 15, 20),
			s('79', 'access', '63:79', null, 40, 36, 50, 70, 45, 63)
		]);
		expect(total(hcm)).toEqual([70, 51, 80, 110, 60, 83]);
		expect(rows.some((r) => r.unit === '74')).toBe(false);
	});
	it('has nothing for a 34-unit survey in 63-unit mode, and counts it in 34-unit mode', async () => {
		expect(await fixture.db.run(buildSurveyRankingQuery({ year: 2025, respondents: 'all', mode: '63' }))).toEqual([]);
		const rows = await fixture.db.run(buildSurveyRankingQuery({ year: 2025, respondents: 'all', mode: '34' }));
		// From 2025 the strata are the 34-unit provinces.
		expect(rows.map(core)).toEqual([
			s('08', 'access', '34:08', null, 25, 20, 20, 20, 16, 16),
			s('79', 'access', '34:79', null, 50, 40, 50, 60, 40, 48)
		]);
	});
	it('refuses a respondent group outside the list', () => {
		// @ts-expect-error: a value from a URL that was not checked
		expect(() => buildSurveyRankingQuery({ year: 2024, respondents: "x' OR 1=1", mode: '63' })).toThrow();
	});
	it('lists the survey years and whether they have 63-unit codes', async () => {
		expect(await fixture.db.run(buildSurveyYearsQuery())).toEqual([
			{ survey_year: 2024, has_63: true },
			{ survey_year: 2025, has_63: false }
		]);
	});
});

const d = (unit: string, v: number[], finished: number, median_wd: number | null, p90_wd: number | null) => ({
	unit,
	received: v[0],
	online: v[1],
	full_online: v[2],
	service_level_known: v[3],
	paid_online: v[4],
	paid_online_known: v[5],
	digitized: v[6],
	digitized_known: v[7],
	early: v[8],
	on_time: v[9],
	late: v[10],
	overdue_backlog: v[11],
	finished,
	median_wd,
	p90_wd
});
const zeros = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

describe('buildDossierRankingQuery', () => {
	const early2024 = { from: '2024-01-01', to: '2024-02-01' };
	it('sums counts, takes the overdue backlog of the last month and quantiles from the histogram (63 units)', async () => {
		const rows = await fixture.db.run(buildDossierRankingQuery({ period: early2024, mode: '63' }));
		expect(rows).toEqual([
			d('01', [150, 80, 40, 140, 30, 70, 100, 120, 60, 40, 15, 3], 5, 2, 10),
			d('02', zeros, 0, null, null),
			d('74', [40, 10, 5, 40, 4, 40, 20, 40, 10, 10, 10, 0], 3, 4, 4),
			d('79', [60, 30, 15, 60, 30, 60, 60, 60, 30, 20, 5, 2], 1, 6.5, 6.5)
		]);
	});
	it('maps the earlier dossiers forward in 34-unit mode', async () => {
		const rows = await fixture.db.run(buildDossierRankingQuery({ period: early2024, mode: '34' }));
		expect(rows).toEqual([
			d('01', [150, 80, 40, 140, 30, 70, 100, 120, 60, 40, 15, 3], 5, 2, 10),
			d('08', zeros, 0, null, null),
			d('79', [100, 40, 20, 100, 34, 100, 80, 100, 40, 30, 15, 2], 4, 4, 6.5)
		]);
	});
	it('counts post-merger dossiers only in 34-unit mode', async () => {
		const period = { from: '2025-07-01', to: '2025-07-01' };
		const rows34 = await fixture.db.run(buildDossierRankingQuery({ period, mode: '34' }));
		expect(rows34.find((r) => r.unit === '79')).toEqual(d('79', [200, 150, 100, 200, 90, 100, 180, 200, 80, 60, 20, 9], 4, 0.5, 0.5));
		const rows63 = await fixture.db.run(buildDossierRankingQuery({ period, mode: '63' }));
		expect(rows63.every((r) => r.received === 0)).toBe(true);
		expect(periodValidIn('63', period.to)).toBe(false);
		expect(periodValidIn('63', early2024.to)).toBe(true);
		expect(periodValidIn('34', period.to)).toBe(true);
	});
	it('in 63-unit mode, has no figures from the merger on, even for dossiers received before it', async () => {
		// July 2025, Bình Dương (74): 5 dossiers received in June, finished in July, still on the 63-unit code.
		const mini = await openParquetFixture({
			provinces_63: `SELECT '74' AS code`,
			dossier_cube: `SELECT DATE '2025-07-01' AS month, '74' AS province_63, '79' AS province_34, 0 AS received, 0 AS online,
  0 AS full_online, 0 AS service_level_known, 0 AS paid_online, 0 AS paid_online_known, 0 AS digitized, 0 AS digitized_known,
  4 AS early, 1 AS on_time, 0 AS late, 0 AS overdue_backlog`,
			dossier_hist: `SELECT 'finished' AS basis, DATE '2025-07-01' AS month, '74' AS province_63, '79' AS province_34, 3.0 AS wd, 5 AS n`
		});
		try {
			const [bd] = await mini.db.run(buildDossierRankingQuery({ period: { from: '2025-06-01', to: '2025-07-01' }, mode: '63' }));
			expect(bd).toMatchObject({ unit: '74', early: 0, on_time: 0, finished: 0, median_wd: null });
		} finally {
			mini.cleanup();
		}
	});
	it('refuses a malformed period', () => {
		expect(() => buildDossierRankingQuery({ period: { from: "2024-01-01' --", to: '2024-02-01' }, mode: '34' })).toThrow();
		expect(() => buildDossierRankingQuery({ period: { from: '2024-03-01', to: '2024-02-01' }, mode: '34' })).toThrow();
	});
});
