// The pilot provinces and their own start dates from a small CSV (`--pilots pilots.csv`), so real
// imports carry the real dates instead of the demo's illustrative ones. The file is tiny (one row
// per pilot province), so it is parsed here, and every problem refuses the file with the row and
// column named: a wrong start date would silently move every pilot estimate.

import { PILOT_MODEL, type Pilot } from '../../src/lib/reference/pilots';
import { province63 } from '../../src/lib/reference/provinces';
import { splitCsvLine } from '../../src/lib/reference/csv-line';
import { RefusedFileError } from '../../src/lib/import/errors';
import { isCalendarDate } from '../../src/lib/import/sql-text';

const REQUIRED = ['province_code', 'start_date', 'end_date'] as const;
const OPTIONAL = ['model', 'province_34', 'name'] as const;

/** The trimmed fields of a line; an open quote refuses the file. */
function splitLine(line: string, sep: string, file: string, lineNo: number): string[] {
	const cells = splitCsvLine(line, sep);
	if (!cells) throw new RefusedFileError(file, null, `line ${lineNo}: a quoted value is not closed`);
	return cells.map((c) => c.trim());
}

/** Parses and checks a pilots CSV (`,` or `;`, optional BOM); throws RefusedFileError on any problem. */
export function parsePilotsCsv(text: string, file: string): Pilot[] {
	const lines = text
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/)
		.map((l, i) => ({ text: l, line: i + 1 }))
		.filter((l) => l.text.trim() !== '');
	if (lines.length === 0) throw new RefusedFileError(file, null, 'the file is empty (expected a header and one row per pilot province)');
	const sep = lines[0].text.includes(';') && !lines[0].text.includes(',') ? ';' : ',';
	const header = splitLine(lines[0].text, sep, file, lines[0].line).map((h) => h.toLowerCase());
	for (const col of REQUIRED) {
		if (!header.includes(col)) throw new RefusedFileError(file, col, `missing required column (the file has: ${header.join(', ')})`);
	}
	const seen = new Set<string>();
	for (const col of header) {
		if (seen.has(col)) throw new RefusedFileError(file, col, 'the column appears twice in the header');
		seen.add(col);
		if (!(REQUIRED as readonly string[]).includes(col) && !(OPTIONAL as readonly string[]).includes(col))
			throw new RefusedFileError(file, col, `unknown column (expected ${[...REQUIRED, ...OPTIONAL].join(', ')})`);
	}
	if (lines.length === 1) throw new RefusedFileError(file, null, 'the file has a header but no pilot province');

	const pilots: Pilot[] = [];
	for (const { text: lineText, line } of lines.slice(1)) {
		const cells = splitLine(lineText, sep, file, line);
		if (cells.length !== header.length)
			throw new RefusedFileError(file, null, `line ${line} has ${cells.length} fields, the header ${header.length}`);
		const cell = (col: string) => cells[header.indexOf(col)] ?? '';
		const refuse = (col: string, why: string) => new RefusedFileError(file, col, `line ${line}: ${why}`);

		const rawCode = cell('province_code');
		if (!/^\d{1,2}$/.test(rawCode)) throw refuse('province_code', `"${rawCode.slice(0, 40)}" is not a two-digit province code`);
		const code = rawCode.padStart(2, '0');
		const province = province63(code);
		if (!province) throw refuse('province_code', `${code} is not a 63-unit province code (pilots are named by their 63-unit code)`);
		if (pilots.some((p) => p.province_code === code)) throw refuse('province_code', `province ${code} is listed twice`);
		const model = cell('model') || PILOT_MODEL;
		if (model !== PILOT_MODEL) throw refuse('model', `unknown model "${model.slice(0, 40)}" (expected ${PILOT_MODEL})`);
		for (const col of ['start_date', 'end_date']) {
			if (!isCalendarDate(cell(col))) throw refuse(col, `"${cell(col).slice(0, 40)}" is not a date written YYYY-MM-DD`);
		}
		const start = cell('start_date');
		const end = cell('end_date');
		if (end < start) throw refuse('end_date', `the pilot ends (${end}) before it starts (${start})`);
		pilots.push({
			province_code: code,
			province_34: province.merged_into_2025,
			model: PILOT_MODEL,
			start_date: start,
			end_date: end,
			start_is_illustrative: false
		});
	}
	return pilots.sort((a, b) => a.province_code.localeCompare(b.province_code));
}

/**
 * The pilots must start inside the dossier data (`first`..`last`, YYYY-MM-DD): a start outside it
 * leaves the evaluation without a before or an after. An end past the data is kept: the
 * evaluation stops where the data does.
 */
export function checkPilotsInData(pilots: readonly Pilot[], first: string, last: string, file: string): void {
	for (const p of pilots) {
		if (p.start_date < first || p.start_date > last)
			throw new RefusedFileError(
				file,
				'start_date',
				`province ${p.province_code} starts on ${p.start_date}, outside the dossier data (${first} to ${last})`
			);
	}
}
