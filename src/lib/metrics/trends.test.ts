// Trend builders on the fixture (trends-fixture.ts); every expected value is worked out by hand
// from the fixture's dossier list (working days with the Tết 2024 break of 8–14 Feb).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDb, type NativeDb } from '../server/native-db';
import type { Row } from './query';
import { writeTrendsFixture } from './trends-fixture';
import type { TrendFilters } from './trends-filters';
import { buildTrendSeriesQuery } from './trends-series';
import { buildTrendHistogramQuery } from './trends-histogram';
import { buildTrendAnnotationsQuery } from './trends-annotations';
import { buildTrendWarmUpQueries } from './trends-warm-up';
import {
	buildHasTrendLinesQuery,
	buildSliceValuesQuery,
	buildTrendLinesTableStatements,
	buildTrendLookupQuery,
	sliceValuesFromRows,
	trendLinesAnswer,
	trendSeriesQuery
} from './trends-lines';

let dir: string;
let db: NativeDb;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'trends-fixture-'));
	db = await openNativeDb(await writeTrendsFixture(dir));
	// The fixture's cube spans Jan 2024 – Aug 2025; the pipeline materialises over its span.
	const slices = sliceValuesFromRows(await db.run(buildSliceValuesQuery()));
	for (const statement of buildTrendLinesTableStatements('2024-01-01', '2025-08-01', slices)) await db.run(statement);
});
afterAll(() => {
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

const base: TrendFilters = {
	mode: '34',
	basis: 'finished',
	grouping: 'province',
	provinces: [],
	from: '2024-01-01',
	to: '2025-08-01',
	slice: {}
};

function pick(rows: Row[], month: string, kind: string, key: string): Row {
	const row = rows.find((r) => r.month === month && r.kind === kind && r.key === key);
	if (!row) throw new Error(`no row ${month} ${kind} ${key} in ${JSON.stringify(rows.slice(0, 3))}`);
	return row;
}

describe('buildTrendSeriesQuery', () => {
	it('computes median and p90 in working days across the Tết break (finished basis)', async () => {
		const rows = await db.run(buildTrendSeriesQuery({ ...base, provinces: ['01'] }));
		// Hà Nội, finished in Feb 2024: wd 13, 1, 2, 5, 2, 3 (a8 withdrawn) → 1 2 2 3 5 13.
		const hn = pick(rows, '2024-02', 'unit', '01');
		expect(hn.timed).toBe(6);
		expect(hn.median_wd).toBe(2); // 3rd of 6 reaches 0.5 × 6
		expect(hn.p90_wd).toBe(13); // 6th reaches 5.4
		// Finished = the six timed dossiers; the withdrawn a8 is counted apart (METRICS.md).
		expect([hn.finished, hn.withdrawn]).toEqual([6, 1]);
		expect(hn.received).toBe(8);
		// early a2 a5, on time a3, late a1 a4, overdue open a6 → 3 / 6.
		expect(hn.on_time_rate).toBeCloseTo(0.5, 12);
		// The country: 1 2 2 2 3 5 5 6 13 15 → median 3, p90 13.
		const all = pick(rows, '2024-02', 'all', '');
		expect([all.median_wd, all.p90_wd, all.timed]).toEqual([3, 13, 10]);
		// Red River Delta (01, 22, 31): 1 2 2 3 5 5 6 13 15 → 5, 15. Southeast (79): 2.
		const rrd = pick(rows, '2024-02', 'region', 'red_river_delta');
		expect([rrd.median_wd, rrd.p90_wd]).toEqual([5, 15]);
		// Only the regions of the chosen provinces are drawn.
		expect(rows.some((r) => r.kind === 'region' && r.key === 'southeast')).toBe(false);
	});

	it('counts the backlog and overdue backlog at each month end', async () => {
		const rows = await db.run(buildTrendSeriesQuery({ ...base, provinces: ['01'] }));
		// End of Jan 2024: a1 open (due 20 Feb) → 1, 0. End of Feb: a6 (overdue) and a7 → 2, 1.
		expect([pick(rows, '2024-01', 'unit', '01').backlog, pick(rows, '2024-01', 'unit', '01').overdue_backlog]).toEqual([1, 0]);
		expect([pick(rows, '2024-02', 'unit', '01').backlog, pick(rows, '2024-02', 'unit', '01').overdue_backlog]).toEqual([2, 1]);
		// a6 stays open and overdue to the export month; months without dossiers still count it.
		const dec = pick(rows, '2024-12', 'unit', '01');
		expect([dec.backlog, dec.overdue_backlog, dec.received, dec.finished]).toEqual([1, 1, 0, 0]);
		expect(dec.median_wd).toBeNull();
		// Every month of the period, for every line (dense).
		expect(rows.filter((r) => r.kind === 'unit').map((r) => r.month)).toHaveLength(20);
	});

	it('switches to the month of receipt', async () => {
		const rows = await db.run(buildTrendSeriesQuery({ ...base, basis: 'received', provinces: ['01'] }));
		// Received in Feb 2024 and finished: a2 1, a3 2, a4 5, a5 2, a7 9, a9 3 → median 2, p90 9.
		const hn = pick(rows, '2024-02', 'unit', '01');
		expect([hn.median_wd, hn.p90_wd, hn.timed]).toEqual([2, 9, 6]);
		// Cohort outcomes: finished 6 (the withdrawn a8 apart); early a2 a5 a7, on time a3, late a4,
		// open and overdue at export a6 → 4 / 6.
		expect([hn.finished, hn.withdrawn]).toEqual([6, 1]);
		expect(hn.on_time_rate).toBeCloseTo(4 / 6, 12);
		// a1 is received in January.
		expect(pick(rows, '2024-01', 'unit', '01').timed).toBe(1);
		expect(pick(rows, '2024-01', 'unit', '01').median_wd).toBe(13);
	});

	it('maps 63 units to 34 and stops 63-unit lines at the merger', async () => {
		const f34 = await db.run(buildTrendSeriesQuery({ ...base, provinces: ['79'] }));
		// 34 units: TP. HCM includes Bình Dương: June 2025 wd 6 (c1) and 4 (c2); July 2 and 8.
		const june = pick(f34, '2025-06', 'unit', '79');
		expect([june.median_wd, june.p90_wd, june.finished]).toEqual([4, 6, 2]);
		const july = pick(f34, '2025-07', 'unit', '79');
		expect([july.median_wd, july.p90_wd, july.finished]).toEqual([2, 8, 2]);
		expect(pick(f34, '2025-06', 'unit', '79').backlog).toBe(1); // c4, due 2 July

		const f63 = await db.run(buildTrendSeriesQuery({ ...base, mode: '63', provinces: ['74', '79'] }));
		expect(pick(f63, '2025-06', 'unit', '74').median_wd).toBe(6);
		expect(pick(f63, '2025-06', 'unit', '79').median_wd).toBe(4);
		// No month from the merger on, though c4 (received in 74) finished in July.
		expect(f63.some((r) => String(r.month) >= '2025-07')).toBe(false);
		expect(f63.filter((r) => r.kind === 'unit' && r.key === '74').at(-1)?.month).toBe('2025-06');
	});

	it('groups by sector within the chosen provinces, with their total', async () => {
		const rows = await db.run(buildTrendSeriesQuery({ ...base, grouping: 'sector', provinces: ['01'] }));
		// Hà Nội, Feb 2024: Đất đai 13 1 2 3 → median 2, p90 13; Tư pháp 5 2 → 2, 5.
		const land = pick(rows, '2024-02', 'value', 'Đất đai');
		expect([land.median_wd, land.p90_wd, land.finished]).toEqual([2, 13, 4]); // a8 withdrawn
		const justice = pick(rows, '2024-02', 'value', 'Tư pháp');
		expect([justice.median_wd, justice.p90_wd, justice.on_time_rate]).toEqual([2, 5, 0.5]);
		expect(pick(rows, '2024-02', 'all', '').timed).toBe(6);
	});

	it('groups by pilot group and honours a slice', async () => {
		const rows = await db.run(buildTrendSeriesQuery({ ...base, grouping: 'pilot', to: '2024-03-01' }));
		// Pilot units (34): 01, 22, 79 → Feb 2024 wd 1 2 2 2 3 5 5 6 13; non-pilot: 31 → 15.
		expect(pick(rows, '2024-02', 'pilot', 'pilot').median_wd).toBe(3);
		expect(pick(rows, '2024-02', 'pilot', 'non_pilot').median_wd).toBe(15);
		// The pilot split is national even with provinces chosen.
		const scoped = await db.run(buildTrendSeriesQuery({ ...base, grouping: 'pilot', provinces: ['01'], to: '2024-03-01' }));
		expect(pick(scoped, '2024-02', 'pilot', 'non_pilot').median_wd).toBe(15);
		expect(pick(scoped, '2024-02', 'all', '').timed).toBe(10);
		const online = await db.run(buildTrendSeriesQuery({ ...base, grouping: 'channel', to: '2024-02-01', slice: { sector: 'Đất đai' } }));
		// Online land dossiers finished in Feb 2024: b2 (5), e1 (2).
		expect(pick(online, '2024-02', 'value', 'online').timed).toBe(2);
		expect(pick(online, '2024-02', 'value', 'online').p90_wd).toBe(5);
	});

	it('splits by sector nationally: Tư pháp in Feb 2024 is a4 5, a5 2, d1 15', async () => {
		const rows = await db.run(buildTrendSeriesQuery({ ...base, grouping: 'sector' }));
		const justice = pick(rows, '2024-02', 'value', 'Tư pháp');
		expect([justice.median_wd, justice.p90_wd, justice.timed]).toEqual([5, 15, 3]);
	});

	it('lists a line only if it has cube rows in the period shown', async () => {
		// District-level dossiers exist only in Feb 2024 (a4, a5); none in Apr–Aug 2025, though the
		// previous year reaches back to them.
		const rows = await db.run(buildTrendSeriesQuery({ ...base, grouping: 'agency_level', from: '2025-04-01' }));
		expect(rows.some((r) => r.key === 'district')).toBe(false);
		const earlier = await db.run(buildTrendSeriesQuery({ ...base, grouping: 'agency_level', from: '2024-02-01', to: '2024-02-01' }));
		expect(pick(earlier, '2024-02', 'value', 'district').timed).toBe(2);
	});

	it('rejects identifiers and values outside the lists', () => {
		expect(() => buildTrendSeriesQuery({ ...base, grouping: 'province; DROP TABLE x' as 'province' })).toThrow(/grouping/);
		expect(() => buildTrendSeriesQuery({ ...base, provinces: ['01', '02', '04', '06', '08', '10', '11'] })).toThrow(/six|6/);
		expect(() => buildTrendSeriesQuery({ ...base, provinces: ["01' OR 1=1"] })).toThrow(/province/);
		expect(() => buildTrendSeriesQuery({ ...base, from: '2024-13-01' })).toThrow(/month/);
		// Slice values are bound, never spliced.
		const q = buildTrendSeriesQuery({ ...base, slice: { sector: "x' OR '1'='1" } });
		expect(q.sql).not.toContain("x' OR");
		expect(q.params).toContain("x' OR '1'='1");
		expect(q.sql.split('?').length - 1).toBe(q.params.length);
	});
});

describe('seasonality in the series rows', () => {
	it('sets each month beside the previous year and the rolling 12 months', async () => {
		const series = await db.run(buildTrendSeriesQuery({ ...base, provinces: ['01'], from: '2025-01-01', to: '2025-02-01' }));
		const rows = series.filter((r) => r.kind === 'unit' && r.key === '01');
		expect(rows.map((r) => r.month)).toEqual(['2025-01', '2025-02']);
		const feb = rows[1];
		// Feb 2025: f1, f2 (across Tết 2025) both 2 working days.
		expect([feb.median_wd, feb.p90_wd]).toEqual([2, 2]);
		// Feb 2024: median 2, p90 13, on-time 0.5, received 8.
		expect([feb.prev_median_wd, feb.prev_p90_wd, feb.prev_on_time_rate, feb.prev_received]).toEqual([2, 13, 0.5, 8]);
		// Mar 2024 – Feb 2025: wd 9, 2, 2 → median 2, p90 9; on time a7 f1 f2, overdue a6 at the end → 3/4.
		expect([feb.rolling_median_wd, feb.rolling_p90_wd]).toEqual([2, 9]);
		expect(feb.rolling_on_time_rate).toBeCloseTo(0.75, 12);
		expect(feb.rolling_received).toBeCloseTo(2 / 12, 12); // a7 is received in Feb 2024, outside
		expect(feb.rolling_backlog).toBeCloseTo(13 / 12, 12); // a6 at every month end, f2 at Jan 2025's
	});

	it('leaves the rolling figure empty without 12 months of data', async () => {
		const rows = (await db.run(buildTrendSeriesQuery({ ...base, from: '2024-11-01', to: '2024-12-01' }))).filter((r) => r.kind === 'all');
		// The cube starts in Jan 2024: Nov has 11 months, Dec 12.
		expect(rows[0].rolling_median_wd).toBeNull();
		expect(rows[0].prev_median_wd).toBeNull();
		// Jan–Dec 2024, all: Feb 1 2 2 2 3 5 5 6 13 15, Mar 9 → 11 values, median 5 (6th), p90 13 (10th).
		expect([rows[1].rolling_median_wd, rows[1].rolling_p90_wd]).toEqual([5, 13]);
	});
});

describe('trend_lines (the materialised series)', () => {
	const views: TrendFilters[] = [
		base,
		{ ...base, provinces: ['01', '79'] },
		{ ...base, provinces: ['79'], basis: 'received', from: '2025-01-01' },
		{ ...base, mode: '63', provinces: ['74', '22'], to: '2025-06-01' },
		{ ...base, mode: '63', to: '2025-08-01' },
		{ ...base, grouping: 'pilot', provinces: ['01'] },
		{ ...base, grouping: 'pilot', basis: 'received', mode: '63', from: '2024-06-01', to: '2025-03-01' },
		{ ...base, grouping: 'sector' },
		{ ...base, grouping: 'channel', from: '2025-02-01', to: '2025-02-01' },
		{ ...base, grouping: 'agency_level', basis: 'received', from: '2025-04-01' },
		// Within one sector, channel or level: the country with its regions, or the pilot groups.
		{ ...base, slice: { sector: 'Đất đai' } },
		{ ...base, basis: 'received', slice: { channel: 'online' } },
		{ ...base, mode: '63', to: '2025-06-01', slice: { agency_level: 'district' } },
		{ ...base, grouping: 'pilot', slice: { sector: 'Tư pháp' } },
		{ ...base, grouping: 'pilot', basis: 'received', slice: { channel: 'in_person' }, from: '2024-02-01', to: '2024-03-01' }
	];

	it('answers every standard view with exactly the rows of the live builder', async () => {
		for (const f of views) {
			expect(trendLinesAnswer(f), JSON.stringify(f)).toBe(true);
			const live = await db.run(buildTrendSeriesQuery(f));
			const looked = await db.run(buildTrendLookupQuery(f));
			expect(live.length, JSON.stringify(f)).toBeGreaterThan(0);
			expect(looked, JSON.stringify(f)).toEqual(live);
		}
	});

	it('stores the slice values the cube has', async () => {
		expect(sliceValuesFromRows(await db.run(buildSliceValuesQuery()))).toEqual({
			sector: ['Tư pháp', 'Đất đai'],
			channel: ['in_person', 'online', 'postal'],
			agency_level: ['commune', 'district', 'province']
		});
	});

	it('leaves chosen provinces within a slice, two slices and splits within chosen provinces to the live builder', async () => {
		const all = { kind: 'all', key: '' } as const;
		expect(trendLinesAnswer({ ...base, slice: { sector: 'Đất đai' } })).toBe(true);
		expect(trendLinesAnswer({ ...base, provinces: ['01'], slice: { sector: 'Đất đai' } })).toBe(false);
		expect(trendLinesAnswer({ ...base, slice: { sector: 'Đất đai', channel: 'online' } })).toBe(false);
		expect(trendLinesAnswer({ ...base, grouping: 'channel', slice: { sector: 'Đất đai' } })).toBe(false);
		expect(trendLinesAnswer({ ...base, grouping: 'sector', provinces: ['01'] })).toBe(false);
		expect(trendSeriesQuery({ ...base, grouping: 'sector', provinces: ['01'] }, all).sql).toContain('dossier_hist');
		expect(trendSeriesQuery(base, all).sql).toContain('FROM trend_lines');
		// Data written before trend_lines existed: the live builder answers every view.
		expect(trendSeriesQuery(base, all, false).sql).toContain('dossier_hist');
		expect((await db.run(buildHasTrendLinesQuery()))[0].n).toBe(1);
		expect(() => buildTrendLookupQuery({ ...base, slice: { channel: 'online', agency_level: 'province' } })).toThrow(/sliced twice/);
	});

	it('computes the rolling figures of one line only when asked, the same as for every line', async () => {
		const view: TrendFilters = { ...base, provinces: ['01', '79'], from: '2025-01-01' };
		const every = await db.run(buildTrendSeriesQuery(view));
		const one = await db.run(buildTrendSeriesQuery(view, { rollingLine: { kind: 'unit', key: '01' } }));
		expect(one.length).toBe(every.length);
		const rolling = (r: Row) => Object.fromEntries(Object.entries(r).filter(([k]) => k.startsWith('rolling_')));
		const strip = (r: Row) => Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith('rolling_')));
		expect(one.map(strip)).toEqual(every.map(strip));
		for (const [i, r] of one.entries()) {
			if (r.kind === 'unit' && r.key === '01') expect(rolling(r)).toEqual(rolling(every[i]));
			else expect(Object.values(rolling(r)).every((v) => v === null)).toBe(true);
		}
		// Feb 2025, Hà Nội: the hand-worked rolling median of the seasonality test.
		expect(pick(one, '2025-02', 'unit', '01').rolling_median_wd).toBe(2);
	});

	it('binds the chosen provinces and checks them', () => {
		const q = buildTrendLookupQuery({ ...base, provinces: ['01', '79'] });
		expect(q.params).toEqual(['34', 'finished', '', '', '2024-01', '2025-08', '01', '79', '01', '79']);
		expect(q.sql.split('?').length - 1).toBe(q.params.length);
		expect(() => buildTrendLookupQuery({ ...base, provinces: ["01' OR 1=1"] })).toThrow(/province/);
	});
});

describe('buildTrendHistogramQuery', () => {
	it('bins one month in whole working days with the share past the deadline', async () => {
		const rows = await db.run(buildTrendHistogramQuery({ filters: base, focus: { kind: 'all', key: '' }, month: '2024-02-01' }));
		// 1 2 2 2 3 5 5 6 13 15: p99 15 → bins 0..15, the last open.
		expect(rows.map((r) => r.bin)).toEqual(Array.from({ length: 16 }, (_, i) => i));
		const counts = Object.fromEntries(rows.filter((r) => r.n !== 0).map((r) => [r.bin, r.n]));
		expect(counts).toEqual({ 1: 1, 2: 3, 3: 1, 5: 2, 6: 1, 13: 1, 15: 1 });
		expect(rows.at(-1)?.open_end).toBe(true);
		expect(rows[0].open_end).toBe(false);
		expect(rows[2].share).toBeCloseTo(0.3, 12);
		expect([rows[0].total, rows[0].median_wd, rows[0].p90_wd]).toEqual([10, 3, 13]);
		// Judged (due date, not withdrawn): early a2 a5 b1 e1, on time a3 b2 d1, late a1 a4 → 2/9.
		expect([rows[0].judged, rows[0].late]).toEqual([9, 2]);
		expect(rows[0].late_share).toBeCloseTo(2 / 9, 12);
	});

	it('returns no bins for an empty month', async () => {
		const rows = await db.run(buildTrendHistogramQuery({ filters: base, focus: { kind: 'unit', key: '01' }, month: '2024-12-01' }));
		expect(rows).toEqual([]);
	});
});

describe('buildTrendAnnotationsQuery', () => {
	it('lists the Tết breaks, pilot starts, the pilot end and the merger in the period', async () => {
		const rows = await db.run(buildTrendAnnotationsQuery('2024-01-01', '2025-12-01'));
		const tet = rows.filter((r) => r.kind === 'tet').map((r) => [r.date_from, r.date_to]);
		expect(tet).toEqual([
			['2024-02-08', '2024-02-14'],
			['2025-01-25', '2025-02-02']
		]);
		const starts = rows.filter((r) => r.kind === 'pilot_start');
		expect(starts.map((r) => [r.code, r.date_from])).toEqual([
			['22', '2024-09-16'],
			['01', '2024-10-01'],
			['79', '2024-11-04'],
			['74', '2025-01-02']
		]);
		expect(starts[0].name_vi).toBe('Quảng Ninh');
		expect(starts[0].illustrative).toBe(true);
		expect(rows.find((r) => r.kind === 'merger')?.date_from).toBe('2025-07-01');
		expect(rows.find((r) => r.kind === 'pilot_end')?.date_from).toBe('2025-11-30');
		const short = await db.run(buildTrendAnnotationsQuery('2024-01-01', '2024-06-01'));
		expect(short.map((r) => r.kind)).toEqual(['tet']);
	});
});

describe('buildTrendWarmUpQueries', () => {
	it("asks every grouping's, basis' and mode's histogram and the other basis' lookups, and each runs", async () => {
		const queries = buildTrendWarmUpQueries({ ...base, provinces: ['01'] }, '2024-02-01', true);
		// 2 modes × 2 bases × 5 groupings histograms; the 5 lookups of the shown mode, other basis.
		expect(queries).toHaveLength(25);
		expect(queries[0]).toEqual(
			buildTrendHistogramQuery({ filters: { ...base, grouping: 'province' }, focus: { kind: 'all', key: '' }, month: '2024-02-01' })
		);
		expect(queries.filter((q) => q.sql.includes('trend_lines'))).toHaveLength(5);
		for (const q of queries) await db.run(q);
		// The country's histogram of Feb 2024 (finished): 1 2 2 2 3 5 5 6 13 15, as in the series.
		const hist = await db.run(queries[0]);
		expect(hist.reduce((n, r) => n + Number(r.n), 0)).toBe(10);
		// Without trend_lines, no live series (too heavy to run for nothing).
		expect(buildTrendWarmUpQueries(base, '2024-02-01', false)).toHaveLength(20);
	});
});
