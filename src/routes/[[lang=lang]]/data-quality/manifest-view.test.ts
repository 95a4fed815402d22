import { describe, expect, it } from 'vitest';
import { invariantHolds, manifestView } from './manifest-view';

const manifest = {
	source: 'demo',
	seed: 7,
	generated_at: '2026-01-05T00:00:00Z',
	export_date: '2026-01-05',
	tables: [
		{
			table: 'dossier_cube',
			role: 'cube',
			rows: 10,
			bytes: 99,
			time_span: { from: '2023-01-01', to: '2025-12-31' },
			files: [{ path: 'cubes/dossier_cube.parquet', rows: 10, bytes: 99, sha256: 'ab' }]
		}
	],
	imports: [
		{
			file: 'd.csv',
			kind: 'dossiers',
			rows_read: 10,
			rows_kept: 7,
			rows_excluded: 3,
			excluded_by_rule: { a: 1, b: 2 },
			answers_invalid: { access: 4 }
		},
		{ file: 'e.csv', kind: 'dossiers', rows_read: 10, rows_kept: 8, rows_excluded: 3, excluded_by_rule: { a: 3 } }
	]
};

describe('manifestView', () => {
	it('reads imports and tables, sorting reasons by count', () => {
		const v = manifestView(manifest);
		expect(v).toMatchObject({ source: 'demo', seed: 7, exportDate: '2026-01-05' });
		expect(v.imports[0].excludedByRule).toEqual([
			{ rule: 'b', rows: 2 },
			{ rule: 'a', rows: 1 }
		]);
		expect(v.imports[0].answersInvalid).toEqual([{ factor: 'access', rows: 4 }]);
		expect(v.tables[0].files[0]).toEqual({ path: 'cubes/dossier_cube.parquet', rows: 10, bytes: 99, sha256: 'ab' });
		expect(v.tables[0].timeSpan).toEqual({ from: '2023-01-01', to: '2025-12-31' });
	});
	it('checks rows_read = kept + excluded = kept + Σ by rule', () => {
		const v = manifestView(manifest);
		expect(invariantHolds(v.imports[0])).toBe(true);
		expect(invariantHolds(v.imports[1])).toBe(false);
	});
	it('survives a malformed manifest', () => {
		expect(manifestView(null)).toMatchObject({ imports: [], tables: [], source: 'demo' });
		expect(manifestView({ imports: [{ rows_read: 'x' }] }).imports[0]).toMatchObject({ file: '?', rowsRead: 0 });
	});
});
