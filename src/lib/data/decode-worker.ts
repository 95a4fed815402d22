// The Parquet decode worker: fetches a data file and turns it into Arrow IPC streams
// (parquet-ipc.ts) off the main thread, so hyparquet's decoding never blocks the page; the
// streams' buffers are transferred, not copied. Started by decoder.ts.
/// <reference lib="webworker" />
import type { DecodeReply, DecodeRequest } from './decode-protocol';
import { fetchBytes } from './fetch-bytes';
import { parquetToIPC } from './parquet-ipc';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: DecodeReply, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = async (event: MessageEvent<DecodeRequest>) => {
	const { id, url, expected, empty } = event.data;
	try {
		const bytes = await fetchBytes(url, expected, (loaded, total) => reply({ id, kind: 'progress', loaded, total }));
		const parts = await parquetToIPC(bytes, { empty });
		reply({ id, kind: 'done', parts }, [...new Set(parts.map((p) => p.buffer as ArrayBuffer))]);
	} catch (error) {
		reply({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
