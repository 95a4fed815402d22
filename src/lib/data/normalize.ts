import type { Row } from '../metrics/query';

/**
 * Turns one engine value into a plain JS value, the same way for DuckDB-WASM (Arrow) and
 * native DuckDB, so views and tests see identical rows.
 */
export function normalizeValue(value: unknown): Row[string] {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
	// DECIMAL and other wrapper types print as their value.
	return String(value);
}

export function normalizeRow(raw: Record<string, unknown>): Row {
	const row: Row = {};
	for (const [key, value] of Object.entries(raw)) row[key] = normalizeValue(value);
	return row;
}
