// A monthly update (update.ts) gives exactly what one import of every file at the new export
// date gives: every output file's rows and column types, the manifest's tables and accounting;
// it rewrites only the partitions the month touches and refuses what it cannot do exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RefusedFileError } from '../../src/lib/import/errors';
import type { Manifest } from './manifest';
import { runPipeline } from './pipeline';
import { query, snapshot, tempDir, validDossier, validResponse, writeCsv } from './test-support';
import { runUpdate } from './update';

const OLD_EXPORT = '2025-11-30';
const NEW_EXPORT = '2025-12-31';
const open = { finished_at: null, status: 'in_progress' };

const baseRows = [
	validDossier('d1'), // 2024, Hà Nội: a partition the month does not touch
	validDossier('d9', { province_code: '04' }), // a unit with no rows from the touched months on: its trend line goes on, empty
	validDossier('d7', {
		province_code: '79',
		received_at: '2023-05-02 09:00:00',
		due_at: '2023-05-09 17:00:00',
		finished_at: '2023-05-12 10:00:00'
	}),
	// open at the old export, due between the two exports: overdue only at the new one
	validDossier('d2', { province_code: '79', received_at: '2025-05-12 08:00:00', due_at: '2025-12-05 17:00:00', ...open }),
	validDossier('d3', { received_at: '2025-11-20 08:00:00', due_at: '2025-11-27 17:00:00', finished_at: '2025-11-25 10:00:00' }),
	validDossier('d4', { received_at: '2025-10-01 08:00:00', due_at: '2026-01-10 17:00:00', ...open }),
	validDossier('X5', { province_code: 'ZZ' }), // excluded: unknown_province
	validDossier('d6', { received_at: '2025-11-03 08:00:00', due_at: '2025-11-10 17:00:00', finished_at: null, status: 'withdrawn' })
];

const monthRows = [
	validDossier('n1', { received_at: '2025-12-02 08:00:00', due_at: '2025-12-09 17:00:00', finished_at: '2025-12-10 10:00:00' }),
	validDossier('d2', { province_code: '79', received_at: '2025-05-12 08:00:00', finished_at: '2025-12-04 10:00:00' }), // already imported
	validDossier('X5'), // its id was read (and excluded) before: still a repeat
	validDossier('n4', { province_code: '79', received_at: '2025-12-15 08:00:00', due_at: '2025-12-20 17:00:00', ...open }),
	validDossier('n1', { channel: 'postal' }), // repeats a row of this file
	// entered late: received in June (63-unit code), finished in December
	validDossier('n6', { received_at: '2025-06-10 08:00:00', due_at: '2025-06-20 17:00:00', finished_at: '2025-12-03 10:00:00' }),
	validDossier('n7', { received_at: '2026-01-03 08:00:00', due_at: null, finished_at: null, status: 'received' }) // after the export
];

/** Every Parquet file's rows (sorted) and column types, by path. */
async function contents(dataDir: string): Promise<Record<string, { types: string; rows: string }>> {
	const out: Record<string, { types: string; rows: string }> = {};
	for (const path of Object.keys(await snapshot(dataDir)).filter((p) => p.endsWith('.parquet'))) {
		const file = `'${join(dataDir, path)}'`;
		const types = (await query(`DESCRIBE SELECT * FROM read_parquet(${file})`)).map((r) => `${r.column_name} ${r.column_type}`).join(', ');
		const rows = JSON.stringify(await query(`SELECT * FROM read_parquet(${file}) ORDER BY ALL`));
		out[path] = { types, rows };
	}
	return out;
}

/** The manifest without what differs between any two runs (clock, durations, bytes of Parquet writes). */
function accounting(m: Manifest) {
	return {
		export_date: m.export_date,
		source: m.source,
		tables: m.tables.map((t) => ({ ...t, bytes: 0, files: t.files.map((f) => ({ path: f.path, rows: f.rows, partition: f.partition })) })),
		imports: m.imports.map((r) => ({ ...r, imported_at: '', duration_ms: 0 }))
	};
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

describe('monthly update', () => {
	let dir: string;
	let base: string;
	let survey: string;
	let month: string;

	const importBase = (outDir: string) =>
		runPipeline({ inputs: [{ path: base }, { path: survey }], outDir, exportDate: OLD_EXPORT, source: 'import' });

	beforeAll(() => {
		dir = tempDir('update-test-');
		base = writeCsv(dir, 'dossiers-2025-11.csv', baseRows);
		survey = writeCsv(dir, 'survey-2024.csv', [validResponse('s1'), validResponse('s2', { province_code: '79', psu: 'P2' })]);
		month = writeCsv(dir, 'dossiers-2025-12.csv', monthRows);
	});

	it('equals a full re-import of every file at the new export date, rewriting only what the month touches', async () => {
		const updated = join(dir, 'updated');
		await importBase(updated);
		const untouched = join(updated, 'dossiers/year=2024/province=01/part-0.parquet');
		const inode = statSync(untouched).ino;
		const report = await runUpdate({ inputs: [month], dataDir: updated, exportDate: NEW_EXPORT });

		const full = join(dir, 'full');
		await runPipeline({
			inputs: [{ path: base }, { path: survey }, { path: month }],
			outDir: full,
			exportDate: NEW_EXPORT,
			source: 'import'
		});

		expect(accounting(manifestOf(updated))).toEqual(accounting(manifestOf(full)));
		const [u, f] = [await contents(updated), await contents(full)];
		expect(Object.keys(u).sort()).toEqual(Object.keys(f).sort());
		for (const path of Object.keys(f)) expect({ path, ...u[path] }).toEqual({ path, ...f[path] });

		// The repeats of old ids, kept or excluded, are duplicates like in one import.
		const record = manifestOf(updated).imports.at(-1)!;
		expect(record.excluded_by_rule).toEqual({ duplicate_id: 3, received_after_export: 1 });
		// Months: d2's receipt month (overdue now), the late row's June to December (the old export month among them).
		expect(report.months).toEqual(['2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
		// trend_lines: its rows before the first touched month kept, the later ones recomputed.
		expect(report.trendLinesFrom).toBe('2025-05');
		// Partitions 2025/01 (n1, n6) and 2025/79 (n4) rewritten; 2023/79, 2024/01 and 2024/04 hard-linked.
		expect([report.partitionsWritten, report.partitionsKept]).toEqual([2, 3]);
		expect(statSync(untouched).ino).toBe(inode);
		// The check that matters most: the old open dossier is overdue now, in its receipt month.
		const [may] = await query(
			`SELECT sum(r_open_overdue)::INTEGER AS n FROM read_parquet('${join(updated, 'cubes/dossier_cube.parquet')}') WHERE month = DATE '2025-05-01'`
		);
		expect(may.n).toBe(1);
	});

	it('refuses an export date that would change an old row’s exclusion, and leaves the folder as it was', async () => {
		const late = writeCsv(dir, 'dossiers-late.csv', [
			...baseRows,
			validDossier('d8', { received_at: '2025-11-28 08:00:00', due_at: '2025-12-05 17:00:00', finished_at: '2025-12-02 10:00:00' })
		]);
		const outDir = join(dir, 'flip');
		await runPipeline({ inputs: [{ path: late }, { path: survey }], outDir, exportDate: OLD_EXPORT, source: 'import' });
		expect(manifestOf(outDir).imports[0].excluded_by_rule).toMatchObject({ finished_after_export: 1 });
		const before = await snapshot(outDir);
		const error = await runUpdate({ inputs: [month], dataDir: outDir, exportDate: NEW_EXPORT }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RefusedFileError);
		expect((error as RefusedFileError).file).toBe('dossiers-late.csv');
		expect((error as RefusedFileError).problem).toMatch(
			/1 of its rows were excluded as finished after the export date 2025-11-30 .*data row 9/
		);
		expect(await snapshot(outDir)).toEqual(before);
		// The same update up to a date the row is still after is accepted.
		await runUpdate({ inputs: [month], dataDir: outDir, exportDate: '2025-12-01' });
		expect(manifestOf(outDir).export_date).toBe('2025-12-01');
	});

	it('refuses an earlier export date and files that are not dossier exports', async () => {
		const outDir = join(dir, 'other');
		await importBase(outDir);
		const before = await snapshot(outDir);
		await expect(runUpdate({ inputs: [month], dataDir: outDir, exportDate: '2025-11-01' })).rejects.toThrow(
			/before the data folder's \(2025-11-30\)/
		);
		await expect(runUpdate({ inputs: [survey], dataDir: outDir, exportDate: NEW_EXPORT })).rejects.toThrow(/is a survey export/);
		expect(await snapshot(outDir)).toEqual(before);
	});
});
