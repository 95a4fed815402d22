import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPilotsFixture, type PilotsFixture } from './pilots-fixture';
import {
	buildPilotDatesIllustrativeQuery,
	buildPilotMonthlySeriesQuery,
	buildPilotSurveySeriesQuery,
	buildPilotUnitsQuery
} from './pilots-series';
import type { Row } from './query';

let fx: PilotsFixture;
beforeAll(async () => {
	fx = await openPilotsFixture();
});
afterAll(() => fx?.cleanup());

const key = (r: Row) => `${r.unit}|${r.month ?? r.year}${r.outcome ? '|' + r.outcome : ''}`;
const byKey = (rows: Row[]) => new Map(rows.map((r) => [key(r), r]));

describe('buildPilotMonthlySeriesQuery', () => {
	it('63-unit mode: unchanged provinces continue after the merger, merged ones end on 2025-06-30', async () => {
		const rows = byKey(await fx.db.run(buildPilotMonthlySeriesQuery('63')));
		expect([...rows.keys()].sort()).toEqual(
			['01|2023-06', '01|2024-01', '01|2025-07', '22|2025-07', '74|2024-01', '77|2024-01', '79|2024-01'].sort()
		);
		const hn = rows.get('01|2024-01')!;
		expect(hn.received).toBe(150);
		expect(hn.finished_n).toBe(10);
		// histogram 1.0×3, 3.0×1, 5.0×1, 9.0×5: cumulative 3, 4, 5, 10
		expect(hn.median_wd).toBe(5);
		// mean (3·1 + 3 + 5 + 5·9) / 10
		expect(hn.mean_wd).toBeCloseTo(5.6, 12);
		expect(hn.p90_wd).toBe(9);
		expect(hn.on_time_rate).toBeCloseTo(85 / 110, 12);
		expect(hn.online_share).toBeCloseTo(0.4, 12);
		expect(hn.via_centre_share).toBeCloseTo(50 / 130, 12);
		// July 2025: a row still carrying province_63 '01' plus the post-merger row of unit 01
		const hnJul = rows.get('01|2025-07')!;
		expect(hnJul.received).toBe(20);
		expect(hnJul.on_time_rate).toBeCloseTo(10 / 12, 12);
		expect(hnJul.median_wd).toBe(2);
		expect(hnJul.mean_wd).toBeCloseTo((2 * 7 + 2 * 2) / 4, 12);
		expect(hnJul.p90_wd).toBe(7);
		const qn = rows.get('22|2025-07')!;
		expect(qn.on_time_rate).toBeCloseTo(0.5, 12);
		expect(qn.median_wd).toBeNull();
		expect(qn.mean_wd).toBeNull();
		expect(qn.finished_n).toBe(0);
		const hcm = rows.get('79|2024-01')!;
		expect(hcm.on_time_rate).toBeNull();
		expect(hcm.via_centre_share).toBeNull();
		expect(rows.get('74|2024-01')!.median_wd).toBe(4);
		expect(rows.get('01|2023-06')!.median_wd).toBeNull();
	});

	it('34-unit mode: the merged unit sums its components in every month', async () => {
		const rows = byKey(await fx.db.run(buildPilotMonthlySeriesQuery('34')));
		expect([...rows.keys()].sort()).toEqual(['01|2023-06', '01|2024-01', '01|2025-07', '22|2025-07', '79|2024-01', '79|2025-07'].sort());
		const hcm = rows.get('79|2024-01')!;
		expect(hcm.received).toBe(120);
		expect(hcm.online_share).toBeCloseTo(50 / 120, 12);
		expect(hcm.via_centre_share).toBeCloseTo(0.25, 12);
		expect(hcm.on_time_rate).toBeCloseTo(0.6, 12);
		expect(hcm.median_wd).toBe(4);
		const jul = rows.get('79|2025-07')!;
		expect(jul.received).toBe(200);
		expect(jul.on_time_rate).toBeCloseTo(85 / 110, 12);
		expect(jul.median_wd).toBe(8);
		expect(jul.mean_wd).toBeCloseTo((5 * 8 + 4 * 0.5) / 9, 12);
		expect(jul.p90_wd).toBe(8);
		expect(jul.finished_n).toBe(9);
	});

	it('rejects an unknown mode', () => {
		expect(() => buildPilotMonthlySeriesQuery('99' as '63')).toThrow(/mode/);
	});
});

describe('buildPilotSurveySeriesQuery', () => {
	it('63-unit mode: factor indices, SIPAS only with all five factors, 2025 only for unchanged units', async () => {
		const rows = byKey(await fx.db.run(buildPilotSurveySeriesQuery('63')));
		expect(rows.get('01|2024|access')!.value).toBeCloseTo(0.5, 12);
		expect(rows.get('01|2024|access')!.n).toBe(20);
		expect(rows.get('01|2024|feedback')!.value).toBeCloseTo(0.25, 12);
		expect(rows.get('01|2024|sipas')!.value).toBeCloseTo(0.6, 12);
		expect(rows.has('01|2024|overall')).toBe(false);
		expect(rows.has('74|2024|sipas')).toBe(false);
		expect(rows.get('74|2024|access')!.value).toBeCloseTo(0.5, 12);
		expect(rows.get('01|2025|access')!.value).toBeCloseTo(0.75, 12);
		expect([...rows.keys()].some((k) => k.startsWith('79|2025'))).toBe(false);
	});

	it('34-unit mode pools the merged unit', async () => {
		const rows = byKey(await fx.db.run(buildPilotSurveySeriesQuery('34')));
		expect(rows.get('79|2024|access')!.value).toBeCloseTo(25 / 40, 12);
		expect(rows.get('79|2024|access')!.n).toBe(60);
		expect(rows.get('79|2025|access')!.value).toBeCloseTo(0.8, 12);
	});
});

describe('buildPilotUnitsQuery', () => {
	it('63-unit mode: each pilot with its own dates and the pre-pilot-year volume', async () => {
		const rows = new Map((await fx.db.run(buildPilotUnitsQuery('63'))).map((r) => [r.code, r]));
		expect(rows.size).toBe(7);
		expect(rows.get('01')).toMatchObject({
			is_pilot: true,
			start_date: '2024-10-01',
			end_date: '2025-11-30',
			kind: 'city',
			received_base: 70,
			components: 1
		});
		expect(rows.get('74')).toMatchObject({ is_pilot: true, start_date: '2025-01-02', pilot_components: 1 });
		expect(rows.get('30')).toMatchObject({ is_pilot: false, start_date: null, pilot_components: 0, received_base: 0 });
	});

	it('34-unit mode: the merged pilot unit starts with its first pilot and says how many parts piloted', async () => {
		const rows = new Map((await fx.db.run(buildPilotUnitsQuery('34'))).map((r) => [r.code, r]));
		expect(rows.get('79')).toMatchObject({
			is_pilot: true,
			start_date: '2024-11-04',
			pilot_components: 2,
			components: 3,
			name_en: 'Ho Chi Minh City'
		});
		expect(rows.get('31')).toMatchObject({ is_pilot: false, components: 2 });
	});
});

describe('buildPilotDatesIllustrativeQuery', () => {
	it('is true while any start date is illustrative, false once all come from a pilots file', async () => {
		const q = buildPilotDatesIllustrativeQuery();
		expect(await fx.db.run(q)).toEqual([{ illustrative: true }]);
		const real = q.sql.replace('FROM pilots', 'FROM (SELECT * REPLACE (FALSE AS start_is_illustrative) FROM pilots)');
		expect(await fx.db.run({ sql: real, params: [] })).toEqual([{ illustrative: false }]);
		const none = q.sql.replace('FROM pilots', 'FROM (SELECT * FROM pilots WHERE FALSE)');
		expect(await fx.db.run({ sql: none, params: [] })).toEqual([{ illustrative: false }]);
	});
});
