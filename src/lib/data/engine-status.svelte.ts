// Reactive boot progress of the browser engine, for a progress/notice component.
import { mark } from './timings';

export type EngineStage = 'idle' | 'engine' | 'data' | 'ready' | 'error';

export interface EngineStatus {
	/** idle → engine (DuckDB-WASM starting) → data (tables inserting) → ready; or error. */
	stage: EngineStage;
	/** Bytes downloaded so far (DuckDB's .wasm and the data files). */
	loadedBytes: number;
	/** Bytes expected in total (grows as sizes become known). */
	totalBytes: number;
	/** Technical detail of the failure when stage = 'error' (English; show an i18n text beside it). */
	message: string;
}

export const engineStatus: EngineStatus = $state({ stage: 'idle', loadedBytes: 0, totalBytes: 0, message: '' });

/** Moves to a stage and mirrors it on <html data-engine="…"> (the readiness signal tests wait for). */
export function setEngineStage(stage: EngineStage, message = ''): void {
	// An error is final: a late progress event must not hide it.
	if (engineStatus.stage === 'error') return;
	if (stage === 'error') mark('failed');
	engineStatus.stage = stage;
	engineStatus.message = message;
	if (typeof document !== 'undefined') {
		document.documentElement.dataset.engine = stage;
		if (message) document.documentElement.dataset.engineMessage = message;
	}
}

/** Byte progress, keyed by what is loading (wasm or a data file), so repeats do not double count.
 * A plain Map on purpose: only the sums it feeds (`engineStatus`) are reactive. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const progress = new Map<string, { loaded: number; total: number }>();

export function setEngineBytes(key: string, loaded: number, total: number): void {
	progress.set(key, { loaded, total: Math.max(total, loaded) });
	let l = 0;
	let t = 0;
	for (const p of progress.values()) {
		l += p.loaded;
		t += p.total;
	}
	engineStatus.loadedBytes = l;
	engineStatus.totalBytes = t;
}
