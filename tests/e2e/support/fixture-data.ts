// A tiny data folder in the layout of docs/DATA-LAYOUT.md (a few tables, few rows), written with
// native DuckDB: for engine tests that must not depend on the demo generator.
// CLI: npx tsx tests/e2e/support/fixture-data.ts OUT_DIR
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

interface FileEntry {
	path: string;
	rows: number;
	bytes: number;
	sha256: string;
	partition: { year?: number; province?: string } | null;
}

const CUBE_SQL = `
SELECT make_date(y, m, 1) AS month, p AS province_63, p AS province_34, s AS sector,
       c AS channel, 'province' AS agency_level,
       (y - 2020 + m + hash(p, s, c) % 17)::INTEGER AS received,
       (m % 3)::INTEGER AS late, NULL::INTEGER AS r_open
FROM range(2023, 2025) t1(y), range(1, 13) t2(m),
     (VALUES ('01'), ('79'), ('48')) t3(p), (VALUES ('health'), ('land')) t4(s),
     (VALUES ('online'), ('counter')) t5(c)`;

const RAW_SQL = (year: number, province: string) => `
SELECT 'D' || '${year}${province}' || lpad(i::VARCHAR, 4, '0') AS dossier_id,
       (TIMESTAMP '${year}-01-01 08:00:00' + INTERVAL (i * 7) HOUR) AS received_at,
       CASE WHEN i % 4 = 0 THEN NULL ELSE (DATE '${year}-01-01' + INTERVAL (i) DAY)::DATE END AS due_at,
       '${province}' AS province_34, (i % 5 = 0) AS is_online, i::BIGINT AS seq,
       CASE WHEN i % 3 = 0 THEN NULL ELSE i / 4.0 END AS processing_wd
FROM range(0, ${year === 2024 ? 40 : 25}) t(i)`;

export async function writeFixtureData(outDir: string): Promise<void> {
	const out = resolve(outDir);
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const files = new Map<string, FileEntry[]>();
	const write = async (table: string, rel: string, sql: string, partition: FileEntry['partition'] = null) => {
		const path = join(out, rel);
		mkdirSync(dirname(path), { recursive: true });
		await conn.run(`COPY (${sql}) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
		const rows = Number((await conn.runAndReadAll(`SELECT count(*) FROM '${path}'`)).getRows()[0][0]);
		const bytes = statSync(path).size;
		const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
		files.set(table, [...(files.get(table) ?? []), { path: rel, rows, bytes, sha256, partition }]);
	};
	const ref63 = resolve('/work/shared/reference/provinces-63.csv');
	await write(
		'provinces_63',
		'reference/provinces_63.parquet',
		`SELECT code::VARCHAR AS code, name_vi, name_en, kind, region, merged_into_2025::VARCHAR AS merged_into_2025
		 FROM read_csv('${ref63}', all_varchar = true)`
	);
	await write('dossier_cube', 'cubes/dossier_cube.parquet', CUBE_SQL);
	for (const [year, province] of [
		[2024, '01'],
		[2024, '79'],
		[2025, '01']
	] as const) {
		await write('dossiers', `dossiers/year=${year}/province=${province}/part-0.parquet`, RAW_SQL(year, province), {
			year,
			province
		});
	}
	const role = (t: string) => (t === 'dossiers' ? 'raw' : t.endsWith('_cube') ? 'cube' : 'reference');
	const manifest = {
		version: 1,
		generated_at: '2026-01-05T00:00:00Z',
		export_date: '2026-01-05',
		source: 'demo',
		seed: 1,
		tables: [...files].map(([table, fs]) => ({
			table,
			role: role(table),
			rows: fs.reduce((n, f) => n + f.rows, 0),
			bytes: fs.reduce((n, f) => n + f.bytes, 0),
			time_span: null,
			files: fs
		})),
		imports: []
	};
	writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
	conn.closeSync();
	instance.closeSync();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	const out = process.argv[2];
	if (!out) throw new Error('usage: tsx tests/e2e/support/fixture-data.ts OUT_DIR');
	await writeFixtureData(out);
	console.log(`fixture data written to ${out}`);
}
