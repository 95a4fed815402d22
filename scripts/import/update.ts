// `npm run data:update -- <files…> --export-date D`: one more month of dossier exports into an
// existing data folder, with the result of one `data:import` of every file (the old ones first)
// at the new export date, without re-reading the old exports:
// - the new rows are checked by the same rules (check-rows.ts); an id the folder already holds,
//   kept or excluded, is an earlier row, so repeating it is a `duplicate_id`;
// - the cube rows of the months the update touches (see touchedMonthsSql) are recomputed from the
//   old raw rows that reach those months plus the new rows; every other cube row is copied;
//   the unit rollups and trend_lines are derived again from the merged cubes (small);
// - only the raw partitions that gain rows are rewritten; every other file is hard-linked;
// - an update whose later export date would change an old row's exclusion is refused, since
//   the old rows are not checked again.
// Like the import, the new folder is built beside the old one and swapped in.

import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { checkRows, excludedRowsSql, importRecords, span } from '../../src/lib/import/check-rows';
import { dossierCubeSql, dossierHistSql } from '../../src/lib/import/cubes';
import { RefusedFileError } from '../../src/lib/import/errors';
import { dateLiteral, literal } from '../../src/lib/import/sql-text';
import { UNIT_ROLLUPS } from '../../src/lib/metrics/unit-rollups';
import { buildSliceValuesQuery, TREND_LINES_TABLE } from '../../src/lib/metrics/trends-lines';
import { openImportDatabase } from './database';
import { linkTree, sha256File, swapIntoPlace, writeParquet } from './files';
import { tableEntry, type ImportRecord, type Manifest, type ManifestFile, type ManifestTable } from './manifest';
import { nativeRunner } from './native-runner';
import { buildTrendLines, buildUnitRollups, excludedFileName, partitionSelect, rows, writeCubes } from './pipeline';
import { INDEX_EXCLUDED_FOLDER, INDEX_KIND } from './published-indices';
import { loadInput, type LoadedInput } from './read-input';
import { REFERENCE_TABLES } from './reference';

export interface UpdateOptions {
	inputs: string[];
	dataDir: string;
	/** 'YYYY-MM-DD', on or after the folder's export date. */
	exportDate: string;
	log?: (line: string) => void;
	memoryLimit?: string;
}

export interface UpdateReport {
	dataDir: string;
	manifest: Manifest;
	imports: ImportRecord[];
	/** Months whose cube rows were recomputed ('YYYY-MM'). */
	months: string[];
	/** The first month of trend_lines recomputed, or null when the table was built again whole. */
	trendLinesFrom: string | null;
	/** Raw partitions rewritten or added, and those kept as they were. */
	partitionsWritten: number;
	partitionsKept: number;
	durationMs: number;
}

/** The dossier cubes recomputed for the touched months; the others are derived or kept. */
const MONTHLY_CUBES = ['dossier_cube', 'dossier_hist'] as const;
const DERIVED = [...UNIT_ROLLUPS.map((r) => r.table), TREND_LINES_TABLE];

const files = (paths: string[]) => `[${paths.map(literal).join(', ')}]`;

/** The excluded file of each earlier input, named as the import named them (in input order). */
function excludedPaths(old: Manifest): { record: ImportRecord; path: string }[] {
	const used = new Set<string>();
	return old.imports.map((record) => ({
		record,
		path: excludedFileName(record.file, used, record.kind === INDEX_KIND ? INDEX_EXCLUDED_FOLDER : undefined)
	}));
}

/**
 * The rules that read the export date, as (reason, still-broken predicate): an old row excluded
 * by one of them that no longer breaks it at the new date would be counted differently by a
 * full import. The other rules do not depend on the date, and a later date cannot make a row
 * break these.
 */
const DATE_RULES: Record<string, { kind: string; stillBroken: (exp: string) => string; what: string }> = {
	received_after_export: { kind: 'dossiers', stillBroken: (e) => `CAST(received_at AS DATE) > ${e}`, what: 'received after' },
	finished_after_export: { kind: 'dossiers', stillBroken: (e) => `CAST(finished_at AS DATE) > ${e}`, what: 'finished after' },
	survey_year_out_of_range: {
		kind: 'survey_responses',
		stillBroken: (e) => `survey_year < 2000 OR survey_year > year(${e})`,
		what: 'of a survey year after'
	}
};

async function refuseFlips(connection: DuckDBConnection, dataDir: string, old: Manifest, exportDate: string): Promise<void> {
	for (const { record, path } of excludedPaths(old)) {
		for (const [reason, rule] of Object.entries(DATE_RULES)) {
			const n = record.excluded_by_rule[reason] ?? 0;
			if (rule.kind !== record.kind || n === 0 || !existsSync(join(dataDir, path))) continue;
			const [hit] = await rows(
				connection,
				`SELECT count(*) AS n, min(source_row) AS first FROM read_parquet(${literal(join(dataDir, path))})
				 WHERE reason = ${literal(reason)} AND NOT (${rule.stillBroken(dateLiteral(exportDate))})`
			);
			if (Number(hit.n) === 0) continue;
			throw new RefusedFileError(
				record.file,
				null,
				`${hit.n} of its rows were excluded as ${rule.what} the export date ${old.export_date} (${reason}, e.g. data row ${hit.first}), ` +
					`and a full import at ${exportDate} would keep them or exclude them for another reason; ` +
					`an update does not check old rows again: run npm run data:import with every file instead`
			);
		}
	}
}

/**
 * Months whose `dossier_cube` / `dossier_hist` rows can change: every month a new row is
 * counted in (receipt, finish, and each month-end it is open at), the months from the old export
 * month to the new one (open rows reach further, and the old export month's end moves from its
 * export date to its last day), and the receipt months of old open rows whose due date the
 * export date now passes (`r_open_overdue`).
 */
function touchedMonthsSql(oldExport: string, newExport: string, oldRaw: string | null): string {
	const oldE = dateLiteral(oldExport);
	const newE = dateLiteral(newExport);
	const month = (d: string) => `CAST(date_trunc('month', ${d}) AS DATE)`;
	const newRows = `SELECT unnest(generate_series(${month('received_at')},
			coalesce(${month('finished_at')}, CASE WHEN status <> 'withdrawn' THEN ${month(newE)} ELSE ${month('received_at')} END),
			INTERVAL 1 MONTH)) AS m FROM dossiers_new`;
	const exportMonths = `SELECT unnest(generate_series(${month(oldE)}, ${month(newE)}, INTERVAL 1 MONTH)) AS m`;
	const dueNow = oldRaw
		? `UNION SELECT ${month('received_at')} FROM ${oldRaw}
		   WHERE finished_at IS NULL AND status <> 'withdrawn' AND CAST(due_at AS DATE) > ${oldE} AND CAST(due_at AS DATE) <= ${newE}`
		: '';
	return `CREATE TABLE touched AS SELECT DISTINCT CAST(m AS DATE) AS m FROM (${newRows} UNION ${exportMonths} ${dueNow}) ORDER BY 1`;
}

const LINE = 'mode, basis, slice_dim, slice_key, dim, kind, key';

/**
 * `trend_lines` after the cubes changed from `shownFrom` on: a row of month m reads the cubes'
 * months up to m only (itself, a year earlier, the 12 months ending with it), so the old rows
 * before `shownFrom` stay and the later ones are computed again, for the lines of the whole span
 * (trends-series.ts `linesFrom`). A new line or slice value would also need rows before
 * `shownFrom`: then the whole table is built again. Returns whether it was incremental.
 */
async function updateTrendLines(connection: DuckDBConnection, oldFile: string, shownFrom: string): Promise<boolean> {
	const old = `read_parquet(${literal(oldFile)})`;
	const slicesNow = await rows(connection, buildSliceValuesQuery().sql);
	const slicesBefore = await rows(
		connection,
		`SELECT DISTINCT slice_dim AS dim, slice_key AS value FROM ${old} WHERE slice_dim <> '' ORDER BY dim, value`
	);
	if (JSON.stringify(slicesNow) === JSON.stringify(slicesBefore)) {
		await buildTrendLines(connection, shownFrom);
		const [fresh] = await rows(
			connection,
			`SELECT count(*) AS n FROM (SELECT DISTINCT ${LINE} FROM trend_lines EXCEPT SELECT DISTINCT ${LINE} FROM ${old})`
		);
		if (Number(fresh.n) === 0) {
			await connection.run(
				`CREATE TABLE trend_lines_merged AS SELECT * FROM ${old} WHERE month < ${literal(shownFrom.slice(0, 7))} UNION ALL BY NAME SELECT * FROM trend_lines`
			);
			await connection.run('DROP TABLE trend_lines');
			await connection.run('ALTER TABLE trend_lines_merged RENAME TO trend_lines');
			return true;
		}
		await connection.run('DROP TABLE trend_lines');
	}
	await buildTrendLines(connection);
	return false;
}

export async function runUpdate(options: UpdateOptions): Promise<UpdateReport> {
	const started = performance.now();
	const log = options.log ?? (() => {});
	const exportDate = options.exportDate;
	dateLiteral(exportDate);
	const dataDir = resolve(options.dataDir);
	const manifestPath = join(dataDir, 'manifest.json');
	if (!existsSync(manifestPath)) throw new Error(`${options.dataDir} has no manifest.json: run npm run data:import first`);
	const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
	if (exportDate < old.export_date)
		throw new RefusedFileError(
			options.inputs.map((p) => basename(p)).join(', '),
			null,
			`the export date ${exportDate} is before the data folder's (${old.export_date}): an update adds later exports only`
		);
	const buildDir = mkdtempSync(join(dirname(dataDir), `.${basename(dataDir)}.update-`));
	const workDir = mkdtempSync(join(tmpdir(), 'reform-lens-update-'));
	const { instance, connection } = await openImportDatabase(workDir, options.memoryLimit);
	const sql = nativeRunner(connection);
	let swapped = false;
	try {
		const generatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
		// The reference tables the folder was published with (its calendar, provinces and pilots).
		for (const table of Object.keys(REFERENCE_TABLES))
			await connection.run(
				`CREATE TABLE ${table} AS SELECT * FROM read_parquet(${literal(join(dataDir, 'reference', `${table}.parquet`))})`
			);
		await refuseFlips(connection, dataDir, old, exportDate);

		const first = old.imports.length; // input numbers after the old ones, as in one import
		const loaded: LoadedInput[] = [];
		for (const [i, path] of options.inputs.entries()) {
			const l = await loadInput(connection, { path: resolve(path), kind: undefined }, first + i);
			if (l.kind !== 'dossiers')
				throw new RefusedFileError(
					l.file,
					null,
					l.kind === INDEX_KIND
						? 'is a published-index table: load it with npm run data:indices'
						: 'is a survey export: an update adds dossier exports only; give survey rounds to npm run data:import with every file'
				);
			log(`read ${l.file}: ${l.rowsRead} rows (${l.format}, ${l.fieldNames} names)`);
			loaded.push(l);
		}

		const oldRawFiles = (old.tables.find((t) => t.table === 'dossiers')?.files ?? []).map((f) => join(dataDir, f.path));
		const oldRaw = oldRawFiles.length ? `read_parquet(${files(oldRawFiles)})` : null;
		// Ids the folder already read, kept (raw partitions) or excluded, among the new ones.
		const oldExcluded = excludedPaths(old)
			.filter((e) => e.record.kind === 'dossiers' && existsSync(join(dataDir, e.path)))
			.map((e) => join(dataDir, e.path));
		const newIds = loaded.map((l) => `SELECT dossier_id FROM ${l.table}`).join(' UNION ALL ');
		const oldIds = [
			...(oldRaw ? [`SELECT dossier_id FROM ${oldRaw}`] : []),
			...(oldExcluded.length ? [`SELECT dossier_id FROM read_parquet(${files(oldExcluded)})`] : [])
		];
		await connection.run(
			`CREATE TABLE prior_ids AS SELECT DISTINCT dossier_id AS id FROM (${oldIds.join(' UNION ALL ') || 'SELECT NULL::VARCHAR AS dossier_id'})
			 WHERE dossier_id IN (${newIds})`
		);
		await checkRows(sql, 'dossiers', loaded, exportDate, { priorIds: 'prior_ids' });
		log('checked dossiers');
		const imports = await importRecords(sql, 'dossiers', loaded, async (l) => ({
			sha256: await sha256File(l.path),
			imported_at: generatedAt,
			duration_ms: l.durationMs
		}));
		await connection.run('CREATE TABLE dossiers_new AS SELECT * FROM dossiers_valid');
		await connection.run('DROP VIEW dossiers_valid');

		await connection.run(touchedMonthsSql(old.export_date, exportDate, oldRaw));
		const months = (await rows(connection, `SELECT strftime(m, '%Y-%m') AS m FROM touched ORDER BY m`)).map((r) => String(r.m));
		log(`recomputing the cube rows of ${months.length} months: ${months.join(', ')}`);
		// The old rows counted in a touched month: received or finished in it, or open at its end.
		const newExportMonth = `CAST(date_trunc('month', ${dateLiteral(exportDate)}) AS DATE)`;
		const reach = `EXISTS (SELECT 1 FROM touched WHERE m BETWEEN CAST(date_trunc('month', received_at) AS DATE)
			AND coalesce(CAST(date_trunc('month', finished_at) AS DATE), ${newExportMonth}))`;
		await connection.run(
			`CREATE TABLE dossiers_valid AS SELECT * FROM dossiers_new ${oldRaw ? `UNION ALL BY NAME SELECT * FROM ${oldRaw} WHERE ${reach}` : ''}`
		);
		log('old rows of those months read');
		await connection.run(dossierCubeSql(exportDate));
		await connection.run(dossierHistSql());
		log('their cube rows recomputed');
		for (const cube of MONTHLY_CUBES) {
			const oldCube = literal(join(dataDir, 'cubes', `${cube}.parquet`));
			await connection.run(
				`CREATE TABLE ${cube}_merged AS
				 SELECT * FROM read_parquet(${oldCube}) WHERE month NOT IN (SELECT m FROM touched)
				 UNION ALL BY NAME SELECT * FROM ${cube} WHERE month IN (SELECT m FROM touched)`
			);
			await connection.run(`DROP TABLE ${cube}`);
			await connection.run(`ALTER TABLE ${cube}_merged RENAME TO ${cube}`);
		}
		log('cube rows merged');
		await buildUnitRollups(connection);
		const incremental = await updateTrendLines(connection, join(dataDir, 'cubes', `${TREND_LINES_TABLE}.parquet`), `${months[0]}-01`);
		log(`unit rollups derived again; trend_lines ${incremental ? `recomputed from ${months[0]}` : 'rebuilt (new lines or slices)'}`);

		// Raw partitions that gain rows: the old file's rows and the new ones, in the import's order.
		const parts = await rows(connection, 'SELECT DISTINCT year(received_at) AS y, province_34 AS p FROM dossiers_new ORDER BY y, p');
		const oldTable = old.tables.find((t) => t.table === 'dossiers');
		const written = new Map<string, ManifestFile>();
		for (const part of parts) {
			const year = Number(part.y);
			const province = String(part.p);
			const path = `dossiers/year=${year}/province=${province}/part-0.parquet`;
			const had = existsSync(join(dataDir, path));
			const source = had
				? `(SELECT * FROM read_parquet(${literal(join(dataDir, path))}) UNION ALL BY NAME SELECT * FROM dossiers_new)`
				: 'dossiers_new';
			const w = await writeParquet(connection, partitionSelect(source, year, province), join(buildDir, path));
			written.set(path, { path, ...w, partition: { year, province } });
		}
		const excluded: ManifestFile[] = [];
		const used = new Set(excludedPaths(old).map((e) => e.path.replace(/\.parquet$/, '')));
		for (const l of loaded) {
			const path = excludedFileName(l.file, used);
			excluded.push({
				path,
				...(await writeParquet(connection, excludedRowsSql('dossiers', l.index), join(buildDir, path))),
				partition: null
			});
		}
		const cubeTables = await writeCubes(connection, buildDir, [...MONTHLY_CUBES, ...DERIVED]);
		const rewritten = new Set([
			...written.keys(),
			...excluded.map((f) => f.path),
			...cubeTables.map((t) => t.files[0].path),
			'manifest.json'
		]);
		linkTree(dataDir, buildDir, (path) => rewritten.has(path));

		// The manifest: the old one with the rewritten files, the new imports and export date.
		const keptFiles = (oldTable?.files ?? []).filter((f) => !written.has(f.path));
		const dossierFiles = [...keptFiles, ...written.values()];
		const [ts] = await rows(
			connection,
			`SELECT CAST(min(received_at) AS DATE) AS f, CAST(max(received_at) AS DATE) AS t FROM read_parquet(${files(dossierFiles.map((f) => join(buildDir, f.path)))})`
		);
		const replacedTable = (t: ManifestTable): ManifestTable[] => {
			const cube = cubeTables.find((c) => c.table === t.table);
			if (cube) return [cube];
			if (t.table === 'dossiers') return [];
			if (t.table === 'excluded') return [tableEntry('excluded', 'raw', [...t.files, ...excluded], null)];
			return [t];
		};
		const tables = old.tables.flatMap(replacedTable);
		const dossiersEntry = tableEntry('dossiers', 'raw', dossierFiles, span(ts.f, ts.t));
		// Where a full import lists it: after the cubes and the published indices, before the survey.
		const at = tables.findIndex((t) => t.role === 'raw');
		tables.splice(at < 0 ? tables.length : at, 0, dossiersEntry);
		if (!tables.some((t) => t.table === 'excluded') && excluded.length) tables.push(tableEntry('excluded', 'raw', excluded, null));
		const manifest: Manifest = {
			...old,
			generated_at: generatedAt,
			export_date: exportDate,
			source: 'import',
			tables,
			imports: [...old.imports, ...imports]
		};
		delete manifest.seed;
		writeFileSync(join(buildDir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
		connection.closeSync();
		instance.closeSync();
		swapIntoPlace(buildDir, dataDir);
		swapped = true;
		return {
			dataDir,
			manifest,
			imports,
			months,
			trendLinesFrom: incremental ? months[0] : null,
			partitionsWritten: written.size,
			partitionsKept: keptFiles.length,
			durationMs: Math.round(performance.now() - started)
		};
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
