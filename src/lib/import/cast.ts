// SQL expressions that read one input column as the contract's type. Each returns NULL for an
// empty value and for a value it cannot read; `castFailure` tells the two apart so that a file
// with unreadable values is refused (DATA-CONTRACT.md) instead of silently losing them.

import type { ColumnSpec } from './columns';
import { BOOLEAN_FALSE, BOOLEAN_TRUE, ENUM_VALUE_MAPS } from './portal-fields';
import { literal } from './sql-text';

/** The input value as trimmed text, NULL when empty. `src` is a quoted column reference. */
function text(src: string, sourceType: string): string {
	const asText = sourceType === 'VARCHAR' ? src : `CAST(${src} AS VARCHAR)`;
	return `nullif(trim(${asText}), '')`;
}

/** Parquet types read as they are (a TIMESTAMPTZ is converted to Vietnam time instead). */
const NATIVE_TIMESTAMP = ['TIMESTAMP', 'DATE', 'TIMESTAMP_S', 'TIMESTAMP_MS', 'TIMESTAMP_NS'];
const TIMESTAMPTZ = 'TIMESTAMP WITH TIME ZONE';
/** The portal's zone, UTC+7 all year (no daylight saving since 1975). */
export const VIETNAM_OFFSET_HOURS = 7;

// Each text shape the contract accepts, matched whole before it is parsed, so that a parser's
// leniency (strptime's %Y reads "24" as the year 0024) never turns a wrong value into a date.
const ISO_LOCAL = String.raw`\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?`;
const ISO_ZONED = String.raw`(\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}(:\d{2}(\.\d{1,9})?)?) ?([Zz]|[+-]\d{2}(:?\d{2})?)`;
const DAY_FIRST = String.raw`\d{1,2}/\d{1,2}/\d{4}( \d{1,2}:\d{2}(:\d{2})?)?`;

/**
 * Text → TIMESTAMP in Vietnam wall-clock time. A time with a zone (`…Z`, `…+07:00`) is
 * converted to UTC+7: the portal's dates are Vietnam dates, so a UTC time just before midnight
 * belongs to the next day.
 */
function timestampFromText(t: string): string {
	const zone = `replace(regexp_extract(${t}, '([Zz]|[+-]\\d{2}(:?\\d{2})?)$', 1), ':', '')`;
	const minutes = `CASE WHEN upper(${zone}) = 'Z' THEN 0 ELSE
		(CASE WHEN left(${zone}, 1) = '-' THEN -1 ELSE 1 END) *
		(CAST(substr(${zone}, 2, 2) AS INTEGER) * 60 + coalesce(TRY_CAST(nullif(substr(${zone}, 4, 2), '') AS INTEGER), 0)) END`;
	return `CASE
		WHEN regexp_full_match(${t}, '${ISO_LOCAL}') THEN TRY_CAST(${t} AS TIMESTAMP)
		WHEN regexp_full_match(${t}, '${ISO_ZONED}') THEN TRY_CAST(regexp_extract(${t}, '${ISO_ZONED}', 1) AS TIMESTAMP)
			+ to_minutes(${VIETNAM_OFFSET_HOURS * 60} - (${minutes}))
		WHEN regexp_full_match(${t}, '\\d{14}') THEN try_strptime(${t}, '%Y%m%d%H%M%S')
		WHEN regexp_full_match(${t}, '\\d{8}') THEN try_strptime(${t}, '%Y%m%d')
		WHEN regexp_full_match(${t}, '${DAY_FIRST}') THEN try_strptime(${t}, ['%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M', '%d/%m/%Y'])
	END`;
}

/** Expression giving the typed value (ratings stay DOUBLE here; rules decide their validity). */
export function castExpression(spec: ColumnSpec, src: string, sourceType: string): string {
	const t = text(src, sourceType);
	switch (spec.parse) {
		case 'text':
			return spec.nfc ? `nfc_normalize(${t})` : t;
		case 'code':
			return `CASE WHEN regexp_full_match(${t}, '[0-9]') THEN '0' || ${t} ELSE ${t} END`;
		case 'enum': {
			const lowered = `lower(nfc_normalize(${t}))`;
			const map: Record<string, string> = { ...(ENUM_VALUE_MAPS[spec.name] ?? {}) };
			for (const v of spec.values ?? []) map[v] = v;
			const whens = Object.entries(map)
				.map(([from, to]) => `WHEN ${literal(from)} THEN ${literal(to)}`)
				.join(' ');
			return `CASE ${lowered} ${whens} ELSE nfc_normalize(${t}) END`;
		}
		case 'timestamp':
			if (NATIVE_TIMESTAMP.includes(sourceType)) return `CAST(${src} AS TIMESTAMP)`;
			// The instant's UTC wall time plus Vietnam's offset. Not timezone('Asia/Ho_Chi_Minh', …):
			// that needs the ICU extension, which DuckDB-WASM does not have (/explore/ runs this too);
			// the zone has been UTC+7 since 1975, long before any date the rules keep (2000 on).
			if (sourceType === TIMESTAMPTZ) return `make_timestamp(epoch_us(${src})) + to_hours(${VIETNAM_OFFSET_HOURS})`;
			return timestampFromText(t);
		case 'boolean':
			if (sourceType === 'BOOLEAN') return src;
			return `CASE WHEN lower(nfc_normalize(${t})) IN (${BOOLEAN_TRUE.map(literal).join(', ')}) THEN true
				WHEN lower(nfc_normalize(${t})) IN (${BOOLEAN_FALSE.map(literal).join(', ')}) THEN false END`;
		case 'double':
		case 'rating':
			if (sourceType === 'DOUBLE') return src;
			return `coalesce(TRY_CAST(${t} AS DOUBLE), TRY_CAST(replace(${t}, ',', '.') AS DOUBLE))`;
		case 'integer': {
			const d = `TRY_CAST(${t} AS DOUBLE)`;
			return `CASE WHEN ${d} = round(${d}) THEN TRY_CAST(${d} AS ${spec.sqlType}) END`;
		}
	}
}

/**
 * Whether the expression is worth computing once per distinct value (a small dictionary joined
 * back) rather than per row: NFC normalisation costs ~5 s per million rows of Vietnamese text.
 */
export function usesDictionary(spec: ColumnSpec): boolean {
	return spec.parse === 'enum' || spec.parse === 'code' || (spec.parse === 'text' && spec.nfc === true);
}

/**
 * True where the input holds a value (not empty), for the columns whose cast can fail; null for
 * the others. Where it holds but the typed value is NULL, `castExpression` could not read it: the
 * typing checks this against the typed column, so that each value is cast once (type-input.ts).
 */
export function castPresence(spec: ColumnSpec, src: string, sourceType: string): string | null {
	if (spec.parse === 'text' || spec.parse === 'code' || spec.parse === 'enum') return null;
	const native: Partial<Record<ColumnSpec['parse'], string[]>> = {
		timestamp: [...NATIVE_TIMESTAMP, TIMESTAMPTZ],
		boolean: ['BOOLEAN'],
		double: ['DOUBLE'],
		rating: ['DOUBLE']
	};
	if (native[spec.parse]?.includes(sourceType)) return null; // already the right type
	return `(${text(src, sourceType)} IS NOT NULL)`;
}

/** True where the input holds a value that `castExpression` could not read. */
export function castFailure(spec: ColumnSpec, src: string, sourceType: string): string | null {
	const present = castPresence(spec, src, sourceType);
	return present && `(${present} AND (${castExpression(spec, src, sourceType)}) IS NULL)`;
}

/** Words for the refusal message. */
export const PARSE_LABEL: Record<ColumnSpec['parse'], string> = {
	text: 'text',
	code: 'a code',
	enum: 'a value',
	timestamp: 'a date/time (ISO 8601, yyyyMMddHHmmss, yyyyMMdd or dd/MM/yyyy HH:mm:ss)',
	boolean: `a boolean (${BOOLEAN_TRUE.join('/')} or ${BOOLEAN_FALSE.join('/')})`,
	double: 'a number',
	rating: 'a number',
	integer: 'a whole number'
};
