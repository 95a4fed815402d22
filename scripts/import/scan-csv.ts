// One streaming pass over a whole CSV file before DuckDB reads it: the text must be UTF-8 and
// free of NUL bytes everywhere (not only in its first bytes), and every record must have the
// header's number of fields and a sane length. DuckDB's own errors for these cases are vague or
// point at the wrong line; this pass names the line. It also picks the delimiter from the header,
// so a ragged row is reported as ragged rather than read with a guessed delimiter.

import { closeSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { RefusedFileError } from './errors';

/** A record (one CSV row, quoted line breaks included) may not be longer than this. */
export const MAX_RECORD_BYTES = 2 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvShape {
	delimiter: Delimiter;
	/** Fields in the header, the number every record must have. */
	fields: number;
	/** Data records (blank lines are not records). */
	records: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Length of the valid UTF-8 prefix of `bytes` (only called once the chunk is known to be bad). */
function validUtf8Prefix(bytes: Buffer): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
		if (n === 0 || i + n > bytes.length || !isUtf8(bytes.subarray(i, i + n))) return i;
		i += n;
	}
	return i;
}

/** Bytes at the end of `chunk` that start a character the chunk does not finish. */
function incompleteTail(chunk: Buffer): number {
	for (let back = 1; back <= Math.min(3, chunk.length); back++) {
		const b = chunk[chunk.length - back];
		if (b < 0x80) return 0;
		if (b >= 0xc0) {
			const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
			return need > back ? back : 0;
		}
	}
	return 0;
}

function countLines(bytes: Buffer, end: number): number {
	let n = 0;
	for (let i = bytes.indexOf(LF); i !== -1 && i < end; i = bytes.indexOf(LF, i + 1)) n++;
	return n;
}

/** The delimiter among `DELIMITERS` seen most often outside quotes in the header line. */
function headerDelimiter(head: Buffer): Delimiter {
	const counts = new Map<number, number>(DELIMITERS.map((d) => [d.charCodeAt(0), 0]));
	let quoted = false;
	for (const b of head) {
		if (b === QUOTE) quoted = !quoted;
		else if (!quoted && (b === LF || b === CR)) break;
		else if (!quoted && counts.has(b)) counts.set(b, counts.get(b)! + 1);
	}
	let best: Delimiter = ',';
	for (const d of DELIMITERS) if (counts.get(d.charCodeAt(0))! > counts.get(best.charCodeAt(0))!) best = d;
	return best;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function scanCsv(path: string, file: string): CsvShape {
	const fd = openSync(path, 'r');
	try {
		const chunk = Buffer.alloc(CHUNK_BYTES);
		let carry = Buffer.alloc(0); // an unfinished UTF-8 character from the previous chunk
		let offset = 0; // file offset of chunk[0]
		let line = 1;
		let delimiter: Delimiter | null = null;
		let delimiterByte = 0;
		let headerFields = 0;
		let records = -1; // the header is record 0
		// The record being read.
		let fields = 1;
		let bytes = 0;
		let quoted = false;
		let recordLine = 1;
		let quoteLine = 0;
		const endRecord = () => {
			if (bytes === 0 && fields === 1) return; // a blank line (DuckDB skips it too)
			records++;
			if (records === 0) headerFields = fields;
			else if (fields !== headerFields)
				throw new RefusedFileError(
					file,
					null,
					`line ${recordLine} (data row ${records}) has ${fields} field${fields > 1 ? 's' : ''}, the header has ${headerFields} ` +
						`(delimiter "${delimiter === '\t' ? 'tab' : delimiter}"; a missing or extra delimiter, or an unclosed quote?)`
				);
		};
		for (;;) {
			const n = readSync(fd, chunk, 0, CHUNK_BYTES, offset);
			if (n === 0) break;
			const data = chunk.subarray(0, n);
			if (offset === 0) {
				if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
					throw new RefusedFileError(file, null, 'not UTF-8 text: it is UTF-16 (save the CSV as UTF-8)');
				delimiter = headerDelimiter(data);
				delimiterByte = delimiter.charCodeAt(0);
			}
			const nul = data.indexOf(0);
			if (nul !== -1)
				throw new RefusedFileError(
					file,
					null,
					`not a CSV or Parquet file: a NUL byte (binary content) on line ${line + countLines(data, nul)}, byte ${offset + nul + 1}`
				);
			const tail = incompleteTail(data);
			const text = Buffer.concat([carry, data.subarray(0, n - tail)]);
			if (!isUtf8(text)) {
				const bad = validUtf8Prefix(text) - carry.length; // may be negative: the carried bytes
				const at = Math.max(0, bad);
				throw new RefusedFileError(
					file,
					null,
					`not UTF-8 text: byte ${offset + bad + 1} (line ${line + countLines(data, at)}) is not valid UTF-8 ` +
						`(0x${(text[bad + carry.length] ?? 0).toString(16).toUpperCase().padStart(2, '0')}); save the CSV as UTF-8`
				);
			}
			carry = Buffer.from(data.subarray(n - tail));
			for (let i = 0; i < n; i++) {
				const b = data[i];
				if (b === QUOTE) {
					quoted = !quoted;
					if (quoted) quoteLine = line;
				} else if (b === LF || b === CR) {
					if (b === LF) line++;
					if (!quoted) {
						// \r\n ends one record: the \n then finds it empty
						endRecord();
						fields = 1;
						bytes = 0;
						recordLine = line;
						continue;
					}
				} else if (b === delimiterByte && !quoted) fields++;
				if (++bytes > MAX_RECORD_BYTES)
					throw new RefusedFileError(
						file,
						null,
						`line ${recordLine} starts a row longer than ${mb(MAX_RECORD_BYTES)}` +
							(quoted ? ` (the quote opened on line ${quoteLine} is not closed)` : '')
					);
			}
			offset += n;
		}
		if (carry.length > 0) throw new RefusedFileError(file, null, `not UTF-8 text: the file ends inside a character (line ${line})`);
		if (quoted) throw new RefusedFileError(file, null, `the quote opened on line ${quoteLine} is never closed`);
		endRecord();
		if (records < 0) throw new RefusedFileError(file, null, 'the file is empty');
		return { delimiter: delimiter ?? ',', fields: headerFields, records };
	} finally {
		closeSync(fd);
	}
}
