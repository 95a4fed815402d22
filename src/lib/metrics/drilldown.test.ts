// Drill-down builders on the fixture (trends-fixture.ts); expected values worked out by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDb, type NativeDb } from '../server/native-db';
import { FIXTURE_EXPORT_DATE, writeTrendsFixture } from './trends-fixture';
import type { TrendFilters } from './trends-filters';
import { buildDrilldownBreakdownQuery } from './drilldown';
import { buildDrilldownProceduresQuery, drilldownPartitions } from './drilldown-procedures';
import { openParquetFixture } from '../server/parquet-fixture';

let dir: string;
let db: NativeDb;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'drilldown-fixture-'));
	db = await openNativeDb(await writeTrendsFixture(dir));
});
afterAll(() => {
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

const filters: TrendFilters = {
	mode: '34',
	basis: 'finished',
	grouping: 'province',
	provinces: ['01', '22', '79'],
	from: '2024-01-01',
	to: '2025-08-01',
	slice: {}
};

describe('buildDrilldownBreakdownQuery', () => {
	it('breaks a province-month down by sector and agency level', async () => {
		const rows = await db.run(buildDrilldownBreakdownQuery({ filters, focus: { kind: 'unit', key: '01' }, month: '2024-02-01' }));
		expect(rows.map((r) => `${r.dim}:${r.key}`)).toEqual([
			'sector:Đất đai',
			'sector:Tư pháp',
			'agency_level:province',
			'agency_level:district'
		]);
		// Đất đai, Feb 2024: received a2 a3 a6 a7 a8 a9; finished a1 a2 a3 a9 (a8 withdrawn, apart);
		// early a2, on time a3, late a1, overdue a6 → 2/4; wd 13 1 2 3 → median 2, p90 13; backlog
		// a6 a7, overdue a6.
		const land = rows[0];
		expect([land.received, land.finished, land.on_time_rate, land.median_wd, land.p90_wd, land.timed]).toEqual([6, 4, 0.5, 2, 13, 4]);
		expect(land.withdrawn).toBe(1);
		expect([land.backlog, land.overdue_backlog]).toEqual([2, 1]);
		const justice = rows[1];
		expect([justice.received, justice.finished, justice.on_time_rate, justice.median_wd, justice.p90_wd]).toEqual([2, 2, 0.5, 2, 5]);
		// Agency levels split the same dossiers (Tư pháp's are the district ones here).
		expect(rows[2].finished).toBe(4);
		expect(rows[3].median_wd).toBe(2);
	});

	it('uses the receipt cohort on the received basis', async () => {
		const rows = await db.run(
			buildDrilldownBreakdownQuery({ filters: { ...filters, basis: 'received' }, focus: { kind: 'unit', key: '01' }, month: '2024-02-01' })
		);
		const land = rows.find((r) => r.key === 'Đất đai')!;
		// Received in Feb: a2 1, a3 2, a7 9, a9 3 → median 2, p90 9; early a2 a7, on time a3,
		// open and overdue a6 → 3/4.
		expect([land.median_wd, land.p90_wd, land.on_time_rate]).toEqual([2, 9, 0.75]);
	});
});

describe('buildDrilldownProceduresQuery', () => {
	it('never counts a withdrawn dossier as open and overdue (the cube does not either)', async () => {
		// Two dossiers of one procedure, both without finished_at and past due: one in progress, one withdrawn.
		const mini = await openParquetFixture({
			dossiers: `SELECT * FROM (VALUES
  ('1.000001', TIMESTAMP '2024-02-05 09:00:00', NULL::TIMESTAMP, TIMESTAMP '2024-02-09 17:00:00', 'in_progress', NULL::DOUBLE, '01', 'Đất đai'),
  ('1.000001', TIMESTAMP '2024-02-06 09:00:00', NULL::TIMESTAMP, TIMESTAMP '2024-02-09 17:00:00', 'withdrawn', NULL::DOUBLE, '01', 'Đất đai'))
  t(procedure_code, received_at, finished_at, due_at, status, processing_wd, province_34, sector)`
		});
		try {
			const input = {
				mode: '34',
				unit: '01',
				month: '2024-02-01',
				within: { dim: 'sector', key: 'Đất đai' },
				slice: {},
				exportDate: '2024-03-01'
			} as const;
			const [received] = await mini.db.run(buildDrilldownProceduresQuery({ ...input, basis: 'received' }));
			expect(received).toMatchObject({ procedure_code: '1.000001', dossiers: 2, overdue: 1 });
			const [finished] = await mini.db.run(buildDrilldownProceduresQuery({ ...input, basis: 'finished' }));
			expect(finished).toMatchObject({ procedure_code: '1.000001', overdue: 1 });
		} finally {
			mini.cleanup();
		}
	});

	it('lists the procedures of one province, month and sector from the raw rows', async () => {
		const rows = await db.run(
			buildDrilldownProceduresQuery({
				mode: '34',
				basis: 'finished',
				unit: '01',
				month: '2024-02-01',
				within: { dim: 'sector', key: 'Đất đai' },
				slice: {},
				exportDate: FIXTURE_EXPORT_DATE
			})
		);
		// 1.000001: a1 (13, late), a2 (1, early), a8 (withdrawn); overdue a6 → 1/3.
		// 1.000002: a3 (2, on time), a9 (3, no due date) → 1/1.
		expect(rows).toEqual([
			{
				procedure_code: '1.000001',
				dossiers: 3,
				early: 1,
				on_time: 0,
				late: 1,
				overdue: 1,
				on_time_rate: 1 / 3,
				timed: 2,
				median_wd: 1,
				p90_wd: 13
			},
			{
				procedure_code: '1.000002',
				dossiers: 2,
				early: 0,
				on_time: 1,
				late: 0,
				overdue: 0,
				on_time_rate: 1,
				timed: 2,
				median_wd: 2,
				p90_wd: 3
			}
		]);
	});

	it('uses the receipt cohort and the export date on the received basis', async () => {
		const rows = await db.run(
			buildDrilldownProceduresQuery({
				mode: '34',
				basis: 'received',
				unit: '01',
				month: '2024-02-01',
				within: { dim: 'sector', key: 'Đất đai' },
				slice: {},
				exportDate: FIXTURE_EXPORT_DATE
			})
		);
		// 1.000001: a2 (early), a6 (open, overdue at export), a8 (withdrawn) → 1/2, wd 1.
		// 1.000002: a3 (on time), a7 (early), a9 → 2/2, wd 2 9 3 → median 3, p90 9.
		expect(rows.map((r) => [r.procedure_code, r.dossiers, r.on_time_rate, r.median_wd, r.p90_wd])).toEqual([
			['1.000001', 3, 0.5, 1, 1],
			['1.000002', 3, 1, 3, 9]
		]);
	});

	it('filters on the 63-unit code and the agency level', async () => {
		const rows = await db.run(
			buildDrilldownProceduresQuery({
				mode: '63',
				basis: 'finished',
				unit: '74',
				month: '2025-06-01',
				within: { dim: 'agency_level', key: 'province' },
				slice: {},
				exportDate: FIXTURE_EXPORT_DATE
			})
		);
		// Only c1 (74) finished in June; c2 is 79.
		expect(rows.map((r) => [r.procedure_code, r.dossiers, r.median_wd])).toEqual([['1.000001', 1, 6]]);
		expect(() =>
			buildDrilldownProceduresQuery({
				mode: '63',
				basis: 'finished',
				unit: '74',
				month: '2025-07-01',
				within: { dim: 'sector', key: 'x' },
				slice: {},
				exportDate: FIXTURE_EXPORT_DATE
			})
		).toThrow(/merger/);
	});

	it('names the raw partitions to load', () => {
		expect(drilldownPartitions('34', 'finished', '2024-01-01', '01')).toEqual([
			{ year: 2023, province: '01' },
			{ year: 2024, province: '01' }
		]);
		expect(drilldownPartitions('34', 'received', '2024-01-01', '79')).toEqual([{ year: 2024, province: '79' }]);
		// In 63-unit mode a unit's rows sit in the partition of the province it merged into.
		expect(drilldownPartitions('63', 'received', '2024-01-01', '74')).toEqual([{ year: 2024, province: '79' }]);
		expect(drilldownPartitions('63', 'received', '2024-01-01', '99')).toEqual([]);
	});
});
