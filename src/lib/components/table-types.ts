// Column description shared by DataTable and ChartFrame.
import type { CsvCell } from './csv';
import type { ColumnExport } from '../export/table-export';

/** Any object row (interfaces too); cells are read by `key`. */
export type TableRow = object;

/** The raw value of a row's property. */
export function cellValue(row: TableRow, key: string): unknown {
	return (row as Record<string, unknown>)[key];
}

export interface TableColumn<R extends TableRow = TableRow> {
	/** Property of the row holding the raw value (sorting and CSV use it). */
	key: string;
	/** Header text (already translated). */
	label: string;
	/** Numbers align to the end. Default: 'end' when the first value is a number. */
	align?: 'start' | 'end';
	/** Text shown in the cell (formatted with Intl). Default: the raw value as text. */
	format?: (value: unknown, row: R) => string;
	/** Value exported for a cell that shows text (a code beside its label, a suppressed cell's note). */
	csv?: (row: R) => CsvCell;
	/** Value used to sort. Default: the raw value. */
	sortValue?: (row: R) => number | string | null;
	/** Default true. */
	sortable?: boolean;
	/** The cell as a link to this address (a province's profile); null for plain text. */
	link?: (row: R) => string | null;
	/**
	 * The column's type in downloads (CSV, XLSX). Default: read from the shown text (a number
	 * rounded as shown, "81,6 %" a percentage, 'YYYY-MM' a month); `csv` is then used only for
	 * cells that show text.
	 */
	export?: ColumnExport<R>;
	/** What the column means (listed in the XLSX's definitions sheet). */
	definition?: string;
}

export type SortDirection = 'ascending' | 'descending';

/** Sorts a copy; nulls always last, numbers numerically, text with the locale's collation. */
export function sortRows<R extends TableRow>(
	rows: readonly R[],
	column: TableColumn<R> | undefined,
	direction: SortDirection,
	locale: string
): R[] {
	if (!column) return [...rows];
	const value = column.sortValue ?? ((row: R) => cellValue(row, column.key) as number | string | null);
	const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const va = value(a);
		const vb = value(b);
		const aMissing = va === null || va === undefined || (typeof va === 'number' && Number.isNaN(va));
		const bMissing = vb === null || vb === undefined || (typeof vb === 'number' && Number.isNaN(vb));
		if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
		if (typeof va === 'number' && typeof vb === 'number') return sign * (va - vb);
		return sign * collator.compare(String(va), String(vb));
	});
}
