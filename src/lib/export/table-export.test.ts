import { describe, expect, it } from 'vitest';
import { formatDate, formatDays, formatMonth, formatNumber, formatPercent, formatSignedPoints } from '../i18n/format';
import type { TableColumn } from '../components/table-types';
import { exportTable, parseShownNumber, roundShown } from './table-export';

describe('parseShownNumber', () => {
	it('reads numbers as vi-VN and en-GB show them', () => {
		expect(parseShownNumber(formatPercent('vi', 0.8162769108350648), 'vi')).toEqual({ value: 81.6, digits: 1, unit: '%' });
		expect(parseShownNumber(formatPercent('en', 0.8162769108350648), 'en')).toEqual({ value: 81.6, digits: 1, unit: '%' });
		expect(parseShownNumber(formatNumber('vi', 1234567), 'vi')).toEqual({ value: 1234567, digits: 0, unit: null });
		expect(parseShownNumber(formatNumber('en', 1234.5, 1), 'en')).toEqual({ value: 1234.5, digits: 1, unit: null });
		expect(parseShownNumber(formatSignedPoints('vi', -2.04), 'vi')).toEqual({ value: -2, digits: 1, unit: null });
		expect(parseShownNumber('↓ -2,0', 'vi')).toEqual({ value: -2, digits: 1, unit: null });
		expect(parseShownNumber('\u22120,54', 'vi')).toEqual({ value: -0.54, digits: 2, unit: null });
		expect(parseShownNumber('12,3 ngày', 'vi')).toEqual({ value: 12.3, digits: 1, unit: 'ngày' });
	});
	it('refuses text that is not one number', () => {
		for (const text of ['Hà Nội', '1–7', '12/40', 'thg 10 2023 – thg 9 2024', '', '—', '01/07/2025'])
			expect(parseShownNumber(text, 'vi')).toBeNull();
	});
});

describe('roundShown', () => {
	it('rounds half away from zero without -0', () => {
		expect(roundShown(0.8162769108350648 * 100, 1)).toBe(81.6);
		expect(roundShown(2.25, 1)).toBe(2.3);
		expect(roundShown(-2.25, 1)).toBe(-2.3);
		expect(Object.is(roundShown(-0.04, 1), 0)).toBe(true);
	});
});

interface Row {
	name: string;
	month: string;
	start: string | null;
	rate: number | null;
	days: number;
	n: number;
	band: string;
	quartile: number | null;
}
const rows: Row[] = [
	{
		name: 'Hà Nội',
		month: '2025-01',
		start: '2024-09-01',
		rate: 0.8162769108350648,
		days: 4.26,
		n: 12034,
		band: 'thg 10 2023 – thg 9 2024',
		quartile: 1
	},
	{ name: '=cmd', month: '2025-02', start: null, rate: null, days: -0.04, n: 7, band: '', quartile: null }
];
const columns = (lang: 'vi' | 'en'): TableColumn<Row>[] => [
	{ key: 'name', label: 'Tỉnh' },
	{ key: 'month', label: 'Tháng', format: (v) => formatMonth(lang, String(v)) },
	{ key: 'start', label: 'Bắt đầu', format: (v) => formatDate(lang, v as string | null) },
	{ key: 'rate', label: 'Tỷ lệ đúng hạn', format: (v) => formatPercent(lang, v as number | null), definition: 'Đúng hạn / đã giải quyết' },
	{ key: 'days', label: 'Trung vị', format: (v) => formatDays(lang, v as number) },
	{ key: 'n', label: 'Hồ sơ', format: (v) => formatNumber(lang, v as number) },
	{ key: 'band', label: 'Giai đoạn', csv: (r) => (r.band ? '2023-10/2024-09' : null) },
	{ key: 'quartile', label: 'Nhóm', format: (v) => (v === null ? '—' : `Nhóm ${v}`), csv: (r) => r.quartile }
];

describe('exportTable', () => {
	it('types every column from what is shown (a text cell by its own CSV value), rounded as shown, in both languages', () => {
		for (const lang of ['vi', 'en'] as const) {
			const table = exportTable(columns(lang), rows, lang);
			expect(table.columns.map((c) => [c.header, c.kind, c.digits])).toEqual([
				['Tỉnh', 'text', 0],
				['Tháng', 'month', 0],
				['Bắt đầu', 'date', 0],
				['Tỷ lệ đúng hạn (%)', 'percent', 1],
				['Trung vị', 'number', 1],
				['Hồ sơ', 'number', 0],
				['Giai đoạn', 'text', 0],
				['Nhóm', 'number', 0]
			]);
			expect(table.columns[3].definition).toBe('Đúng hạn / đã giải quyết');
			expect(table.rows).toEqual([
				['Hà Nội', '2025-01', '2024-09-01', 81.6, 4.3, 12034, '2023-10/2024-09', 1],
				['=cmd', '2025-02', null, null, 0, 7, null, null]
			]);
		}
	});
	it('takes a declared type over the shown text', () => {
		const declared: TableColumn<Row>[] = [{ key: 'rate', label: 'Rate', format: () => 'hidden', export: { kind: 'percent', digits: 2 } }];
		const table = exportTable(declared, rows, 'en');
		expect(table.columns[0]).toMatchObject({ header: 'Rate (%)', kind: 'percent', digits: 2 });
		expect(table.rows).toEqual([[81.63], [null]]);
	});
	it('keeps a column of mixed units as the text shown', () => {
		const bytes: TableColumn<{ b: string }>[] = [{ key: 'b', label: 'Size' }];
		const table = exportTable(bytes, [{ b: '1,2 MB' }, { b: '12 kB' }], 'vi');
		expect(table.columns[0].kind).toBe('text');
		expect(table.rows).toEqual([['1,2 MB'], ['12 kB']]);
	});
});
