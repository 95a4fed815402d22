// The import pipeline: input files (CSV or Parquet, contract or portal field names) → validated
// raw partitions, excluded rows with their reason, reference tables, the cubes and
// manifest.json, in the layout of docs/DATA-LAYOUT.md. All row work is SQL in native DuckDB.
// The output is built in a temporary folder beside `outDir` and swapped in at the end, so a
// refused file or a crash leaves the previous `outDir` untouched.

import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { openImportDatabase } from './database';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Pilot } from '../../src/lib/reference/pilots';
import { SURVEY_COLUMNS } from '../../src/lib/import/columns';
import { CUBE_ORDER, dossierCubeSql, dossierHistSql, surveyCubeSql } from '../../src/lib/import/cubes';
import { buildUnitRollupQuery, UNIT_ROLLUPS } from '../../src/lib/metrics/unit-rollups';
import {
	buildSliceValuesQuery,
	buildTrendLinesTableStatements,
	sliceValuesFromRows,
	TREND_LINES_TABLE
} from '../../src/lib/metrics/trends-lines';
import { sha256File, swapIntoPlace, writeParquet } from './files';
import { tableEntry, type ImportRecord, type Manifest, type ManifestFile, type ManifestTable } from './manifest';
import { RefusedFileError } from '../../src/lib/import/errors';
import { loadInput, type InputFile, type LoadedInput } from './read-input';
import { loadReferenceTables, REFERENCE_TABLES } from './reference';
import { checkPilotsInData, parsePilotsCsv } from './pilots-file';
import { INVALID_RATING } from '../../src/lib/import/rules';
import { checkRows, createEmptyKept, excludedRowsSql, importRecords, span } from '../../src/lib/import/check-rows';
import { nativeRunner } from './native-runner';
import { dateLiteral, ident, literal } from '../../src/lib/import/sql-text';
import { excludedIndexSelect, INDEX_EXCLUDED_FOLDER, INDEX_KIND } from './published-indices';
import { checkPublishedIndices, writePublishedIndices } from './published-indices-output';

export interface PipelineOptions {
	inputs: InputFile[];
	outDir: string;
	/** 'YYYY-MM-DD': the day the export was taken (rows after it are excluded). */
	exportDate: string;
	source: 'demo' | 'import';
	seed?: number;
	/** Path of a calendar CSV replacing the built-in one (or the CSV text itself if it has a newline). */
	calendarCsv?: string;
	/** Path of a pilots CSV with the real start dates (or the CSV text itself if it has a newline). */
	pilotsCsv?: string;
	/**
	 * Publish even when the dossier or survey tables come out empty (no file of that kind, or
	 * every row excluded); otherwise that is refused, so published data is never replaced by nothing.
	 */
	allowEmpty?: boolean;
	/** Called with progress lines (the CLI prints them). */
	log?: (line: string) => void;
	/** DuckDB's memory_limit (e.g. '2GB'); past it, it spills to disk (database.ts). */
	memoryLimit?: string;
}

export interface PipelineReport {
	outDir: string;
	manifest: Manifest;
	imports: ImportRecord[];
	durationMs: number;
}

type Sql = DuckDBConnection;

/** Every cube file, in the manifest's order. */
export const ALL_CUBES = ['dossier_cube', 'dossier_hist', ...UNIT_ROLLUPS.map((r) => r.table), 'survey_cube', TREND_LINES_TABLE];

/** The unit rollups of `dossier_cube` and `dossier_hist`. */
export async function buildUnitRollups(connection: Sql): Promise<void> {
	for (const rollup of UNIT_ROLLUPS) await connection.run(`CREATE TABLE ${rollup.table} AS ${buildUnitRollupQuery(rollup).sql}`);
}

/** Writes the named cube tables to `cubes/<name>.parquet` in their fixed order; their manifest entries. */
export async function writeCubes(connection: Sql, buildDir: string, cubes: readonly string[]): Promise<ManifestTable[]> {
	const tables: ManifestTable[] = [];
	for (const cube of cubes) {
		const path = `cubes/${cube}.parquet`;
		const w = await writeParquet(connection, `SELECT * FROM ${cube} ORDER BY ${CUBE_ORDER[cube]}`, join(buildDir, path));
		const ts = (
			await rows(
				connection,
				cube === 'survey_cube'
					? 'SELECT make_date(min(survey_year), 1, 1) AS f, make_date(max(survey_year), 12, 31) AS t FROM survey_cube'
					: `SELECT min(month) AS f, last_day(max(month)) AS t FROM ${cube === TREND_LINES_TABLE ? 'dossier_cube' : cube}`
			)
		)[0];
		tables.push(tableEntry(cube, 'cube', [{ path, ...w, partition: null }], span(ts.f, ts.t)));
	}
	return tables;
}

/** The validated rows of one raw partition (`year` of receipt, `province_34`), in their file order. */
export function partitionSelect(source: string, year: number, province: string): string {
	return `SELECT * FROM ${source}
				 WHERE province_34 = ${literal(province)} AND received_at >= TIMESTAMP '${year}-01-01' AND received_at < TIMESTAMP '${year + 1}-01-01'
				 ORDER BY received_at, dossier_id`;
}

/**
 * `trend_lines` (src/lib/metrics/trends-lines.ts) over the cube's months; none without dossiers.
 * With `shownFrom` ('YYYY-MM-DD'), only its rows from that month on (a monthly update).
 */
export async function buildTrendLines(connection: Sql, shownFrom?: string): Promise<void> {
	const [span] = await rows(
		connection,
		`SELECT strftime(min(month), '%Y-%m-%d') AS f, strftime(max(month), '%Y-%m-%d') AS t FROM dossier_cube`
	);
	// An empty cube still gets the table, with its columns: the statement over any one month.
	const first = span?.f ? String(span.f) : '2000-01-01';
	const last = span?.t ? String(span.t) : first;
	const slices = sliceValuesFromRows(await rows(connection, buildSliceValuesQuery().sql));
	const from = shownFrom && shownFrom > first ? shownFrom : undefined;
	for (const q of buildTrendLinesTableStatements(first, last, slices, from)) await connection.run(q.sql, q.params as DuckDBValue[]);
}

export async function rows(connection: Sql, sql: string): Promise<Record<string, unknown>[]> {
	return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

/** The contract's survey columns with invalid ratings turned into NULL (not answered). */
function surveyRawSelect(): string {
	return SURVEY_COLUMNS.map((c) =>
		c.parse === 'rating'
			? `CAST(CASE WHEN NOT ${INVALID_RATING.predicate(c.name)} THEN ${ident(c.name)} END AS TINYINT) AS ${ident(c.name)}`
			: ident(c.name)
	)
		.concat(['province_63', 'province_34'])
		.join(', ');
}

/** `excluded/<file>.parquet`; published-index inputs under `excluded/indices/` (replaced alone by data:indices). */
export function excludedFileName(file: string, used: Set<string>, folder = 'excluded'): string {
	const stem = basename(file, extname(file)).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'input';
	let name = stem;
	for (let i = 2; used.has(`${folder}/${name}`); i++) name = `${stem}-${i}`;
	used.add(`${folder}/${name}`);
	return `${folder}/${name}.parquet`;
}

function readPilots(pilotsCsv: string | undefined): { file: string; rows: Pilot[] } | undefined {
	if (pilotsCsv === undefined) return undefined;
	const inline = pilotsCsv.includes('\n');
	const file = inline ? 'pilots CSV' : basename(pilotsCsv);
	let text: string;
	try {
		text = inline ? pilotsCsv : readFileSync(pilotsCsv, 'utf8');
	} catch (error) {
		throw new RefusedFileError(file, null, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
	}
	return { file, rows: parsePilotsCsv(text, file) };
}

/** Each pilot must start inside the kept dossiers' span of receipt dates. */
async function checkPilotsAgainstDossiers(connection: Sql, pilots: { file: string; rows: Pilot[] }): Promise<void> {
	const [span] = await rows(
		connection,
		`SELECT strftime(min(received_at), '%Y-%m-%d') AS f, strftime(max(received_at), '%Y-%m-%d') AS t FROM dossiers_valid`
	);
	if (!span?.f || !span.t) throw new RefusedFileError(pilots.file, null, 'there are no dossiers to evaluate the pilots on');
	checkPilotsInData(pilots.rows, String(span.f), String(span.t), pilots.file);
}

/** An import that would publish an empty dossier or survey table is refused unless allowed. */
function refuseEmpty(imports: ImportRecord[], allow: boolean, log: (line: string) => void): void {
	for (const [kind, table, flag] of [
		['dossiers', 'dossiers', 'dossier'],
		['survey_responses', 'survey_responses', 'survey']
	] as const) {
		const ofKind = imports.filter((r) => r.kind === kind);
		if (ofKind.reduce((n, r) => n + r.rows_kept, 0) > 0) continue;
		const read = ofKind.reduce((n, r) => n + r.rows_read, 0);
		const why =
			ofKind.length === 0
				? `no ${flag} export was given`
				: read === 0
					? 'it has no data rows (a header only)'
					: `all ${read} of its rows are excluded (${ofKind.map((r) => Object.keys(r.excluded_by_rule).join(', ')).join('; ')})`;
		const problem = `${why}, so the published ${table} table would be empty`;
		if (allow) {
			// The site's layout needs the months of received dossiers: say so before the build does.
			const site = kind === 'dossiers' ? '; npm run build stops on a data set without dossiers' : '';
			log(`warning: ${problem} (--allow-empty)${site}`);
			continue;
		}
		const files = (ofKind.length > 0 ? ofKind : imports).map((r) => r.file).join(', ') || 'the import';
		const fix = ofKind.length === 0 ? `give the ${flag} files too, or pass --allow-empty` : 'pass --allow-empty to publish it empty';
		throw new RefusedFileError(files, null, `${problem}; ${fix}`);
	}
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineReport> {
	const started = performance.now();
	const log = options.log ?? (() => {});
	dateLiteral(options.exportDate); // validates the format
	const outDir = resolve(options.outDir);
	mkdirSync(dirname(outDir), { recursive: true });
	const buildDir = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}.building-`));
	const workDir = mkdtempSync(join(tmpdir(), 'reform-lens-import-'));
	const { instance, connection } = await openImportDatabase(workDir, options.memoryLimit);
	let swapped = false;
	try {
		const generatedAt = options.source === 'demo' ? `${options.exportDate}T00:00:00Z` : new Date().toISOString().replace(/\.\d+Z$/, 'Z');

		// Pilot start dates: the file's, else the demo's illustrative ones (flagged as such).
		const pilots = readPilots(options.pilotsCsv);
		if (!pilots && options.source === 'import')
			log('no --pilots file: the pilot start dates are the illustrative ones, and the pages say so');

		let calendarText: string | undefined;
		const calendarName = options.calendarCsv?.includes('\n') ? 'calendar CSV' : basename(options.calendarCsv ?? '');
		try {
			if (options.calendarCsv !== undefined)
				calendarText = options.calendarCsv.includes('\n') ? options.calendarCsv : readFileSync(options.calendarCsv, 'utf8');
			await loadReferenceTables(connection, workDir, calendarText, pilots?.rows);
		} catch (error) {
			// A replacement calendar that cannot be read is refused like any input file.
			if (calendarText === undefined && options.calendarCsv === undefined) throw error;
			throw new RefusedFileError(calendarName, null, error instanceof Error ? error.message : String(error));
		}

		const loaded: LoadedInput[] = [];
		for (const [i, input] of options.inputs.entries()) {
			const l = await loadInput(connection, { ...input, path: resolve(input.path) }, i);
			log(`read ${l.file}: ${l.rowsRead} rows (${l.kind}, ${l.format}, ${l.fieldNames} names)`);
			loaded.push(l);
		}

		const stamp = async (l: LoadedInput) => ({
			sha256: await sha256File(l.path),
			imported_at: generatedAt,
			duration_ms: options.source === 'demo' ? 0 : l.durationMs
		});
		const importsByInput: ImportRecord[] = [];
		for (const kind of ['dossiers', 'survey_responses'] as const) {
			const ofKind = loaded.filter((l) => l.kind === kind);
			if (ofKind.length === 0) {
				await createEmptyKept(nativeRunner(connection), kind);
				continue;
			}
			await checkRows(nativeRunner(connection), kind, ofKind, options.exportDate);
			log(`checked ${kind}`);
			const records: ImportRecord[] = await importRecords(nativeRunner(connection), kind, ofKind, stamp);
			ofKind.forEach((l, i) => (importsByInput[l.index] = records[i]));
		}
		const indexRecords = await checkPublishedIndices(connection, loaded, options.exportDate, stamp);
		loaded.filter((l) => l.kind === INDEX_KIND).forEach((l, i) => (importsByInput[l.index] = indexRecords[i]));
		if (pilots) await checkPilotsAgainstDossiers(connection, pilots);
		for (const l of loaded) await connection.run(`DROP TABLE ${l.table}`);
		const imports = importsByInput.filter(Boolean); // in the order the files were given
		refuseEmpty(imports, options.allowEmpty === true, log);

		log('building cubes');
		await connection.run(dossierCubeSql(options.exportDate));
		log('dossier_cube built');
		await connection.run(dossierHistSql());
		log('dossier_hist built');
		await buildUnitRollups(connection);
		await buildTrendLines(connection);
		log('unit rollups and trend_lines built');
		// From here on one thread when the output must be byte-identical from run to run: float
		// sums (survey_cube) and Parquet row groups then always come out the same.
		if (options.source === 'demo') await connection.run('SET threads = 1');
		await connection.run(surveyCubeSql());
		log('survey_cube built');

		const tables: ManifestTable[] = [];
		// Reference tables.
		for (const table of Object.keys(REFERENCE_TABLES)) {
			const path = `reference/${table}.parquet`;
			const w = await writeParquet(connection, `SELECT * FROM ${table} ORDER BY ALL`, join(buildDir, path));
			const ts = table === 'calendar' ? (await rows(connection, 'SELECT min(date) AS f, max(date) AS t FROM calendar'))[0] : null;
			tables.push(tableEntry(table, 'reference', [{ path, ...w, partition: null }], ts ? span(ts.f, ts.t) : null));
		}
		tables.push(...(await writeCubes(connection, buildDir, ALL_CUBES)));
		tables.push(await writePublishedIndices(connection, buildDir));

		// Excluded rows, one file per input.
		const excludedFiles: ManifestFile[] = [];
		const usedNames = new Set<string>();
		for (const l of loaded) {
			const path = excludedFileName(l.file, usedNames, l.kind === INDEX_KIND ? INDEX_EXCLUDED_FOLDER : undefined);
			const w = await writeParquet(
				connection,
				l.kind === INDEX_KIND ? excludedIndexSelect(l.index) : excludedRowsSql(l.kind, l.index),
				join(buildDir, path)
			);
			excludedFiles.push({ path, ...w, partition: null });
		}

		// Validated raw partitions.
		log('writing raw partitions');
		const dossierFiles: ManifestFile[] = [];
		const parts = await rows(connection, 'SELECT DISTINCT year(received_at) AS y, province_34 AS p FROM dossiers_valid ORDER BY y, p');
		for (const part of parts) {
			const year = Number(part.y);
			const province = String(part.p);
			const path = `dossiers/year=${year}/province=${province}/part-0.parquet`;
			const w = await writeParquet(connection, partitionSelect('dossiers_valid', year, province), join(buildDir, path));
			dossierFiles.push({ path, ...w, partition: { year, province } });
		}
		if (dossierFiles.length > 0) {
			const ts = (
				await rows(connection, 'SELECT CAST(min(received_at) AS DATE) AS f, CAST(max(received_at) AS DATE) AS t FROM dossiers_valid')
			)[0];
			tables.push(tableEntry('dossiers', 'raw', dossierFiles, span(ts.f, ts.t)));
		}
		const surveyFiles: ManifestFile[] = [];
		for (const part of await rows(connection, 'SELECT DISTINCT survey_year AS y FROM survey_kept ORDER BY y')) {
			const year = Number(part.y);
			const path = `survey/year=${year}/part-0.parquet`;
			const w = await writeParquet(
				connection,
				`SELECT ${surveyRawSelect()} FROM survey_kept WHERE survey_year = ${year} ORDER BY province_34, response_id`,
				join(buildDir, path)
			);
			surveyFiles.push({ path, ...w, partition: { year } });
		}
		if (surveyFiles.length > 0) {
			const ts = (
				await rows(connection, 'SELECT make_date(min(survey_year), 1, 1) AS f, make_date(max(survey_year), 12, 31) AS t FROM survey_kept')
			)[0];
			tables.push(tableEntry('survey_responses', 'raw', surveyFiles, span(ts.f, ts.t)));
		}
		if (excludedFiles.length > 0) tables.push(tableEntry('excluded', 'raw', excludedFiles, null));

		const manifest: Manifest = {
			version: 1,
			generated_at: generatedAt,
			export_date: options.exportDate,
			source: options.source,
			...(options.source === 'demo' && options.seed !== undefined ? { seed: options.seed } : {}),
			tables,
			imports
		};
		writeFileSync(join(buildDir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
		connection.closeSync();
		instance.closeSync();
		swapIntoPlace(buildDir, outDir);
		swapped = true;
		return { outDir, manifest, imports, durationMs: Math.round(performance.now() - started) };
	} finally {
		try {
			connection.closeSync();
			instance.closeSync();
		} catch {
			// already closed
		}
		if (!swapped && existsSync(buildDir)) rmSync(buildDir, { recursive: true, force: true });
		rmSync(workDir, { recursive: true, force: true });
	}
}
