// The data folder's manifest (docs/DATA-LAYOUT.md) and which files the browser loads from it.
import type { RawPartition, RawTable } from './types';

export interface ManifestFile {
	path: string;
	rows: number;
	bytes: number;
	sha256: string;
	partition: RawPartition | null;
}

export interface ManifestTable {
	table: string;
	role: 'cube' | 'reference' | 'raw';
	rows: number;
	bytes: number;
	time_span: { from: string; to: string } | null;
	files: ManifestFile[];
}

export interface Manifest {
	version: number;
	generated_at: string;
	export_date: string;
	source: 'demo' | 'import';
	seed?: number;
	tables: ManifestTable[];
	imports?: unknown[];
}

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;
// Relative paths inside the data folder only (no scheme, no '..', no leading '/').
const FILE_PATH = /^(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9_=.\-/]+\.parquet$/;

/** Checks the parts of the manifest the engine relies on; throws a readable error otherwise. */
export function parseManifest(json: unknown): Manifest {
	const m = json as Partial<Manifest> | null;
	if (!m || typeof m !== 'object' || !Array.isArray(m.tables)) {
		throw new Error('manifest.json has no "tables" list');
	}
	for (const t of m.tables) {
		if (!TABLE_NAME.test(t?.table ?? '')) throw new Error(`manifest.json: invalid table name ${JSON.stringify(t?.table)}`);
		if (!['cube', 'reference', 'raw'].includes(t.role))
			throw new Error(`manifest.json: table ${t.table} has role ${JSON.stringify(t.role)}`);
		if (!Array.isArray(t.files)) throw new Error(`manifest.json: table ${t.table} has no files`);
		for (const f of t.files) {
			if (typeof f?.path !== 'string' || !FILE_PATH.test(f.path) || f.path.startsWith('/')) {
				throw new Error(`manifest.json: table ${t.table} has an invalid file path ${JSON.stringify(f?.path)}`);
			}
		}
	}
	return m as Manifest;
}

/** Whether `sql` names `table` as a whole identifier (table names are checked, TABLE_NAME). */
export function namesTable(sql: string, table: string): boolean {
	return new RegExp(`(?<![A-Za-z0-9_$])${table}(?![A-Za-z0-9_$])`, 'i').test(sql);
}

/**
 * The cubes and reference tables a query names: the engine loads them before it runs it, so a
 * page fetches only the tables it queries (metric builders name their tables literally,
 * DATA-LAYOUT.md). Never raw rows: `loadRaw` loads those, a partition at a time.
 */
export function queryTables(manifest: Manifest, sql: string): ManifestTable[] {
	return manifest.tables.filter((t) => (t.role === 'cube' || t.role === 'reference') && namesTable(sql, t.table));
}

/** The raw table's files whose partition matches every given key (year, province). */
export function rawFiles(manifest: Manifest, table: RawTable, partition: RawPartition): ManifestFile[] {
	if (partition.year === undefined && partition.province === undefined) {
		throw new Error(`loadRaw(${table}): give a year or a province; the whole raw table is never loaded`);
	}
	const entry = manifest.tables.find((t) => t.table === table && t.role === 'raw');
	if (!entry) throw new Error(`The data has no raw table ${table}`);
	return entry.files.filter(
		(f) =>
			(partition.year === undefined || f.partition?.year === partition.year) &&
			(partition.province === undefined || f.partition?.province === partition.province)
	);
}

/** The smallest file of a raw table (its schema creates the table when no partition matches). */
export function smallestRawFile(manifest: Manifest, table: RawTable): ManifestFile | undefined {
	const entry = manifest.tables.find((t) => t.table === table && t.role === 'raw');
	return entry?.files.reduce<ManifestFile | undefined>((a, f) => (!a || f.bytes < a.bytes ? f : a), undefined);
}
