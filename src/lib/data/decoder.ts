// Parquet → Arrow IPC for the engine, in a worker (decode-worker.ts) so that decoding the cubes
// never blocks the page. Where no worker can start (a browser or policy refusing it), the same
// code runs on the main thread instead.
import type { DecodeReply, DecodeRequest } from './decode-protocol';
import { timings } from './timings';

type Progress = (loaded: number, total: number) => void;

interface Pending {
	request: DecodeRequest;
	onProgress: Progress;
	resolve(parts: Uint8Array[]): void;
	reject(error: Error): void;
}

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();
/** Bytes seen per request, so the page's byte count adds each chunk once. */
const counted = new Map<number, number>();

function onReply({ data }: MessageEvent<DecodeReply>): void {
	const p = pending.get(data.id);
	if (!p) return;
	if (data.kind === 'progress') {
		timings().fetchedBytes += data.loaded - (counted.get(data.id) ?? 0);
		counted.set(data.id, data.loaded);
		p.onProgress(data.loaded, data.total);
		return;
	}
	pending.delete(data.id);
	counted.delete(data.id);
	if (data.kind === 'done') p.resolve(data.parts);
	else p.reject(new Error(data.message));
}

/** The worker failed to load: every request it held is decoded here instead, and later ones too. */
function onWorkerError(): void {
	worker?.terminate();
	worker = null;
	const held = [...pending.values()];
	pending.clear();
	counted.clear();
	for (const p of held) onMainThread(p.request, p.onProgress).then(p.resolve, p.reject);
}

function decodeWorker(): Worker | null {
	if (worker !== undefined) return worker;
	try {
		worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', onReply);
		worker.addEventListener('error', onWorkerError);
	} catch {
		worker = null;
	}
	return worker;
}

async function onMainThread(request: DecodeRequest, onProgress: Progress): Promise<Uint8Array[]> {
	const [{ fetchBytes }, { parquetToIPC }] = await Promise.all([import('./fetch-bytes'), import('./parquet-ipc')]);
	return parquetToIPC(await fetchBytes(request.url, request.expected, onProgress), { empty: request.empty });
}

/** Fetches a same-origin Parquet file and decodes it into Arrow IPC streams, one per row group. */
export function decodeParquet(url: string, expected: number, onProgress: Progress, empty = false): Promise<Uint8Array[]> {
	const request: DecodeRequest = { id: nextId++, url, expected, empty };
	const w = decodeWorker();
	if (!w) return onMainThread(request, onProgress);
	return new Promise((resolve, reject) => {
		pending.set(request.id, { request, onProgress, resolve, reject });
		w.postMessage(request);
	});
}
