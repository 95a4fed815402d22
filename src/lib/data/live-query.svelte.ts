// The page helper: prerendered rows first, then live DuckDB-WASM results that follow the filters.
import { untrack } from 'svelte';
import type { Row, SqlQuery } from '../metrics/query';
import { ResultCache } from './result-cache';
import { LatestWins } from './runner';
import { startEngine } from './start-engine';
import { mark } from './timings';

export interface LiveQuery<C = undefined> {
	/** The prerendered rows until the first live result, then the latest live result. */
	readonly rows: Row[];
	/** A live query is running (the rows shown may be from the previous filters). */
	readonly loading: boolean;
	/** Why the live query or the engine failed (English, technical); the rows shown stay. */
	readonly error: string | null;
	/** True once a live result has replaced the prerendered rows. */
	readonly live: boolean;
	/**
	 * What `context()` gave when the query behind `rows` was built: labels and choices that
	 * describe the rows shown, so a view does not redraw old rows under new labels while the
	 * new query runs.
	 */
	readonly context: C;
}

const sameQuery = (a: SqlQuery | null, b: SqlQuery | null) =>
	a === b || (!!a && !!b && a.sql === b.sql && JSON.stringify(a.params) === JSON.stringify(b.params));
/** Contexts are small plain values: equal ones keep the old object, so nothing redraws. */
const sameContext = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Results of queries that read only the cubes and reference tables (which do not change while
 * the page is open), shared by the views that opt in with `{ cache: cubeResults }`: every page
 * query but the drill-down's procedures, which read raw rows loaded on demand.
 */
export const cubeResults = new ResultCache(50_000);

export interface LiveQueryOptions {
	/** Where to keep and look up results (only for queries whose tables never change). */
	cache?: ResultCache;
}

/**
 * Call during component initialisation. `initial()` gives the rows computed at build time (e.g.
 * from the page's `data`), `build()` the query for the current filters (read reactive state in
 * it) or null to run nothing. On the client the engine boots and `build()` re-runs whenever the
 * state it reads changes; a newer query supersedes an older one (latest wins). `context()`, read
 * with each build, is kept with the query and returned with its rows (see `LiveQuery.context`);
 * before the first live result it is the current one (the prerendered rows are the current
 * filters' rows). With `options.cache`, a query answered before is answered from it at once.
 */
export function liveQuery<C = undefined>(
	initial: () => Row[],
	build: () => SqlQuery | null,
	context: () => C = () => undefined as C,
	options: LiveQueryOptions = {}
): LiveQuery<C> {
	const state = $state({ loading: false, error: null as string | null, live: false });
	// Raw: rows and context are replaced whole, never mutated; a deep proxy would only make every
	// read of every cell slower.
	let liveRows = $state.raw<Row[]>([]);
	let liveContext = $state.raw<C>(undefined as C);
	let runner: LatestWins | undefined;
	let last: SqlQuery | null = null;
	let lastContext: C;
	// Boot at once, while the page hydrates, rather than from the first effect after it: the
	// engine's code, DuckDB's .wasm and the manifest start loading that much earlier.
	if (typeof window !== 'undefined') startEngine().catch(() => {}); // failures: engineStatus

	$effect(() => {
		const q = build();
		const ctx = context();
		if (!q) return;
		if (sameQuery(q, last)) {
			// Same rows, new description (e.g. a label that the SQL does not depend on).
			lastContext = ctx;
			untrack(() => {
				if (state.live && !state.loading && !sameContext(liveContext, ctx)) liveContext = ctx;
			});
			return;
		}
		last = q;
		lastContext = ctx;
		const show = (rows: Row[], shownContext: C) => {
			liveRows = rows;
			if (!state.live || !sameContext(liveContext, shownContext)) liveContext = shownContext;
			state.live = true;
			state.error = null;
			state.loading = false;
			mark('firstLive');
		};
		const cached = options.cache?.get(q);
		if (cached) {
			runner?.cancel(); // an older query still running must not replace these rows
			untrack(() => show(cached, ctx));
			return;
		}
		if (!runner) {
			runner = new LatestWins(async (query) => (await startEngine()).query(query));
		}
		state.loading = true;
		runner.run(q).then(
			(rows) => {
				if (rows === undefined) return; // superseded by a newer query
				options.cache?.set(q, rows);
				// Only the latest query resolves with rows, and `lastContext` is its latest context.
				show(rows, lastContext);
			},
			(error: unknown) => {
				state.error = error instanceof Error ? error.message : String(error);
				state.loading = false;
				last = null; // allow a retry with the same filters
			}
		);
	});

	$effect(() => () => runner?.cancel());

	return {
		get rows() {
			return state.live ? liveRows : initial();
		},
		get loading() {
			return state.loading;
		},
		get error() {
			return state.error;
		},
		get live() {
			return state.live;
		},
		get context() {
			return state.live ? liveContext : context();
		}
	};
}

/**
 * `liveQuery` for a query that reads only the cubes and reference tables (every page query but
 * the drill-down's procedures, which read raw rows loaded on demand): its results are kept in
 * `cubeResults`, so a view seen before in the visit is answered at once. Call during component
 * initialisation, like `liveQuery`.
 */
export function cubeQuery<C = undefined>(initial: () => Row[], build: () => SqlQuery | null, context?: () => C): LiveQuery<C> {
	return liveQuery(initial, build, context, { cache: cubeResults });
}
