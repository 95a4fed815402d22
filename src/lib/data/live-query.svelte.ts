// The page helper: prerendered rows first, then live DuckDB-WASM results that follow the filters.
import type { Row, SqlQuery } from '../metrics/query';
import { LatestWins } from './runner';
import { startEngine } from './start-engine';
import { mark } from './timings';

export interface LiveQuery {
	/** The prerendered rows until the first live result, then the latest live result. */
	readonly rows: Row[];
	/** A live query is running (the rows shown may be from the previous filters). */
	readonly loading: boolean;
	/** Why the live query or the engine failed (English, technical); the rows shown stay. */
	readonly error: string | null;
	/** True once a live result has replaced the prerendered rows. */
	readonly live: boolean;
}

const sameQuery = (a: SqlQuery | null, b: SqlQuery | null) =>
	a === b || (!!a && !!b && a.sql === b.sql && JSON.stringify(a.params) === JSON.stringify(b.params));

/**
 * Call during component initialisation. `initial()` gives the rows computed at build time (e.g.
 * from the page's `data`), `build()` the query for the current filters (read reactive state in
 * it) or null to run nothing. On the client the engine boots and `build()` re-runs whenever the
 * state it reads changes; a newer query supersedes an older one (latest wins).
 */
export function liveQuery(
	initial: () => Row[],
	build: () => SqlQuery | null
): LiveQuery {
	const state = $state({ liveRows: [] as Row[], loading: false, error: null as string | null, live: false });
	let runner: LatestWins | undefined;
	let last: SqlQuery | null = null;

	$effect(() => {
		const q = build();
		if (!q || sameQuery(q, last)) return;
		last = q;
		if (!runner) {
			runner = new LatestWins(async (query) => (await startEngine()).query(query));
		}
		state.loading = true;
		runner.run(q).then(
			(rows) => {
				if (rows === undefined) return; // superseded by a newer query
				state.liveRows = rows;
				state.live = true;
				state.error = null;
				state.loading = false;
				mark('firstLive');
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
			return state.live ? state.liveRows : initial();
		},
		get loading() {
			return state.loading;
		},
		get error() {
			return state.error;
		},
		get live() {
			return state.live;
		}
	};
}
