// The pilot evaluation worker: the synthetic control with its placebos takes 0.5–3 s, so the
// pilots page runs it here, off the main thread (a filter change never freezes the page). The
// code is the same pure code the prerender runs (buildPilotsView → buildPilotsDisplay), so the
// figures are identical. Started by pilots-compute.ts.
/// <reference lib="webworker" />
import { buildPilotsDisplay } from './pilots-display';
import type { PilotsReply, PilotsRequest } from './pilots-protocol';
import { buildPilotsView } from './pilots-view';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PilotsRequest>) => {
	const { id, rows, options } = event.data;
	let reply: PilotsReply;
	try {
		reply = { id, kind: 'done', display: buildPilotsDisplay(buildPilotsView(rows, options), options) };
	} catch (error) {
		reply = { id, kind: 'error', message: error instanceof Error ? error.message : String(error) };
	}
	scope.postMessage(reply);
};
