// One typed copy of a table as it is shown, for every download (both CSV flavours and XLSX).
// Each cell's type and rounding are read from what the page shows: a number shown with one
// decimal is exported with one decimal, a value shown as "81,6 %" is a percentage (81.6, the unit
// in the header), a month is 'YYYY-MM' and a date 'YYYY-MM-DD' (ISO: the one format every
// spreadsheet and script reads the same way, whatever the page's own month style). A column may
// say its type itself (`TableColumn.export`); otherwise the shown text decides.
import type { Lang } from '../i18n/core';
import { LOCALES } from '../i18n/format';
import { cellValue, type TableColumn, type TableRow } from '../components/table-types';

export type ExportKind = 'text' | 'number' | 'percent' | 'month' | 'date';

/** A cell: text, a number (a percentage in percent, 81.6), or null for an empty cell. */
export type ExportValue = string | number | null;

export interface ExportColumn {
	/** The header as shown. */
	label: string;
	/** The header with its unit: "Tỷ lệ đúng hạn (%)". */
	header: string;
	kind: ExportKind;
	/** Decimals shown (numbers and percentages). */
	digits: number;
	/** The unit shown after the numbers ('%', 'ngày', …), if any. */
	unit: string | null;
	/** What the column means, when the page says (the XLSX's definitions sheet). */
	definition: string | null;
}

export interface ExportTable {
	columns: ExportColumn[];
	rows: ExportValue[][];
}

/** How a column declares its export itself, overriding what the shown text suggests. */
export interface ColumnExport<R extends TableRow = TableRow> {
	kind: ExportKind;
	/** The cell's value (a percentage as a fraction, 0.816); default: the raw value. */
	value?: (row: R) => ExportValue;
	digits?: number;
	unit?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Marks some views put before a change ("↓ −2,0"); the sign carries the direction. */
const LEADING_MARKS = /^[↑↓▲▼←→\s]+/u;

interface Separators {
	group: string;
	decimal: string;
}

const separators = new Map<Lang, Separators>();
function separatorsOf(lang: Lang): Separators {
	let known = separators.get(lang);
	if (!known) {
		const parts = new Intl.NumberFormat(LOCALES[lang]).formatToParts(12345.6);
		known = {
			group: parts.find((p) => p.type === 'group')?.value ?? ',',
			decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.'
		};
		separators.set(lang, known);
	}
	return known;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface ShownNumber {
	value: number;
	digits: number;
	/** What follows the number ('%', 'ngày', 'MB'), or null. */
	unit: string | null;
}

/** Reads a number as the page shows it in `lang` ("−1.234,5 %", "12,3 ngày"), or null. */
export function parseShownNumber(text: string, lang: Lang): ShownNumber | null {
	const { group, decimal } = separatorsOf(lang);
	// Intl uses no-break spaces (U+00A0, U+202F) as groups and before units.
	const normal = text
		.replace(LEADING_MARKS, '')
		.replace(/[\u00a0\u202f]/g, ' ')
		.trim();
	const g = escapeRegExp(group.replace(/[\u00a0\u202f]/g, ' '));
	const d = escapeRegExp(decimal);
	const pattern = new RegExp(`^([+\\-\u2212]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?(?:\\s?(%)|\\s(\\p{L}[\\p{L}\\s./]*))?$`, 'u');
	const m = pattern.exec(normal);
	if (!m) return null;
	const whole = m[2].split(group.replace(/[\u00a0\u202f]/g, ' ')).join('');
	const fraction = m[3] ?? '';
	const magnitude = Number(fraction ? `${whole}.${fraction}` : whole);
	return { value: m[1] === '-' || m[1] === '\u2212' ? -magnitude : magnitude, digits: fraction.length, unit: m[4] ?? m[5]?.trim() ?? null };
}

/** Rounds half away from zero to `digits` decimals, as Intl shows it (no -0). */
export function roundShown(value: number, digits: number): number {
	const factor = 10 ** digits;
	const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
	return rounded === 0 ? 0 : rounded;
}

type Cell =
	| { kind: 'empty' }
	| { kind: 'text'; text: string }
	| { kind: 'number'; shown: ShownNumber; raw: number | null }
	| { kind: 'month' | 'date'; text: string };

function shownText<R extends TableRow>(column: TableColumn<R>, row: R): string {
	const value = cellValue(row, column.key);
	if (column.format) return column.format(value, row);
	return value === null || value === undefined ? '' : String(value);
}

function readCell<R extends TableRow>(column: TableColumn<R>, row: R, lang: Lang): Cell {
	const raw = cellValue(row, column.key);
	const text = shownText(column, row).trim();
	if (typeof raw === 'string' && MONTH.test(raw)) return { kind: 'month', text: raw };
	if (typeof raw === 'string' && DATE.test(raw)) return { kind: 'date', text: raw };
	if (text === '' || text === '—') return { kind: 'empty' };
	const shown = parseShownNumber(text, lang);
	if (shown) return { kind: 'number', shown, raw: typeof raw === 'number' && Number.isFinite(raw) ? raw : null };
	// Text shown for a value (a suppressed cell, a label): the column's own CSV value if it has one.
	const csv = column.csv?.(row);
	if (csv !== undefined && csv !== null && csv !== '')
		return typeof csv === 'number'
			? { kind: 'number', shown: { value: csv, digits: 0, unit: null }, raw: csv }
			: { kind: 'text', text: String(csv) };
	return { kind: 'text', text };
}

/** The exported number of a shown one: the raw value rounded as shown when it is the same figure. */
function numberOf(cell: Extract<Cell, { kind: 'number' }>, percent: boolean): number {
	const { shown, raw } = cell;
	const tolerance = 0.5 * 10 ** -shown.digits + 1e-9;
	const candidate = raw === null ? null : percent ? raw * 100 : raw;
	if (candidate !== null && Math.abs(roundShown(candidate, shown.digits) - shown.value) <= tolerance) {
		return roundShown(candidate, shown.digits);
	}
	return shown.value;
}

function declaredColumn<R extends TableRow>(
	column: TableColumn<R>,
	rows: readonly R[]
): { meta: Omit<ExportColumn, 'label' | 'header' | 'definition'>; values: ExportValue[] } {
	const spec = column.export!;
	const digits = spec.digits ?? 0;
	const values = rows.map((row): ExportValue => {
		const v = spec.value ? spec.value(row) : (cellValue(row, column.key) as ExportValue);
		if (v === null || v === undefined) return null;
		if (typeof v === 'number') {
			if (!Number.isFinite(v)) return null;
			return spec.kind === 'percent' ? roundShown(v * 100, digits) : spec.kind === 'number' ? roundShown(v, digits) : v;
		}
		return String(v);
	});
	const unit = spec.kind === 'percent' ? '%' : (spec.unit ?? null);
	return { meta: { kind: spec.kind, digits, unit }, values };
}

function inferredColumn<R extends TableRow>(
	column: TableColumn<R>,
	rows: readonly R[],
	lang: Lang
): { meta: Omit<ExportColumn, 'label' | 'header' | 'definition'>; values: ExportValue[] } {
	const cells = rows.map((row) => readCell(column, row, lang));
	const filled = cells.filter((c) => c.kind !== 'empty');
	const kinds = new Set(filled.map((c) => c.kind));
	const numbers = filled.filter((c): c is Extract<Cell, { kind: 'number' }> => c.kind === 'number');
	const units = new Set(numbers.map((c) => c.shown.unit));
	// A column is numeric only when every filled cell is a number in one unit; else it is text as shown.
	if (kinds.size === 1 && numbers.length > 0 && units.size === 1) {
		const unit = numbers[0].shown.unit;
		const percent = unit === '%';
		const digits = Math.max(...numbers.map((c) => c.shown.digits));
		const values = cells.map((c) => (c.kind === 'number' ? numberOf(c, percent) : null));
		return { meta: { kind: percent ? 'percent' : 'number', digits, unit }, values };
	}
	if (kinds.size === 1 && (kinds.has('month') || kinds.has('date'))) {
		const kind = kinds.has('month') ? 'month' : 'date';
		return { meta: { kind, digits: 0, unit: null }, values: cells.map((c) => (c.kind === kind ? c.text : null)) };
	}
	const values = rows.map((row, i): ExportValue => {
		const c = cells[i];
		if (c.kind === 'empty') return null;
		if (c.kind === 'text' || c.kind === 'month' || c.kind === 'date') return c.text;
		return shownText(column, row).trim();
	});
	return { meta: { kind: 'text', digits: 0, unit: null }, values };
}

/** The table as shown (these rows, in this order, these columns), typed for export. */
export function exportTable<R extends TableRow>(columns: readonly TableColumn<R>[], rows: readonly R[], lang: Lang): ExportTable {
	const built = columns.map((column) => {
		const { meta, values } = column.export ? declaredColumn(column, rows) : inferredColumn(column, rows, lang);
		const header = meta.unit && !column.label.includes(`(${meta.unit})`) ? `${column.label} (${meta.unit})` : column.label;
		return { column: { ...meta, label: column.label, header, definition: column.definition ?? null }, values };
	});
	return {
		columns: built.map((b) => b.column),
		rows: rows.map((_, i) => built.map((b) => b.values[i]))
	};
}
