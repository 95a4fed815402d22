// Helper tables for the demo generator, created in its DuckDB session from the reference lists,
// the working-day calendar and the profiles: cal, wd_day, days (receipt-day distribution),
// prov, sector.

import type { DuckDBConnection } from '@duckdb/node-api';
import { calendarRows } from '../../src/lib/reference/calendar';
import { PROVINCES_34, PROVINCES_63, MERGER_DATE } from '../../src/lib/reference/provinces';
import { PILOTS } from '../../src/lib/reference/pilots';
import { PRE_TET_DAYS, PROVINCE_OFFSET_SPREAD_WD, PROVINCE_OFFSET_WD, VOLUME } from '../../src/lib/reference/demo-effects';
import { literal } from '../../src/lib/import/sql-text';
import { ONLINE_LEADERS, PROVINCE_VOLUME, SECTORS } from './profiles';

export const DEMO_FROM = '2023-01-01';
export const DEMO_TO = '2025-12-31';

const sqlValue = (v: string | number | boolean | null): string =>
	v === null ? 'NULL' : typeof v === 'string' ? literal(v) : typeof v === 'number' ? String(v) : v ? 'TRUE' : 'FALSE';

async function createFromRows(
	connection: DuckDBConnection,
	table: string,
	columns: [string, string][],
	rows: (string | number | boolean | null)[][]
): Promise<void> {
	await connection.run(`CREATE OR REPLACE TABLE ${table} (${columns.map(([n, t]) => `${n} ${t}`).join(', ')})`);
	for (let start = 0; start < rows.length; start += 1000) {
		const chunk = rows.slice(start, start + 1000);
		await connection.run(`INSERT INTO ${table} VALUES ${chunk.map((r) => `(${r.map(sqlValue).join(', ')})`).join(',\n')}`);
	}
}

/** A number in [0, 1) from a string, fixed for a seed (FNV-1a), for per-province draws in TS. */
export function hashUnit(text: string, seed: number): number {
	let h = 0x811c9dc5 ^ (seed >>> 0);
	for (const ch of text) {
		h ^= ch.codePointAt(0)!;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	h ^= h >>> 15;
	h = Math.imul(h, 0x2c1b3c6d) >>> 0;
	h ^= h >>> 12;
	return (h >>> 0) / 4294967296;
}

/** Days of receipt with their share of volume (cumulative, for sampling by ASOF join). */
function receiptDays(): { day: string; working: boolean; preTet: boolean; weight: number }[] {
	const cal = calendarRows();
	const inRange = cal.filter((r) => r.date >= DEMO_FROM && r.date <= DEMO_TO);
	const tetDays = cal.filter((r) => r.holiday === 'Tết Nguyên đán').map((r) => r.date);
	const tetStarts = tetDays.filter((d, i) => i === 0 || tetDays[i - 1] !== prevDay(d));
	const tetEnds = tetDays.filter((d, i) => i === tetDays.length - 1 || tetDays[i + 1] !== nextDay(d));
	const preTet = new Set<string>();
	const preTetWorking = new Set<string>();
	const postTetWorking = new Set<string>();
	for (const start of tetStarts) {
		const idx = cal.findIndex((r) => r.date === start);
		for (let k = 1; k <= PRE_TET_DAYS; k++) preTet.add(cal[idx - k].date);
		let n = 0;
		for (let k = idx - 1; k >= 0 && n < 5; k--)
			if (cal[k].is_working_day) {
				preTetWorking.add(cal[k].date);
				n++;
			}
	}
	for (const end of tetEnds) {
		const idx = cal.findIndex((r) => r.date === end);
		let n = 0;
		for (let k = idx + 1; k < cal.length && n < 5; k++)
			if (cal[k].is_working_day) {
				postTetWorking.add(cal[k].date);
				n++;
			}
	}
	return inRange.map((r) => {
		const years = (Date.parse(r.date) - Date.parse(DEMO_FROM)) / (365.25 * 86_400_000);
		let w = r.is_working_day ? 1 : r.holiday ? VOLUME.holidayWeight : VOLUME.weekendWeight;
		if (preTetWorking.has(r.date)) w *= VOLUME.preTetWeight;
		if (postTetWorking.has(r.date)) w *= VOLUME.postTetWeight;
		w *= 1 + VOLUME.growthPerYear * years;
		return { day: r.date, working: r.is_working_day, preTet: preTet.has(r.date), weight: w };
	});
}

function prevDay(d: string): string {
	return new Date(Date.parse(d) - 86_400_000).toISOString().slice(0, 10);
}
function nextDay(d: string): string {
	return new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);
}

function cumulative<T extends { weight: number }>(items: T[]): (T & { cum_lo: number })[] {
	const total = items.reduce((s, x) => s + x.weight, 0);
	let acc = 0;
	return items.map((x) => {
		const cum_lo = acc / total;
		acc += x.weight;
		return { ...x, cum_lo };
	});
}

export async function createHelperTables(connection: DuckDBConnection, seed: number): Promise<void> {
	const cal = calendarRows();
	await createFromRows(
		connection,
		'cal',
		[
			['date', 'DATE'],
			['is_working_day', 'BOOLEAN'],
			['wd_index', 'INTEGER'],
			['holiday', 'VARCHAR']
		],
		cal.map((r) => [r.date, r.is_working_day, r.wd_index, r.holiday])
	);
	// The working day that has each wd_index: the date n working days after a day.
	await connection.run('CREATE OR REPLACE TABLE wd_day AS SELECT wd_index, date FROM cal WHERE is_working_day');

	await createFromRows(
		connection,
		'days',
		[
			['day', 'DATE'],
			['working', 'BOOLEAN'],
			['pre_tet', 'BOOLEAN'],
			['cum_lo', 'DOUBLE']
		],
		cumulative(receiptDays()).map((d) => [d.day, d.working, d.preTet, d.cum_lo])
	);

	const name34 = new Map(PROVINCES_34.map((p) => [p.code, p.name_vi]));
	const provinces = cumulative(PROVINCES_63.map((p) => ({ ...p, weight: PROVINCE_VOLUME[p.code] ?? 1 })));
	await createFromRows(
		connection,
		'prov',
		[
			['code63', 'VARCHAR'],
			['code34', 'VARCHAR'],
			['name63', 'VARCHAR'],
			['name34', 'VARCHAR'],
			['offset_wd', 'DOUBLE'],
			['online_leader', 'BOOLEAN'],
			['pilot_start', 'DATE'],
			['pilot_end', 'DATE'],
			['volume', 'DOUBLE'],
			['cum_lo', 'DOUBLE']
		],
		provinces.map((p) => {
			const pilot = PILOTS.find((x) => x.province_code === p.code);
			const offset =
				PROVINCE_OFFSET_WD[p.code] ?? Math.round((hashUnit(`offset:${p.code}`, seed) * 2 - 1) * PROVINCE_OFFSET_SPREAD_WD * 100) / 100;
			return [
				p.code,
				p.merged_into_2025,
				p.name_vi,
				name34.get(p.merged_into_2025)!,
				offset,
				ONLINE_LEADERS.includes(p.code),
				pilot?.start_date ?? null,
				pilot?.end_date ?? null,
				p.weight,
				p.cum_lo
			];
		})
	);

	await createFromRows(
		connection,
		'sector',
		[
			['sector_id', 'INTEGER'],
			['sector', 'VARCHAR'],
			['deadline_wd', 'INTEGER'],
			['median_wd', 'DOUBLE'],
			['sigma', 'DOUBLE'],
			['no_due_share', 'DOUBLE'],
			['supplement_share', 'DOUBLE'],
			['lvl_province', 'DOUBLE'],
			['lvl_district', 'DOUBLE'],
			['online_affinity', 'DOUBLE'],
			['department', 'VARCHAR'],
			['cum_lo', 'DOUBLE']
		],
		cumulative([...SECTORS]).map((s, i) => [
			i + 1,
			s.name,
			s.deadline_wd,
			s.median_wd,
			s.sigma,
			s.no_due_share,
			s.supplement_share,
			s.level.province,
			s.level.district,
			s.online_affinity,
			s.department,
			s.cum_lo
		])
	);
	await connection.run(`CREATE OR REPLACE TABLE merger AS SELECT DATE '${MERGER_DATE}' AS merger_date`);
}
