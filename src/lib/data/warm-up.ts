// Runs a page's warm-up queries one at a time while the page is idle. Why: the first runs of a
// kind of query make V8 compile DuckDB-WASM's hot functions to optimised code on background
// threads; on a two-core machine that compile (measured 120–440 ms of CPU after a filter change
// that met new query shapes) competes with the page's own queries and chart drawing. Run once
// ahead, it is out of the way when the user changes a filter.
import type { SqlQuery } from '../metrics/query';
import type { Engine } from './types';

function whenIdle(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
		else setTimeout(resolve, 100);
	});
}

/** The warm-ups started in this page load (the compiled code stays for the page's life). */
const started = new Set<string>();

/**
 * Runs `queries` in order, each when the browser is idle and `busy()` is false (the page's own
 * queries go first), once per page load for a given `key`. Answers are discarded; the first
 * failure stops the rest (and is logged: a warm-up query is a page query, so it should not fail).
 * Returns a function that stops it.
 */
export function warmUp(engine: Pick<Engine, 'query'>, key: string, queries: readonly SqlQuery[], busy: () => boolean): () => void {
	if (started.has(key)) return () => {};
	started.add(key);
	let stopped = false;
	void (async () => {
		for (const q of queries) {
			do await whenIdle();
			while (!stopped && busy());
			if (stopped) return;
			try {
				await engine.query(q);
			} catch (error) {
				console.warn('Warm-up query failed; the rest are skipped:', error);
				return;
			}
		}
	})();
	return () => (stopped = true);
}
