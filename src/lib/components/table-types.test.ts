import { describe, expect, it } from 'vitest';
import { sortRows, type TableColumn } from './table-types';

const rows = [
	{ name: 'Đà Nẵng', n: 10 },
	{ name: 'An Giang', n: null },
	{ name: 'Bắc Ninh', n: 2 }
];
const columns: TableColumn[] = [
	{ key: 'name', label: 'Tỉnh' },
	{ key: 'n', label: 'n', format: (v) => `${v} hồ sơ` }
];

describe('sortRows', () => {
	it('sorts numbers with nulls last in both directions', () => {
		expect(sortRows(rows, columns[1], 'ascending', 'vi-VN').map((r) => r.n)).toEqual([2, 10, null]);
		expect(sortRows(rows, columns[1], 'descending', 'vi-VN').map((r) => r.n)).toEqual([10, 2, null]);
	});
	it('sorts Vietnamese text by collation', () => {
		expect(sortRows(rows, columns[0], 'ascending', 'vi-VN').map((r) => r.name)).toEqual(['An Giang', 'Bắc Ninh', 'Đà Nẵng']);
	});
	it('keeps the order without a column', () => {
		expect(sortRows(rows, undefined, 'ascending', 'vi-VN')).toEqual(rows);
	});
});
