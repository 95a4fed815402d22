// Starts the browser engine for the site's data folder (respects SvelteKit's base path).
// Browser only; Svelte components call this (the root layout on mount, liveQuery on demand).
import { base } from '$app/paths';
import { setEngineStage } from './engine-status.svelte';
import type { Engine } from './types';

/** URL path of the data folder served with the site. */
export function dataUrl(): string {
	return `${base}/data`;
}

let started: Promise<Engine> | undefined;

/** Boots the engine once (DuckDB-WASM and the data in parallel) and returns it. */
export function startEngine(): Promise<Engine> {
	started ??= import('./engine').then(
		({ getEngine }) => getEngine(dataUrl()),
		(error: unknown) => {
			// The engine's own code failed to load (offline after a deploy, blocked script…).
			setEngineStage('error', `Could not load the engine: ${String(error)}`);
			throw error;
		}
	);
	return started;
}
