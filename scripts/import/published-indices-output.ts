// The published-index part of an import: check the typed index inputs, count them per input for
// the manifest, and write `indices/published_indices.parquet`. Shared by the main import
// (pipeline.ts) and the index-only update (published-indices-update.ts), so both apply the same
// rules and write the same files.

import type { DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { writeParquet } from './files';
import { tableEntry, type ImportRecord, type ManifestTable } from './manifest';
import { checkIndexRows, INDEX_KIND, INDEX_PATH, INDEX_SELECT, INDEX_TABLE, indexCounts } from './published-indices';
import type { LoadedInput } from './read-input';

type Stamp = (l: LoadedInput) => Promise<Pick<ImportRecord, 'sha256' | 'imported_at' | 'duration_ms'>>;

/** Checks every index input (also none: the table then exists, empty) and returns one record per input. */
export async function checkPublishedIndices(
	connection: DuckDBConnection,
	loaded: readonly LoadedInput[],
	exportDate: string,
	stamp: Stamp
): Promise<ImportRecord[]> {
	const inputs = loaded.filter((l) => l.kind === INDEX_KIND);
	await checkIndexRows(
		connection,
		inputs.map((l) => l.table),
		exportDate
	);
	const records: ImportRecord[] = [];
	for (const l of inputs) {
		const { excluded, years } = await indexCounts(connection, l.index);
		const rowsExcluded = Object.values(excluded).reduce((s, n) => s + n, 0);
		records.push({
			file: l.file,
			kind: INDEX_KIND,
			format: l.format,
			field_names: l.fieldNames,
			...(await stamp(l)),
			rows_read: l.rowsRead,
			rows_kept: l.rowsRead - rowsExcluded,
			rows_excluded: rowsExcluded,
			excluded_by_rule: excluded,
			time_span: years ? { from: `${years.from}-01-01`, to: `${years.to}-12-31` } : null
		});
	}
	return records;
}

/**
 * Writes the kept rows. Role `cube`: the table is small (provinces × components × years) and the
 * browser loads it with the cubes, so /indices/ queries it like any cube.
 */
export async function writePublishedIndices(connection: DuckDBConnection, buildDir: string): Promise<ManifestTable> {
	const w = await writeParquet(connection, INDEX_SELECT, join(buildDir, INDEX_PATH));
	const [span] = (await connection.runAndReadAll(`SELECT min(year) AS f, max(year) AS t FROM ${INDEX_TABLE}`)).getRowObjectsJS();
	const timeSpan = span?.f === null || span?.f === undefined ? null : { from: `${span.f}-01-01`, to: `${span.t}-12-31` };
	return tableEntry(INDEX_TABLE, 'cube', [{ path: INDEX_PATH, ...w, partition: null }], timeSpan);
}
