// Published-index tables through the main import and the index-only update, on hand-counted
// fixtures (fixtures/published-indices/): every exclusion rule, rows read = kept + excluded,
// the display names, and the refusal of a file that is not an index table.
import { DuckDBInstance } from '@duckdb/node-api';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RefusedFileError } from '../../src/lib/import/errors';
import type { Manifest } from './manifest';
import { runPipeline } from './pipeline';
import { checkIndexRows, indexCounts, INDEX_PATH } from './published-indices';
import { updatePublishedIndices } from './published-indices-update';
import { query, snapshot, tempDir, validDossier, writeCsv } from './test-support';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'published-indices');
const PAR = join(FIXTURES, 'par-index.csv');
const PCI = join(FIXTURES, 'pci.csv');
const NOT_INDEX = join(FIXTURES, 'not-an-index.csv');

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

describe('published indices in the main import', () => {
	let dir: string;
	let outDir: string;
	let manifest: Manifest;

	beforeAll(async () => {
		dir = tempDir();
		outDir = join(dir, 'data');
		const dossiers = writeCsv(dir, 'dossiers.csv', [validDossier('a')]);
		await runPipeline({
			inputs: [{ path: dossiers }, { path: PAR }, { path: PCI }],
			outDir,
			exportDate: '2026-01-05',
			source: 'import',
			allowEmpty: true
		});
		manifest = readManifest(outDir);
	});

	it('counts every exclusion rule of par-index.csv (15 rows: 6 kept, 9 excluded)', () => {
		const par = manifest.imports.find((r) => r.file === 'par-index.csv')!;
		expect(par.kind).toBe('published_indices');
		expect(par.excluded_by_rule).toEqual({
			index_year_out_of_range: 2, // 1999 and 2027 (export year 2026)
			unknown_province: 1, // 99
			index_province_wrong_boundary: 1, // 02 (Hà Giang, 63-unit only) in 2025
			index_score_missing: 2, // empty and "abc"
			index_score_out_of_scale: 1, // 101 on 0–100
			index_duplicate_key: 2 // (2024, 01, overall) and (2024, 02, C1) repeated
		});
		expect(par.rows_read).toBe(15);
		expect(par.rows_kept).toBe(6);
		expect(par.rows_read).toBe(par.rows_kept + par.rows_excluded);
		expect(par.time_span).toEqual({ from: '2024-01-01', to: '2025-12-31' });
	});

	it('reads a semicolon CSV with a decimal comma, one-digit codes padded', async () => {
		const pci = manifest.imports.find((r) => r.file === 'pci.csv')!;
		expect(pci.excluded_by_rule).toEqual({ index_score_missing: 1, index_duplicate_key: 1 });
		expect([pci.rows_read, pci.rows_kept]).toEqual([3, 1]);
		const rows = await query(`SELECT province_code, score, rank FROM '${join(outDir, INDEX_PATH)}' WHERE index_code = 'PCI'`);
		expect(rows).toEqual([{ province_code: '01', score: 70.5, rank: 3 }]);
	});

	it('keeps the first row of a key, fills the first non-empty name, writes the excluded rows', async () => {
		const rows = await query(
			`SELECT year, province_code, component, component_name_vi, component_name_en, score FROM '${join(outDir, INDEX_PATH)}'
			 WHERE index_code = 'PAR_INDEX' ORDER BY year, province_code, component`
		);
		expect(rows).toEqual([
			{ year: 2024, province_code: '01', component: '', component_name_vi: null, component_name_en: null, score: 85.5 },
			{
				year: 2024,
				province_code: '01',
				component: 'C1',
				component_name_vi: '<b>Chỉ đạo</b>',
				component_name_en: '<script>alert(1)</script> Direction',
				score: 9.5
			},
			{ year: 2024, province_code: '02', component: '', component_name_vi: null, component_name_en: null, score: 80 },
			{
				year: 2024,
				province_code: '02',
				component: 'C1',
				component_name_vi: '<b>Chỉ đạo</b>',
				component_name_en: '<script>alert(1)</script> Direction',
				score: 8
			},
			{ year: 2024, province_code: '04', component: '', component_name_vi: null, component_name_en: null, score: 80 },
			{ year: 2025, province_code: '01', component: '', component_name_vi: null, component_name_en: null, score: 88 }
		]);
		const table = manifest.tables.find((t) => t.table === 'published_indices')!;
		expect([table.role, table.rows]).toEqual(['cube', 7]);
		const excluded = await query(`SELECT source_row, reason FROM '${join(outDir, 'excluded/indices/par-index.parquet')}'`);
		expect(excluded.map((r) => r.source_row)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 15]);
	});

	it('reads a Parquet index table, an integer code 1 read as 01', async () => {
		const path = join(dir, 'papi.parquet');
		await query(`COPY (SELECT * FROM (VALUES ('PAPI', 2023, 1, 45.5, 8.0, 80.0), ('PAPI', 2023, 79, 81.0, 8.0, 80.0))
			t(index_code, year, province_code, score, scale_min, scale_max)) TO '${path}' (FORMAT parquet)`);
		const out = join(dir, 'papi-data');
		const report = await runPipeline({ inputs: [{ path }], outDir: out, exportDate: '2026-01-05', source: 'import', allowEmpty: true });
		expect(report.imports.map((r) => [r.file, r.format, r.rows_read, r.rows_kept, r.excluded_by_rule])).toEqual([
			['papi.parquet', 'parquet', 2, 1, { index_score_out_of_scale: 1 }]
		]);
		expect(await query(`SELECT province_code, score FROM '${join(out, INDEX_PATH)}'`)).toEqual([{ province_code: '01', score: 45.5 }]);
	});

	it('refuses, in the main import, a file that is neither an export nor an index table', async () => {
		const error = await runPipeline({
			inputs: [{ path: NOT_INDEX }],
			outDir: join(dir, 'other'),
			exportDate: '2026-01-05',
			source: 'import'
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RefusedFileError);
		expect((error as Error).message).toContain('not-an-index.csv');
	});

	it('refuses an index table whose index code is not [A-Z0-9_]+, naming file and column', async () => {
		const bad = writeCsv(dir, 'lower.csv', [{ index_code: 'par index', year: 2024, province_code: '01', score: 1 }]);
		const error = await runPipeline({
			inputs: [{ path: bad }],
			outDir: join(dir, 'other'),
			exportDate: '2026-01-05',
			source: 'import'
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RefusedFileError);
		expect((error as RefusedFileError).file).toBe('lower.csv');
		expect((error as RefusedFileError).column).toBe('index_code');
	});
});

describe('npm run data:indices (index-only update)', () => {
	let dir: string;
	let outDir: string;

	beforeAll(async () => {
		dir = tempDir();
		outDir = join(dir, 'data');
		const dossiers = writeCsv(dir, 'dossiers.csv', [validDossier('a')]);
		await runPipeline({
			inputs: [{ path: dossiers }, { path: PAR }],
			outDir,
			exportDate: '2026-01-05',
			source: 'import',
			allowEmpty: true
		});
	});

	it('replaces the index table and its records, keeping the exports untouched', async () => {
		const before = readManifest(outDir);
		const dossierFiles = before.tables.find((t) => t.table === 'dossiers')!.files;
		await updatePublishedIndices({ inputs: [PCI], dataDir: outDir });
		const after = readManifest(outDir);
		expect(after.imports.map((r) => r.file)).toEqual(['dossiers.csv', 'pci.csv']);
		expect(after.tables.find((t) => t.table === 'dossiers')!.files).toEqual(dossierFiles);
		expect(after.tables.find((t) => t.table === 'published_indices')!.rows).toBe(1);
		const excluded = after.tables.find((t) => t.table === 'excluded')!.files.map((f) => f.path);
		expect(excluded).toContain('excluded/indices/pci.parquet');
		expect(excluded).not.toContain('excluded/indices/par-index.parquet');
		expect(readdirSync(join(outDir, 'excluded', 'indices'))).toEqual(['pci.parquet']);
		expect(await query(`SELECT count(*) AS n FROM '${join(outDir, INDEX_PATH)}'`)).toEqual([{ n: 1 }]);
	});

	it('refuses a file that is not an index table, naming it, and leaves the folder as it was', async () => {
		const before = await snapshot(outDir);
		const error = await updatePublishedIndices({ inputs: [PAR, NOT_INDEX], dataDir: outDir }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RefusedFileError);
		expect((error as RefusedFileError).file).toBe('not-an-index.csv');
		expect((error as Error).message).toMatch(/^Refused not-an-index\.csv: not a published-index table: no column index_code/);
		expect(await snapshot(outDir)).toEqual(before);
		expect(readdirSync(dirname(outDir)).filter((n) => n.includes('.indices-'))).toEqual([]);
	});
});

describe('a 34-unit code before the merger', () => {
	// Every 34-unit code is also a 63-unit code in the real lists, so the reverse case needs a
	// list with a code of its own (99 here) to be seen at all.
	it('is excluded as the wrong boundary, while 01 (in both lists) is kept either side', async () => {
		const instance = await DuckDBInstance.create(':memory:');
		const c = await instance.connect();
		try {
			await c.run(`CREATE TABLE provinces_63 AS SELECT * FROM (VALUES ('01'), ('02')) t(code)`);
			await c.run(`CREATE TABLE provinces_34 AS SELECT * FROM (VALUES ('01'), ('99')) t(code)`);
			await c.run(`CREATE TABLE typed_0 AS SELECT 0 AS _input, r AS _row, 'X' AS index_code, CAST(y AS SMALLINT) AS year, p AS province_code,
				CAST(NULL AS VARCHAR) AS component, CAST(NULL AS VARCHAR) AS parent_component, CAST(NULL AS VARCHAR) AS component_name_vi,
				CAST(NULL AS VARCHAR) AS component_name_en, 1.0::DOUBLE AS score, CAST(NULL AS DOUBLE) AS scale_min, CAST(NULL AS DOUBLE) AS scale_max,
				CAST(NULL AS SMALLINT) AS rank, CAST(NULL AS VARCHAR) AS source
				FROM (VALUES (1, 2024, '99'), (2, 2024, '01'), (3, 2025, '01'), (4, 2025, '99'), (5, 2025, '02')) t(r, y, p)`);
			await checkIndexRows(c, ['typed_0'], '2026-01-05');
			expect((await indexCounts(c, 0)).excluded).toEqual({ index_province_wrong_boundary: 2 });
		} finally {
			c.closeSync();
			instance.closeSync();
		}
	});
});
