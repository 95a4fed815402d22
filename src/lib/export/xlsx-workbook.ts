// The XLSX of a table: a data sheet with numbers as numbers (each with the number format of its
// shown rounding, percentages as Excel percentages, months and dates as dates), and an "about"
// sheet with the view's source, period, filters, data date, link and the columns' definitions.
// Built with exceljs, which the page loads only when a reader asks for the file.
import type { Workbook } from 'exceljs';
import { metaLines, type ExportMeta, type MetaLabels } from './export-meta';
import type { ExportColumn, ExportTable, ExportValue } from './table-export';

export interface XlsxLabels extends MetaLabels {
	dataSheet: string;
	aboutSheet: string;
	column: string;
	unit: string;
	definition: string;
	/** Where every definition is written out (the methodology page's address). */
	methodology: string;
	methodologyUrl: string;
}

type ExcelModule = { Workbook: new () => Workbook };

/** The Excel number format of a column ('#,##0.0', '0.0%', 'yyyy-mm'), or undefined for text. */
export function numberFormatOf(column: Pick<ExportColumn, 'kind' | 'digits'>): string | undefined {
	const decimals = column.digits > 0 ? `.${'0'.repeat(column.digits)}` : '';
	switch (column.kind) {
		case 'number':
			return `#,##0${decimals}`;
		case 'percent':
			return `0${decimals}%`;
		case 'month':
			return 'yyyy-mm';
		case 'date':
			return 'yyyy-mm-dd';
		default:
			return undefined;
	}
}

/** A cell's Excel value: a percentage back to a fraction, a month or date as a UTC date. */
export function xlsxValue(value: ExportValue, column: Pick<ExportColumn, 'kind' | 'digits'>): string | number | Date | null {
	if (value === null) return null;
	if (typeof value === 'number') return column.kind === 'percent' ? Number((value / 100).toFixed(column.digits + 2)) : value;
	if (column.kind === 'month' || column.kind === 'date') {
		const [y, m, d] = value.split('-').map(Number);
		return new Date(Date.UTC(y, m - 1, d || 1));
	}
	return value;
}

const SHEET_NAME_LIMIT = 31;

export function buildWorkbook(excel: ExcelModule, table: ExportTable, meta: ExportMeta, labels: XlsxLabels): Workbook {
	const workbook = new excel.Workbook();
	workbook.creator = 'Reform Lens';
	workbook.title = meta.title;

	const data = workbook.addWorksheet(labels.dataSheet.slice(0, SHEET_NAME_LIMIT), { views: [{ state: 'frozen', ySplit: 1 }] });
	data.columns = table.columns.map((c) => ({
		header: c.header,
		width: Math.min(48, Math.max(10, c.header.length + 2)),
		style: numberFormatOf(c) ? { numFmt: numberFormatOf(c) } : {}
	}));
	data.getRow(1).font = { bold: true };
	for (const row of table.rows) data.addRow(row.map((value, i) => xlsxValue(value, table.columns[i])));

	const about = workbook.addWorksheet(labels.aboutSheet.slice(0, SHEET_NAME_LIMIT));
	about.columns = [{ width: 28 }, { width: 60 }, { width: 60 }];
	for (const [label, value] of metaLines(meta, labels)) {
		const row = about.addRow([label, value]);
		if (label === labels.demoMark) row.font = { bold: true, color: { argb: 'FFB42318' } };
	}
	about.addRow([]);
	about.addRow([labels.column, labels.unit, labels.definition]).font = { bold: true };
	for (const c of table.columns) about.addRow([c.label, c.unit ?? '', c.definition ?? '']);
	about.addRow([]);
	about.addRow([labels.methodology, labels.methodologyUrl]);
	return workbook;
}
