import { DataType, DateUnit, Precision, TimeUnit, Type, type Data, type Table, type Vector } from 'apache-arrow';
import type { Row } from '../metrics/query';
import { normalizeValue } from './normalize';

type Cell = Row[string];

/** Epoch milliseconds → 'YYYY-MM-DD' (what native DuckDB's runner gives for DATE and TIMESTAMP). */
function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** One value from `Vector.get`, normalised as native DuckDB's runner would give it. */
function normalizeCell(v: unknown, asDay: boolean): Cell {
	if (v === null || v === undefined) return null;
	if (asDay) return isoDay(typeof v === 'number' ? v : Number(v));
	if (typeof v === 'object' && 'toArray' in v) {
		// Lists and structs print as their values, as native's normaliser does.
		return String(Array.from((v as { toArray(): ArrayLike<unknown> }).toArray()));
	}
	return normalizeValue(v);
}

const isDayType = (type: DataType) => DataType.isDate(type) || DataType.isTimestamp(type);

/**
 * The reference conversion: `Vector.get` for every cell, then `normalizeCell`. About 1 µs a
 * cell in the browser; kept as the definition `arrowToRows` must match (and is tested against).
 */
export function arrowToRowsGeneric(table: Table): Row[] {
	const fields = table.schema.fields;
	const columns = fields.map((f) => table.getChild(f.name));
	const asDay = fields.map((f) => isDayType(f.type));
	const rows: Row[] = new Array(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: Row = {};
		for (let c = 0; c < fields.length; c++) row[fields[c].name] = normalizeCell(columns[c]?.get(r), asDay[c]);
		rows[r] = row;
	}
	return rows;
}

/**
 * Arrow result (DuckDB-WASM) → plain rows normalised exactly like native DuckDB's
 * (`normalizeRow`), with the same output as `arrowToRowsGeneric`. Each column is read whole,
 * chunk by chunk, from its typed arrays where the type allows (numbers, booleans, strings,
 * dates, timestamps) instead of one `Vector.get` (a chunk search plus a visitor call) per cell.
 */
export function arrowToRows(table: Table): Row[] {
	const fields = table.schema.fields;
	const n = table.numRows;
	// Every row starts as a copy of one object holding all the keys in field order: the same
	// key order as the generic path, one hidden class for all rows, and cheap to clone.
	const template = rowTemplate(fields.map((f) => f.name));
	const rows: Row[] = new Array(n);
	for (let r = 0; r < n; r++) rows[r] = { ...template };
	const days = new Map<number, string>();
	for (const f of fields) fillColumn(rows, f.name, table.getChild(f.name), f.type, days);
	return rows;
}

/**
 * An object with every key set to null, in the order given. Built by JSON.parse, whose objects
 * hold their properties inside the object: V8 copies such an object with `{ ...template }` in
 * one step even in cold code, where a copy of the same object built key by key costs a runtime
 * call per row (measured on the overview's 16,000 × 26 result, the first and only call of a
 * page load: ~190 → ~70 ms of CPU in Node). `__proto__` would become an own key there but a
 * prototype write on the generic path, so that one name keeps the key-by-key object.
 */
export function rowTemplate(names: readonly string[]): Row {
	const template: Row = {};
	for (const name of names) template[name] = null;
	return names.includes('__proto__') ? template : (JSON.parse(JSON.stringify(template)) as Row);
}

/** Writes one column's normalised cells into rows[*][name], chunk (record batch) by chunk. */
function fillColumn(rows: Row[], name: string, column: Vector | null, fieldType: DataType, days: Map<number, string>): void {
	const n = rows.length;
	if (!column) {
		for (let r = 0; r < n; r++) rows[r][name] = null;
		return;
	}
	const asDay = isDayType(fieldType);
	let base = 0;
	for (const data of column.data as Data[]) {
		const len = Math.min(data.length, n - base);
		if (len <= 0) continue; // an empty batch (a table cut at a batch edge has them)
		if (!readChunk(data, fieldType, { rows, name, base, len }, days)) {
			for (let i = 0; i < len; i++) rows[base + i][name] = normalizeCell(column.get(base + i), asDay);
		}
		base += len;
	}
}

/** Where one chunk's cells go: rows[base + i][name] for i < len. */
interface Sink {
	rows: Row[];
	name: string;
	base: number;
	len: number;
}

/**
 * Validity as `Data.getValid` reads it for non-union types: the bitmap counts only when the
 * chunk reports nulls, and its bits start at the chunk's offset (values arrays are already
 * sliced: `Data.slice` moves the offset but subarrays the value buffers, Bool excepted).
 */
function nullBits(data: Data): Uint8Array | null {
	return data.nullable && data.nullCount > 0 ? (data.nullBitmap ?? null) : null;
}

const isValid = (bits: Uint8Array, pos: number) => (bits[pos >> 3] & (1 << (pos & 7))) !== 0;

/** Reads one chunk into its rows by type; false = not handled, use `Vector.get`. */
function readChunk(data: Data, fieldType: DataType, to: Sink, days: Map<number, string>): boolean {
	const type = data.type as DataType;
	// The generic path picks "as a day" from the field's type and reads by the chunk's type.
	if (type.typeId !== fieldType.typeId) return false;
	const bits = nullBits(data);
	const off = data.offset;
	switch (type.typeId) {
		case Type.Float:
			if ((type as unknown as { precision: Precision }).precision === Precision.HALF) return false;
			return readNumbers(data.values, bits, off, to);
		case Type.Int:
			return (type as unknown as { bitWidth: number }).bitWidth === 64
				? readBigInts(data.values, bits, off, to)
				: readNumbers(data.values, bits, off, to);
		case Type.Bool:
			return readBools(data.values, bits, off, to);
		case Type.Utf8:
			return readUtf8(data.values, data.valueOffsets, bits, off, to);
		case Type.Date:
		case Type.Timestamp:
			return readDays(data, bits, off, to, days);
		default:
			return false;
	}
}

function readNumbers(values: unknown, bits: Uint8Array | null, off: number, to: Sink): boolean {
	const { rows, name, base, len } = to;
	if (
		!(
			values instanceof Float64Array ||
			values instanceof Float32Array ||
			values instanceof Int32Array ||
			values instanceof Int16Array ||
			values instanceof Int8Array ||
			values instanceof Uint32Array ||
			values instanceof Uint16Array ||
			values instanceof Uint8Array
		) ||
		values.length < len
	)
		return false;
	if (bits === null) for (let i = 0; i < len; i++) rows[base + i][name] = values[i];
	else for (let i = 0; i < len; i++) rows[base + i][name] = isValid(bits, off + i) ? values[i] : null;
	return true;
}

function readBigInts(values: unknown, bits: Uint8Array | null, off: number, to: Sink): boolean {
	const { rows, name, base, len } = to;
	if (!(values instanceof BigInt64Array || values instanceof BigUint64Array) || values.length < len) return false;
	for (let i = 0; i < len; i++) rows[base + i][name] = bits === null || isValid(bits, off + i) ? Number(values[i]) : null;
	return true;
}

function readBools(values: unknown, bits: Uint8Array | null, off: number, to: Sink): boolean {
	const { rows, name, base, len } = to;
	// Booleans are bits, and their buffer is not sliced: the chunk's offset applies to it too.
	if (!(values instanceof Uint8Array) || values.length * 8 < off + len) return false;
	for (let i = 0; i < len; i++) {
		const pos = off + i;
		rows[base + i][name] = bits === null || isValid(bits, pos) ? isValid(values, pos) : null;
	}
	return true;
}

// The same decoder settings as Arrow's own (a leading BOM is dropped, bad bytes become U+FFFD).
const utf8 = new TextDecoder('utf-8');

function readUtf8(values: unknown, offsets: unknown, bits: Uint8Array | null, off: number, to: Sink): boolean {
	const { rows, name, base, len } = to;
	if (!(values instanceof Uint8Array) || !(offsets instanceof Int32Array) || offsets.length < len + 1) return false;
	for (let i = 0; i < len; i++) {
		rows[base + i][name] = bits === null || isValid(bits, off + i) ? decodeUtf8(values, offsets[i], offsets[i + 1]) : null;
	}
	return true;
}

/**
 * UTF-8 bytes [start, end) → string. Short well-formed text is decoded here (TextDecoder costs
 * a native call per value); anything unusual — malformed bytes, a leading BOM, long text —
 * goes to TextDecoder, so the result always equals Arrow's.
 */
function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
	if (end - start > 64) return utf8.decode(bytes.subarray(start, end));
	let s = '';
	let i = start;
	while (i < end) {
		const b0 = bytes[i];
		if (b0 < 0x80) {
			s += String.fromCharCode(b0);
			i += 1;
			continue;
		}
		let cp: number;
		if (b0 >= 0xc2 && b0 <= 0xdf && i + 1 < end) {
			const b1 = bytes[i + 1];
			if ((b1 & 0xc0) !== 0x80) break;
			cp = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
			i += 2;
		} else if (b0 >= 0xe0 && b0 <= 0xef && i + 2 < end) {
			const b1 = bytes[i + 1];
			const b2 = bytes[i + 2];
			const lo = b0 === 0xe0 ? 0xa0 : 0x80;
			const hi = b0 === 0xed ? 0x9f : 0xbf;
			if (b1 < lo || b1 > hi || (b2 & 0xc0) !== 0x80) break;
			cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
			if (cp === 0xfeff && i === start) break; // TextDecoder drops a leading BOM
			i += 3;
		} else if (b0 >= 0xf0 && b0 <= 0xf4 && i + 3 < end) {
			const b1 = bytes[i + 1];
			const b2 = bytes[i + 2];
			const b3 = bytes[i + 3];
			const lo = b0 === 0xf0 ? 0x90 : 0x80;
			const hi = b0 === 0xf4 ? 0x8f : 0xbf;
			if (b1 < lo || b1 > hi || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) break;
			cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
			i += 4;
		} else break;
		s += String.fromCodePoint(cp);
	}
	return i === end ? s : utf8.decode(bytes.subarray(start, end));
}

// Arrow's bigIntToNumber: a value outside the safe range throws rather than rounds.
function toNumber(v: bigint): number {
	if (v < Number.MIN_SAFE_INTEGER || v > Number.MAX_SAFE_INTEGER) {
		throw new TypeError(`${v} is not safe to convert to a number.`);
	}
	return Number(v);
}

/** Arrow 17's `get` for Date and Timestamp chunks: epoch milliseconds from the raw values. */
function msReader(data: Data): ((i: number) => number) | null {
	const type = data.type as DataType;
	const values: unknown = data.values;
	if (type.typeId === Type.Date) {
		const unit = (type as unknown as { unit: DateUnit }).unit;
		if (unit === DateUnit.DAY && values instanceof Int32Array) return (i) => 86400000 * values[i];
		if (unit === DateUnit.MILLISECOND && values instanceof BigInt64Array) return (i) => toNumber(values[i]);
		return null;
	}
	if (!(values instanceof BigInt64Array)) return null;
	switch ((type as unknown as { unit: TimeUnit }).unit) {
		case TimeUnit.SECOND:
			return (i) => 1000 * toNumber(values[i]);
		case TimeUnit.MILLISECOND:
			return (i) => toNumber(values[i]);
		case TimeUnit.MICROSECOND:
			return (i) => toNumber(values[i] / 1000n) + toNumber(values[i] % 1000n) / 1000;
		case TimeUnit.NANOSECOND:
			return (i) => toNumber(values[i] / 1000000n) + toNumber(values[i] % 1000000n) / 1000000;
		default:
			return null;
	}
}

function readDays(data: Data, bits: Uint8Array | null, off: number, to: Sink, days: Map<number, string>): boolean {
	const { rows, name, base, len } = to;
	const ms = msReader(data);
	if (ms === null || (data.values as ArrayLike<unknown>).length < len) return false;
	for (let i = 0; i < len; i++) rows[base + i][name] = bits === null || isValid(bits, off + i) ? dayOf(ms(i), days) : null;
	return true;
}

/**
 * isoDay with a cache by day number: the date part of `toISOString` depends only on
 * floor(TimeClip(ms) / 86400000). Out-of-range values go to isoDay itself (which throws).
 */
function dayOf(ms: number, days: Map<number, string>): string {
	if (!(Math.abs(ms) <= 8.64e15)) return isoDay(ms);
	const day = Math.floor(Math.trunc(ms) / 86400000);
	let s = days.get(day);
	if (s === undefined) {
		s = isoDay(ms);
		days.set(day, s);
	}
	return s;
}
