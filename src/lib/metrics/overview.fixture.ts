// A tiny, hand-countable data set for the overview builders' tests, written as Parquet (as the
// pipeline does) and opened with the project's native DuckDB helper.
// Units: 63-unit 01 Hà Nội (city, pilot), 02 Hà Giang → 08, 74 Bình Dương (pilot) → 79,
// 79 TP. Hồ Chí Minh (city). Previous period 2024-01..02, current 2024-03..04.
import { openParquetFixture, type ParquetFixture } from '../server/parquet-fixture';
import { handSurveyCubeExtras } from './fixtures/survey-cube-columns';

const FACTORS = ['access', 'procedures', 'officials', 'results', 'feedback'];

const survey2024 = FACTORS.flatMap((f) => [
	`(2024, '01', '01', 'citizen', '${f}', 'p1', 20, 15, 20.0, 20.0, 15.0, 15.0)`,
	`(2024, '79', '79', 'citizen', '${f}', 'p2', 20, 10, 25.0, 35.0, 12.5, 18.0)`
]);
const survey2023 = FACTORS.map((f) => `(2023, '01', '01', 'citizen', '${f}', 'p1', 40, 20, 40.0, 40.0, 20.0, 20.0)`);

const TABLES: Record<string, string> = {
	provinces_63: `SELECT * FROM (VALUES
  ('01', 'Hà Nội', 'Ha Noi', 'city', 'red_river_delta', '01'),
  ('02', 'Hà Giang', 'Ha Giang', 'province', 'northern_midlands_mountains', '08'),
  ('74', 'Bình Dương', 'Binh Duong', 'province', 'southeast', '79'),
  ('79', 'TP. Hồ Chí Minh', 'Ho Chi Minh City', 'city', 'southeast', '79')
) t(code, name_vi, name_en, kind, region, merged_into_2025)`,
	provinces_34: `SELECT * FROM (VALUES
  ('01', 'Hà Nội', 'Ha Noi', 'city', 'red_river_delta'),
  ('08', 'Tuyên Quang', 'Tuyen Quang', 'province', 'northern_midlands_mountains'),
  ('79', 'TP. Hồ Chí Minh', 'Ho Chi Minh City', 'city', 'southeast')
) t(code, name_vi, name_en, kind, region)`,
	pilots: `SELECT province_code, province_34, model, CAST(start_date AS DATE) AS start_date,
  CAST(end_date AS DATE) AS end_date, start_is_illustrative FROM (VALUES
  ('01', '01', 'one_level_centre', '2024-10-01', '2025-11-30', true),
  ('74', '79', 'one_level_centre', '2025-01-02', '2025-11-30', true)
) t(province_code, province_34, model, start_date, end_date, start_is_illustrative)`,
	dossier_cube: `SELECT CAST(month AS DATE) AS month, province_63, province_34, sector,
  'online' AS channel, 'province' AS agency_level, received::INTEGER AS received,
  online::INTEGER AS online, early::INTEGER AS early, on_time::INTEGER AS on_time,
  late::INTEGER AS late, overdue_backlog::INTEGER AS overdue_backlog,
  -- withdrawn (finished-month count, apart from early/on_time/late): 2 in Hà Nội's land sector
  -- in 2024-04, 1 in Bình Dương in 2024-03, none elsewhere
  (CASE WHEN month = '2024-04-01' AND sector = 'Đất đai' THEN 2 WHEN province_63 = '74' THEN 1 ELSE 0 END)::INTEGER AS withdrawn
  FROM (VALUES
  -- month, p63, p34, sector, received, online, early, on_time, late, overdue_backlog
  ('2024-01-01', '01', '01', 'Tư pháp', 100, 60, 40, 30, 10, 5),
  ('2024-02-01', '01', '01', 'Tư pháp',  50, 20, 20, 10,  5, 3),
  ('2024-01-01', '02', '08', 'Tư pháp',  40, 10, 10, 10, 10, 6),
  ('2024-02-01', '02', '08', 'Tư pháp',  20,  5,  5,  5,  5, 4),
  ('2024-03-01', '01', '01', 'Tư pháp',  80, 40, 30, 20, 10, 2),
  ('2024-04-01', '01', '01', 'Tư pháp', 120, 90, 50, 30, 20, 6),
  ('2024-04-01', '01', '01', 'Đất đai',  20, 10,  5,  5,  0, 1),
  ('2024-03-01', '74', '79', 'Tư pháp',  30, 15, 10,  5,  5, 1),
  ('2024-04-01', '79', '79', 'Tư pháp',  50, 25, 20, 10, 10, 3),
  ('2024-04-01', '02', '08', 'Tư pháp',  10,  2,  3,  3,  4, 2),
  ('2025-07-01', NULL, '79', 'Tư pháp', 200, 150, 80, 60, 20, 9)
) t(month, province_63, province_34, sector, received, online, early, on_time, late, overdue_backlog)`,
	dossier_hist: `SELECT basis, CAST(month AS DATE) AS month, province_63, province_34,
  'Tư pháp' AS sector, 'online' AS channel, 'province' AS agency_level, wd::DOUBLE AS wd,
  n::INTEGER AS n FROM (VALUES
  ('finished', '2024-01-01', '01', '01', 4.0, 4),
  ('finished', '2024-02-01', '02', '08', 6.0, 1),
  ('finished', '2024-03-01', '01', '01', 1.0, 2),
  ('finished', '2024-03-01', '01', '01', 3.0, 1),
  ('finished', '2024-04-01', '01', '01', 2.0, 3),
  ('finished', '2024-04-01', '79', '79', 10.0, 1),
  ('finished', '2024-04-01', '02', '08', 5.5, 2),
  ('received', '2024-04-01', '01', '01', 50.0, 9),
  ('finished', '2025-07-01', NULL, '79', 0.5, 4)
) t(basis, month, province_63, province_34, wd, n)`,
	survey_cube: `SELECT survey_year::INTEGER AS survey_year, province_63, province_34, respondent_type,
  factor, psu, n::INTEGER AS n, n_pos::INTEGER AS n_pos, sum_w::DOUBLE AS sum_w,
  sum_w2::DOUBLE AS sum_w2, sum_w_pos::DOUBLE AS sum_w_pos, sum_w2_pos::DOUBLE AS sum_w2_pos,
  0::INTEGER AS n_invalid, ${handSurveyCubeExtras()} FROM (VALUES
  ${[
		...survey2024,
		...survey2023,
		`(2024, '01', '01', 'organization', 'access', 'p1', 10, 10, 10.0, 10.0, 10.0, 10.0)`,
		`(2024, '01', '01', 'citizen', 'overall', 'p1', 40, 40, 40.0, 40.0, 40.0, 40.0)`,
		`(2025, NULL, '79', 'citizen', 'access', NULL, 50, 40, 50.0, 60.0, 40.0, 48.0)`
	].join(',\n  ')}
) t(survey_year, province_63, province_34, respondent_type, factor, psu, n, n_pos, sum_w,
    sum_w2, sum_w_pos, sum_w2_pos)`
};

export type OverviewFixture = ParquetFixture;

export function openOverviewFixture(): Promise<OverviewFixture> {
	return openParquetFixture(TABLES, 'overview-fixture-');
}
