// Parquet or CSV, from a file's first and last four bytes (Parquet's PAR1 magic at both ends);
// shared by the importer (a path on disk) and /explore/ (a dropped File).
import { RefusedFileError } from './errors';

const isPar1 = (b: Uint8Array) => b.length === 4 && b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;

/** `head`/`tail`: up to the first and last 4 bytes; the CSV's text is checked whole by scan-csv.ts. */
export function formatFromEnds(file: string, head: Uint8Array, tail: Uint8Array): 'csv' | 'parquet' {
	if (isPar1(head)) {
		if (!isPar1(tail)) throw new RefusedFileError(file, null, 'truncated Parquet file (no footer)', { code: 'parquet_truncated' });
		return 'parquet';
	}
	if (head.length === 0) throw new RefusedFileError(file, null, 'the file is empty', { code: 'empty' });
	if (/\.(parquet|pq)$/i.test(file))
		throw new RefusedFileError(file, null, 'named .parquet but is not a Parquet file', { code: 'parquet_misnamed' });
	return 'csv';
}
