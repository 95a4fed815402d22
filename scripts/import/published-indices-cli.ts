// npm run data:indices -- <file.csv|file.parquet>… [--out data]
// Loads published province indices (docs/DATA-CONTRACT.md, "published_indices") into an existing
// data folder, replacing the index table it had, without re-importing the dossiers and surveys.
// A refused file stops it (exit code 1) and leaves the data folder as it was.

import { parseArgs } from 'node:util';
import { duckdbReason } from '../../src/lib/import/duckdb-error';
import { RefusedFileError } from '../../src/lib/import/errors';
import { updatePublishedIndices } from './published-indices-update';
import { formatSummary } from './summary';

const USAGE = `Usage: npm run data:indices -- <file.csv|file.parquet>… [--out data]
  --out  the data folder to update (default: data); replaced only when every file is accepted`;

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: { out: { type: 'string', default: 'data' }, help: { type: 'boolean', short: 'h' } }
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
	try {
		const report = await updatePublishedIndices({ inputs: positionals, dataDir: values.out, log: (line) => console.error(line) });
		console.log(formatSummary(report.imports));
		console.log(`Replaced the published indices of ${report.dataDir}; run npm run build to publish them.`);
		return 0;
	} catch (error) {
		const why = error instanceof RefusedFileError ? error.message : `The update failed: ${duckdbReason(error)}`;
		console.error(`\n${why}\nNothing was written; ${values.out} is unchanged.`);
		return 1;
	}
}

process.exitCode = await main();
