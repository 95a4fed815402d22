// npm run bench -- --import [--rows 1000000,10000000]
// The importer at scale (issue 13): for each size, generated exports (scripts/import/bench-input.ts,
// bench-data/import-<size>/, made once) are imported by the real CLIs run as child processes:
// - full: `data:import` of every file at the later export date (the yardstick);
// - base: `data:import` of the export taken a month earlier (not a target; it sets up the update);
// - update: `data:update` of the last month into the base folder, whose result must equal full's.
// Measured: wall time, rows per second, peak RSS (VmHWM, scripts/bench/peak-rss.ts). The figures
// are kept in bench-data/import-figures.json, so the main bench's targets table shows them too.
// Prints figures; asserts nothing (it says when the update's tables differ from the full import's).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASE_EXPORT, BENCH_FILES, MONTH_EXPORT, writeBenchInputs } from '../import/bench-input';
import type { Manifest } from '../import/manifest';
import { runMeasured, type Measured } from './peak-rss';
import { fmtBytes, fmtMs, table } from './stats';
import { importTargets, type ImportFigures, type ImportRun, type TargetRow } from './targets';

export const IMPORT_FIGURES = resolve('bench-data', 'import-figures.json');

/** The importer figures of the last `--import` run, if any. */
export function importTargetRows(): TargetRow[] {
	const figures = existsSync(IMPORT_FIGURES) ? (JSON.parse(readFileSync(IMPORT_FIGURES, 'utf8')) as ImportFigures) : null;
	return importTargets(figures);
}

async function cli(label: string, script: string, args: string[]): Promise<Measured> {
	console.log(`$ ${script} ${args.join(' ')}`);
	// node itself (with tsx as a loader), so the sampled process is the one doing the work.
	const m = await runMeasured(process.execPath, ['--import', 'tsx', script, ...args]);
	if (m.exitCode !== 0) throw new Error(`${label} failed (exit ${m.exitCode}):\n${m.stderrTail}`);
	return m;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Tables whose row counts differ between two data folders (the update against the full import). */
function differingTables(a: Manifest, b: Manifest): string[] {
	const rowsOf = (m: Manifest) => new Map(m.tables.map((t) => [t.table, t.rows]));
	const [ra, rb] = [rowsOf(a), rowsOf(b)];
	return [...new Set([...ra.keys(), ...rb.keys()])].filter((t) => ra.get(t) !== rb.get(t));
}

async function benchSize(size: number): Promise<ImportRun> {
	const dir = resolve('bench-data', `import-${size}`);
	if (!existsSync(join(dir, BENCH_FILES.month))) {
		console.log(`generating ${size.toLocaleString('en')} dossiers into ${dir}`);
		await writeBenchInputs(size, dir);
	}
	const input = (f: keyof typeof BENCH_FILES) => join(dir, BENCH_FILES[f]);
	const full = join(dir, 'full');
	const updated = join(dir, 'updated');
	for (const d of [full, updated]) rmSync(d, { recursive: true, force: true });
	const fullRun = await cli('full import', 'scripts/import/cli.ts', [
		input('base'),
		input('month'),
		input('survey'),
		'--export-date',
		MONTH_EXPORT,
		'--out',
		full
	]);
	const baseRun = await cli('base import', 'scripts/import/cli.ts', [
		input('base'),
		input('survey'),
		'--export-date',
		BASE_EXPORT,
		'--out',
		updated
	]);
	const updateRun = await cli('update', 'scripts/import/update-cli.ts', [input('month'), '--export-date', MONTH_EXPORT, '--out', updated]);
	const fullManifest = manifestOf(full);
	const dossiers = fullManifest.imports.filter((r) => r.kind === 'dossiers').reduce((n, r) => n + r.rows_read, 0);
	const differ = differingTables(manifestOf(updated), fullManifest);
	const rate = (m: Measured, rows: number) => `${Math.round(rows / (m.wallMs / 1000)).toLocaleString('en')}`;
	const monthRows = manifestOf(updated).imports.at(-1)?.rows_read ?? 0;
	console.log(
		'\n' +
			table(
				['run', 'dossiers read', 'wall', 'rows/s', 'peak RSS'],
				[
					['full import', dossiers.toLocaleString('en'), fmtMs(fullRun.wallMs), rate(fullRun, dossiers), fmtBytes(fullRun.peakRss)],
					[
						'base import (a month earlier)',
						(dossiers - monthRows).toLocaleString('en'),
						fmtMs(baseRun.wallMs),
						rate(baseRun, dossiers - monthRows),
						fmtBytes(baseRun.peakRss)
					],
					[
						'update (the last month)',
						monthRows.toLocaleString('en'),
						fmtMs(updateRun.wallMs),
						rate(updateRun, monthRows),
						fmtBytes(updateRun.peakRss)
					]
				]
			)
	);
	console.log(
		`update ÷ full import: ${(updateRun.wallMs / fullRun.wallMs).toFixed(2)}×; tables of the update and the full import: ${
			differ.length ? `DIFFERENT row counts in ${differ.join(', ')}` : 'same row counts'
		}\n`
	);
	return {
		size,
		dossiers,
		fullMs: fullRun.wallMs,
		fullPeakRss: fullRun.peakRss,
		updateMs: updateRun.wallMs,
		updatePeakRss: updateRun.peakRss
	};
}

export async function benchImport(argv: string[]): Promise<void> {
	const at = argv.indexOf('--rows');
	const sizes = (at >= 0 ? argv[at + 1] : '1000000,10000000').split(',').map((s) => Number(s.replaceAll('_', '')));
	if (!sizes.every((n) => Number.isSafeInteger(n) && n > 0)) throw new Error('--rows needs positive whole numbers, comma-separated');
	const runs: ImportRun[] = [];
	for (const size of sizes) {
		console.log(`\n## importer, ${size.toLocaleString('en')} dossiers\n`);
		runs.push(await benchSize(size));
	}
	// Keep earlier sizes measured in another run (e.g. 10M alone after 1M), replaced where re-measured.
	const previous = existsSync(IMPORT_FIGURES) ? (JSON.parse(readFileSync(IMPORT_FIGURES, 'utf8')) as ImportFigures).runs : [];
	const figures: ImportFigures = {
		measuredAt: new Date().toISOString(),
		runs: [...previous.filter((p) => !runs.some((r) => r.size === p.size)), ...runs].sort((a, b) => a.size - b.size)
	};
	writeFileSync(IMPORT_FIGURES, JSON.stringify(figures, null, '\t') + '\n');
	console.log('Targets (issue 13), importer\n');
	console.log(
		table(
			['figure', 'measured', 'target', 'met'],
			importTargets(figures).map((r) => [r.figure, r.measured, r.target, r.met])
		)
	);
	console.log(`\nFigures kept in bench-data/import-figures.json; ${process.execPath} ${process.version}, ${new Date().toISOString()}`);
}
