// npm run data:import -- <files…> [--out data] [--export-date YYYY-MM-DD] [--calendar file.csv] [--pilots pilots.csv] [--allow-empty] [--memory-limit 2GB]
// Imports dossier and survey exports into the data folder and prints what was kept and why rows
// were excluded. A refused file stops the import (exit code 1) and leaves the data folder as it was.

import { parseArgs } from 'node:util';
import { duckdbReason } from '../../src/lib/import/duckdb-error';
import { RefusedFileError } from '../../src/lib/import/errors';
import { runPipeline } from './pipeline';
import { isCalendarDate } from '../../src/lib/import/sql-text';
import { formatSummary } from './summary';

const USAGE = `Usage: npm run data:import -- <file.csv|file.parquet>… [--out data] [--export-date YYYY-MM-DD] [--calendar calendar.csv] [--pilots pilots.csv] [--allow-empty]
  --out          output folder (default: data); replaced only when the import succeeds
  --export-date  the day the export was taken (default: today); later rows are excluded
  --calendar     a working-day calendar CSV replacing the built-in one
  --pilots       the pilot provinces' real start dates: province_code,start_date,end_date[,model]
                 (63-unit codes; each start inside the dossier data); without it the demo's
                 illustrative dates are used and labelled so
  --kind         dossiers | survey_responses, for every file (default: detected from the columns)
  --allow-empty  publish even if the dossier or survey tables come out empty (refused otherwise)
  --memory-limit DuckDB's memory limit; it spills to a temporary folder past it (default: 4GB)`;

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				out: { type: 'string', default: 'data' },
				'export-date': { type: 'string' },
				calendar: { type: 'string' },
				pilots: { type: 'string' },
				kind: { type: 'string' },
				'allow-empty': { type: 'boolean', default: false },
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
	const kind = values.kind;
	if (kind !== undefined && kind !== 'dossiers' && kind !== 'survey_responses') {
		console.error(`--kind must be dossiers or survey_responses, got "${kind}"`);
		return 2;
	}
	try {
		const report = await runPipeline({
			inputs: positionals.map((path) => ({ path, kind })),
			outDir: values.out,
			exportDate,
			source: 'import',
			calendarCsv: values.calendar,
			pilotsCsv: values.pilots,
			allowEmpty: values['allow-empty'],
			memoryLimit: values['memory-limit'],
			log: (line) => console.error(line)
		});
		console.log(formatSummary(report.imports));
		const cubes = report.manifest.tables.filter((t) => t.role === 'cube');
		console.log(cubes.map((t) => `${t.table}: ${t.rows} rows, ${t.bytes} bytes`).join('\n'));
		console.log(`\nWrote ${report.outDir} in ${(report.durationMs / 1000).toFixed(1)} s`);
		return 0;
	} catch (error) {
		if (error instanceof RefusedFileError) {
			console.error(`\n${error.message}\nNothing was written; ${values.out} is unchanged.`);
			return 1;
		}
		// Not a file's fault (memory, disk): DuckDB's reason without the SQL; the stack on request.
		console.error(`\nThe import failed: ${duckdbReason(error)}\nNothing was written; ${values.out} is unchanged.`);
		if (process.env.DEBUG) console.error(error);
		return 1;
	}
}

process.exitCode = await main();
