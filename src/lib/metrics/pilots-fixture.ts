// A tiny, hand-countable data set for the pilot series builders' tests, written as Parquet (as
// the pipeline does) and opened with the project's native DuckDB helper.
//
// 63-unit: 01 Hà Nội (city, pilot, unchanged), 22 Quảng Ninh (pilot, unchanged), 74 Bình Dương
// (pilot → 79), 79 TP. Hồ Chí Minh (city, pilot → 79), 77 Bà Rịa – Vũng Tàu (→ 79),
// 31 Hải Phòng (city → 31), 30 Hải Dương (→ 31). 34-unit: 01, 22, 79, 31.
// Months 2024-01 (before the merger) and 2025-07 (after: province_63 NULL, except rows of
// dossiers received before the merger and finished in July, which keep their 63-unit code).
import { openParquetFixture, type ParquetFixture } from '../server/parquet-fixture';

const TABLES: Record<string, string> = {
	provinces_63: `SELECT * FROM (VALUES
  ('01', 'Hà Nội', 'Ha Noi', 'city', 'red_river_delta', '01'),
  ('22', 'Quảng Ninh', 'Quang Ninh', 'province', 'red_river_delta', '22'),
  ('30', 'Hải Dương', 'Hai Duong', 'province', 'red_river_delta', '31'),
  ('31', 'Hải Phòng', 'Hai Phong', 'city', 'red_river_delta', '31'),
  ('74', 'Bình Dương', 'Binh Duong', 'province', 'southeast', '79'),
  ('77', 'Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', 'province', 'southeast', '79'),
  ('79', 'TP. Hồ Chí Minh', 'Ho Chi Minh City', 'city', 'southeast', '79')
) t(code, name_vi, name_en, kind, region, merged_into_2025)`,
	provinces_34: `SELECT * FROM (VALUES
  ('01', 'Hà Nội', 'Ha Noi', 'city', 'red_river_delta'),
  ('22', 'Quảng Ninh', 'Quang Ninh', 'province', 'red_river_delta'),
  ('31', 'Hải Phòng', 'Hai Phong', 'city', 'red_river_delta'),
  ('79', 'TP. Hồ Chí Minh', 'Ho Chi Minh City', 'city', 'southeast')
) t(code, name_vi, name_en, kind, region)`,
	pilots: `SELECT province_code, province_34, 'one_level_centre' AS model, CAST(start_date AS DATE) AS start_date,
  CAST(end_date AS DATE) AS end_date, true AS start_is_illustrative FROM (VALUES
  ('22', '22', '2024-09-16', '2025-11-30'),
  ('01', '01', '2024-10-01', '2025-11-30'),
  ('79', '79', '2024-11-04', '2025-11-30'),
  ('74', '79', '2025-01-02', '2025-11-30')
) t(province_code, province_34, start_date, end_date)`,
	dossier_cube: `SELECT CAST(month AS DATE) AS month, province_63, province_34, 'Tư pháp' AS sector,
  channel, 'province' AS agency_level, received::INTEGER AS received, online::INTEGER AS online,
  via_centre::INTEGER AS via_centre, via_centre_known::INTEGER AS via_centre_known,
  early::INTEGER AS early, on_time::INTEGER AS on_time, late::INTEGER AS late,
  overdue_backlog::INTEGER AS overdue_backlog FROM (VALUES
  -- month, p63, p34, channel, received, online, via_centre, via_centre_known, early, on_time, late, overdue_backlog
  ('2023-06-01', '01', '01', 'online',  70, 70,  0,  0,  1,  1,  0, 0),
  ('2024-01-01', '01', '01', 'online', 100, 60, 30, 80, 40, 30, 10, 5),
  ('2024-01-01', '01', '01', 'paper',   50,  0, 20, 50, 10,  5,  5, 5),
  ('2024-01-01', '74', '79', 'paper',   40,  0, 10, 40, 10, 10, 10, 10),
  ('2024-01-01', '79', '79', 'online',  60, 30,  0,  0,  0,  0,  0, 0),
  ('2024-01-01', '77', '79', 'online',  20, 20,  5, 20,  5,  5,  0, 0),
  ('2025-07-01', '01', '01', 'online',   0,  0,  0,  0,  2,  0,  0, 0),
  ('2025-07-01', NULL, '01', 'online',  20, 10,  4, 20,  6,  2,  2, 0),
  ('2025-07-01', NULL, '22', 'paper',   30,  3,  3, 30,  3,  3,  3, 3),
  ('2025-07-01', '74', '79', 'paper',    0,  0,  0,  0,  5,  0,  5, 0),
  ('2025-07-01', NULL, '79', 'online', 200, 150, 50, 100, 40, 40, 10, 10)
) t(month, province_63, province_34, channel, received, online, via_centre, via_centre_known,
    early, on_time, late, overdue_backlog)`,
	dossier_hist: `SELECT basis, CAST(month AS DATE) AS month, province_63, province_34,
  'Tư pháp' AS sector, channel, 'province' AS agency_level, wd::DOUBLE AS wd, n::INTEGER AS n FROM (VALUES
  ('finished', '2024-01-01', '01', '01', 'online', 1.0, 2),
  ('finished', '2024-01-01', '01', '01', 'paper',  1.0, 1),
  ('finished', '2024-01-01', '01', '01', 'online', 3.0, 1),
  ('finished', '2024-01-01', '01', '01', 'paper',  5.0, 1),
  ('finished', '2024-01-01', '01', '01', 'online', 9.0, 5),
  ('received', '2024-01-01', '01', '01', 'online', 0.5, 100),
  ('finished', '2024-01-01', '74', '79', 'paper',  4.0, 3),
  ('finished', '2024-01-01', '79', '79', 'online', 2.0, 1),
  ('finished', '2025-07-01', '01', '01', 'online', 7.0, 2),
  ('finished', '2025-07-01', NULL, '01', 'online', 2.0, 2),
  ('finished', '2025-07-01', '74', '79', 'paper',  8.0, 5),
  ('finished', '2025-07-01', NULL, '79', 'online', 0.5, 4)
) t(basis, month, province_63, province_34, channel, wd, n)`,
	survey_cube: `SELECT survey_year::INTEGER AS survey_year, province_63, province_34, 'citizen' AS respondent_type,
  factor, NULL::VARCHAR AS psu, n::INTEGER AS n, 0::INTEGER AS n_pos, sum_w::DOUBLE AS sum_w,
  sum_w::DOUBLE AS sum_w2, sum_w_pos::DOUBLE AS sum_w_pos, sum_w_pos::DOUBLE AS sum_w2_pos,
  0::INTEGER AS n_invalid FROM (VALUES
  (2024, '01', '01', 'access',     10, 10.0,  8.0),
  (2024, '01', '01', 'access',     10, 30.0, 12.0),
  (2024, '01', '01', 'procedures', 20, 20.0, 10.0),
  (2024, '01', '01', 'officials',  20, 20.0, 20.0),
  (2024, '01', '01', 'results',    20, 20.0, 15.0),
  (2024, '01', '01', 'feedback',   20, 20.0,  5.0),
  (2024, '01', '01', 'overall',    20, 20.0,  1.0),
  (2024, '74', '79', 'access',     30, 30.0, 15.0),
  (2024, '79', '79', 'access',     30, 10.0, 10.0),
  (2025, NULL, '01', 'access',     40, 40.0, 30.0),
  (2025, NULL, '79', 'access',     50, 50.0, 40.0)
) t(survey_year, province_63, province_34, factor, n, sum_w, sum_w_pos)`
};

export type PilotsFixture = ParquetFixture;

export function openPilotsFixture(): Promise<PilotsFixture> {
	return openParquetFixture(TABLES, 'pilots-fixture-');
}
