// A hand-countable published-index table for the /indices/ builders' tests (indices.test.ts).
//
// Units: 63-unit 01 Hà Nội (→ 01), 02 Hà Giang (→ 08), 04 Cao Bằng (→ 04), 06 Bắc Kạn (→ 19);
// 34-unit 01, 04, 08 Tuyên Quang, 19 Thái Nguyên. Index IDX: 2023 and 2024 on 63-unit codes,
// 2025 on 34-unit codes; components C1, C2 only in 2024. Index OTHER shares nothing with it.
import { openParquetFixture, type ParquetFixture } from '../server/parquet-fixture';

const TABLES: Record<string, string> = {
	provinces_63: `SELECT * FROM (VALUES
  ('01', 'Hà Nội', 'Ha Noi', 'city', 'red_river_delta', '01'),
  ('02', 'Hà Giang', 'Ha Giang', 'province', 'northern_midlands_mountains', '08'),
  ('04', 'Cao Bằng', 'Cao Bang', 'province', 'northern_midlands_mountains', '04'),
  ('06', 'Bắc Kạn', 'Bac Kan', 'province', 'northern_midlands_mountains', '19')
) t(code, name_vi, name_en, kind, region, merged_into_2025)`,
	provinces_34: `SELECT * FROM (VALUES
  ('01', 'Hà Nội', 'Ha Noi', 'city', 'red_river_delta'),
  ('04', 'Cao Bằng', 'Cao Bang', 'province', 'northern_midlands_mountains'),
  ('08', 'Tuyên Quang', 'Tuyen Quang', 'province', 'northern_midlands_mountains'),
  ('19', 'Thái Nguyên', 'Thai Nguyen', 'province', 'northern_midlands_mountains')
) t(code, name_vi, name_en, kind, region)`,
	published_indices: `SELECT index_code, year::SMALLINT AS year, province_code, component, parent_component,
  component_name_vi, component_name_en, score::DOUBLE AS score, 0::DOUBLE AS scale_min, 100::DOUBLE AS scale_max,
  rank::SMALLINT AS rank, 'fixture' AS source FROM (VALUES
  ('IDX', 2023, '01', '', '', NULL, NULL, 77, 1),
  ('IDX', 2023, '02', '', '', NULL, NULL, 75, 2),
  ('IDX', 2024, '01', '', '', NULL, NULL, 80, 3),
  ('IDX', 2024, '02', '', '', NULL, NULL, 90, 1),
  ('IDX', 2024, '04', '', '', NULL, NULL, 90, 2),
  ('IDX', 2024, '06', '', '', NULL, NULL, 70, NULL),
  ('IDX', 2024, '01', 'C1', '', '<b>Chỉ đạo</b>', '<script>x</script>', 8, NULL),
  ('IDX', 2024, '02', 'C1', '', '<b>Chỉ đạo</b>', '<script>x</script>', 6, NULL),
  ('IDX', 2024, '04', 'C1', '', '<b>Chỉ đạo</b>', '<script>x</script>', 9, NULL),
  ('IDX', 2024, '06', 'C1', '', '<b>Chỉ đạo</b>', '<script>x</script>', 9, NULL),
  ('IDX', 2024, '01', 'C2', '', 'Thể chế', 'Institutions', 5, NULL),
  ('IDX', 2024, '02', 'C2', '', 'Thể chế', 'Institutions', 7, NULL),
  ('IDX', 2025, '01', '', '', NULL, NULL, 85, 2),
  ('IDX', 2025, '08', '', '', NULL, NULL, 88, 1),
  ('OTHER', 2024, '01', '', '', NULL, NULL, 1, NULL)
) t(index_code, year, province_code, component, parent_component, component_name_vi, component_name_en, score, rank)`
};

export function openIndicesFixture(): Promise<ParquetFixture> {
	return openParquetFixture(TABLES, 'indices-fixture-');
}
