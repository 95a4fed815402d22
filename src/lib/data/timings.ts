// Timings the benchmark and tests read from the page (window.__reformLensTimings).
// Milliseconds since navigation start (performance.now()).
export interface QueryTiming {
	sql: string;
	ms: number;
	at: number;
	rows: number;
}

export interface EngineTimings {
	bootStart?: number;
	wasmLoaded?: number; // DuckDB's .wasm downloaded (compiling follows)
	engineReady?: number; // DuckDB-WASM open
	dataReady?: number; // the tables of the first query inserted
	ready?: number; // Engine.ready resolved
	firstLive?: number; // first live result delivered by liveQuery
	failed?: number; // the boot failed (engineStatus.stage = 'error')
	fetchedBytes: number;
	/** Queries sent to DuckDB and not yet answered. */
	pending: number;
	queries: QueryTiming[];
	/** Charts given a new option (ECharts' setOption paints synchronously). */
	chartDraws?: number;
	/** The last 200 draws. */
	draws?: ChartDraw[];
}

export interface ChartDraw {
	/** The chart's data-testid. */
	chart: string;
	/** How long setOption (which paints) took. */
	ms: number;
	/** When it ended. */
	at: number;
	/** The timestamp of the animation frame it was drawn in (null: drawn outside one). */
	frame: number | null;
	/** The chart was in the viewport. */
	onScreen: boolean;
}

declare global {
	interface Window {
		__reformLensTimings?: EngineTimings;
	}
}

export function timings(): EngineTimings {
	if (typeof window === 'undefined') return { fetchedBytes: 0, pending: 0, queries: [] };
	window.__reformLensTimings ??= { fetchedBytes: 0, pending: 0, queries: [] };
	return window.__reformLensTimings;
}

export function mark(key: 'bootStart' | 'wasmLoaded' | 'engineReady' | 'dataReady' | 'ready' | 'firstLive' | 'failed'): void {
	const t = timings();
	t[key] ??= performance.now();
}

export function recordQuery(sql: string, ms: number, rows: number): void {
	const q = timings().queries;
	q.push({ sql, ms, at: performance.now(), rows });
	if (q.length > 500) q.splice(0, q.length - 500);
}

/** Called after a chart painted a new option (the benchmark's "redrawn" reads it). */
export function recordChartDraw(draw: Omit<ChartDraw, 'at'>): void {
	const t = timings();
	const at = performance.now();
	t.chartDraws = (t.chartDraws ?? 0) + 1;
	t.draws ??= [];
	t.draws.push({ ...draw, at });
	if (t.draws.length > 200) t.draws.splice(0, t.draws.length - 200);
}
