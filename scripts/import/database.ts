// The importer's working database: native DuckDB in the import's own work directory, bounded by
// `memory_limit` and spilling past it into a folder there, so a 10M-dossier import
// sorts and joins on disk rather than holding every table in RAM (issue 13: peak RSS at 10M
// within 2× that at 1M). No extension is fetched or loaded behind the user's back.

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';

/**
 * DuckDB's memory_limit for imports; REFORM_LENS_IMPORT_MEMORY (e.g. '6GB') overrides it. 4 GB,
 * not 2: at 2 GB a 10M-dossier import once stopped with "Out of Memory" in the row checks (an
 * operator there does not spill), and an import must not fail where memory is plentiful.
 */
export const DEFAULT_MEMORY_LIMIT = '4GB';

export function importMemoryLimit(given?: string): string {
	const limit = given ?? process.env.REFORM_LENS_IMPORT_MEMORY ?? DEFAULT_MEMORY_LIMIT;
	// Checked here, since it is written into a setting: a number and a unit, nothing else.
	if (!/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(limit))
		throw new Error(`memory limit must look like 2GB or 1500MB, got "${limit}"`);
	return limit;
}

export async function openImportDatabase(
	workDir: string,
	memoryLimit?: string
): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> {
	// A database file, not ':memory:': its tables are blocks the buffer manager may write out and
	// read back, so past the limit they leave RAM too (an in-memory table cannot, and a 10M-row
	// import stopped with "Out of Memory" at 2 GB).
	const instance = await DuckDBInstance.create(join(workDir, 'work.duckdb'), {
		temp_directory: join(workDir, 'spill'),
		memory_limit: importMemoryLimit(memoryLimit)
	});
	const connection = await instance.connect();
	await connection.run('SET autoinstall_known_extensions = false');
	await connection.run('SET autoload_known_extensions = false');
	return { instance, connection };
}
