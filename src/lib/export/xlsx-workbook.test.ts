import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixtureLabels, fixtureMeta, fixtureTable } from './export-fixture';
import { buildWorkbook, numberFormatOf, xlsxValue, type XlsxLabels } from './xlsx-workbook';

const labels: XlsxLabels = {
	...fixtureLabels,
	dataSheet: 'Dữ liệu',
	aboutSheet: 'Thông tin',
	column: 'Cột',
	unit: 'Đơn vị',
	definition: 'Định nghĩa',
	methodology: 'Định nghĩa đầy đủ',
	methodologyUrl: 'http://localhost/methodology/'
};

describe('xlsx cells', () => {
	it('gives each kind its number format and value', () => {
		expect(numberFormatOf({ kind: 'number', digits: 0 })).toBe('#,##0');
		expect(numberFormatOf({ kind: 'number', digits: 2 })).toBe('#,##0.00');
		expect(numberFormatOf({ kind: 'percent', digits: 1 })).toBe('0.0%');
		expect(numberFormatOf({ kind: 'month', digits: 0 })).toBe('yyyy-mm');
		expect(numberFormatOf({ kind: 'text', digits: 0 })).toBeUndefined();
		expect(xlsxValue(81.6, { kind: 'percent', digits: 1 })).toBe(0.816);
		expect(xlsxValue('2024-02', { kind: 'month', digits: 0 })).toEqual(new Date(Date.UTC(2024, 1, 1)));
	});
});

describe('buildWorkbook', () => {
	it('writes a workbook exceljs reads back: numbers as numbers, an about sheet', async () => {
		const bytes = await buildWorkbook(ExcelJS, fixtureTable, fixtureMeta, labels).xlsx.writeBuffer();
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(bytes);
		const data = book.getWorksheet('Dữ liệu')!;
		expect(data.getRow(1).values).toEqual([undefined, 'Tỉnh', 'Tháng', 'Tỷ lệ (%)', 'Thay đổi']);
		expect(data.getCell('A2').value).toBe('Hà Nội; cũ');
		expect(data.getCell('B2').value).toEqual(new Date(Date.UTC(2024, 0, 1)));
		expect(data.getCell('B2').numFmt).toBe('yyyy-mm');
		expect(data.getCell('C2').value).toBe(0.816);
		expect(data.getCell('C2').numFmt).toBe('0.0%');
		expect(data.getCell('C3').value).toBeNull();
		expect(data.getCell('D3').value).toBe(1234.5);
		expect(data.getCell('D3').numFmt).toBe('#,##0.00');
		// A text cell is a string in XLSX: a formula never starts from it.
		expect(data.getCell('A3').value).toBe('=HYPERLINK("x")');
		expect(data.getCell('A3').formula).toBeUndefined();
		const about = book.getWorksheet('Thông tin')!;
		const text = about
			.getSheetValues()
			.flat()
			.filter((v) => typeof v === 'string');
		for (const expected of [
			'DỮ LIỆU MÔ PHỎNG / SIMULATED DATA',
			'2024-01/2024-12',
			'34 tỉnh (hiện hành)',
			'2025-01-10',
			'Đúng hạn / đã giải quyết',
			fixtureMeta.url
		]) {
			expect(text).toContain(expected);
		}
	});
});
