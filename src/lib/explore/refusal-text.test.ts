import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { MESSAGES } from '../i18n/core';
import { formatFromEnds } from '../import/detect-format';
import { REFUSAL_CODES, RefusedFileError } from '../import/errors';
import { PARSE_LABEL } from '../import/cast';
import { CsvScanner } from '../import/scan-csv';
import { refusalLead } from './refusal-text';

/** Every `new RefusedFileError(…)` in the shared code, with the codes its 4th argument names. */
function throwSites(): { at: string; codes: string[] }[] {
	const sites: { at: string; codes: string[] }[] = [];
	for (const dir of ['src/lib/import', 'src/lib/explore']) {
		for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
			const path = join(dir, name);
			const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
			const visit = (node: ts.Node): void => {
				if (ts.isNewExpression(node) && node.expression.getText() === 'RefusedFileError') {
					const at = `${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
					const detail = node.arguments?.[3];
					const code =
						detail && ts.isObjectLiteralExpression(detail)
							? detail.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'code')
							: undefined;
					const codes: string[] = [];
					const collect = (n: ts.Node): void => {
						if (ts.isStringLiteral(n)) codes.push(n.text);
						else if (ts.isConditionalExpression(n)) [n.whenTrue, n.whenFalse].forEach(collect);
						else if (ts.isParenthesizedExpression(n)) collect(n.expression);
					};
					if (code && ts.isPropertyAssignment(code)) collect(code.initializer);
					sites.push({ at, codes });
				}
				ts.forEachChild(node, visit);
			};
			visit(source);
		}
	}
	return sites;
}

const refusal = (run: () => unknown): RefusedFileError => {
	try {
		run();
	} catch (e) {
		if (e instanceof RefusedFileError) return e;
		throw e;
	}
	throw new Error('not refused');
};
const scan = (bytes: Uint8Array | string) => () => {
	const s = new CsvScanner('x.csv');
	s.push(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
	return s.end();
};

describe('refusal catalogue', () => {
	it('gives every throw site of the shared code a code, and every code both languages', () => {
		const sites = throwSites();
		expect(sites.length).toBeGreaterThanOrEqual(20);
		for (const site of sites) {
			expect(site.codes.length, `${site.at} gives no code`).toBeGreaterThan(0);
			for (const code of site.codes) expect(REFUSAL_CODES as readonly string[], site.at).toContain(code);
		}
		for (const code of REFUSAL_CODES)
			for (const lang of ['vi', 'en'] as const) {
				expect(MESSAGES[lang][`refusal.${code}`], `${lang} ${code}`).toBeTruthy();
				if (MESSAGES.en[`refusal.${code}.one`]) expect(MESSAGES[lang][`refusal.${code}.one`], `${lang} ${code}.one`).toBeTruthy();
			}
		for (const parse of Object.keys(PARSE_LABEL))
			for (const lang of ['vi', 'en'] as const) expect(MESSAGES[lang][`refusal.parse.${parse}`], `${lang} ${parse}`).toBeTruthy();
	});

	it('says in English what the importer prints', () => {
		const cases = [
			scan('a,b\n1,2\n3\n'),
			scan('a,b\n1,2,3\n'),
			scan(new Uint8Array([0xff, 0xfe, 0x61])),
			scan('a\n1\u0000\n'),
			scan(new Uint8Array([0x61, 0x0a, 0x62, 0xc3, 0x28, 0x0a])),
			scan(new Uint8Array([0x61, 0x0a, 0xe1, 0xbb])),
			scan('a,b\n"1,2\n'),
			scan(''),
			() => formatFromEnds('x.parquet', new TextEncoder().encode('PAR1'), new Uint8Array([1, 2, 3, 4])),
			() => formatFromEnds('x.parquet', new TextEncoder().encode('a,b\n'), new TextEncoder().encode('1,2\n'))
		].map(refusal);
		expect(cases.map((c) => c.code)).toEqual([
			'field_count',
			'field_count',
			'utf16',
			'nul_byte',
			'not_utf8',
			'utf8_truncated',
			'quote_unclosed',
			'empty',
			'parquet_truncated',
			'parquet_misnamed'
		]);
		for (const c of cases) expect(refusalLead('en', c), c.code ?? '').toBe(c.problem);
	});

	it('says it in Vietnamese, numbers formatted for the language, file text kept as it is', () => {
		const ragged = refusal(scan('a;b\n1;2\n3\n'));
		expect(refusalLead('vi', ragged)).toBe(
			'dòng 3 (dòng dữ liệu 2) có 1 trường, dòng tiêu đề có 2 (dấu phân cách ";"; thiếu hoặc thừa dấu phân cách, hay một dấu ngoặc kép chưa đóng?)'
		);
		const params = { count: 1200, parse: 'timestamp', value: '<b>05/13/24</b>', row: 7, hint: 'two_digit_year' };
		expect(refusalLead('vi', { code: 'unreadable_value', params, problem: '' })).toBe(
			'1.200 giá trị không đọc được thành ngày/giờ (ISO 8601, yyyyMMddHHmmss, yyyyMMdd hoặc dd/MM/yyyy HH:mm:ss), ví dụ "<b>05/13/24</b>" ở dòng dữ liệu 7; năm hai chữ số (dd/MM/yy) dễ hiểu nhầm: hãy xuất năm đủ bốn chữ số (dd/MM/yyyy)'
		);
		expect(refusalLead('en', { code: 'unreadable_value', params: { ...params, count: 1, hint: '' }, problem: '' })).toBe(
			'1 value cannot be read as a date/time (ISO 8601, yyyyMMddHHmmss, yyyyMMdd or dd/MM/yyyy HH:mm:ss), e.g. "<b>05/13/24</b>" in data row 7'
		);
		const portal = { code: 'missing_column_portal' as const, params: { aliases: ['MaHoSo', 'SoHoSo'] }, problem: '' };
		expect(refusalLead('vi', portal)).toBe('thiếu cột bắt buộc (tên trên Cổng DVC: MaHoSo hoặc SoHoSo)');
		expect(refusalLead('en', portal)).toBe('missing required column (portal name MaHoSo or SoHoSo)');
		expect(refusalLead('vi', { code: null, params: {}, problem: 'English only' })).toBe('English only');
	});
});
