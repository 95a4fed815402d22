import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOverviewFixture, type OverviewFixture } from './overview.fixture';
import {
	buildDataSpanQuery,
	buildOverviewKpiQuery,
	buildOverviewMonthlyQuery,
	buildOverviewSurveyQuery,
	type OverviewFilters
} from './overview';
import { sipasByYear } from './overview-sipas';
import { openParquetFixture } from '../server/parquet-fixture';

let fx: OverviewFixture;
beforeAll(async () => {
	fx = await openOverviewFixture();
});
afterAll(() => fx?.cleanup());

const periods = {
	current: { from: '2024-03-01', to: '2024-04-01' },
	previous: { from: '2024-01-01', to: '2024-02-01' }
};
const filters = (over: Partial<OverviewFilters> = {}): OverviewFilters => ({
	...periods,
	mode: '34',
	group: 'all',
	...over
});

describe('buildOverviewKpiQuery', () => {
	it('computes the national figures of both periods (hand-counted)', async () => {
		const [current, previous] = await fx.db.run(buildOverviewKpiQuery(filters()));
		expect(current).toMatchObject({
			period: 'current',
			received: 310,
			online: 182,
			early: 118,
			on_time: 73,
			late: 49,
			overdue_backlog: 12, // end of 2024-04 only
			finished: 9,
			median_wd: 2, // 1,1,2,2,2,3,5.5,5.5,10 → cum 5 ≥ 4.5 at 2.0
			p90_wd: 10 // cum 9 ≥ 8.1 at 10.0
		});
		expect(current.on_time_rate).toBeCloseTo(191 / 252, 12);
		expect(current.online_share).toBeCloseTo(182 / 310, 12);
		expect(previous).toMatchObject({ period: 'previous', received: 210, overdue_backlog: 7, finished: 5, median_wd: 4, p90_wd: 6 });
		expect(previous.on_time_rate).toBeCloseTo(130 / 167, 12);
		expect(previous.online_share).toBeCloseTo(95 / 210, 12);
	});

	it('counts withdrawn dossiers apart from the finished ones', async () => {
		const [current, previous] = await fx.db.run(buildOverviewKpiQuery(filters()));
		expect([current.withdrawn, current.finished, previous.withdrawn]).toEqual([3, 9, 0]);
		const [nonPilot63] = await fx.db.run(buildOverviewKpiQuery(filters({ group: 'non_pilot', mode: '63' })));
		expect(nonPilot63.withdrawn).toBe(0);
	});

	it('restricts to the province group in each boundary mode', async () => {
		const pilot34 = (await fx.db.run(buildOverviewKpiQuery(filters({ group: 'pilot' }))))[0];
		expect(pilot34.received).toBe(300);
		expect(pilot34.on_time_rate).toBeCloseTo(185 / 240, 12);
		const pilot63 = (await fx.db.run(buildOverviewKpiQuery(filters({ group: 'pilot', mode: '63' }))))[0];
		expect(pilot63.received).toBe(250);
		expect(pilot63.on_time_rate).toBeCloseTo(155 / 197, 12);
		const cities63 = (await fx.db.run(buildOverviewKpiQuery(filters({ group: 'cities', mode: '63' }))))[0];
		expect(cities63.received).toBe(270);
		const nonPilot34 = (await fx.db.run(buildOverviewKpiQuery(filters({ group: 'non_pilot' }))))[0];
		expect(nonPilot34).toMatchObject({ received: 10, on_time_rate: 0.5, median_wd: 5.5, p90_wd: 5.5 });
	});

	it('drops dossiers after the merger in 63-unit mode and gives nulls for an empty period', async () => {
		const after = { current: { from: '2025-07-01', to: '2025-07-01' }, previous: { from: '2025-06-01', to: '2025-06-01' } };
		const [c34] = await fx.db.run(buildOverviewKpiQuery(filters({ ...after })));
		expect(c34).toMatchObject({ received: 200, median_wd: 0.5 });
		const [c63, p63] = await fx.db.run(buildOverviewKpiQuery(filters({ ...after, mode: '63' })));
		expect(c63).toMatchObject({ received: 0, on_time_rate: null, online_share: null, median_wd: null, finished: 0 });
		expect(p63.period).toBe('previous');
	});

	it('in 63-unit mode, a month from the merger on has no figures, even from dossiers received before it', async () => {
		// July 2025: 5 dossiers received in June (still on code 01) finished in July, 20 received in July (34-unit only).
		const mini = await openParquetFixture({
			dossier_cube: `SELECT * FROM (VALUES (DATE '2025-07-01', '01', '01', 0, 0, 3, 1, 1, 0, 0), (DATE '2025-07-01', NULL, '01', 20, 5, 2, 0, 0, 0, 0))
  t(month, province_63, province_34, received, online, early, on_time, late, withdrawn, overdue_backlog)`,
			dossier_hist: `SELECT * FROM (VALUES ('finished', DATE '2025-07-01', '01', '01', 2.0, 5), ('finished', DATE '2025-07-01', NULL, '01', 1.0, 2))
  t(basis, month, province_63, province_34, wd, n)`
		});
		try {
			const july = { current: { from: '2025-07-01', to: '2025-07-01' }, previous: { from: '2025-06-01', to: '2025-06-01' } };
			const [c63] = await mini.db.run(buildOverviewKpiQuery(filters({ ...july, mode: '63' })));
			expect(c63).toMatchObject({ period: 'current', received: 0, early: 0, finished: 0, median_wd: null });
			const [c34] = await mini.db.run(buildOverviewKpiQuery(filters({ ...july })));
			expect(c34).toMatchObject({ received: 20, early: 5, finished: 7, median_wd: 2 });
			const [m63] = await mini.db.run(buildOverviewMonthlyQuery({ from: '2025-07-01', to: '2025-07-01' }, '63', 'all'));
			expect(m63).toMatchObject({ month: '2025-07', received: 0, median_wd: null, on_time_rate: null });
		} finally {
			mini.cleanup();
		}
	});

	it('refuses malformed periods', () => {
		expect(() => buildOverviewKpiQuery(filters({ current: { from: '2024-03-15', to: '2024-04-01' } }))).toThrow();
		expect(() => buildOverviewKpiQuery(filters({ current: { from: '2024-05-01', to: '2024-04-01' } }))).toThrow();
	});
});

describe('buildOverviewMonthlyQuery', () => {
	it('gives one row per month, empty months included', async () => {
		const rows = await fx.db.run(buildOverviewMonthlyQuery({ from: '2024-03-01', to: '2024-05-01' }, '34', 'all'));
		expect(rows.map((r) => r.month)).toEqual(['2024-03', '2024-04', '2024-05']);
		expect(rows[0]).toMatchObject({ received: 110, online_share: 0.5, median_wd: 1, p90_wd: 3 });
		expect(rows[0].on_time_rate).toBeCloseTo(65 / 83, 12);
		expect(rows[1]).toMatchObject({ received: 200, median_wd: 2, p90_wd: 10 });
		expect(rows[1].online_share).toBeCloseTo(127 / 200, 12);
		expect(rows[1].on_time_rate).toBeCloseTo(126 / 172, 12);
		expect(rows[2]).toEqual({ month: '2024-05', received: 0, online_share: null, on_time_rate: null, median_wd: null, p90_wd: null });
	});
});

describe('buildOverviewSurveyQuery + sipasByYear', () => {
	it('sums respondent types, ignores `overall` and later years', async () => {
		const rows = await fx.db.run(buildOverviewSurveyQuery(2024, '34', 'all'));
		expect(new Set(rows.map((r) => r.survey_year))).toEqual(new Set([2023, 2024]));
		expect(rows.some((r) => r.factor === 'overall')).toBe(false);
		const access01 = rows.find((r) => r.survey_year === 2024 && r.factor === 'access' && r.stratum === '63:01');
		expect(access01).toMatchObject({ psu: 'p1', n: 30, n_pos: 25, sum_w: 30, sum_w_pos: 25 });
	});

	it('gives the index per year with an interval around it (hand-computed means)', async () => {
		const years = sipasByYear(await fx.db.run(buildOverviewSurveyQuery(2024, '34', 'all')));
		expect(years.map((y) => y.year)).toEqual([2023, 2024]);
		expect(years[0].estimate).toBeCloseTo(0.5, 12);
		// access (15 + 10 + 12.5) / (20 + 10 + 25); the other four 27.5 / 45.
		expect(years[1].estimate).toBeCloseTo((37.5 / 55 + 4 * (27.5 / 45)) / 5, 12);
		for (const y of years) {
			expect(y.lower!).toBeLessThan(y.estimate!);
			expect(y.upper!).toBeGreaterThan(y.estimate!);
		}
	});

	it('restricts to the group and suppresses small groups', async () => {
		const rows63 = await fx.db.run(buildOverviewSurveyQuery(2025, '63', 'all'));
		expect(rows63.some((r) => r.survey_year === 2025)).toBe(false);
		const cities = sipasByYear(await fx.db.run(buildOverviewSurveyQuery(2024, '63', 'cities')));
		expect(cities[1].estimate).toBeCloseTo((37.5 / 55 + 4 * (27.5 / 45)) / 5, 12);
		// In 63-unit mode TP. Hồ Chí Minh (79) is not a pilot (Bình Dương 74 is): its cells only.
		const nonPilot = await fx.db.run(buildOverviewSurveyQuery(2024, '63', 'non_pilot'));
		expect(new Set(nonPilot.map((r) => r.stratum))).toEqual(new Set(['63:79']));
		expect(nonPilot).toHaveLength(5);
		const few = sipasByYear((await fx.db.run(buildOverviewSurveyQuery(2024, '34', 'all'))).filter((r) => r.stratum === '63:79'));
		expect(few[0]).toMatchObject({ year: 2024, suppressed: true, estimate: null });
	});
});

describe('buildDataSpanQuery', () => {
	it('gives the first and last month with dossiers', async () => {
		expect(await fx.db.run(buildDataSpanQuery())).toEqual([{ first_month: '2024-01', last_month: '2025-07' }]);
	});
});
