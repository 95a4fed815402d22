// npm run data:update -- <file.csv|file.parquet>… --export-date YYYY-MM-DD [--out data]
// One more month of dossier exports into an existing data folder (update.ts): the result equals
// a full import of every file at the new export date; only the touched months' cube rows and
// raw partitions are rewritten. A refused file stops it (exit code 1) and leaves the folder as it was.

import { parseArgs } from 'node:util';
import { duckdbReason } from '../../src/lib/import/duckdb-error';
import { RefusedFileError } from '../../src/lib/import/errors';
import { isCalendarDate } from '../../src/lib/import/sql-text';
import { formatSummary } from './summary';
import { runUpdate } from './update';

const USAGE = `Usage: npm run data:update -- <file.csv|file.parquet>… [--export-date YYYY-MM-DD] [--out data] [--memory-limit 2GB]
  --export-date   the day the new export was taken (default: today), on or after the folder's
  --out           the data folder to update (default: data); replaced only when the update succeeds
  --memory-limit  DuckDB's memory limit; it spills to disk past it (default: 4GB)`;

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				out: { type: 'string', default: 'data' },
				'export-date': { type: 'string' },
				'memory-limit': { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${USAGE}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help || positionals.length === 0) {
		console.error(USAGE);
		return values.help ? 0 : 2;
	}
	const exportDate = values['export-date'] ?? new Date().toISOString().slice(0, 10);
	if (!isCalendarDate(exportDate)) {
		console.error(`--export-date must be a real day as YYYY-MM-DD, got "${exportDate}"`);
		return 2;
	}
	try {
		const report = await runUpdate({
			inputs: positionals,
			dataDir: values.out,
			exportDate,
			memoryLimit: values['memory-limit'],
			log: (line) => console.error(line)
		});
		console.log(formatSummary(report.imports));
		console.log(
			`Updated ${report.dataDir} to ${exportDate} in ${(report.durationMs / 1000).toFixed(1)} s: cube rows of ${report.months.length} months recomputed, ` +
				`${report.partitionsWritten} raw partitions written, ${report.partitionsKept} kept as they were`
		);
		return 0;
	} catch (error) {
		const why = error instanceof RefusedFileError ? error.message : `The update failed: ${duckdbReason(error)}`;
		console.error(`\n${why}\nNothing was written; ${values.out} is unchanged.`);
		return 1;
	}
}

process.exitCode = await main();
