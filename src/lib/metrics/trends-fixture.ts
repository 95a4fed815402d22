// Test fixture for the trend and drill-down builders: a handful of hand-made dossiers written as
// Parquet in the layout of docs/DATA-LAYOUT.md (raw rows, dossier_cube, dossier_hist) with the
// reference tables. The cubes are derived here from the raw rows by the layout's definitions, so
// the expected values in the tests are worked out by hand from the dossier list below.
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import { calendarRows } from '../reference/calendar';
import { PILOTS } from '../reference/pilots';
import { MERGER_DATE, PROVINCES_34, PROVINCES_63 } from '../reference/provinces';

export const FIXTURE_EXPORT_DATE = '2025-08-05';

/** id, province at receipt (63-unit code before 2025-07-01, 34-unit after), sector, channel,
 * level, procedure, received, due, finished, status, supplement days. */
type Dossier = [string, string, string, string, string, string, string, string | null, string | null, string, number | null];

const LAND = 'Đất đai';
const JUSTICE = 'Tư pháp';

// Working days (wd) are worked out by hand; Tết 2024 = 8–14 Feb, Tết 2025 = 25 Jan–2 Feb.
export const FIXTURE_DOSSIERS: readonly Dossier[] = [
	// Hà Nội (01), across Tết 2024.
	[
		'a1',
		'01',
		LAND,
		'in_person',
		'province',
		'1.000001',
		'2024-01-31 09:00:00',
		'2024-02-20 17:00:00',
		'2024-02-26 10:00:00',
		'finished',
		null
	], // wd 13, late
	[
		'a2',
		'01',
		LAND,
		'in_person',
		'province',
		'1.000001',
		'2024-02-01 08:30:00',
		'2024-02-05 17:00:00',
		'2024-02-02 15:00:00',
		'finished',
		null
	], // wd 1, early
	[
		'a3',
		'01',
		LAND,
		'in_person',
		'province',
		'1.000002',
		'2024-02-05 10:00:00',
		'2024-02-15 17:00:00',
		'2024-02-15 09:00:00',
		'returned',
		1
	], // wd 3 − 1 = 2, on time
	[
		'a4',
		'01',
		JUSTICE,
		'online',
		'district',
		'2.000001',
		'2024-02-06 10:00:00',
		'2024-02-16 17:00:00',
		'2024-02-20 11:00:00',
		'finished',
		null
	], // wd 5, late
	[
		'a5',
		'01',
		JUSTICE,
		'online',
		'district',
		'2.000001',
		'2024-02-07 10:00:00',
		'2024-02-19 17:00:00',
		'2024-02-16 11:00:00',
		'finished',
		null
	], // wd 2 (Tết), early
	['a6', '01', LAND, 'in_person', 'province', '1.000001', '2024-02-07 14:00:00', '2024-02-09 17:00:00', null, 'in_progress', null], // open, overdue from Feb
	[
		'a7',
		'01',
		LAND,
		'online',
		'province',
		'1.000002',
		'2024-02-20 09:00:00',
		'2024-03-05 17:00:00',
		'2024-03-04 16:00:00',
		'finished',
		null
	], // wd 9, early (March)
	[
		'a8',
		'01',
		LAND,
		'in_person',
		'province',
		'1.000001',
		'2024-02-16 09:00:00',
		'2024-03-01 17:00:00',
		'2024-02-21 09:00:00',
		'withdrawn',
		null
	], // withdrawn
	['a9', '01', LAND, 'postal', 'province', '1.000002', '2024-02-19 09:00:00', null, '2024-02-22 09:00:00', 'finished', null], // wd 3, no due date
	// Quảng Ninh (22).
	[
		'b1',
		'22',
		LAND,
		'in_person',
		'commune',
		'1.000001',
		'2024-02-02 09:00:00',
		'2024-02-20 17:00:00',
		'2024-02-19 09:00:00',
		'finished',
		null
	], // wd 6, early
	[
		'b2',
		'22',
		LAND,
		'online',
		'commune',
		'1.000001',
		'2024-02-15 09:00:00',
		'2024-02-22 17:00:00',
		'2024-02-22 09:00:00',
		'finished',
		null
	], // wd 5, on time
	// Hải Phòng (31), not a pilot.
	[
		'd1',
		'31',
		JUSTICE,
		'in_person',
		'province',
		'2.000001',
		'2024-02-01 09:00:00',
		'2024-02-29 17:00:00',
		'2024-02-29 09:00:00',
		'finished',
		null
	], // wd 15, on time
	// TP. Hồ Chí Minh (79), Southeast.
	[
		'e1',
		'79',
		LAND,
		'online',
		'province',
		'1.000001',
		'2024-02-19 09:00:00',
		'2024-02-23 17:00:00',
		'2024-02-21 09:00:00',
		'finished',
		null
	], // wd 2, early
	// Hà Nội across Tết 2025.
	[
		'f1',
		'01',
		LAND,
		'in_person',
		'province',
		'1.000001',
		'2025-02-03 09:00:00',
		'2025-02-10 17:00:00',
		'2025-02-05 09:00:00',
		'finished',
		null
	], // wd 2, early
	[
		'f2',
		'01',
		LAND,
		'in_person',
		'province',
		'1.000001',
		'2025-01-24 09:00:00',
		'2025-02-10 17:00:00',
		'2025-02-04 09:00:00',
		'finished',
		null
	], // wd 2 (Tết), early
	// Bình Dương (74) and TP. Hồ Chí Minh (79) around the merger: one 34-unit province (79).
	[
		'c1',
		'74',
		LAND,
		'in_person',
		'province',
		'1.000001',
		'2025-06-02 09:00:00',
		'2025-06-20 17:00:00',
		'2025-06-10 09:00:00',
		'finished',
		null
	], // wd 6, early
	[
		'c2',
		'79',
		LAND,
		'in_person',
		'province',
		'1.000001',
		'2025-06-03 09:00:00',
		'2025-06-05 17:00:00',
		'2025-06-09 09:00:00',
		'finished',
		null
	], // wd 4, late
	[
		'c4',
		'74',
		LAND,
		'in_person',
		'province',
		'1.000001',
		'2025-06-25 09:00:00',
		'2025-07-02 17:00:00',
		'2025-07-07 09:00:00',
		'finished',
		null
	], // wd 8, late (July)
	['c3', '79', LAND, 'online', 'commune', '1.000001', '2025-07-01 09:00:00', '2025-07-10 17:00:00', '2025-07-03 09:00:00', 'finished', null] // wd 2, early (34-unit code)
];

function lit(value: string | number | boolean | null): string {
	if (value === null) return 'NULL';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return `'${value.replaceAll("'", "''")}'`;
}

function values(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
	return rows.map((r) => `(${r.map(lit).join(', ')})`).join(',\n');
}

const MEASURES = [
	'received',
	'online',
	'r_finished',
	'r_withdrawn',
	'r_early',
	'r_on_time',
	'r_late',
	'r_open',
	'r_open_overdue',
	'finished',
	'withdrawn',
	'early',
	'on_time',
	'late',
	'finished_no_due',
	'backlog',
	'overdue_backlog'
];

const CUBE_SQL = `
CREATE TABLE dossier_cube AS
WITH raw AS (SELECT * FROM dossiers),
months AS (
  SELECT unnest(generate_series(DATE '2024-01-01', date_trunc('month', CAST(? AS DATE))::DATE, INTERVAL 1 MONTH))::DATE AS month
),
by_received AS (
  SELECT date_trunc('month', received_at)::DATE AS month, province_63, province_34, sector, channel, agency_level,
    COUNT(*) AS received, COUNT(*) FILTER (WHERE channel = 'online') AS online,
    COUNT(*) FILTER (WHERE finished_at IS NOT NULL AND status <> 'withdrawn') AS r_finished,
    COUNT(*) FILTER (WHERE status = 'withdrawn') AS r_withdrawn,
    COUNT(*) FILTER (WHERE finished_at IS NOT NULL AND status <> 'withdrawn' AND due_at IS NOT NULL AND finished_at::DATE < due_at::DATE) AS r_early,
    COUNT(*) FILTER (WHERE finished_at IS NOT NULL AND status <> 'withdrawn' AND due_at IS NOT NULL AND finished_at::DATE = due_at::DATE) AS r_on_time,
    COUNT(*) FILTER (WHERE finished_at IS NOT NULL AND status <> 'withdrawn' AND due_at IS NOT NULL AND finished_at::DATE > due_at::DATE) AS r_late,
    COUNT(*) FILTER (WHERE finished_at IS NULL) AS r_open,
    COUNT(*) FILTER (WHERE finished_at IS NULL AND due_at::DATE <= CAST(? AS DATE)) AS r_open_overdue
  FROM raw GROUP BY ALL
),
by_finished AS (
  SELECT date_trunc('month', finished_at)::DATE AS month, province_63, province_34, sector, channel, agency_level,
    COUNT(*) FILTER (WHERE status <> 'withdrawn') AS finished, COUNT(*) FILTER (WHERE status = 'withdrawn') AS withdrawn,
    COUNT(*) FILTER (WHERE status <> 'withdrawn' AND due_at IS NOT NULL AND finished_at::DATE < due_at::DATE) AS early,
    COUNT(*) FILTER (WHERE status <> 'withdrawn' AND due_at IS NOT NULL AND finished_at::DATE = due_at::DATE) AS on_time,
    COUNT(*) FILTER (WHERE status <> 'withdrawn' AND due_at IS NOT NULL AND finished_at::DATE > due_at::DATE) AS late,
    COUNT(*) FILTER (WHERE status <> 'withdrawn' AND due_at IS NULL) AS finished_no_due
  FROM raw WHERE finished_at IS NOT NULL GROUP BY ALL
),
by_state AS (
  SELECT m.month, province_63, province_34, sector, channel, agency_level,
    COUNT(*) AS backlog, COUNT(*) FILTER (WHERE due_at::DATE <= last_day(m.month)) AS overdue_backlog
  FROM months m JOIN raw r
    ON r.received_at::DATE <= last_day(m.month) AND (r.finished_at IS NULL OR r.finished_at::DATE > last_day(m.month))
  GROUP BY ALL
),
parts AS (
  SELECT * FROM by_received UNION ALL BY NAME SELECT * FROM by_finished UNION ALL BY NAME SELECT * FROM by_state
)
-- Summed per key (GROUP BY treats NULL province_63 as one key, where a join would not).
SELECT month, province_63, province_34, sector, channel, agency_level,
  ${MEASURES.map((c) => `coalesce(SUM(${c}), 0)::INTEGER AS ${c}`).join(', ')}
FROM parts
GROUP BY ALL`;

const HIST_SQL = `
CREATE TABLE dossier_hist AS
SELECT basis, month, province_63, province_34, sector, channel, agency_level, wd, COUNT(*)::INTEGER AS n
FROM (
  SELECT 'finished' AS basis, date_trunc('month', finished_at)::DATE AS month, *, round(processing_wd, 1) AS wd FROM dossiers
  UNION ALL BY NAME
  SELECT 'received' AS basis, date_trunc('month', received_at)::DATE AS month, *, round(processing_wd, 1) AS wd FROM dossiers
)
WHERE finished_at IS NOT NULL AND status <> 'withdrawn'
GROUP BY ALL`;

/** Writes the fixture's Parquet files into `dir`; returns the table → files map for openNativeDb. */
export async function writeTrendsFixture(dir: string): Promise<Record<string, string[]>> {
	const instance = await DuckDBInstance.create(':memory:');
	const db = await instance.connect();
	try {
		await db.run('SET autoinstall_known_extensions = false');
		await db.run(
			`CREATE TABLE provinces_63 (code VARCHAR, name_vi VARCHAR, name_en VARCHAR, kind VARCHAR, region VARCHAR, merged_into_2025 VARCHAR)`
		);
		await db.run(
			`INSERT INTO provinces_63 VALUES ${values(PROVINCES_63.map((p) => [p.code, p.name_vi, p.name_en, p.kind, p.region, p.merged_into_2025]))}`
		);
		await db.run(`CREATE TABLE provinces_34 (code VARCHAR, name_vi VARCHAR, name_en VARCHAR, kind VARCHAR, region VARCHAR)`);
		await db.run(`INSERT INTO provinces_34 VALUES ${values(PROVINCES_34.map((p) => [p.code, p.name_vi, p.name_en, p.kind, p.region]))}`);
		await db.run(
			`CREATE TABLE pilots (province_code VARCHAR, province_34 VARCHAR, model VARCHAR, start_date DATE, end_date DATE, start_is_illustrative BOOLEAN)`
		);
		await db.run(
			`INSERT INTO pilots VALUES ${values(PILOTS.map((p) => [p.province_code, p.province_34, p.model, p.start_date, p.end_date, p.start_is_illustrative]))}`
		);
		await db.run(`CREATE TABLE calendar (date DATE, is_working_day BOOLEAN, wd_index INTEGER, holiday VARCHAR, verified BOOLEAN)`);
		await db.run(
			`INSERT INTO calendar VALUES ${values(calendarRows().map((r) => [r.date, r.is_working_day, r.wd_index, r.holiday, r.verified]))}`
		);
		await db.run(`CREATE TABLE input (dossier_id VARCHAR, province_code VARCHAR, sector VARCHAR, channel VARCHAR, agency_level VARCHAR,
      procedure_code VARCHAR, received_at TIMESTAMP, due_at TIMESTAMP, finished_at TIMESTAMP, status VARCHAR, supplement_days DOUBLE)`);
		await db.run(`INSERT INTO input VALUES ${values(FIXTURE_DOSSIERS)}`);
		// The layout's raw partitions: province columns from the crosswalk, processing_wd from the calendar.
		await db.run(`CREATE TABLE dossiers AS
SELECT i.*, CASE WHEN i.received_at < DATE '${MERGER_DATE}' THEN i.province_code END AS province_63,
  CASE WHEN i.received_at < DATE '${MERGER_DATE}' THEN p.merged_into_2025 ELSE i.province_code END AS province_34,
  CASE WHEN i.finished_at IS NOT NULL AND i.status <> 'withdrawn'
    THEN (cf.wd_index - cr.wd_index - coalesce(i.supplement_days, 0))::DOUBLE END AS processing_wd
FROM input i
LEFT JOIN provinces_63 p ON p.code = i.province_code
JOIN calendar cr ON cr.date = i.received_at::DATE
LEFT JOIN calendar cf ON cf.date = i.finished_at::DATE`);
		await db.run(CUBE_SQL, [FIXTURE_EXPORT_DATE, FIXTURE_EXPORT_DATE]);
		await db.run(HIST_SQL);
		const tables = ['provinces_63', 'provinces_34', 'pilots', 'calendar', 'dossiers', 'dossier_cube', 'dossier_hist'];
		const files: Record<string, string[]> = {};
		for (const table of tables) {
			const path = join(dir, `${table}.parquet`);
			await db.run(`COPY ${table} TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`);
			files[table] = [path];
		}
		return files;
	} finally {
		db.closeSync();
		instance.closeSync();
	}
}
