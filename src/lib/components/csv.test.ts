import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvFileName, toCsv } from './csv';

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
	it('writes a BOM, a header and CRLF lines', () => {
		const text = toCsv(
			['Tỉnh', 'Số hồ sơ'],
			[
				['Hà Nội', 1200],
				['TP. Hồ Chí Minh, cũ', null]
			]
		);
		expect(text.startsWith(BOM)).toBe(true);
		expect(text).toBe(`${BOM}Tỉnh,Số hồ sơ\r\nHà Nội,1200\r\n"TP. Hồ Chí Minh, cũ",\r\n`);
		expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});
	it('makes safe file names', () => {
		expect(csvFileName('Tỷ lệ đúng hạn / tháng')).toBe('ty-le-dung-han-thang.csv');
		expect(csvFileName('***')).toBe('data.csv');
	});
});
