// How much /explore/ accepts, checked on the files' sizes before a byte is read. DuckDB-WASM
// lives in a 32-bit WebAssembly memory (at most 4 GiB, and it never shrinks): a CSV is read by
// DuckDB from the file itself and then held as text and typed columns, about 5–8× its size at
// the peak; a Parquet file is decoded in JavaScript first (hyparquet), so it gets a lower limit.
export const MAX_CSV_BYTES = 300 * 1024 * 1024;
export const MAX_PARQUET_BYTES = 100 * 1024 * 1024;
/** All files of one analysis together. */
export const MAX_TOTAL_BYTES = 400 * 1024 * 1024;

export interface SizedFile {
	name: string;
	size: number;
}

export type SizeProblem = { kind: 'file'; file: string; size: number; limit: number } | { kind: 'total'; size: number; limit: number };

/** The first limit the files break (by name, CSV or Parquet by extension), or null. */
export function sizeProblem(files: readonly SizedFile[]): SizeProblem | null {
	for (const f of files) {
		const limit = /\.(parquet|pq)$/i.test(f.name) ? MAX_PARQUET_BYTES : MAX_CSV_BYTES;
		if (f.size > limit) return { kind: 'file', file: f.name, size: f.size, limit };
	}
	const total = files.reduce((n, f) => n + f.size, 0);
	return total > MAX_TOTAL_BYTES ? { kind: 'total', size: total, limit: MAX_TOTAL_BYTES } : null;
}
