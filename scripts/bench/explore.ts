// npm run bench -- --explore [--rows 1000000] [--runs N] [--rounds N] [--skip-build] [--site DIR]
// /explore/ at scale: a generated N-dossier CSV (about 175 MB for 1M rows, bench-data/) is
// chosen in the page of the built site, in headless Chromium, once per run (a fresh browser
// each); measured: time to the row accounting and to the figures (read + validated +
// aggregated), the analysis's own stage timings (window.__reformLensExploreTimings), the peak
// resident memory of the renderer processes (sampled every 250 ms), beside the issue-18 targets
// (≤ 15 s, ≤ 1.5 GB); then, on the explored data, each control of the figures changed to another
// value and back (--rounds times): change → charts redrawn and the longest main-thread task,
// beside the site's view targets. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeBenchInputs } from '../import/bench-input';
import { changeOutcome, type ChangeResult } from './change-outcome';
import { changeSelects, type Change } from './controls';
import { parseExploreArgs } from './explore-args';
import { settle, withFreshBrowser } from './measure';
import { installProbe, resetProbe, snapshot } from './probe';
import { rendererMemory } from './processes';
import { fmtBytes, fmtLatency, fmtMs, median, percentile, table } from './stats';
import { serveStatic } from '../serve/static-server';

const TARGET_MS = 15_000;
const TARGET_BYTES = 1.5 * 1024 ** 3;
const EXPORT_DATE = '2026-01-05';
/** The stages of one analysis, in order (read-dropped.ts; db boots alongside the scan). */
const STAGES = ['db', 'scan', 'read', 'type', 'check', 'cubes'];

/** bench-data/explore-<rows>/dossiers.csv, generated once (the importer's bench generator, as CSV text). */
async function benchCsv(rows: number): Promise<string> {
	const dir = resolve('bench-data', `explore-${rows}`);
	const csv = join(dir, 'dossiers.csv');
	if (existsSync(csv)) return csv;
	mkdirSync(dir, { recursive: true });
	await writeBenchInputs(rows, dir, 10);
	const instance = await DuckDBInstance.create(':memory:');
	const c = await instance.connect();
	// Written beside and renamed: an interrupted run leaves no partial CSV to be reused.
	const partial = `${csv}.partial`;
	rmSync(partial, { force: true });
	await c.run(`COPY (SELECT * FROM read_parquet('${join(dir, 'dossiers.parquet')}')) TO '${partial}' (HEADER, DELIMITER ',', FORMAT CSV)`);
	c.closeSync();
	instance.closeSync();
	renameSync(partial, csv);
	return csv;
}

interface RunResult {
	accounting: number;
	figures: number | null;
	peak: number;
	kept: string | null;
	error: string | null;
	stages: Record<string, number> | null;
	changes: ChangeResult[];
}

async function oneRun(siteUrl: string, csv: string, rounds: number): Promise<RunResult> {
	return withFreshBrowser(async (context, userDataDir) => {
		await installProbe(context);
		const page = await context.newPage();
		await page.goto(`${siteUrl}/explore/`, { waitUntil: 'load' });
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
		const stages = await page.evaluate(() => window.__reformLensExploreTimings ?? null);
		const changes: ChangeResult[] = [];
		if (figures !== null && rounds > 0) {
			// The figures' own period and boundary selects (ExploreFigures.svelte).
			const controls = page.getByTestId('explore-figures').getByRole('group');
			await settle(page);
			const change: Change = async (group, name, act) => {
				await resetProbe(page);
				await act();
				if (!(await settle(page))) console.warn(`explore ${name}: still busy after 60 s, measured so far`);
				changes.push(changeOutcome(group, name, await snapshot(page)));
			};
			for (let r = 0; r < rounds; r++) await changeSelects(controls, 'page controls', change);
		}
		return { accounting, figures, peak, kept, error, stages, changes };
	});
}

/** "median (min–max)" of one figure over the runs. */
function spread(values: (number | null | undefined)[], fmt: (v: number) => string): string {
	const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
	if (!v.length) return '—';
	return v.length === 1 ? fmt(v[0]) : `${fmt(median(v)!)} (${fmt(Math.min(...v))}–${fmt(Math.max(...v))})`;
}

export async function benchExplore(argv: string[]): Promise<void> {
	const o = parseExploreArgs(argv);
	const csv = await benchCsv(o.rows);
	if (!o.skipBuild) {
		const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
		if (r.status !== 0) throw new Error('npm run build failed');
	}
	const server = await serveStatic(resolve(o.site ?? 'build'));
	const results: RunResult[] = [];
	try {
		for (let i = 0; i < o.runs; i++) {
			const r = await oneRun(server.url, csv, o.rounds);
			results.push(r);
			const stages = STAGES.map((s) => `${s} ${fmtMs(r.stages?.[s])}`).join(', ');
			console.log(
				`run ${i + 1}/${o.runs}: figures ${fmtMs(r.figures)}, peak ${fmtBytes(r.peak)}; ${stages}${r.error ? `; error: ${r.error}` : ''}`
			);
		}
	} finally {
		await server.close();
	}
	const changes = results.flatMap((r) => r.changes);
	const redrawn = changes.map((c) => c.redrawnMs).filter((v): v is number => v !== null);
	const of = <K extends keyof RunResult>(k: K) => results.map((r) => r[k]);
	const runs = o.runs > 1 ? ` (median and range of ${o.runs} runs)` : '';
	console.log(`\n/explore/ on ${o.rows.toLocaleString('en')} dossiers, CSV ${fmtBytes(statSync(csv).size)} (${csv})${runs}`);
	console.log(
		table(
			['measure', 'figure', 'target'],
			[
				['choose → row accounting shown', spread(of('accounting'), fmtMs), '—'],
				['choose → figures drawn (read + validated + aggregated)', spread(of('figures'), fmtMs), `≤ ${fmtMs(TARGET_MS)}`],
				...STAGES.map((s) => [
					`  stage ${s}${s === 'db' ? ' (alongside scan)' : ''}`,
					spread(
						results.map((r) => r.stages?.[s]),
						fmtMs
					),
					'—'
				]),
				['peak renderer memory', spread(of('peak'), fmtBytes), `≤ ${fmtBytes(TARGET_BYTES)}`],
				['rows kept', [...new Set(of('kept'))].join(', ') || '—', '—'],
				[`filter change → charts redrawn, p50 (${redrawn.length} of ${changes.length} changes)`, fmtLatency(median(redrawn)), '≤ 100 ms'],
				['filter change → charts redrawn, p95', fmtLatency(percentile(redrawn, 0.95)), '≤ 250 ms'],
				['longest main-thread task during a change', fmtLatency(Math.max(0, ...changes.map((c) => c.longestTaskMs ?? 0))), '≤ 50 ms']
			]
		)
	);
	for (const c of changes) {
		const queries = c.queryMs.length ? `queries ${c.queryMs.map(Math.round).join('/')} ms, answered ${fmtLatency(c.answeredMs)}, ` : '';
		console.log(
			`  ${c.name}: ${queries}redrawn ${fmtLatency(c.redrawnMs)}, longest task ${fmtLatency(c.longestTaskMs)}; ${c.drawn.join('; ')}`
		);
	}
}
