import type { Row, SqlQuery } from '../metrics/query';

type Exec = (q: SqlQuery) => Promise<Row[]>;

/**
 * Latest wins: each `run` supersedes the runs before it. A superseded run resolves `undefined`
 * (never a stale result). While one query executes, newer requests wait in a single slot, so a
 * burst of filter changes costs at most two executions (the running one and the last request).
 */
export class LatestWins {
	#exec: Exec;
	#generation = 0;
	#running: Promise<unknown> | null = null;
	#queued: { gen: number; q: SqlQuery; resolve: (r: Row[] | undefined) => void; reject: (e: unknown) => void } | null = null;

	constructor(exec: Exec) {
		this.#exec = exec;
	}

	run(q: SqlQuery): Promise<Row[] | undefined> {
		const gen = ++this.#generation;
		// The waiting request is superseded before it ever reached the engine.
		if (this.#queued) {
			this.#queued.resolve(undefined);
			this.#queued = null;
		}
		return new Promise((resolve, reject) => {
			if (this.#running) {
				this.#queued = { gen, q, resolve, reject };
			} else {
				this.#start(gen, q, resolve, reject);
			}
		});
	}

	/** Drops every pending and running request (e.g. when the component is destroyed). */
	cancel(): void {
		this.#generation++;
		if (this.#queued) {
			this.#queued.resolve(undefined);
			this.#queued = null;
		}
	}

	#start(gen: number, q: SqlQuery, resolve: (r: Row[] | undefined) => void, reject: (e: unknown) => void): void {
		let task: Promise<Row[]>;
		try {
			task = this.#exec(q);
		} catch (error) {
			task = Promise.reject(error);
		}
		const settled = task.then(
			(rows) => resolve(gen === this.#generation ? rows : undefined),
			(error) => (gen === this.#generation ? reject(error) : resolve(undefined))
		);
		this.#running = settled;
		void settled.then(() => {
			this.#running = null;
			const next = this.#queued;
			this.#queued = null;
			if (next) this.#start(next.gen, next.q, next.resolve, next.reject);
		});
	}
}
