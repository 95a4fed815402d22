// One streaming pass over a whole CSV file before DuckDB reads it: the text must be UTF-8 and
// free of NUL bytes everywhere (not only in its first bytes), and every record must have the
// header's number of fields and a sane length. DuckDB's own errors for these cases are vague or
// point at the wrong line; this pass names the line. It also picks the delimiter from the header,
// so a ragged row is reported as ragged rather than read with a guessed delimiter.
//
// Pure (no file system): the importer feeds it the file's chunks from disk
// (scripts/import/scan-csv-file.ts), /explore/ from a dropped File (src/lib/explore/), in chunks
// of CSV_CHUNK_BYTES, so both check exactly the same bytes the same way.

import { RefusedFileError } from './errors';

/** A record (one CSV row, quoted line breaks included) may not be longer than this. */
export const MAX_RECORD_BYTES = 2 * 1024 * 1024;
/** The size of the chunks both readers feed the scanner (the header is read from the first). */
export const CSV_CHUNK_BYTES = 1024 * 1024;
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvShape {
	delimiter: Delimiter;
	/** Fields in the header, the number every record must have. */
	fields: number;
	/** Data records (blank lines are not records). */
	records: number;
}

// The WHATWG decoder, in Node and in browsers: `fatal` makes it throw on any invalid sequence.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
	try {
		utf8.decode(bytes);
		return true;
	} catch {
		return false;
	}
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Length of the valid UTF-8 prefix of `bytes` (only called once the chunk is known to be bad). */
function validUtf8Prefix(bytes: Uint8Array): number {
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
function incompleteTail(chunk: Uint8Array): number {
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

function countLines(bytes: Uint8Array, end: number): number {
	let n = 0;
	for (let i = bytes.indexOf(LF); i !== -1 && i < end; i = bytes.indexOf(LF, i + 1)) n++;
	return n;
}

/** The delimiter among `DELIMITERS` seen most often outside quotes in the header line. */
function headerDelimiter(head: Uint8Array): Delimiter {
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

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	if (a.length === 0) return b;
	const out = new Uint8Array(a.length + b.length);
	out.set(a, 0);
	out.set(b, a.length);
	return out;
}

/** Feed it the file's chunks in order (`push`), then `end()` gives the shape or refuses. */
export class CsvScanner {
	private carry: Uint8Array = new Uint8Array(0); // an unfinished UTF-8 character from the previous chunk
	private offset = 0; // file offset of the next chunk's first byte
	private line = 1;
	private delimiter: Delimiter | null = null;
	private delimiterByte = 0;
	private headerFields = 0;
	private records = -1; // the header is record 0
	// The record being read.
	private fields = 1;
	private bytes = 0;
	private quoted = false;
	private recordLine = 1;
	private quoteLine = 0;

	constructor(private readonly file: string) {}

	/** Data records seen so far (for progress). */
	get rowsSeen(): number {
		return Math.max(0, this.records);
	}

	/** Bytes scanned so far. */
	get bytesSeen(): number {
		return this.offset;
	}

	private endRecord(): void {
		if (this.bytes === 0 && this.fields === 1) return; // a blank line (DuckDB skips it too)
		this.records++;
		if (this.records === 0) this.headerFields = this.fields;
		else if (this.fields !== this.headerFields)
			throw new RefusedFileError(
				this.file,
				null,
				`line ${this.recordLine} (data row ${this.records}) has ${this.fields} field${this.fields > 1 ? 's' : ''}, the header has ${this.headerFields} ` +
					`(delimiter "${this.delimiter === '\t' ? 'tab' : this.delimiter}"; a missing or extra delimiter, or an unclosed quote?)`,
				{
					code: 'field_count',
					params: {
						line: this.recordLine,
						row: this.records,
						fields: this.fields,
						header: this.headerFields,
						delimiter: this.delimiter ?? ','
					}
				}
			);
	}

	push(data: Uint8Array): void {
		const file = this.file;
		const n = data.length;
		if (n === 0) return;
		const offset = this.offset;
		if (offset === 0) {
			if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
				throw new RefusedFileError(file, null, 'not UTF-8 text: it is UTF-16 (save the CSV as UTF-8)', { code: 'utf16' });
			this.delimiter = headerDelimiter(data);
			this.delimiterByte = this.delimiter.charCodeAt(0);
		}
		const nul = data.indexOf(0);
		if (nul !== -1)
			throw new RefusedFileError(
				file,
				null,
				`not a CSV or Parquet file: a NUL byte (binary content) on line ${this.line + countLines(data, nul)}, byte ${offset + nul + 1}`,
				{ code: 'nul_byte', params: { line: this.line + countLines(data, nul), byte: offset + nul + 1 } }
			);
		const tail = incompleteTail(data);
		const carry = this.carry;
		const text = concat(carry, data.subarray(0, n - tail));
		if (!isUtf8(text)) {
			const bad = validUtf8Prefix(text) - carry.length; // may be negative: the carried bytes
			const at = Math.max(0, bad);
			const hex = `0x${(text[bad + carry.length] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
			throw new RefusedFileError(
				file,
				null,
				`not UTF-8 text: byte ${offset + bad + 1} (line ${this.line + countLines(data, at)}) is not valid UTF-8 (${hex}); save the CSV as UTF-8`,
				{ code: 'not_utf8', params: { byte: offset + bad + 1, line: this.line + countLines(data, at), hex } }
			);
		}
		this.carry = new Uint8Array(data.subarray(n - tail)); // a copy: the reader reuses its buffer
		const delimiterByte = this.delimiterByte;
		for (let i = 0; i < n; i++) {
			const b = data[i];
			if (b === QUOTE) {
				this.quoted = !this.quoted;
				if (this.quoted) this.quoteLine = this.line;
			} else if (b === LF || b === CR) {
				if (b === LF) this.line++;
				if (!this.quoted) {
					// \r\n ends one record: the \n then finds it empty
					this.endRecord();
					this.fields = 1;
					this.bytes = 0;
					this.recordLine = this.line;
					continue;
				}
			} else if (b === delimiterByte && !this.quoted) this.fields++;
			if (++this.bytes > MAX_RECORD_BYTES)
				throw new RefusedFileError(
					file,
					null,
					`line ${this.recordLine} starts a row longer than ${mb(MAX_RECORD_BYTES)}` +
						(this.quoted ? ` (the quote opened on line ${this.quoteLine} is not closed)` : ''),
					{
						code: this.quoted ? 'row_too_long_quote' : 'row_too_long',
						params: { line: this.recordLine, limit: MAX_RECORD_BYTES, quote_line: this.quoteLine }
					}
				);
		}
		this.offset += n;
	}

	end(): CsvShape {
		const file = this.file;
		if (this.carry.length > 0)
			throw new RefusedFileError(file, null, `not UTF-8 text: the file ends inside a character (line ${this.line})`, {
				code: 'utf8_truncated',
				params: { line: this.line }
			});
		if (this.quoted)
			throw new RefusedFileError(file, null, `the quote opened on line ${this.quoteLine} is never closed`, {
				code: 'quote_unclosed',
				params: { line: this.quoteLine }
			});
		this.endRecord();
		if (this.records < 0) throw new RefusedFileError(file, null, 'the file is empty', { code: 'empty' });
		return { delimiter: this.delimiter ?? ',', fields: this.headerFields, records: this.records };
	}
}
