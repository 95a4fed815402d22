// Computes the pilots page's figures in a worker (pilots-worker.ts); where no worker can start,
// the same code runs on the main thread. One worker for the visit, started on the first request.
import type { PilotsDisplay } from './pilots-display';
import type { PilotsReply, PilotsRequest } from './pilots-protocol';
import type { PilotsOptions, PilotsRows } from './pilots-view';

interface Pending {
	request: PilotsRequest;
	resolve: (display: PilotsDisplay) => void;
	reject: (error: Error) => void;
}

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();
// The rows the worker holds (identity of each array: live rows are replaced whole, never mutated).
let sent: PilotsRows | null = null;
let latestRows: PilotsRows | null = null;
const sameRows = (a: PilotsRows | null, b: PilotsRows) => !!a && a.monthly === b.monthly && a.survey === b.survey && a.units === b.units;

async function onMainThread(request: PilotsRequest): Promise<PilotsDisplay> {
	const [{ buildPilotsView }, { buildPilotsDisplay }] = await Promise.all([import('./pilots-view'), import('./pilots-display')]);
	const rows = request.rows ?? latestRows!;
	return buildPilotsDisplay(buildPilotsView(rows, request.options), request.options);
}

function onReply(event: MessageEvent<PilotsReply>) {
	const reply = event.data;
	const p = pending.get(reply.id);
	if (!p) return;
	pending.delete(reply.id);
	if (reply.kind === 'done') p.resolve(reply.display);
	else p.reject(new Error(reply.message));
}

// A worker that fails to load (not a failed evaluation) hands its requests to the main thread.
function onWorkerError() {
	worker?.terminate();
	worker = null;
	sent = null;
	const held = [...pending.values()];
	pending.clear();
	for (const p of held) onMainThread(p.request).then(p.resolve, p.reject);
}

function pilotsWorker(): Worker | null {
	if (worker !== undefined) return worker;
	try {
		worker = new Worker(new URL('./pilots-worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', onReply);
		worker.addEventListener('error', onWorkerError);
	} catch {
		worker = null;
	}
	return worker;
}

/** The pilots display for these rows and options (plain data; rows sent to the worker once). */
export function computePilotsDisplay(rows: PilotsRows, options: PilotsOptions): Promise<PilotsDisplay> {
	latestRows = rows;
	const w = pilotsWorker();
	const request: PilotsRequest = { id: nextId++, options, rows: w && sameRows(sent, rows) ? undefined : rows };
	if (!w) return onMainThread(request);
	sent = rows;
	return new Promise((resolve, reject) => {
		pending.set(request.id, { request, resolve, reject });
		w.postMessage(request);
	});
}
