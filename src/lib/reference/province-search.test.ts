import { describe, expect, it } from 'vitest';
import { searchProvinces } from './province-search';

const found = (query: string, lang: 'vi' | 'en' = 'vi') => searchProvinces(query, lang).map((s) => `${s.mode}:${s.code}`);

describe('province search', () => {
	it('finds names without diacritics, with or without spaces, in both lists', () => {
		expect(found('ha noi')).toEqual(['34:01', '63:01']);
		expect(found('hanoi')).toEqual(['34:01', '63:01']);
		expect(found('Đà Nẵng')).toEqual(['34:48', '63:48']);
		expect(found('da nang')).toEqual(['34:48', '63:48']);
	});

	it('knows the other names of TP. Hồ Chí Minh', () => {
		for (const query of ['hcm', 'Sài Gòn', 'sai gon', 'saigon', 'TP HCM', 'ho chi minh'])
			expect(found(query), query).toEqual(['34:79', '63:79']);
	});

	it('gives each pre-merger province the unit it is part of now', () => {
		const [quangNam] = searchProvinces('quang nam', 'vi');
		expect(quangNam).toEqual({ mode: '63', code: '49', name: 'Quảng Nam', current: { code: '48', name: 'Đà Nẵng' } });
		const [binhDuong] = searchProvinces('Binh Duong', 'en');
		expect(binhDuong.current).toEqual({ code: '79', name: 'Ho Chi Minh City' });
	});

	it('puts names that start with the query first and finds nothing for nothing', () => {
		// "ninh" starts "Ninh Bình" (34 and 63) and ends Bắc Ninh, Quảng Ninh…
		const ninh = found('ninh');
		expect(ninh.slice(0, 2)).toEqual(['34:37', '63:37']);
		expect(ninh).toContain('34:24');
		expect(found('')).toEqual([]);
		expect(found('  ')).toEqual([]);
		expect(found('atlantis')).toEqual([]);
		expect(searchProvinces('a', 'vi', 5)).toHaveLength(5);
	});
});
