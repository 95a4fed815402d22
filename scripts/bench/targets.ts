// The start-up, speed and importer targets (issue 13), each printed beside what the bench
// measured, so a run says at a glance which are met. A figure the bench does not measure yet says so: a missing
// yardstick is shown, never left out.
import type { ChangeResult } from './change-outcome';
import { fmtBytes, fmtLatency, fmtMs, median, percentile } from './stats';

export interface LoadFigures {
	/** Medians over the runs, ms from navigation. */
	firstLive: number | null;
	bareReady: number | null;
	repeatFirstLive: number | null;
	firstVisitBytes: number | null;
	rendererBytes: number | null;
	/** .wasm bytes fetched by each page that runs no query. */
	noQueryWasm: { path: string; bytes: number }[];
	initialJsGzip: number | null;
}

export interface TargetRow {
	figure: string;
	measured: string;
	target: string;
	met: 'yes' | 'no' | 'not measured';
}

const MIB = 1 << 20;

function row(figure: string, value: number | null, limit: number, show: (v: number) => string, target: string): TargetRow {
	if (value === null || !Number.isFinite(value)) return { figure, measured: '—', target, met: 'not measured' };
	return { figure, measured: show(value), target, met: value <= limit ? 'yes' : 'no' };
}

const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? a / b : null);
const times = (v: number) => `${v.toFixed(2)}×`;

/** Load targets for one data set (`memoryLimit` is 600 MiB on the demo data, 700 MiB at 10M). */
export function loadTargets(f: LoadFigures, memoryLimitMiB: number): TargetRow[] {
	const rows = [
		row('first live figure on / ÷ bare engine ready', ratio(f.firstLive, f.bareReady), 1.25, times, '≤ 1.25×'),
		row('bytes over the wire, first visit of / (encoded)', f.firstVisitBytes, 10 * MIB, fmtBytes, '≤ 10 MiB'),
		row('repeat visit first live ÷ first visit', ratio(f.repeatFirstLive, f.firstLive), 0.6, times, '≤ 0.60×'),
		row('renderer memory after the first live figures', f.rendererBytes, memoryLimitMiB * MIB, fmtBytes, `≤ ${memoryLimitMiB} MiB`),
		row('initial JS of / (gzip)', f.initialJsGzip, 60 * 1024, fmtBytes, '≤ 60 KiB')
	];
	for (const p of f.noQueryWasm) rows.push(row(`.wasm fetched by ${p.path}`, p.bytes, 0, fmtBytes, 'none'));
	return rows;
}

/** p50 ≤ 100 ms and p95 ≤ 250 ms from a change to every chart redrawn, for changes that ran a query and those that did not. */
export function viewTargets(path: string, changes: readonly ChangeResult[]): TargetRow[] {
	const out: TargetRow[] = [];
	const kinds: [string, ChangeResult[]][] = [
		['ran a query', changes.filter((c) => c.queryMs.length > 0)],
		['from a cache', changes.filter((c) => c.queryMs.length === 0)]
	];
	for (const [label, cs] of kinds) {
		// A change after which no chart was redrawn has no redrawn time: it counts as answered.
		const ms = cs.map((c) => c.redrawnMs ?? c.answeredMs ?? NaN);
		const n = ms.filter(Number.isFinite).length;
		out.push(row(`${path} ${label}: p50 redrawn (${n} changes)`, median(ms), 100, fmtLatency, '≤ 100 ms'));
		out.push(row(`${path} ${label}: p95 redrawn`, percentile(ms, 0.95), 250, fmtLatency, '≤ 250 ms'));
	}
	// Long tasks are reported only over 50 ms, so 0 means none over 50 ms.
	const tasks = changes.map((c) => c.longestTaskMs ?? NaN).filter(Number.isFinite);
	const longest = tasks.length ? Math.max(...tasks) : null;
	out.push(
		row(`${path}: longest main-thread task during a change`, longest, 50, (v) => (v === 0 ? 'none > 50 ms' : fmtLatency(v)), '≤ 50 ms')
	);
	return out;
}

/** One run of the importer's CLIs at one size (scripts/bench/import.ts). */
export interface ImportRun {
	/** Dossiers asked of the generator (the size's name) and dossier rows the import read. */
	size: number;
	dossiers: number;
	/** Full import of every file at the later export date. */
	fullMs: number;
	fullPeakRss: number | null;
	/** data:update of the last month into the import of the earlier months. */
	updateMs: number;
	updatePeakRss: number | null;
}

export interface ImportFigures {
	measuredAt: string;
	runs: ImportRun[];
}

const rate = (r: ImportRun) => `${Math.round(r.dossiers / (r.fullMs / 1000)).toLocaleString('en')} rows/s`;
const label = (n: number) => (n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n.toLocaleString('en'));

/**
 * The importer's targets from the runs at 1M and 10M dossiers (issue 13): 10M ≤ 12× the 1M time,
 * its peak RSS ≤ 2× the 1M figure, a monthly update ≤ 0.2× a full import at 10M. Without both
 * runs they are shown as not measured, with the command that measures them.
 */
export function importTargets(f: ImportFigures | null): TargetRow[] {
	const at = (n: number) => f?.runs.find((r) => r.size === n) ?? null;
	const one = at(1_000_000);
	const ten = at(10_000_000);
	const when = f ? ` (npm run bench -- --import, ${f.measuredAt.slice(0, 16)})` : ' (npm run bench -- --import)';
	const sizes = [one, ten].filter((r): r is ImportRun => r !== null);
	const each = (show: (r: ImportRun) => string) => sizes.map((r) => `${label(r.size)} ${show(r)}`).join(', ');
	return [
		row(
			`importer: 10M ÷ 1M wall time${sizes.length ? `; ${each(rate)}` : ''}${when}`,
			ratio(ten?.fullMs ?? null, one?.fullMs ?? null),
			12,
			times,
			'≤ 12×'
		),
		row(
			`importer: 10M ÷ 1M peak RSS${sizes.length ? `; ${each((r) => fmtBytes(r.fullPeakRss))}` : ''}`,
			ratio(ten?.fullPeakRss ?? null, one?.fullPeakRss ?? null),
			2,
			times,
			'≤ 2×'
		),
		row(
			`monthly update ÷ full import at 10M${sizes.length ? `; ${each((r) => `${fmtMs(r.updateMs)} vs ${fmtMs(r.fullMs)}`)}` : ''}`,
			ratio(ten?.updateMs ?? null, ten?.fullMs ?? null),
			0.2,
			times,
			'≤ 0.20×'
		)
	];
}
