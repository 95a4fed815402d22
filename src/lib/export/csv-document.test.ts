import { describe, expect, it } from 'vitest';
import { BOM } from '../components/csv';
import { csvDocument, csvNumber } from './csv-document';
import { fixtureLabels, fixtureMeta, fixtureTable } from './export-fixture';

describe('csvNumber', () => {
	it('writes the shown decimals in the flavour notation', () => {
		expect(csvNumber(-0.54, 2, 'excel-vi')).toBe('-0,54');
		expect(csvNumber(-0.54, 2, 'plain')).toBe('-0.54');
		expect(csvNumber(81.6, 1, 'plain')).toBe('81.6');
		expect(csvNumber(1234.5, 2, 'excel-vi')).toBe('1234,50');
		expect(csvNumber(-0, 1, 'plain')).toBe('0.0');
	});
});

describe('csvDocument', () => {
	it('Excel (Vietnamese): BOM, ";" and decimal comma, a # block recording the view', () => {
		const text = csvDocument(fixtureTable, fixtureMeta, fixtureLabels, 'excel-vi');
		expect(text.startsWith(BOM)).toBe(true);
		expect(text.slice(1).split('\r\n')).toEqual([
			'# DỮ LIỆU MÔ PHỎNG / SIMULATED DATA',
			'# Tiêu đề;Thời gian xử lý, trung vị',
			'# Trang;Xu hướng',
			'# Kỳ số liệu;2024-01/2024-12',
			'# Địa giới;34 tỉnh (hiện hành)',
			'# Nguồn;Dữ liệu mô phỏng',
			'# Ngày trích xuất dữ liệu;2025-01-10',
			'# Đường dẫn;http://localhost/trends/?from=2024-01',
			'',
			'Tỉnh;Tháng;Tỷ lệ (%);Thay đổi',
			'"Hà Nội; cũ";2024-01;81,6;-0,54',
			`"'=HYPERLINK(""x"")";2024-02;;1234,50`,
			''
		]);
	});
	it('plain: "," and decimal point, no BOM', () => {
		const text = csvDocument(fixtureTable, fixtureMeta, fixtureLabels, 'plain');
		expect(text.startsWith(BOM)).toBe(false);
		const lines = text.split('\r\n');
		expect(lines[1]).toBe('# Tiêu đề,"Thời gian xử lý, trung vị"');
		expect(lines.slice(-4)).toEqual([
			'Tỉnh,Tháng,Tỷ lệ (%),Thay đổi',
			'Hà Nội; cũ,2024-01,81.6,-0.54',
			`"'=HYPERLINK(""x"")",2024-02,,1234.50`,
			''
		]);
	});
	it('writes no demo line for imported data', () => {
		const text = csvDocument(fixtureTable, { ...fixtureMeta, source: 'import' }, fixtureLabels, 'plain');
		expect(text).not.toContain('MÔ PHỎNG');
		expect(text).toContain('# Nguồn,Số liệu đã nhập');
	});
});
