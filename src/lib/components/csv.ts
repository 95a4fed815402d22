// CSV text for downloads: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark so that
// spreadsheet programs read Vietnamese diacritics correctly.
export type CsvCell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

/**
 * Formula-looking text is prefixed with ' so a spreadsheet shows it instead of running it. Only
 * a whole signed number (`-2`, `-2.5`, `-2,5`, `+1.234,5`, `-3%`) is left as it is: a number
 * followed by anything else (`-2+3`, `-1+cmd|' /C calc'!A0`) is a formula to a spreadsheet.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const SIGNED_NUMBER = /^[+-]\d+(?:[.,]\d+)*%?$/;

export function csvCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	let text = String(value);
	if (typeof value === 'string' && FORMULA_START.test(text) && !SIGNED_NUMBER.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document (header + rows), starting with the BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
	return BOM + lines.join('\r\n') + '\r\n';
}

/** A file name from a title: letters, digits and dashes only (diacritics removed). */
export function csvFileName(title: string): string {
	const base = title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `${base || 'data'}.csv`;
}

/** Starts a download of the CSV in the browser (an object URL: no request leaves the page). */
export function downloadCsv(fileName: string, csv: string): void {
	const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
