// Parquet (hyparquet, pure JS) → Arrow table for DuckDB-WASM's insertArrowTable.
// DuckDB-WASM 1.32 has no offline Parquet reader (it is a downloadable extension), so the
// browser decodes Parquet itself. Column types map the way native DuckDB's read_parquet maps them.
import {
	Binary,
	Bool,
	DateDay,
	Float32,
	Float64,
	Int16,
	Int32,
	Int64,
	Int8,
	Table,
	TimestampMicrosecond,
	TimestampMillisecond,
	Uint16,
	Uint32,
	Uint64,
	Uint8,
	Utf8,
	makeData,
	makeVector,
	type Data,
	type DataType,
	type Vector
} from 'apache-arrow';
import { parquetMetadata, parquetScan, type FileMetaData, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

type Kind =
	| { arrow: 'bool' }
	| { arrow: 'int'; type: Int8 | Int16 | Int32 | Uint8 | Uint16 | Uint32 | Float32 | Float64 }
	| { arrow: 'bigint'; type: Int64 | Uint64 | TimestampMicrosecond | TimestampMillisecond }
	| { arrow: 'date' }
	| { arrow: 'decimal'; scale: number }
	| { arrow: 'utf8' }
	| { arrow: 'binary' };

/** The Arrow type native DuckDB would give a Parquet column (read_parquet's mapping). */
export function arrowKind(el: SchemaElement): Kind {
	const ct = el.converted_type;
	const lt = el.logical_type;
	if (ct === 'DECIMAL' || lt?.type === 'DECIMAL') return { arrow: 'decimal', scale: el.scale ?? 0 };
	switch (el.type) {
		case 'BOOLEAN':
			return { arrow: 'bool' };
		case 'INT32':
			if (ct === 'DATE' || lt?.type === 'DATE') return { arrow: 'date' };
			if (ct === 'INT_8') return { arrow: 'int', type: new Int8() };
			if (ct === 'INT_16') return { arrow: 'int', type: new Int16() };
			if (ct === 'UINT_8') return { arrow: 'int', type: new Uint8() };
			if (ct === 'UINT_16') return { arrow: 'int', type: new Uint16() };
			if (ct === 'UINT_32') return { arrow: 'int', type: new Uint32() };
			return { arrow: 'int', type: new Int32() };
		case 'INT64': {
			if (lt?.type === 'TIMESTAMP') {
				const tz = lt.isAdjustedToUTC ? 'UTC' : null;
				if (lt.unit === 'MICROS') return { arrow: 'bigint', type: new TimestampMicrosecond(tz) };
				if (lt.unit === 'MILLIS') return { arrow: 'bigint', type: new TimestampMillisecond(tz) };
				throw new Error(`Unsupported Parquet timestamp unit ${lt.unit} in column ${el.name}`);
			}
			if (ct === 'TIMESTAMP_MICROS') return { arrow: 'bigint', type: new TimestampMicrosecond() };
			if (ct === 'TIMESTAMP_MILLIS') return { arrow: 'bigint', type: new TimestampMillisecond() };
			if (ct === 'UINT_64') return { arrow: 'bigint', type: new Uint64() };
			return { arrow: 'bigint', type: new Int64() };
		}
		case 'FLOAT':
			return { arrow: 'int', type: new Float32() };
		case 'DOUBLE':
			return { arrow: 'int', type: new Float64() };
		case 'BYTE_ARRAY':
			if (ct === 'UTF8' || lt?.type === 'STRING' || ct === 'ENUM' || lt?.type === 'ENUM') return { arrow: 'utf8' };
			return { arrow: 'binary' };
		default:
			throw new Error(`Unsupported Parquet type ${el.type} in column ${el.name}`);
	}
}

/** Validity bitmap (LSB first) and null count for values where null/undefined means missing. */
function validity(values: ArrayLike<unknown>): { nullBitmap: Uint8Array | undefined; nullCount: number } {
	const n = values.length;
	let nullCount = 0;
	const bitmap = new Uint8Array((n + 7) >> 3);
	for (let i = 0; i < n; i++) {
		if (values[i] === null || values[i] === undefined) nullCount++;
		else bitmap[i >> 3] |= 1 << (i & 7);
	}
	return { nullBitmap: nullCount ? bitmap : undefined, nullCount };
}

// A typed-array constructor for a numeric Arrow type.
type NumCtor = new (
	n: number
) => Int8Array | Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array;

function numericCtor(type: DataType): NumCtor {
	// ArrayType is the typed array the Arrow type stores its values in.
	return (type as unknown as { ArrayType: NumCtor }).ArrayType;
}

/** One column of decoded Parquet values (hyparquet's output) → an Arrow vector. */
export function toVector(kind: Kind, values: ArrayLike<unknown>): Vector {
	const length = values.length;
	const { nullBitmap, nullCount } = validity(values);
	switch (kind.arrow) {
		case 'bool': {
			const bits = new Uint8Array((length + 7) >> 3);
			for (let i = 0; i < length; i++) if (values[i] === true) bits[i >> 3] |= 1 << (i & 7);
			return makeVector(makeData({ type: new Bool(), length, nullCount, nullBitmap, data: bits }));
		}
		case 'int':
		case 'date':
		case 'decimal': {
			const type = kind.arrow === 'int' ? kind.type : kind.arrow === 'date' ? new DateDay() : new Float64();
			const data = new (numericCtor(type))(length);
			for (let i = 0; i < length; i++) {
				const v = values[i];
				if (v !== null && v !== undefined) data[i] = Number(v);
			}
			// makeData's overloads are per type; the union here is sound by construction.
			return makeVector(makeData({ type, length, nullCount, nullBitmap, data } as never));
		}
		case 'bigint': {
			const data = kind.type instanceof Uint64 ? new BigUint64Array(length) : new BigInt64Array(length);
			for (let i = 0; i < length; i++) {
				const v = values[i];
				if (v !== null && v !== undefined) data[i] = BigInt(v as bigint | number);
			}
			return makeVector(makeData({ type: kind.type, length, nullCount, nullBitmap, data } as never));
		}
		case 'utf8':
		case 'binary': {
			const encoder = new TextEncoder();
			const parts: Uint8Array[] = new Array(length);
			const valueOffsets = new Int32Array(length + 1);
			let total = 0;
			for (let i = 0; i < length; i++) {
				const v = values[i];
				const bytes = v === null || v === undefined ? new Uint8Array(0) : v instanceof Uint8Array ? v : encoder.encode(String(v));
				parts[i] = bytes;
				total += bytes.length;
				valueOffsets[i + 1] = total;
			}
			const data = new Uint8Array(total);
			for (let i = 0; i < length; i++) data.set(parts[i], valueOffsets[i]);
			const type = kind.arrow === 'utf8' ? new Utf8() : new Binary();
			return makeVector(makeData({ type, length, nullCount, nullBitmap, valueOffsets, data } as never));
		}
	}
}

export interface DecodeOptions {
	/** Only these columns (all when omitted). */
	columns?: string[];
}

/** Decodes a whole Parquet file (as bytes) into an Arrow table with native DuckDB's types. */
export async function parquetToArrow(file: ArrayBuffer, options: DecodeOptions = {}): Promise<Table> {
	const metadata: FileMetaData = parquetMetadata(file);
	// Top-level leaf columns; nested types are not used by this project's tables.
	const fields = metadata.schema.slice(1).filter((el) => !el.num_children);
	if (fields.length !== (metadata.schema[0].num_children ?? 0)) {
		throw new Error('Nested Parquet columns are not supported');
	}
	const wanted = options.columns ? fields.filter((f) => options.columns!.includes(f.name)) : fields;
	const scan = await parquetScan({
		file,
		metadata,
		columns: wanted.map((f) => f.name),
		compressors,
		// Keep raw numbers/bytes: the Arrow builders below need them, and Date objects are slow.
		parsers: {
			timestampFromMicroseconds: (v: bigint) => v,
			timestampFromMilliseconds: (v: bigint) => v,
			dateFromDays: (v: number) => v,
			stringFromBytes: (v: Uint8Array) => v
		}
	});
	// Row group by row group, so only one group's decoded JS values live at a time (a cube of
	// millions of rows would otherwise hold every value boxed in JS arrays at once).
	const chunks = new Map<string, Data[]>(wanted.map((f) => [f.name, []]));
	for (const { rowStart, rowEnd } of scan.ranges) {
		for (const field of wanted) {
			const values = await scan.readColumn({ column: field.name, rowStart, rowEnd });
			chunks.get(field.name)!.push(toVector(arrowKind(field), values).data[0]);
		}
	}
	const vectors: Record<string, Vector> = {};
	for (const field of wanted) {
		const data = chunks.get(field.name)!;
		vectors[field.name] = data.length ? makeVector(data) : toVector(arrowKind(field), []);
	}
	return new Table(vectors);
}
