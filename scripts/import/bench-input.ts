// Synthetic exports for measuring the importer at scale (not the demo data: that is
// scripts/demo/generate.ts). Usage: tsx scripts/import/bench-input.ts --rows 1000000 --out DIR
// Writes DIR/dossiers.parquet and DIR/survey.parquet, generated in SQL from a fixed seed, and
// the same dossiers as two monthly exports for the update bench: DIR/dossiers-base.parquet (as
// exported on BASE_EXPORT: received before December 2025, a finish after it not yet known) and
// DIR/dossiers-2025-12.parquet (the dossiers received in December 2025).

import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROVINCES_34, PROVINCES_63 } from '../../src/lib/reference/provinces';
import { literal } from '../../src/lib/import/sql-text';

const SECTORS = [
	'Tư pháp',
	'Đất đai',
	'Xây dựng',
	'Hộ tịch',
	'Đầu tư',
	'Doanh nghiệp',
	'Giao thông vận tải',
	'Lao động - Thương binh và Xã hội',
	'Y tế',
	'Giáo dục và Đào tạo',
	'Tài nguyên và Môi trường',
	'Công thương',
	'Nông nghiệp',
	'Văn hóa',
	'Thuế'
];

/** The export dates of the two monthly exports (the full export is taken on MONTH_EXPORT). */
export const BASE_EXPORT = '2025-11-30';
export const MONTH_EXPORT = '2025-12-31';
export const BENCH_FILES = {
	full: 'dossiers.parquet',
	base: 'dossiers-base.parquet',
	month: 'dossiers-2025-12.parquet',
	survey: 'survey.parquet'
};

export async function writeBenchInputs(
	rowsWanted: number,
	outDir: string,
	responsesPerYear = Math.min(40000, Math.ceil(rowsWanted / 25))
): Promise<void> {
	mkdirSync(outDir, { recursive: true });
	const c = await (await DuckDBInstance.create(':memory:')).connect();
	await c.run('SELECT setseed(0.42)');
	const arr = (xs: string[]) => `[${xs.map(literal).join(', ')}]`;
	const p63 = arr(PROVINCES_63.map((p) => p.code));
	const p34 = arr(PROVINCES_34.map((p) => p.code));
	await c.run(`
CREATE TABLE d AS
WITH base AS (
	SELECT i, TIMESTAMP '2023-01-01 07:30:00' + to_days(CAST(floor(random() * 1095) AS INTEGER)) + to_minutes(CAST(floor(random() * 540) AS INTEGER)) AS received_at,
		random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
	FROM range(${rowsWanted}) t(i)
)
SELECT printf('000.00.%02d.H%02d-%06d', i % 97, i % 63, i) AS dossier_id,
	CASE WHEN received_at < DATE '2025-07-01' THEN ${p63}[1 + CAST(floor(r1 * 63) AS INTEGER)]
		ELSE ${p34}[1 + CAST(floor(r1 * 34) AS INTEGER)] END AS province_code,
	CASE WHEN r2 < 0.5 THEN 'commune' WHEN r2 < 0.8 AND received_at < DATE '2025-07-01' THEN 'district' ELSE 'province' END AS agency_level,
	'UBND' AS agency_name,
	printf('1.%06d', CAST(floor(r3 * 500) AS INTEGER)) AS procedure_code,
	${arr(SECTORS)}[1 + CAST(floor(pow(r3, 1.5) * ${SECTORS.length}) AS INTEGER)] AS sector,
	CASE WHEN r4 < 0.55 THEN 'online' WHEN r4 < 0.95 THEN 'in_person' ELSE 'postal' END AS channel,
	CASE WHEN r4 < 0.3 THEN 'full_online' WHEN r4 < 0.55 THEN 'partial_online' ELSE 'offline' END AS service_level,
	received_at,
	CASE WHEN r5 < 0.1 THEN NULL ELSE received_at + to_days(3 + CAST(floor(r6 * 15) AS INTEGER)) END AS due_at,
	CASE WHEN r5 > 0.97 AND received_at > TIMESTAMP '2025-09-01' THEN NULL
		ELSE received_at + to_days(CAST(floor(-ln(1 - r6 * 0.999) * 6) AS INTEGER)) END AS finished_at,
	CAST(NULL AS TIMESTAMP) AS returned_at,
	CASE WHEN r5 > 0.97 AND received_at > TIMESTAMP '2025-09-01' THEN 'in_progress' WHEN r2 > 0.98 THEN 'withdrawn' ELSE 'returned' END AS status,
	-- some fractional waits, so processing times fall between the histogram's 0.1 steps
	CASE WHEN r1 * 1000 % 1 < 0.1 THEN 1.0 WHEN r1 * 1000 % 1 < 0.2 THEN 0.5 WHEN r1 * 1000 % 1 < 0.3 THEN 2.25 ELSE 0.0 END AS supplement_days,
	r2 < 0.3 AS via_one_level_centre, r3 < 0.4 AS paid_online, r4 < 0.6 AS digitized, r5 < 0.5 AS e_result
FROM base`);
	await c.run(`CREATE VIEW exported AS SELECT * FROM d WHERE finished_at IS NULL OR finished_at <= TIMESTAMP '2025-12-31 23:00:00'`);
	const copy = (select: string, file: string) =>
		c.run(`COPY (${select}) TO ${literal(join(outDir, file))} (FORMAT parquet, COMPRESSION zstd)`);
	await copy('SELECT * FROM exported', BENCH_FILES.full);
	const later = `finished_at >= TIMESTAMP '2025-12-01'`;
	await copy(
		`SELECT * REPLACE (CASE WHEN ${later} THEN NULL ELSE finished_at END AS finished_at,
			CASE WHEN ${later} AND status <> 'withdrawn' THEN 'in_progress' ELSE status END AS status)
		 FROM exported WHERE received_at < TIMESTAMP '2025-12-01'`,
		BENCH_FILES.base
	);
	await copy(`SELECT * FROM exported WHERE received_at >= TIMESTAMP '2025-12-01'`, BENCH_FILES.month);
	await c.run(`
COPY (
	SELECT printf('S%d-%06d', y, i) AS response_id, y AS survey_year,
		CASE WHEN y < 2025 THEN ${p63}[1 + i % 63] ELSE ${p34}[1 + i % 34] END AS province_code,
		CASE WHEN random() < 0.8 THEN 'citizen' ELSE 'organization' END AS respondent_type,
		0.5 + random() AS weight, printf('C%03d', i % 400) AS psu /* ~100 per province and year at 40k */,
		${['access', 'procedures', 'officials', 'results', 'feedback', 'overall'].map((f) => `CAST(1 + floor(pow(random(), 0.4) * 5) AS TINYINT) AS ${f}`).join(', ')},
		CASE WHEN random() < 0.5 THEN 'urban' ELSE 'rural' END AS area
	FROM range(2023, 2026) y(y), range(${responsesPerYear}) t(i)
) TO ${literal(join(outDir, 'survey.parquet'))} (FORMAT parquet, COMPRESSION zstd)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: { rows: { type: 'string', default: '1000000' }, out: { type: 'string', default: 'bench-data/import' } }
	});
	await writeBenchInputs(Number(values.rows), resolve(values.out));
}
