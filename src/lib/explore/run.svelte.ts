// The state of one /explore/ visit: the analysis running over the dropped files (with its
// progress and a cancel that stops the worker), its result, or why there is none. Browser only.
import { dataUrl } from '../data/start-engine';
import type { Row, SqlQuery } from '../metrics/query';
import type { Analysis } from './analyse';
import type { BrowserExploreDb } from './browser-db';
import { sizeProblem, type SizeProblem } from './limits';
import type { Progress } from './read-dropped';
import { stageClock, type StageTotals } from './stage-timings';

declare global {
	interface Window {
		/** The last analysis's stage timings (ms), read by the bench (scripts/bench/explore.ts). */
		__reformLensExploreTimings?: StageTotals;
	}
}

export type Phase = 'idle' | 'running' | 'done' | 'error' | 'cancelled' | 'too_large';

export class ExploreRun {
	phase = $state<Phase>('idle');
	progress = $state<Progress | { stage: 'boot'; file: string; bytes: number; totalBytes: number; rows: number } | null>(null);
	analysis = $state<Analysis | null>(null);
	error = $state<string | null>(null);
	tooLarge = $state<SizeProblem | null>(null);
	/** Bumps with each finished analysis, so views re-query. */
	version = $state(0);
	private db: Promise<BrowserExploreDb> | null = null;
	private controller: AbortController | null = null;

	private open(): Promise<BrowserExploreDb> {
		this.db ??= import('./browser-db').then(({ openExploreDb }) => openExploreDb(dataUrl(), () => {}));
		this.db.catch(() => (this.db = null));
		return this.db;
	}

	async start(files: File[], exportDate: string): Promise<void> {
		this.cancel(false);
		this.analysis = null;
		this.error = null;
		this.tooLarge = sizeProblem(files);
		if (this.tooLarge) {
			this.phase = 'too_large';
			return;
		}
		if (files.length === 0) return;
		const controller = new AbortController();
		this.controller = controller;
		this.phase = 'running';
		this.progress = { stage: 'boot', file: '', bytes: 0, totalBytes: 0, rows: 0 };
		const clock = stageClock();
		const t0 = performance.now();
		try {
			// The engine boots (worker, WASM, reference tables) while the file is scanned in this
			// thread: the analysis waits for it only once DuckDB is needed (read-dropped.ts).
			const db = this.open().then(async (d) => {
				const { clearAnalysis } = await import('./analyse');
				await clearAnalysis(d, d.reference);
				clock.record('db', performance.now() - t0);
				return d;
			});
			db.catch(() => {}); // awaited by the analysis; a failure surfaces there
			const [{ analyseFiles }, { browserFile }] = await Promise.all([import('./analyse'), import('./browser-db')]);
			if (controller.signal.aborted) return;
			const analysis = await analyseFiles(
				db,
				files.map(browserFile),
				exportDate,
				(p) => {
					clock.enter(p.stage);
					if (!controller.signal.aborted) this.progress = p;
				},
				controller.signal
			);
			window.__reformLensExploreTimings = clock.finish();
			if (controller.signal.aborted) return;
			this.analysis = analysis;
			this.phase = 'done';
			this.version++;
		} catch (error) {
			if (controller.signal.aborted) return;
			this.error = error instanceof Error ? error.message : String(error);
			this.phase = 'error';
		} finally {
			if (this.controller === controller) this.controller = null;
			this.progress = null;
		}
	}

	/** Stops a running analysis: the worker is terminated, so nothing of it stays in memory. */
	cancel(show = true): void {
		if (!this.controller) return;
		this.controller.abort();
		this.controller = null;
		const db = this.db;
		this.db = null;
		void db?.then((d) => d.terminate()).catch(() => {});
		this.progress = null;
		if (show) this.phase = 'cancelled';
	}

	query(q: SqlQuery): Promise<Row[]> {
		if (!this.db) return Promise.resolve([]);
		return this.db.then((d) => d.query(q));
	}

	async excludedCsvRows(input: { kind: 'dossiers' | 'survey_responses'; index: number }): Promise<Row[]> {
		if (!this.db) return [];
		const [{ excludedRows }, db] = await Promise.all([import('./analyse'), this.db]);
		return excludedRows(db, input);
	}
}
