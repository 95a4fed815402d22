// One set of rules, two engines: the same fixture files go through the Node importer (native
// DuckDB) and through /explore/'s validator on DuckDB-WASM (the Node blocking bundle, the
// browser's engine), and every count per file and reason, every excluded row and every cube row
// must be the same.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline, type PipelineReport } from '../../../scripts/import/pipeline';
import { query, tempDir } from '../../../scripts/import/test-support';
import { RefusedFileError } from '../import/errors';
import { CUBE_ORDER } from '../import/cubes';
import { insertIPC } from '../data/arrow-query';
import { parquetToIPC } from '../data/parquet-ipc';
import { openNodeDuckDbWasm } from '../test-support/duckdb-wasm-node';
import type { Row } from '../metrics/query';
import { analyseFiles, excludedRows, type Analysis } from './analyse';
import { wasmRunner } from './wasm-runner';
import type { DroppedFile, ExploreDb } from './read-dropped';
import { EXPORT_DATE, writeExploreFixtures, type FixtureFile } from './fixtures/explore-inputs';

const REFERENCE = ['provinces_63', 'provinces_34', 'calendar', 'pilots'];

function dropped(path: string, name: string): DroppedFile {
	const bytes = new Uint8Array(readFileSync(path));
	return { name, size: bytes.length, read: async (start, end) => bytes.subarray(start, end) };
}

/** Numbers rounded to 9 significant digits: float sums may be added in another order. */
function rounded(rows: Row[]): Row[] {
	return rows.map((r) =>
		Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(9)) : v]))
	);
}

describe('explore: the importer and the browser validator agree', () => {
	let files: FixtureFile[];
	let report: PipelineReport;
	let outDir: string;
	let analysis: Analysis;
	let db: ExploreDb;
	const nativeRefusals = new Map<string, RefusedFileError>();

	beforeAll(async () => {
		const dir = tempDir('explore-');
		files = await writeExploreFixtures(dir);
		outDir = join(dir, 'out');
		// The importer refuses a whole import for one bad file: the good ones together, each bad one alone.
		report = await runPipeline({
			inputs: files.filter((f) => !f.refused).map((f) => ({ path: f.path })),
			outDir,
			exportDate: EXPORT_DATE,
			source: 'import'
		});
		for (const f of files.filter((f) => f.refused)) {
			try {
				await runPipeline({ inputs: [{ path: f.path }], outDir: join(dir, `out-${f.name}`), exportDate: EXPORT_DATE, source: 'import' });
			} catch (error) {
				if (error instanceof RefusedFileError) nativeRefusals.set(f.name, error);
				else throw error;
			}
		}

		const wasm = await openNodeDuckDbWasm();
		db = {
			sql: wasmRunner(wasm.conn),
			async registerFile(name, file) {
				wasm.db.registerFileBuffer(name, await file.read(0, file.size));
			},
			async dropFile(name) {
				wasm.db.dropFile(name);
			},
			insertParquet: async (name, buffer) => insertIPC(wasm.conn, name, await parquetToIPC(buffer), true)
		};
		// The reference tables the site ships (the importer's own output), decoded as the site does.
		for (const table of REFERENCE) {
			const bytes = readFileSync(join(outDir, 'reference', `${table}.parquet`));
			await db.insertParquet(table, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
		}
		analysis = await analyseFiles(
			db,
			files.map((f) => dropped(f.path, f.name)),
			EXPORT_DATE,
			() => {}
		);
	}, 240_000);

	it('covers every exclusion reason', () => {
		const reasons = new Set(report.imports.flatMap((r) => Object.keys(r.excluded_by_rule)));
		expect(reasons.size).toBe(19 + 9 - 5); // the shared reasons (text_too_long … province_not_valid_on_date) once
	});

	it('refuses the same files, naming the same column, with the same refusal code', () => {
		for (const f of files.filter((f) => f.refused)) {
			const native = nativeRefusals.get(f.name);
			expect(native, f.name).toBeDefined();
			const browser = analysis.refused.find((r) => r.file === f.name);
			expect(browser, f.name).toBeDefined();
			expect(browser!.column).toBe(native!.column);
			expect(browser!.column).toBe(f.refused!.column);
			// The code the page translates (the engines' own words may differ, the code may not).
			expect(browser!.code, f.name).not.toBeNull();
			expect(browser!.code, f.name).toBe(native!.code);
		}
		expect(analysis.refused.find((r) => r.file === 'windows-1258.csv')!.problem).toBe(nativeRefusals.get('windows-1258.csv')!.problem);
		expect(analysis.refused.find((r) => r.file === 'missing-column.csv')!.problem).toBe(nativeRefusals.get('missing-column.csv')!.problem);
		expect(analysis.refused).toHaveLength(files.filter((f) => f.refused).length);
	});

	it('counts every file and reason the same', () => {
		const native = report.imports.map((r) => ({
			file: r.file,
			kind: r.kind,
			format: r.format,
			field_names: r.field_names,
			rows_read: r.rows_read,
			rows_kept: r.rows_kept,
			rows_excluded: r.rows_excluded,
			excluded_by_rule: r.excluded_by_rule,
			time_span: r.time_span,
			...(r.answers_invalid ? { answers_invalid: r.answers_invalid } : {})
		}));
		const browser = analysis.inputs.map(({ index: _index, ...r }) => r);
		expect(browser).toEqual(native);
		expect(native.find((r) => r.file === 'portal-semicolon.csv')).toMatchObject({ field_names: 'portal', rows_read: 4, rows_kept: 3 });
		expect(native.find((r) => r.file === 'dossiers.parquet')).toMatchObject({ format: 'parquet', rows_kept: 25 });
	});

	it('excludes the same rows with the same reasons', async () => {
		for (const input of analysis.inputs) {
			const path = join(outDir, 'excluded', `${input.file.replace(/\.[^.]+$/, '')}.parquet`);
			const native = await query(`SELECT * FROM read_parquet('${path}') ORDER BY source_row`);
			expect(await excludedRows(db, input), input.file).toEqual(native);
		}
	});

	for (const cube of ['dossier_cube', 'dossier_hist', 'survey_cube'] as const) {
		it(`builds the same ${cube}`, async () => {
			const native = await query(`SELECT * FROM read_parquet('${join(outDir, 'cubes', `${cube}.parquet`)}') ORDER BY ${CUBE_ORDER[cube]}`);
			const browser = await db.sql.rows(`SELECT * FROM ${cube} ORDER BY ${CUBE_ORDER[cube]}`);
			expect(native.length).toBeGreaterThan(0);
			expect(rounded(browser)).toEqual(rounded(native));
		});
	}
});
