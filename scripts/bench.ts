// npm run bench [-- --rows 10000000] [--runs 3] [--skip-build] [--views /trends/,/pilots/] (or -- --explore, or -- --import)
// Builds the site for the demo data (and, with --rows N, for a generated N-dossier data set in
// bench-data/), serves it, and measures in headless Chromium: time to the prerendered numbers,
// to DuckDB ready, to the first live result, bytes fetched, renderer memory (cold loads of /),
// cold loads of a bare DuckDB-WASM page (the yardstick: bench/bare-engine.ts), the pages that
// run no query, the initial JS, and, on each view, every change of the shared filter bar and of the page's own controls:
// queries, change → last query answered, change → charts redrawn (scripts/bench/change-outcome.ts).
// --views measures only the views listed (the cold loads only if / is one of them); without it,
// every view and one province profile of each boundary list (bench/view-set.ts).
// Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import {
	changeLatency,
	coldLoad,
	plainLoad,
	withFreshBrowser,
	type LoadResult,
	type PlainLoadResult,
	type ViewResult
} from './bench/measure';
import { writeBareEnginePage } from './bench/bare-engine';
import { initialJsBytes } from './bench/initial-js';
import { loadTargets, viewTargets, type LoadFigures, type TargetRow } from './bench/targets';
import { importTargetRows } from './bench/import';
import { parseArgs, type Options } from './bench/args';
import { defaultViews } from './bench/view-set';
import { installProbe } from './bench/probe';
import type { ChangeResult } from './bench/change-outcome';
import { REPORT_HEADER, slowestChanges, summaryRow, viewRows, withoutRedraw } from './bench/report';
import { fmtBytes, fmtLatency, fmtMs, median, table } from './bench/stats';
import { serveStatic } from './serve/static-server';

function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
	console.log(
		`$ ${[cmd, ...args].join(' ')}${
			Object.keys(env).length
				? `  (${Object.entries(env)
						.map(([k, v]) => `${k}=${v}`)
						.join(' ')})`
				: ''
		}`
	);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

/** Prerendered pages of the default language (vi), as site paths. */
function viewPaths(siteDir: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) {
				// Not the site's views: its assets, data, the English copies, the bench's own bare page.
				if (!['_app', 'data', 'en'].includes(e.name) && !e.name.startsWith('__')) walk(p);
			} else if (e.name === 'index.html')
				out.push(
					'/' +
						relative(siteDir, dir)
							.split(sep)
							.filter(Boolean)
							.map((s) => s + '/')
							.join('')
				);
		}
	};
	walk(siteDir);
	return out.sort();
}

function dataSummary(dataDir: string): string {
	const m = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as {
		tables: { table: string; role: string; rows: number; bytes: number }[];
	};
	const dossiers = m.tables.find((t) => t.table === 'dossiers')?.rows ?? 0;
	const startBytes = m.tables.filter((t) => t.role !== 'raw').reduce((n, t) => n + t.bytes, 0);
	return `${dossiers.toLocaleString('en')} dossiers; cubes + reference ${fmtBytes(startBytes)}`;
}

/** Pages that run no query: they must not fetch the engine. */
const NO_QUERY_PAGES = ['/methodology/', '/data-quality/'];

/**
 * Cold loads of /, each followed by a cold load of the bare engine page (same origin, same
 * browser, same run), then the pages that run no query. Returns the figures for the targets.
 */
async function coldLoads(siteUrl: string, siteDir: string, runs: number): Promise<LoadFigures> {
	const barePath = await writeBareEnginePage(siteDir);
	const loads: LoadResult[] = [];
	const bare: PlainLoadResult[] = [];
	for (let i = 0; i < runs; i++) {
		loads.push(await coldLoad(siteUrl, '/'));
		bare.push(await plainLoad(siteUrl, barePath, true));
	}
	const row = (label: string, l: LoadResult, b: PlainLoadResult | null) => [
		label,
		fmtMs(l.fcp),
		fmtMs(l.wasmLoaded),
		fmtMs(l.engineReady),
		fmtMs(l.ready),
		fmtMs(l.firstLive),
		fmtMs(l.repeatFirstLive),
		fmtMs(b?.ready),
		b?.ready && l.firstLive ? `${(l.firstLive / b.ready).toFixed(2)}×` : '—',
		fmtBytes(l.bytes),
		fmtBytes(l.rendererBytes),
		fmtBytes(b?.rendererBytes),
		[l.error, b?.error].filter(Boolean).join('; ')
	];
	const med = (f: (l: LoadResult) => number | null) => median(loads.map((l) => f(l) ?? NaN));
	const medians: LoadResult = {
		fcp: med((l) => l.fcp),
		wasmLoaded: med((l) => l.wasmLoaded),
		engineReady: med((l) => l.engineReady),
		ready: med((l) => l.ready),
		firstLive: med((l) => l.firstLive),
		repeatFirstLive: med((l) => l.repeatFirstLive),
		bytes: med((l) => l.bytes) ?? 0,
		rendererBytes: med((l) => l.rendererBytes),
		error: null
	};
	const bareMedian: PlainLoadResult = {
		ready: median(bare.map((b) => b.ready ?? NaN)),
		bytes: median(bare.map((b) => b.bytes)) ?? 0,
		wasmBytes: 0,
		rendererBytes: median(bare.map((b) => b.rendererBytes ?? NaN)),
		error: null
	};
	console.log('Cold load of / (seconds from navigation; fresh browser profile each run), each followed by a cold load of a');
	console.log('bare page that only boots the same DuckDB-WASM files and answers SELECT 42; repeat = / again in the same profile\n');
	console.log(
		table(
			[
				'run',
				'prerendered (FCP)',
				'.wasm loaded',
				'DuckDB ready',
				'data ready',
				'first live',
				'repeat visit',
				'bare ready',
				'÷ bare',
				'fetched',
				'renderer RSS',
				'bare RSS',
				'error'
			],
			[...loads.map((l, i) => row(String(i + 1), l, bare[i])), row('median', medians, bareMedian)]
		)
	);
	const noQuery = [];
	for (const path of NO_QUERY_PAGES) noQuery.push({ path, ...(await plainLoad(siteUrl, path, false)) });
	console.log(
		`\nPages that run no query: ${noQuery.map((q) => `${q.path} ${fmtBytes(q.bytes)} (.wasm ${fmtBytes(q.wasmBytes)})`).join(', ')}`
	);
	const js = initialJsBytes(join(siteDir, 'index.html'));
	console.log(`Initial JS of /: ${js.files} modules, ${fmtBytes(js.gzipBytes)} gzip\n`);
	return {
		firstLive: medians.firstLive,
		bareReady: bareMedian.ready,
		repeatFirstLive: medians.repeatFirstLive,
		firstVisitBytes: medians.bytes,
		rendererBytes: medians.rendererBytes,
		noQueryWasm: noQuery.map((q) => ({ path: q.path, bytes: q.wasmBytes })),
		initialJsGzip: js.gzipBytes
	};
}

function printTargets(name: string, rows: TargetRow[]): void {
	console.log(`\nTargets (issue 13), ${name}\n`);
	console.log(
		table(
			['figure', 'measured', 'target', 'met'],
			[...rows, ...importTargetRows()].map((r) => [r.figure, r.measured, r.target, r.met])
		)
	);
}

const SLOWEST = 5;

function printChanges(views: ViewResult[]): void {
	console.log('After a change (each control changed to another value and back, provinces added and removed; warm engine)');
	console.log('answered = change → last DuckDB query answered; redrawn = change → end of the frame showing the last chart');
	console.log('update (or the first frame after the last answer); seen = the same for the charts on screen only (charts out');
	console.log('of view are drawn right after them); no chart redrawn = changes after which no chart got a new option\n');
	const all = views.flatMap((v) => v.changes);
	console.log(table(REPORT_HEADER, [...views.flatMap((v) => viewRows(v.path, v.changes)), summaryRow('every view', 'all', all)]));
	for (const v of views) {
		const slow = slowestChanges(v.changes, SLOWEST);
		const none = withoutRedraw(v.changes);
		if (!slow.length) continue;
		console.log(`\nSlowest changes on ${v.path}`);
		for (const line of slow) console.log(`  ${line}`);
		if (none.answered.length) console.log(`  no chart redrawn though queries answered: ${none.answered.join(', ')}`);
		if (none.idle.length) console.log(`  no chart redrawn, no query: ${none.idle.join(', ')}`);
	}
	const figures = (changes: ChangeResult[]) => {
		const redrawn = changes.flatMap((c) => (c.redrawnMs === null ? [] : [c.redrawnMs]));
		const seen = changes.flatMap((c) => (c.redrawnMs === null ? [] : [c.seenMs ?? c.redrawnMs]));
		return `median redrawn ${fmtLatency(median(redrawn))}, median seen ${fmtLatency(median(seen))} over ${redrawn.length} changes`;
	};
	const summary = (label: string, changes: ChangeResult[]) => {
		console.log(`${label}: ${figures(changes)}`);
		console.log(`  of which changes that ran a query: ${figures(changes.filter((c) => c.queryMs.length > 0))}`);
	};
	console.log('');
	// Issue 6's target is for /trends/ (every chart redrawn within 100 ms, median).
	const trends = views.find((v) => v.path === '/trends/');
	if (trends) summary('/trends/, every change (issue 6 asks every chart ≤ 100 ms median)', trends.changes);
	summary('Every view, every change', all);
}

async function benchDataSet(name: string, dataDir: string, options: Options): Promise<void> {
	const siteDir = resolve('bench-data', `site-${name}`);
	if (!options.skipBuild) run('npm', ['run', 'build'], { REFORM_LENS_DATA: dataDir, REFORM_LENS_BUILD: siteDir });
	if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`No site in ${siteDir}: run without --skip-build`);
	const server = await serveStatic(siteDir);
	try {
		console.log(`\n## ${name}: ${dataSummary(dataDir)}\n`);
		const available = viewPaths(siteDir);
		const unknown = (options.views ?? []).filter((v) => !available.includes(v));
		if (unknown.length) throw new Error(`No such view: ${unknown.join(', ')} (views: ${available.join(', ')})`);
		const paths = options.views ?? defaultViews(available);
		const load = paths.includes('/') ? await coldLoads(server.url, siteDir, options.runs) : null;
		const views: ViewResult[] = [];
		await withFreshBrowser(async (context) => {
			await installProbe(context);
			for (const path of paths) views.push(await changeLatency(context, server.url, path));
		});
		printChanges(views);
		const memoryLimit = name === 'demo' ? 600 : 700;
		printTargets(name, [
			...(load ? loadTargets(load, memoryLimit) : []),
			...views.filter((v) => v.changes.length > 0).flatMap((v) => viewTargets(v.path, v.changes))
		]);
		const file = resolve('bench-data', `changes-${name}.json`);
		writeFileSync(file, JSON.stringify(views, null, '\t') + '\n');
		console.log(`Every change measured: ${relative(process.cwd(), file)}`);
	} finally {
		await server.close();
	}
}

async function main(): Promise<void> {
	const options = parseArgs(process.argv.slice(2));
	run('npm', ['run', 'data:demo', '--', '--if-missing']);
	const sets: [string, string][] = [['demo', resolve('data')]];
	if (options.rows !== null) {
		const label = options.rows % 1_000_000 === 0 ? `${options.rows / 1_000_000}m` : String(options.rows);
		const dir = resolve('bench-data', label);
		if (!existsSync(join(dir, 'manifest.json'))) {
			run('npm', ['run', 'data:demo', '--', '--rows', String(options.rows), '--out', dir]);
		}
		sets.push([label, dir]);
	}
	try {
		for (const [name, dir] of sets) await benchDataSet(name, dir, options);
	} finally {
		// The builds above synced other data into static/data: put the default data back.
		if (!options.skipBuild && existsSync('data/manifest.json')) run('npm', ['run', 'data:sync']);
	}
	console.log(`\nChromium ${CHROMIUM_NOTE}; ${new Date().toISOString()}`);
}

const CHROMIUM_NOTE = '/usr/bin/chromium, headless, 1280×900';

// --explore: /explore/ on a generated 1M-row CSV instead (scripts/bench/explore.ts); --import:
// the importer's CLIs at 1M and 10M dossiers (scripts/bench/import.ts).
const entry = process.argv.includes('--explore')
	? () => import('./bench/explore').then((m) => m.benchExplore(process.argv.slice(2)))
	: process.argv.includes('--import')
		? () => import('./bench/import').then((m) => m.benchImport(process.argv.slice(2)))
		: main;
entry().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
