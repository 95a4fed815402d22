import { timings } from './timings';

/** Fetches a same-origin file as bytes, reporting progress (bytes so far, expected total). */
export async function fetchBytes(url: string, expected: number, onProgress: (loaded: number, total: number) => void): Promise<ArrayBuffer> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
	const total = Number(response.headers.get('content-length')) || expected;
	if (!response.body) {
		const buffer = await response.arrayBuffer();
		onProgress(buffer.byteLength, buffer.byteLength);
		timings().fetchedBytes += buffer.byteLength;
		return buffer;
	}
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.length;
		timings().fetchedBytes += value.length;
		onProgress(loaded, total);
	}
	const out = new Uint8Array(loaded);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	onProgress(loaded, loaded);
	return out.buffer;
}
