import { describe, expect, it } from 'vitest';
import { CalendarCsvError, WorkingDayCalendar, calendarRows, parseCalendarCsv, workingDaysBetween } from './calendar';

const cal = new WorkingDayCalendar();
const row = (d: string) => calendarRows().find((r) => r.date === d)!;

describe('built-in calendar', () => {
	it('covers 2020-01-01..2027-12-31, one row per day, wd_index monotone', () => {
		const rows = calendarRows();
		expect(rows[0].date).toBe('2020-01-01');
		expect(rows.at(-1)!.date).toBe('2027-12-31');
		expect(rows).toHaveLength(2922);
		let prev = 0;
		for (const r of rows) {
			expect(r.wd_index - prev).toBe(r.is_working_day ? 1 : 0);
			prev = r.wd_index;
		}
	});

	it('has the verified Tết breaks as non-working days', () => {
		for (const [from, to] of [
			['2023-01-20', '2023-01-26'],
			['2024-02-08', '2024-02-14'],
			['2025-01-25', '2025-02-02'],
			['2026-02-14', '2026-02-22']
		]) {
			for (const r of calendarRows().filter((x) => x.date >= from && x.date <= to)) {
				expect(r.is_working_day).toBe(false);
				expect(r.holiday).toBe('Tết Nguyên đán');
			}
			expect(row(from).verified).toBe(true);
		}
		// Friday 24 Jan 2025 before the break and Monday 3 Feb 2025 after it are working days.
		expect(cal.isWorkingDay('2025-01-24')).toBe(true);
		expect(cal.isWorkingDay('2025-02-03')).toBe(true);
		// Across Tết 2025: received Fri 24/1, the next working day is Mon 3/2.
		expect(workingDaysBetween('2025-01-24', '2025-02-03')).toBe(1);
		expect(cal.addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
		// January 2025: 23 weekdays − New Year (1/1) − 5 Tết weekdays (27–31/1) = 17.
		expect(workingDaysBetween('2024-12-31', '2025-01-31')).toBe(17);
	});

	it('counts Saturday 26 April 2025 as a working day and 30/4–4/5 as a break', () => {
		expect(row('2025-04-26').is_working_day).toBe(true);
		expect(row('2025-04-26').holiday).toBeNull();
		for (const d of ['2025-04-30', '2025-05-01', '2025-05-02']) expect(cal.isWorkingDay(d)).toBe(false);
		expect(cal.isWorkingDay('2025-04-25')).toBe(true);
		// Fri 25/4 → Sat 26/4 (1) → Mon 28/4, Tue 29/4 (3) → Mon 5/5 (4).
		expect(workingDaysBetween('2025-04-25', '2025-05-05')).toBe(4);
		expect(cal.isWorkingDay('2024-05-04')).toBe(true);
		expect(cal.isWorkingDay('2024-04-29')).toBe(false);
	});

	it('has National Day with its adjacent day', () => {
		expect(cal.isWorkingDay('2025-09-01')).toBe(false);
		expect(cal.isWorkingDay('2025-09-02')).toBe(false);
		expect(cal.isWorkingDay('2025-09-03')).toBe(true);
		expect(cal.isWorkingDay('2024-09-02')).toBe(false);
		expect(cal.isWorkingDay('2024-09-03')).toBe(false);
		expect(cal.isWorkingDay('2023-09-01')).toBe(false);
		expect(cal.isWorkingDay('2023-09-04')).toBe(false);
		expect(cal.isWorkingDay('2026-08-31')).toBe(false);
		expect(cal.isWorkingDay('2026-08-22')).toBe(true);
		expect(row('2025-09-02').holiday).toBe('Quốc khánh 2/9');
	});

	it('uses only weekends and fixed solar holidays outside 2023–2026', () => {
		expect(row('2022-09-02').is_working_day).toBe(false);
		expect(row('2022-09-02').verified).toBe(false);
		expect(row('2027-04-30').is_working_day).toBe(false);
		// Tết 2022 (1 Feb 2022, a Tuesday) is not encoded: an unverified working day.
		expect(row('2022-02-01').is_working_day).toBe(true);
		expect(row('2020-01-04').is_working_day).toBe(false); // Saturday
	});

	it('counts same-day finishing as 0 and rejects dates outside the table', () => {
		expect(workingDaysBetween('2024-03-05', '2024-03-05')).toBe(0);
		expect(workingDaysBetween('2024-03-08', '2024-03-11')).toBe(1); // Fri → Mon
		expect(() => cal.wdIndex('2019-12-31')).toThrow(RangeError);
	});
});

describe('parseCalendarCsv', () => {
	const csv = [
		'date,is_working_day,holiday',
		'2024-12-31,true,',
		'2025-01-01,false,"Tết Dương lịch, 1/1"',
		'2025-01-02,1,',
		'2025-01-03,TRUE,',
		'2025-01-04,0,'
	].join('\n');

	it('reads rows and recomputes wd_index', () => {
		const rows = parseCalendarCsv(csv + '\n');
		expect(rows.map((r) => r.wd_index)).toEqual([1, 1, 2, 3, 3]);
		expect(rows[1].holiday).toBe('Tết Dương lịch, 1/1');
		expect(rows[0].holiday).toBeNull();
		expect(rows.every((r) => r.verified)).toBe(true);
		const c = new WorkingDayCalendar(rows);
		expect(c.between('2024-12-31', '2025-01-04')).toBe(2);
	});

	it('accepts an optional verified column and a BOM and CRLF', () => {
		const rows = parseCalendarCsv('\uFEFFdate,is_working_day,holiday,verified\r\n2025-01-01,false,x,false\r\n2025-01-02,true,,true\r\n');
		expect(rows.map((r) => r.verified)).toEqual([false, true]);
	});

	it.each([
		['', 'empty'],
		['day,working,name\n2025-01-01,true,', 'header'],
		['date,is_working_day,holiday\n2025-13-01,true,', 'line 2: "2025-13-01" is not a date'],
		['date,is_working_day,holiday\n2025-02-30,true,', 'line 2: "2025-02-30"'],
		['date,is_working_day,holiday\n2025-01-01,maybe,', 'line 2: is_working_day must be'],
		['date,is_working_day,holiday\n2025-01-01,true,\n2025-01-03,true,', 'line 3: gap before 2025-01-03: 2025-01-02 is missing'],
		['date,is_working_day,holiday\n2025-01-02,true,\n2025-01-02,true,', 'line 3: 2025-01-02 is not after'],
		['date,is_working_day,holiday\n2025-01-01,true', 'line 2: expected 3 fields, found 2'],
		['date,is_working_day,holiday\n2025-01-01,true,"open', 'line 2: unterminated'],
		['date,is_working_day,holiday\n', 'no rows']
	])('rejects bad input (%#)', (text, message) => {
		expect(() => parseCalendarCsv(text)).toThrow(CalendarCsvError);
		expect(() => parseCalendarCsv(text)).toThrow(message);
	});
});
