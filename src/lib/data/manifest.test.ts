import { describe, expect, it } from 'vitest';
import { namesTable, parseManifest, queryTables, rawFiles, smallestRawFile, type Manifest } from './manifest';

const file = (path: string, bytes: number, partition: { year?: number; province?: string } | null = null) => ({
	path,
	rows: 1,
	bytes,
	sha256: 'x',
	partition
});

const manifest: Manifest = parseManifest({
	version: 1,
	generated_at: '2026-01-05T00:00:00Z',
	export_date: '2026-01-05',
	source: 'demo',
	tables: [
		{ table: 'dossier_cube', role: 'cube', rows: 1, bytes: 1, time_span: null, files: [file('cubes/dossier_cube.parquet', 10)] },
		{ table: 'provinces_63', role: 'reference', rows: 1, bytes: 1, time_span: null, files: [file('reference/provinces_63.parquet', 5)] },
		{
			table: 'dossiers',
			role: 'raw',
			rows: 3,
			bytes: 3,
			time_span: null,
			files: [
				file('dossiers/year=2024/province=01/part-0.parquet', 30, { year: 2024, province: '01' }),
				file('dossiers/year=2024/province=79/part-0.parquet', 20, { year: 2024, province: '79' }),
				file('dossiers/year=2025/province=01/part-0.parquet', 40, { year: 2025, province: '01' })
			]
		}
	]
});

describe('manifest', () => {
	it('loads the cubes and reference tables a query names, never raw rows', () => {
		const names = (sql: string) => queryTables(manifest, sql).map((t) => t.table);
		expect(names('SELECT * FROM dossier_cube c JOIN provinces_63 p ON p.code = c.province_63')).toEqual(['dossier_cube', 'provinces_63']);
		expect(names('SELECT count(*) FROM dossiers')).toEqual([]);
		expect(names("SELECT * FROM information_schema.columns WHERE table_name = 'dossier_cube'")).toEqual(['dossier_cube']);
	});

	it('matches a table name only as a whole identifier', () => {
		expect(namesTable('FROM dossier_cube_units', 'dossier_cube')).toBe(false);
		expect(namesTable('FROM my_dossier_cube', 'dossier_cube')).toBe(false);
		expect(namesTable('FROM dossier_cube\nWHERE', 'dossier_cube')).toBe(true);
		expect(namesTable('(SELECT 1 FROM "dossier_cube")', 'dossier_cube')).toBe(true);
		expect(namesTable('c.month FROM DOSSIER_CUBE c', 'dossier_cube')).toBe(true);
	});

	it('selects raw partitions by year, province or both', () => {
		expect(rawFiles(manifest, 'dossiers', { year: 2024 }).map((f) => f.bytes)).toEqual([30, 20]);
		expect(rawFiles(manifest, 'dossiers', { province: '01' }).map((f) => f.bytes)).toEqual([30, 40]);
		expect(rawFiles(manifest, 'dossiers', { year: 2025, province: '01' }).map((f) => f.bytes)).toEqual([40]);
		expect(rawFiles(manifest, 'dossiers', { year: 2030 })).toEqual([]);
		expect(smallestRawFile(manifest, 'dossiers')?.bytes).toBe(20);
	});

	it('refuses to load a whole raw table or an unknown one', () => {
		expect(() => rawFiles(manifest, 'dossiers', {})).toThrow(/never loaded/);
		expect(() => rawFiles(manifest, 'survey_responses', { year: 2024 })).toThrow(/no raw table/);
	});

	it('rejects unsafe table names and paths', () => {
		const bad = (table: string, path: string) => parseManifest({ tables: [{ table, role: 'cube', files: [{ path }] }] });
		expect(() => bad('x; DROP', 'a.parquet')).toThrow(/invalid table name/);
		expect(() => bad('t', '../secret.parquet')).toThrow(/invalid file path/);
		expect(() => bad('t', 'https://evil.example/a.parquet')).toThrow(/invalid file path/);
		expect(() => bad('t', '/abs.parquet')).toThrow(/invalid file path/);
		expect(() => parseManifest({})).toThrow(/tables/);
	});
});
