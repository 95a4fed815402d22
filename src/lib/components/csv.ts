// CSV text for downloads: RFC 4180 quoting, CRLF line ends, the separator of the flavour (',' or
// ';'), and the one guard against cells a spreadsheet would run as formulas.
export type CsvCell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

/**
 * Formula-looking text is prefixed with ' so a spreadsheet shows it instead of running it. Only
 * a whole signed number (`-2`, `-2.5`, `-2,5`, `+1.234,5`, `-3%`) is left as it is: a number
 * followed by anything else (`-2+3`, `-1+cmd|' /C calc'!A0`) is a formula to a spreadsheet.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const SIGNED_NUMBER = /^[+-]\d+(?:[.,]\d+)*%?$/;

export function csvCell(value: CsvCell, separator: ',' | ';' = ','): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	let text = String(value);
	if (typeof value === 'string' && FORMULA_START.test(text) && !SIGNED_NUMBER.test(text)) text = `'${text}`;
	const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
	return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV lines, CRLF after each, without a byte-order mark. */
export function toCsv(lines: readonly (readonly CsvCell[])[], separator: ',' | ';' = ','): string {
	return lines.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator) + '\r\n').join('');
}

/** A name part from any text: letters, digits and dashes only (diacritics removed). */
export function fileSlug(title: string): string {
	return title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Starts a download of a file made in the page (an object URL: no request leaves the page). */
export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
