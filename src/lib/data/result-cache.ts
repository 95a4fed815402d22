// Results of queries over data that does not change while the page is open (the cubes), kept so
// that going back to a view (a filter changed and changed back, another metric of the same
// choices) draws at once instead of asking DuckDB again. Least recently used entries go first;
// the bound is on rows, so a few large results cannot hold on to much memory.
import type { Row, SqlQuery } from '../metrics/query';

export class ResultCache {
	#entries = new Map<string, Row[]>();
	#rows = 0;
	readonly maxRows: number;

	constructor(maxRows: number) {
		this.maxRows = maxRows;
	}

	static key(q: SqlQuery): string {
		return `${JSON.stringify(q.params)}\u0000${q.sql}`;
	}

	get(q: SqlQuery): Row[] | undefined {
		const key = ResultCache.key(q);
		const rows = this.#entries.get(key);
		if (rows) {
			// Most recently used last (a Map keeps insertion order).
			this.#entries.delete(key);
			this.#entries.set(key, rows);
		}
		return rows;
	}

	set(q: SqlQuery, rows: Row[]): void {
		const key = ResultCache.key(q);
		const old = this.#entries.get(key);
		if (old) {
			this.#entries.delete(key);
			this.#rows -= old.length;
		}
		if (rows.length > this.maxRows) return; // larger than the whole cache: not kept
		this.#entries.set(key, rows);
		this.#rows += rows.length;
		for (const [k, r] of this.#entries) {
			if (this.#rows <= this.maxRows) break;
			this.#entries.delete(k);
			this.#rows -= r.length;
		}
	}

	get size(): number {
		return this.#entries.size;
	}

	get rows(): number {
		return this.#rows;
	}
}
