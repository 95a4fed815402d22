// Messages between the page and the Parquet decode worker (decode-worker.ts, decoder.ts).

export interface DecodeRequest {
	id: number;
	/** Same-origin URL of the Parquet file. */
	url: string;
	/** Its size from the manifest (progress before the response says). */
	expected: number;
	/** Only the schema (parquet-ipc.ts `empty`). */
	empty: boolean;
}

export type DecodeReply =
	| { id: number; kind: 'progress'; loaded: number; total: number }
	| { id: number; kind: 'done'; parts: Uint8Array[] }
	| { id: number; kind: 'error'; message: string };
