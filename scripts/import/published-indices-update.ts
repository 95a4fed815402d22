// `npm run data:indices -- <files…>`: replaces the published-index table of an existing data
// folder without re-importing the exports. The files are read and checked exactly as the main
// import reads them (read-input.ts, published-indices.ts); the new folder is built beside the old
// one from hard links of every file that stays, plus the new index files and manifest, and
// swapped in with the main import's `swapIntoPlace`: a refused file leaves the folder untouched.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { openImportDatabase } from './database';
import { linkTree, sha256File, swapIntoPlace, writeParquet } from './files';
import type { ImportRecord, Manifest, ManifestFile } from './manifest';
import { excludedFileName } from './pipeline';
import { excludedIndexSelect, INDEX_EXCLUDED_FOLDER, INDEX_KIND, INDEX_PATH, INDEX_TABLE } from './published-indices';
import { checkPublishedIndices, writePublishedIndices } from './published-indices-output';
import { loadInput, type LoadedInput } from './read-input';
import { literal } from '../../src/lib/import/sql-text';

export interface IndexUpdateReport {
	dataDir: string;
	imports: ImportRecord[];
	manifest: Manifest;
}

/** Whether a data-folder path is replaced by the update (the index table and its excluded rows). */
function replaced(path: string): boolean {
	return path === INDEX_PATH || path.startsWith(`${INDEX_EXCLUDED_FOLDER}/`) || path === 'manifest.json';
}

export async function updatePublishedIndices(options: {
	inputs: string[];
	dataDir: string;
	log?: (line: string) => void;
}): Promise<IndexUpdateReport> {
	const log = options.log ?? (() => {});
	const dataDir = resolve(options.dataDir);
	const manifestPath = join(dataDir, 'manifest.json');
	if (!existsSync(manifestPath)) throw new Error(`${options.dataDir} has no manifest.json: run npm run data:import (or data:demo) first`);
	const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
	const buildDir = mkdtempSync(join(dirname(dataDir), `.${basename(dataDir)}.indices-`));
	const workDir = mkdtempSync(join(tmpdir(), 'reform-lens-indices-'));
	const { instance, connection } = await openImportDatabase(workDir);
	let swapped = false;
	try {
		// The province lists the data folder was published with.
		for (const table of ['provinces_63', 'provinces_34'])
			await connection.run(
				`CREATE TABLE ${table} AS SELECT * FROM read_parquet(${literal(join(dataDir, 'reference', `${table}.parquet`))})`
			);
		const loaded: LoadedInput[] = [];
		for (const [i, path] of options.inputs.entries()) {
			const l = await loadInput(connection, { path: resolve(path), kind: INDEX_KIND }, i);
			log(`read ${l.file}: ${l.rowsRead} rows (${l.format})`);
			loaded.push(l);
		}
		const importedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
		const imports = await checkPublishedIndices(connection, loaded, old.export_date, async (l) => ({
			sha256: await sha256File(l.path),
			imported_at: importedAt,
			duration_ms: l.durationMs
		}));

		linkTree(dataDir, buildDir, replaced);
		const indexTable = await writePublishedIndices(connection, buildDir);
		const used = new Set<string>();
		const excluded: ManifestFile[] = [];
		for (const l of loaded) {
			const path = excludedFileName(l.file, used, INDEX_EXCLUDED_FOLDER);
			excluded.push({ path, ...(await writeParquet(connection, excludedIndexSelect(l.index), join(buildDir, path))), partition: null });
		}
		const tables = old.tables
			.filter((t) => t.table !== INDEX_TABLE)
			.map((t) => {
				if (t.table !== 'excluded') return t;
				const files = [...t.files.filter((f) => !replaced(f.path)), ...excluded].sort((a, b) => (a.path < b.path ? -1 : 1));
				return { ...t, files, rows: files.reduce((s, f) => s + f.rows, 0), bytes: files.reduce((s, f) => s + f.bytes, 0) };
			});
		if (!tables.some((t) => t.table === 'excluded') && excluded.length > 0)
			tables.push({
				table: 'excluded',
				role: 'raw',
				rows: excluded.reduce((s, f) => s + f.rows, 0),
				bytes: excluded.reduce((s, f) => s + f.bytes, 0),
				time_span: null,
				files: excluded
			});
		tables.push(indexTable);
		const manifest: Manifest = { ...old, tables, imports: [...old.imports.filter((r) => r.kind !== INDEX_KIND), ...imports] };
		writeFileSync(join(buildDir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
		connection.closeSync();
		instance.closeSync();
		swapIntoPlace(buildDir, dataDir);
		swapped = true;
		return { dataDir, imports, manifest };
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
