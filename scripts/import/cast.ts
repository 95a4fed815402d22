// SQL expressions that read one input column as the contract's type. Each returns NULL for an
// empty value and for a value it cannot read; `castFailure` tells the two apart so that a file
// with unreadable values is refused (DATA-CONTRACT.md) instead of silently losing them.

import type { ColumnSpec } from './columns';
import { BOOLEAN_FALSE, BOOLEAN_TRUE, ENUM_VALUE_MAPS, TIMESTAMP_FORMATS } from './portal-fields';
import { literal } from './sql-text';

/** The input value as trimmed text, NULL when empty. `src` is a quoted column reference. */
function text(src: string, sourceType: string): string {
	const asText = sourceType === 'VARCHAR' ? src : `CAST(${src} AS VARCHAR)`;
	return `nullif(trim(${asText}), '')`;
}

function list(values: readonly string[]): string {
	return `[${values.map(literal).join(', ')}]`;
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
			if (sourceType === 'TIMESTAMP' || sourceType === 'DATE') return `CAST(${src} AS TIMESTAMP)`;
			return `coalesce(TRY_CAST(${t} AS TIMESTAMP), try_strptime(${t}, ${list(TIMESTAMP_FORMATS)}))`;
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

/** True where the input holds a value that `castExpression` could not read. */
export function castFailure(spec: ColumnSpec, src: string, sourceType: string): string | null {
	if (spec.parse === 'text' || spec.parse === 'code' || spec.parse === 'enum') return null;
	const native: Partial<Record<ColumnSpec['parse'], string[]>> = {
		timestamp: ['TIMESTAMP', 'DATE'],
		boolean: ['BOOLEAN'],
		double: ['DOUBLE'],
		rating: ['DOUBLE']
	};
	if (native[spec.parse]?.includes(sourceType)) return null; // already the right type
	return `(${text(src, sourceType)} IS NOT NULL AND (${castExpression(spec, src, sourceType)}) IS NULL)`;
}

/** Words for the refusal message. */
export const PARSE_LABEL: Record<ColumnSpec['parse'], string> = {
	text: 'text',
	code: 'a code',
	enum: 'a value',
	timestamp: 'a date/time (ISO 8601, yyyyMMddHHmmss or dd/MM/yyyy HH:mm:ss)',
	boolean: `a boolean (${BOOLEAN_TRUE.join('/')} or ${BOOLEAN_FALSE.join('/')})`,
	double: 'a number',
	rating: 'a number',
	integer: 'a whole number'
};
