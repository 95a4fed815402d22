// Loads the reference tables (src/lib/reference) into the working database, with the column
// types of DATA-LAYOUT.md. The calendar can be replaced by a user's CSV.

import type { DuckDBConnection } from '@duckdb/node-api';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVINCES_34, PROVINCES_63 } from '../../src/lib/reference/provinces';
import { PILOTS, type Pilot } from '../../src/lib/reference/pilots';
import { calendarRows, parseCalendarCsv, type CalendarRow } from '../../src/lib/reference/calendar';
import { ident, literal } from '../../src/lib/import/sql-text';

type Columns = [name: string, sqlType: string][];

export const REFERENCE_TABLES: Record<string, { columns: Columns; orderBy: string }> = {
	provinces_63: {
		columns: [
			['code', 'VARCHAR'],
			['name_vi', 'VARCHAR'],
			['name_en', 'VARCHAR'],
			['kind', 'VARCHAR'],
			['region', 'VARCHAR'],
			['merged_into_2025', 'VARCHAR']
		],
		orderBy: 'code'
	},
	provinces_34: {
		columns: [
			['code', 'VARCHAR'],
			['name_vi', 'VARCHAR'],
			['name_en', 'VARCHAR'],
			['kind', 'VARCHAR'],
			['region', 'VARCHAR']
		],
		orderBy: 'code'
	},
	pilots: {
		columns: [
			['province_code', 'VARCHAR'],
			['province_34', 'VARCHAR'],
			['model', 'VARCHAR'],
			['start_date', 'DATE'],
			['end_date', 'DATE'],
			['start_is_illustrative', 'BOOLEAN']
		],
		orderBy: 'province_code'
	},
	calendar: {
		columns: [
			['date', 'DATE'],
			['is_working_day', 'BOOLEAN'],
			['wd_index', 'INTEGER'],
			['holiday', 'VARCHAR'],
			['verified', 'BOOLEAN']
		],
		orderBy: 'date'
	}
};

/**
 * Creates the four reference tables; rows travel through a JSON file in `workDir`. `pilots` are the
 * dates of a `--pilots` file; without one, the built-in (illustrative) dates.
 */
export async function loadReferenceTables(
	connection: DuckDBConnection,
	workDir: string,
	calendarCsvText?: string,
	pilots: readonly Pilot[] = PILOTS
): Promise<void> {
	const calendar: CalendarRow[] = calendarCsvText ? parseCalendarCsv(calendarCsvText) : calendarRows();
	const sources: Record<string, readonly object[]> = {
		provinces_63: PROVINCES_63,
		provinces_34: PROVINCES_34,
		pilots,
		calendar
	};
	for (const [table, { columns, orderBy }] of Object.entries(REFERENCE_TABLES)) {
		const file = join(workDir, `${table}.jsonl`);
		const projected = sources[table].map((row) => {
			const r = row as Record<string, unknown>;
			return JSON.stringify(Object.fromEntries(columns.map(([c]) => [c, r[c] ?? null])));
		});
		writeFileSync(file, projected.join('\n') + '\n');
		const spec = `{${columns.map(([c, t]) => `${literal(c)}: ${literal(t)}`).join(', ')}}`;
		const select = columns.map(([c, t]) => `CAST(${ident(c)} AS ${t}) AS ${ident(c)}`).join(', ');
		await connection.run(
			`CREATE TABLE ${table} AS SELECT ${select} FROM read_json(${literal(file)}, format = 'newline_delimited', columns = ${spec}) ORDER BY ${ident(orderBy)}`
		);
	}
}
