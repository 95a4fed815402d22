// Messages between the pilots page and its evaluation worker (pilots-worker.ts).
import type { PilotsDisplay } from './pilots-display';
import type { PilotsOptions, PilotsRows } from './pilots-view';

export interface PilotsRequest {
	id: number;
	/** Sent only when they changed (a new boundary mode): cloning them costs the main thread. */
	rows?: PilotsRows;
	options: PilotsOptions;
}

export type PilotsReply = { id: number; kind: 'done'; display: PilotsDisplay } | { id: number; kind: 'error'; message: string };
