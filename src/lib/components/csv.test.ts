import { describe, expect, it } from 'vitest';
import { csvCell, fileSlug, toCsv } from './csv';

describe('csv', () => {
	it('quotes only when needed and doubles quotes', () => {
		expect(csvCell('Hà Nội')).toBe('Hà Nội');
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell(null)).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
		expect(csvCell(0.125)).toBe('0.125');
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(true)).toBe('true');
	});
	it('defuses spreadsheet formulas in text', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('-5')).toBe('-5');
	});
	it('exempts only whole signed numbers from the formula guard', () => {
		for (const n of ['-2', '-2.5', '-2,5', '+3', '-1.234,5', '-12%']) expect(csvCell(n)).toBe(n.includes(',') ? `"${n}"` : n);
		expect(csvCell("-1+cmd|' /C calc'!A0")).toBe("'-1+cmd|' /C calc'!A0");
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('+1-1')).toBe("'+1-1");
		expect(csvCell('-2.5e3')).toBe("'-2.5e3");
		expect(csvCell('\t=1')).toBe("'\t=1");
		expect(csvCell('\r=1')).toBe(`"'\r=1"`);
		expect(csvCell('-')).toBe("'-");
	});
	it('quotes by the separator of the flavour', () => {
		expect(csvCell('81,6', ';')).toBe('81,6');
		expect(csvCell('a;b', ';')).toBe('"a;b"');
		expect(csvCell('a;b')).toBe('a;b');
	});
	it('writes CRLF lines', () => {
		const text = toCsv([
			['Tỉnh', 'Số hồ sơ'],
			['Hà Nội', 1200],
			['TP. Hồ Chí Minh, cũ', null]
		]);
		expect(text).toBe('Tỉnh,Số hồ sơ\r\nHà Nội,1200\r\n"TP. Hồ Chí Minh, cũ",\r\n');
		expect(toCsv([['a;b', 'c,d']], ';')).toBe('"a;b";c,d\r\n');
	});
	it('makes safe file name parts', () => {
		expect(fileSlug('Tỷ lệ đúng hạn / tháng')).toBe('ty-le-dung-han-thang');
		expect(fileSlug('***')).toBe('');
	});
});
