// The pilot evaluation worker: the synthetic control with its placebos takes 0.5–3 s, so the
// pilots page runs it here, off the main thread (a filter change never freezes the page). The
// code is the same pure code the prerender runs (buildPilotsView → buildPilotsDisplay), so the
// figures are identical. Started by pilots-compute.ts.
/// <reference lib="webworker" />
import { buildPilotsDisplay } from './pilots-display';
import type { PilotsReply, PilotsRequest } from './pilots-protocol';
import { buildPilotsView, type PilotsRows } from './pilots-view';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let held: PilotsRows | undefined;

scope.onmessage = (event: MessageEvent<PilotsRequest>) => {
	const { id, rows = held, options } = event.data;
	held = rows;
	let reply: PilotsReply;
	try {
		if (!rows) throw new Error('pilots worker: no rows');
		reply = { id, kind: 'done', display: buildPilotsDisplay(buildPilotsView(rows, options), options) };
	} catch (error) {
		reply = { id, kind: 'error', message: error instanceof Error ? error.message : String(error) };
	}
	scope.postMessage(reply);
};
