// The importer's side of the CSV scan: reads the file from disk in the scanner's chunks
// (src/lib/import/scan-csv.ts holds the checks, shared with /explore/).

import { closeSync, openSync, readSync } from 'node:fs';
import { CSV_CHUNK_BYTES, CsvScanner, type CsvShape } from '../../src/lib/import/scan-csv';

export function scanCsv(path: string, file: string): CsvShape {
	const fd = openSync(path, 'r');
	try {
		const scanner = new CsvScanner(file);
		const chunk = Buffer.alloc(CSV_CHUNK_BYTES);
		for (let offset = 0; ;) {
			const n = readSync(fd, chunk, 0, CSV_CHUNK_BYTES, offset);
			if (n === 0) break;
			scanner.push(chunk.subarray(0, n));
			offset += n;
		}
		return scanner.end();
	} finally {
		closeSync(fd);
	}
}
