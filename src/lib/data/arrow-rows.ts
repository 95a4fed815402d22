import { DataType, type Table } from 'apache-arrow';
import type { Row } from '../metrics/query';
import { normalizeValue } from './normalize';

/** Epoch milliseconds → 'YYYY-MM-DD' (what native DuckDB's runner gives for DATE and TIMESTAMP). */
function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Arrow result (DuckDB-WASM) → plain rows normalised exactly like native DuckDB's
 * (`normalizeRow`): Arrow 17 returns dates and timestamps as epoch milliseconds, so those
 * columns are converted by their type, not by the value's JS type.
 */
export function arrowToRows(table: Table): Row[] {
	const fields = table.schema.fields;
	const columns = fields.map((f) => table.getChild(f.name));
	const asDay = fields.map((f) => DataType.isDate(f.type) || DataType.isTimestamp(f.type));
	const rows: Row[] = new Array(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: Row = {};
		for (let c = 0; c < fields.length; c++) {
			const v: unknown = columns[c]?.get(r);
			if (v === null || v === undefined) row[fields[c].name] = null;
			else if (asDay[c]) row[fields[c].name] = isoDay(typeof v === 'number' ? v : Number(v));
			else if (typeof v === 'object' && v !== null && 'toArray' in v) {
				// Lists and structs print as their values, as native's normaliser does.
				row[fields[c].name] = String(Array.from((v as { toArray(): ArrayLike<unknown> }).toArray()));
			} else row[fields[c].name] = normalizeValue(v);
		}
		rows[r] = row;
	}
	return rows;
}
