// Working-day calendar for Vietnamese public administration, 2020-01-01..2027-12-31.
//
// A working day is Monday–Friday, minus the non-working days of Labour Code 2019 Art. 112
// (New Year 1/1, Tết 5 days, Hùng Kings 10/3 lunar, 30/4, 1/5, National Day 2/9 + one adjacent
// day), with the compensation days off (nghỉ bù) and the swaps (hoán đổi: a weekday off, a
// Saturday worked) that the Government announces each year for civil servants.
//
// 2023–2026 are checked against the announcements (`verified = true`). Other years carry only
// weekends and the fixed solar holidays 1/1, 30/4, 1/5, 2/9 (`verified = false`): Tết and
// Hùng Kings move with the lunar calendar and their swaps are not encoded there.
// A user can replace the whole table with a CSV (`parseCalendarCsv`).

import { splitCsvLine } from './csv-line';
export interface CalendarRow {
	date: string; // 'YYYY-MM-DD'
	is_working_day: boolean;
	/** Working days from the start of the table up to and including `date`. */
	wd_index: number;
	/** Name of the holiday or break on a non-working day; null otherwise. */
	holiday: string | null;
	verified: boolean;
}

export const CALENDAR_FROM = '2020-01-01';
export const CALENDAR_TO = '2027-12-31';
export const VERIFIED_YEARS: readonly number[] = [2023, 2024, 2025, 2026];

interface Break {
	from: string;
	to: string;
	name: string;
}

const NEW_YEAR = 'Tết Dương lịch';
const TET = 'Tết Nguyên đán';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương';
const REUNIFICATION = 'Ngày Chiến thắng 30/4';
const LABOUR = 'Quốc tế Lao động 1/5';
const NATIONAL_DAY = 'Quốc khánh 2/9';
const COMPENSATION = 'nghỉ bù';
const SWAPPED = 'nghỉ hoán đổi';

/** Announced breaks (every day of each range is a non-working day). */
const BREAKS: readonly Break[] = [
	// 2023 — Thông báo of the Ministry of Labour, Invalids and Social Affairs (MOLISA) on the 2023
	// holidays, following the Prime Minister's agreement; Tết: Deputy PM Vũ Đức Đam's approval of
	// MOLISA's proposal (20/1–26/1/2023). 1/1 on Sunday → Monday 2/1 off; Hùng Kings on Saturday
	// 29/4 and 30/4 on Sunday → Tuesday 2/5 and Wednesday 3/5 off; 2/9 on Saturday → Friday 1/9
	// (adjacent day) and Monday 4/9 (compensation) off.
	{ from: '2023-01-01', to: '2023-01-01', name: NEW_YEAR },
	{ from: '2023-01-02', to: '2023-01-02', name: `${NEW_YEAR} (${COMPENSATION})` },
	{ from: '2023-01-20', to: '2023-01-26', name: TET },
	{ from: '2023-04-29', to: '2023-04-29', name: HUNG_KINGS },
	{ from: '2023-04-30', to: '2023-04-30', name: REUNIFICATION },
	{ from: '2023-05-01', to: '2023-05-01', name: LABOUR },
	{ from: '2023-05-02', to: '2023-05-03', name: `${HUNG_KINGS}, ${REUNIFICATION} (${COMPENSATION})` },
	{ from: '2023-09-01', to: '2023-09-02', name: NATIONAL_DAY },
	{ from: '2023-09-03', to: '2023-09-03', name: NATIONAL_DAY },
	{ from: '2023-09-04', to: '2023-09-04', name: `${NATIONAL_DAY} (${COMPENSATION})` },
	{ from: '2023-12-30', to: '2023-12-31', name: NEW_YEAR },
	// 2024 — MOLISA's notice on Tết and National Day 2024 after the PM's agreement (Tết 8/2–14/2:
	// 5 Tết days + weekends; National Day: 2/9 and the adjacent day after, 3/9, so 31/8–3/9);
	// 30/4–1/5: the PM approved swapping Monday 29/4 for Saturday 4/5 (27/4–1/5 off, 4/5 worked);
	// Hùng Kings Thursday 18/4 without swap.
	{ from: '2024-01-01', to: '2024-01-01', name: NEW_YEAR },
	{ from: '2024-02-08', to: '2024-02-14', name: TET },
	{ from: '2024-04-18', to: '2024-04-18', name: HUNG_KINGS },
	{ from: '2024-04-27', to: '2024-04-29', name: `${REUNIFICATION} (${SWAPPED})` },
	{ from: '2024-04-30', to: '2024-04-30', name: REUNIFICATION },
	{ from: '2024-05-01', to: '2024-05-01', name: LABOUR },
	{ from: '2024-08-31', to: '2024-09-03', name: NATIONAL_DAY },
	// 2025 — Government Office letter 8726/VPCP-KGVX of 26/11/2024 conveying the PM's decision on
	// Tết 2025 and the year's holidays: Tết 25/1–2/2 (9 days: 5 Tết weekdays + 2 weekends);
	// Hùng Kings Monday 7/4; 30/4–4/5 with Friday 2/5 swapped for Saturday 26/4 (worked);
	// National Day 30/8–2/9 (2/9 and the adjacent day before, 1/9).
	{ from: '2025-01-01', to: '2025-01-01', name: NEW_YEAR },
	{ from: '2025-01-25', to: '2025-02-02', name: TET },
	{ from: '2025-04-05', to: '2025-04-07', name: HUNG_KINGS },
	{ from: '2025-04-30', to: '2025-04-30', name: REUNIFICATION },
	{ from: '2025-05-01', to: '2025-05-01', name: LABOUR },
	{ from: '2025-05-02', to: '2025-05-04', name: `${LABOUR} (${SWAPPED})` },
	{ from: '2025-08-30', to: '2025-09-02', name: NATIONAL_DAY },
	// 2026 — New Year: Government Office letter 12729/VPCP-KGVX of 25/12/2025 (1/1–4/1, Friday
	// 2/1 swapped for Saturday 10/1). Tết and National Day: the PM's agreement of 13/10/2025 to the
	// Ministry of Home Affairs' proposal (Tết 14/2–22/2; National Day 29/8–2/9: 2/9, the adjacent
	// day before 1/9, and Monday 31/8 swapped for Saturday 22/8). Hùng Kings on Sunday 26/4 →
	// Monday 27/4 off (Labour Code compensation); 30/4–1/5 on Thursday–Friday, no swap.
	// Not encoded: "Vietnam Culture Day" 24/11 (Politburo Resolution 80, 2026) awaits a legal text.
	{ from: '2026-01-01', to: '2026-01-01', name: NEW_YEAR },
	{ from: '2026-01-02', to: '2026-01-04', name: `${NEW_YEAR} (${SWAPPED})` },
	{ from: '2026-02-14', to: '2026-02-22', name: TET },
	{ from: '2026-04-25', to: '2026-04-26', name: HUNG_KINGS },
	{ from: '2026-04-27', to: '2026-04-27', name: `${HUNG_KINGS} (${COMPENSATION})` },
	{ from: '2026-04-30', to: '2026-04-30', name: REUNIFICATION },
	{ from: '2026-05-01', to: '2026-05-03', name: LABOUR },
	{ from: '2026-08-29', to: '2026-08-31', name: `${NATIONAL_DAY} (${SWAPPED})` },
	{ from: '2026-09-01', to: '2026-09-02', name: NATIONAL_DAY }
];

/** Saturdays worked in exchange for a weekday off (same sources as above). */
export const WORKING_WEEKENDS: readonly string[] = ['2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22'];

/** Fixed solar holidays used for the years without verified announcements. */
const FIXED_SOLAR: readonly [string, string][] = [
	['01-01', NEW_YEAR],
	['04-30', REUNIFICATION],
	['05-01', LABOUR],
	['09-02', NATIONAL_DAY]
];

const DAY_MS = 86_400_000;

export function isoToDayNumber(iso: string): number {
	const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
	return Math.round(ms / DAY_MS);
}

export function dayNumberToIso(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function defaultHolidays(): Map<string, string> {
	const names = new Map<string, string>();
	for (const b of BREAKS) {
		for (let d = isoToDayNumber(b.from); d <= isoToDayNumber(b.to); d++) names.set(dayNumberToIso(d), b.name);
	}
	return names;
}

/** Numbers each row's working days (rows must be consecutive days from the first). */
function withIndex(rows: Omit<CalendarRow, 'wd_index'>[]): CalendarRow[] {
	let index = 0;
	return rows.map((r) => {
		if (r.is_working_day) index++;
		return { ...r, wd_index: index };
	});
}

let cached: CalendarRow[] | undefined;

/** The built-in calendar: one row per day, 2020-01-01..2027-12-31. */
export function calendarRows(): CalendarRow[] {
	if (cached) return cached;
	const announced = defaultHolidays();
	const working = new Set(WORKING_WEEKENDS);
	const rows: Omit<CalendarRow, 'wd_index'>[] = [];
	for (let d = isoToDayNumber(CALENDAR_FROM); d <= isoToDayNumber(CALENDAR_TO); d++) {
		const date = dayNumberToIso(d);
		const year = Number(date.slice(0, 4));
		const verified = VERIFIED_YEARS.includes(year);
		const weekday = new Date(d * DAY_MS).getUTCDay(); // 0 = Sunday
		const weekend = weekday === 0 || weekday === 6;
		let holiday: string | null;
		if (verified) holiday = announced.get(date) ?? null;
		else holiday = FIXED_SOLAR.find(([md]) => date.endsWith(md))?.[1] ?? null;
		const isWorking = working.has(date) || (!weekend && holiday === null);
		rows.push({ date, is_working_day: isWorking, holiday, verified });
	}
	cached = withIndex(rows);
	return cached;
}

/** Fast lookups over a calendar (the built-in one unless rows are given). */
export class WorkingDayCalendar {
	readonly rows: CalendarRow[];
	private readonly first: number;

	constructor(rows: CalendarRow[] = calendarRows()) {
		this.rows = rows;
		this.first = isoToDayNumber(rows[0].date);
	}

	private row(dateIso: string): CalendarRow {
		const r = this.rows[isoToDayNumber(dateIso.slice(0, 10)) - this.first];
		if (!r) throw new RangeError(`Date ${dateIso} is outside the calendar (${this.rows[0].date}..${this.rows.at(-1)?.date})`);
		return r;
	}

	wdIndex(dateIso: string): number {
		return this.row(dateIso).wd_index;
	}

	isWorkingDay(dateIso: string): boolean {
		return this.row(dateIso).is_working_day;
	}

	/** Working days after `a` up to and including `b` (DATA-LAYOUT.md `wd_between`). */
	between(a: string, b: string): number {
		return this.wdIndex(b) - this.wdIndex(a);
	}

	/** The first date whose wd_index is `wdIndex(start) + n` (n ≥ 1): the n-th working day after `start`. */
	addWorkingDays(start: string, n: number): string {
		const target = this.wdIndex(start) + n;
		let i = isoToDayNumber(start.slice(0, 10)) - this.first;
		while (i < this.rows.length && this.rows[i].wd_index < target) i++;
		if (i >= this.rows.length) throw new RangeError(`${n} working days after ${start} is beyond the calendar`);
		return this.rows[i].date;
	}
}

let defaultCalendar: WorkingDayCalendar | undefined;

/** `wd_index(b) − wd_index(a)` in the built-in calendar. */
export function workingDaysBetween(a: string, b: string): number {
	defaultCalendar ??= new WorkingDayCalendar();
	return defaultCalendar.between(a, b);
}

export class CalendarCsvError extends Error {
	constructor(
		message: string,
		readonly line: number
	) {
		super(line > 0 ? `Calendar CSV, line ${line}: ${message}` : `Calendar CSV: ${message}`);
		this.name = 'CalendarCsvError';
	}
}

/** Splits one CSV line; an open quote is an error naming the line. */
function splitCalendarLine(line: string, lineNo: number): string[] {
	const fields = splitCsvLine(line);
	if (!fields) throw new CalendarCsvError('unterminated quoted field', lineNo);
	return fields;
}

const TRUE_VALUES = new Set(['true', '1', 'yes', 'y']);
const FALSE_VALUES = new Set(['false', '0', 'no', 'n']);

/**
 * Reads a replacement calendar: header `date,is_working_day,holiday` (an optional 4th column
 * `verified`, default true: the user vouches for their table). Dates must be consecutive days,
 * in order, with no gap or repeat; wd_index is recomputed.
 */
export function parseCalendarCsv(text: string): CalendarRow[] {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	while (lines.length && lines.at(-1)!.trim() === '') lines.pop();
	if (lines.length === 0) throw new CalendarCsvError('the file is empty', 0);
	const header = splitCalendarLine(lines[0], 1).map((h) => h.trim().toLowerCase());
	const expected = ['date', 'is_working_day', 'holiday'];
	if (expected.some((h, i) => header[i] !== h) || header.length > 4 || (header.length === 4 && header[3] !== 'verified')) {
		throw new CalendarCsvError(`the header must be "date,is_working_day,holiday" (optionally ",verified"), found "${lines[0]}"`, 1);
	}
	const rows: Omit<CalendarRow, 'wd_index'>[] = [];
	let previous: number | undefined;
	for (let i = 1; i < lines.length; i++) {
		const lineNo = i + 1;
		if (lines[i].trim() === '') throw new CalendarCsvError('empty line', lineNo);
		const f = splitCalendarLine(lines[i], lineNo);
		if (f.length !== header.length) throw new CalendarCsvError(`expected ${header.length} fields, found ${f.length}`, lineNo);
		const date = f[0].trim();
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || dayNumberToIso(isoToDayNumber(date)) !== date) {
			throw new CalendarCsvError(`"${date}" is not a date in the form YYYY-MM-DD`, lineNo);
		}
		const day = isoToDayNumber(date);
		if (previous !== undefined && day !== previous + 1) {
			throw new CalendarCsvError(
				day <= previous
					? `${date} is not after the previous date (dates must be in order, without repeats)`
					: `gap before ${date}: ${dayNumberToIso(previous + 1)} is missing`,
				lineNo
			);
		}
		previous = day;
		const flag = f[1].trim().toLowerCase();
		if (!TRUE_VALUES.has(flag) && !FALSE_VALUES.has(flag)) {
			throw new CalendarCsvError(`is_working_day must be true/false (or 1/0), found "${f[1]}"`, lineNo);
		}
		let verified = true;
		if (f.length === 4) {
			const v = f[3].trim().toLowerCase();
			if (!TRUE_VALUES.has(v) && !FALSE_VALUES.has(v)) throw new CalendarCsvError(`verified must be true/false, found "${f[3]}"`, lineNo);
			verified = TRUE_VALUES.has(v);
		}
		const holiday = f[2].trim();
		rows.push({ date, is_working_day: TRUE_VALUES.has(flag), holiday: holiday === '' ? null : holiday, verified });
	}
	if (rows.length === 0) throw new CalendarCsvError('no rows after the header', 0);
	return withIndex(rows);
}
