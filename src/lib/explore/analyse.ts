// /explore/'s run over the dropped files, in the importer's order and with its SQL: each file is
// read and typed (type-input.ts), the rows of each kind are checked against the rules and
// counted (check-rows.ts), and the cubes are built by the importer's cube SQL (cubes.ts), in the
// tables the site's views read (dossier_cube, dossier_hist, their unit rollups, survey_cube). Unlike the importer,
// a refused file does not stop the others: it is listed with its reason and left out.
import { checkRows, createEmptyKept, excludedRowsSql, importRecords, type InputAccounting } from '../import/check-rows';
import type { InputKind } from '../import/columns';
import { dossierCubeSql, dossierHistSql, surveyCubeSql } from '../import/cubes';
import { duckdbReason } from '../import/duckdb-error';
import { RefusedFileError, type RefusalCode, type RefusalParams } from '../import/errors';
import { typeInput, dropSource } from '../import/type-input';
import type { Row } from '../metrics/query';
import { buildUnitRollupQuery, UNIT_ROLLUPS } from '../metrics/unit-rollups';
import {
	prepareInput,
	throwIfCancelled,
	Cancelled,
	type DeferredDb,
	type DroppedFile,
	type ExploreDb,
	type Progress
} from './read-dropped';

export interface Refusal {
	file: string;
	column: string | null;
	/** The importer's English text. */
	problem: string;
	/** What the page says instead, in the reader's language (refusal-text.ts); null: only `problem`. */
	code: RefusalCode | null;
	params: RefusalParams;
	/** DuckDB's own words, quoted after the translated lead. */
	detail: string | null;
}

export interface InputResult extends InputAccounting {
	/** Position among the dropped files (the `_input` of the checked rows). */
	index: number;
}

export interface Analysis {
	/** The accepted files' accounting, in the order they were given. */
	inputs: InputResult[];
	refused: Refusal[];
	/** Kept rows per kind (0 when none). */
	kept: Record<InputKind, number>;
}

interface Typed {
	index: number;
	file: string;
	format: 'csv' | 'parquet';
	kind: InputKind;
	fieldNames: 'contract' | 'portal';
	table: string;
	rowsRead: number;
}

/** Tables and views the analysis made (everything but the site's reference tables). */
export async function clearAnalysis(db: ExploreDb, keep: ReadonlySet<string>): Promise<void> {
	const objects = await db.sql.rows(
		`SELECT table_name AS name, table_type AS type FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_type DESC`
	);
	for (const o of objects) {
		const name = String(o.name);
		if (keep.has(name) || !/^[a-z_][a-z0-9_]*$/.test(name)) continue;
		await db.sql.run(`DROP ${o.type === 'VIEW' ? 'VIEW' : 'TABLE'} IF EXISTS ${name}`);
	}
}

export async function analyseFiles(
	deferredDb: DeferredDb,
	files: readonly DroppedFile[],
	exportDate: string,
	onProgress: (p: Progress) => void,
	signal?: AbortSignal
): Promise<Analysis> {
	const typed: Typed[] = [];
	const refused: Refusal[] = [];
	for (const [index, file] of files.entries()) {
		throwIfCancelled(signal);
		try {
			const prepared = await prepareInput(deferredDb, file, index, onProgress, signal);
			const db = await deferredDb;
			try {
				onProgress({ stage: 'type', file: file.name, bytes: file.size, totalBytes: file.size, rows: Math.max(0, prepared.source.rows) });
				const t = await typeInput(db.sql, file.name, prepared.source, prepared.src, undefined, index);
				typed.push({ index, file: file.name, format: prepared.format, ...t });
			} finally {
				await dropSource(db.sql, prepared.source, prepared.src).catch(() => {});
				if (prepared.registered) await db.dropFile(prepared.registered).catch(() => {});
			}
		} catch (error) {
			if (error instanceof Cancelled) throw error;
			throwIfCancelled(signal);
			if (error instanceof RefusedFileError) {
				const { column, problem, code, params, detail } = error;
				refused.push({ file: error.file, column, problem, code, params, detail });
			} else {
				const reason = duckdbReason(error);
				refused.push({ file: file.name, column: null, problem: reason, code: 'engine_error', params: {}, detail: reason });
			}
		}
	}
	// Every file refused by its scan: the engine is still needed for the (empty) cubes.
	const db = await deferredDb;
	throwIfCancelled(signal);
	const inputs: InputResult[] = [];
	const kept: Record<InputKind, number> = { dossiers: 0, survey_responses: 0 };
	const last = files[files.length - 1];
	for (const kind of ['dossiers', 'survey_responses'] as const) {
		throwIfCancelled(signal);
		const ofKind = typed.filter((t) => t.kind === kind);
		if (ofKind.length === 0) {
			await createEmptyKept(db.sql, kind);
			continue;
		}
		onProgress({
			stage: 'check',
			file: ofKind.map((t) => t.file).join(', '),
			bytes: 0,
			totalBytes: 0,
			rows: ofKind.reduce((n, t) => n + t.rowsRead, 0)
		});
		// Unsorted: the browser writes no partitions, and the excluded rows are read by _row.
		await checkRows(db.sql, kind, ofKind, exportDate, { sorted: false });
		const records = await importRecords(db.sql, kind, ofKind, async (t) => ({ index: t.index }));
		for (const r of records) {
			inputs.push(r as InputResult);
			kept[kind] += r.rows_kept;
		}
	}
	for (const t of typed) await db.sql.run(`DROP TABLE ${t.table}`);
	throwIfCancelled(signal);
	onProgress({ stage: 'cubes', file: last?.name ?? '', bytes: 0, totalBytes: 0, rows: kept.dossiers + kept.survey_responses });
	await db.sql.run(dossierCubeSql(exportDate));
	await db.sql.run(dossierHistSql());
	// The overview's builders read the unit rollups (unit-rollups.ts), as the pipeline writes them.
	for (const rollup of UNIT_ROLLUPS) await db.sql.run(`CREATE TABLE ${rollup.table} AS ${buildUnitRollupQuery(rollup).sql}`);
	await db.sql.run(surveyCubeSql());
	inputs.sort((a, b) => a.index - b.index);
	return { inputs, refused, kept };
}

/** One input's excluded rows with their reason (for the download). */
export function excludedRows(db: ExploreDb, input: Pick<InputResult, 'kind' | 'index'>): Promise<Row[]> {
	return db.sql.rows(excludedRowsSql(input.kind, input.index));
}
