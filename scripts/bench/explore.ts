// npm run bench -- --explore [--rows 1000000] [--skip-build]
// /explore/ at scale: a generated N-dossier CSV (about 100 MB for 1M rows, bench-data/) is
// chosen in the page of the built site, in headless Chromium; measured: time to the row
// accounting and to the figures (read + validated + aggregated), and the peak resident memory of
// the renderer processes (sampled every 250 ms), beside the issue-18 targets (≤ 15 s, ≤ 1.5 GB).
// Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeBenchInputs } from '../import/bench-input';
import { withFreshBrowser } from './measure';
import { rendererMemory } from './processes';
import { fmtBytes, fmtMs, table } from './stats';
import { serveStatic } from '../serve/static-server';

const TARGET_MS = 15_000;
const TARGET_BYTES = 1.5 * 1024 ** 3;
const EXPORT_DATE = '2026-01-05';

/** bench-data/explore-<rows>.csv, generated once (the importer's bench generator, as CSV text). */
async function benchCsv(rows: number): Promise<string> {
	const dir = resolve('bench-data', `explore-${rows}`);
	const csv = join(dir, 'dossiers.csv');
	if (existsSync(csv)) return csv;
	mkdirSync(dir, { recursive: true });
	await writeBenchInputs(rows, dir, 10);
	const instance = await DuckDBInstance.create(':memory:');
	const c = await instance.connect();
	await c.run(`COPY (SELECT * FROM read_parquet('${join(dir, 'dossiers.parquet')}')) TO '${csv}' (HEADER, DELIMITER ',')`);
	c.closeSync();
	instance.closeSync();
	return csv;
}

export async function benchExplore(argv: string[]): Promise<void> {
	const rowsAt = argv.indexOf('--rows');
	const rows = rowsAt >= 0 ? Number(argv[rowsAt + 1].replaceAll('_', '')) : 1_000_000;
	if (!(Number.isSafeInteger(rows) && rows > 0)) throw new Error('--rows needs a positive whole number');
	const csv = await benchCsv(rows);
	if (!argv.includes('--skip-build')) {
		const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
		if (r.status !== 0) throw new Error('npm run build failed');
	}
	const server = await serveStatic(resolve('build'));
	try {
		const result = await withFreshBrowser(async (context, userDataDir) => {
			const page = await context.newPage();
			await page.goto(`${server.url}/explore/`, { waitUntil: 'load' });
			await page.getByTestId('explore-export-date').fill(EXPORT_DATE);
			let peak = 0;
			const sampler = setInterval(() => (peak = Math.max(peak, rendererMemory(userDataDir) ?? 0)), 250);
			const t0 = Date.now();
			await page.getByTestId('explore-input').setInputFiles(csv);
			let accounting: number;
			let figures: number | null = null;
			let error: string | null = null;
			try {
				await page.waitForSelector('[data-testid="explore-accounting"], [data-testid="explore-error"]', { timeout: 600_000 });
				accounting = Date.now() - t0;
				if (await page.getByTestId('explore-error').count()) error = await page.getByTestId('explore-error').innerText();
				else {
					await page.waitForSelector('[data-testid="explore-figures"][data-live="true"]', { timeout: 600_000 });
					figures = Date.now() - t0;
				}
			} finally {
				clearInterval(sampler);
			}
			peak = Math.max(peak, rendererMemory(userDataDir) ?? 0);
			const kept = await page
				.getByTestId('explore-kept')
				.first()
				.getAttribute('data-raw')
				.catch(() => null);
			return { accounting, figures, peak, kept, error };
		});
		console.log(`\n/explore/ on ${rows.toLocaleString('en')} dossiers, CSV ${fmtBytes(statSync(csv).size)} (${csv})`);
		console.log(
			table(
				['measure', 'figure', 'target'],
				[
					['choose → row accounting shown', fmtMs(result.accounting), '—'],
					['choose → figures drawn (read + validated + aggregated)', fmtMs(result.figures), `≤ ${fmtMs(TARGET_MS)}`],
					['peak renderer memory', fmtBytes(result.peak), `≤ ${fmtBytes(TARGET_BYTES)}`],
					['rows kept', result.kept ?? '—', '—']
				]
			)
		);
		if (result.error) console.log(`error: ${result.error}`);
	} finally {
		await server.close();
	}
}
