import { describe, expect, it } from 'vitest';
import {
	MERGER_DATE,
	PROVINCES_34,
	PROVINCES_63,
	REGIONS,
	componentsOf34,
	isValidProvinceCode,
	province34,
	province34For,
	province63,
	regionLabel
} from './provinces';

describe('province lists', () => {
	it('has 63 and 34 unique codes', () => {
		expect(PROVINCES_63).toHaveLength(63);
		expect(PROVINCES_34).toHaveLength(34);
		expect(new Set(PROVINCES_63.map((p) => p.code)).size).toBe(63);
		expect(new Set(PROVINCES_34.map((p) => p.code)).size).toBe(34);
		for (const p of [...PROVINCES_63, ...PROVINCES_34]) expect(p.code).toMatch(/^\d{2}$/);
	});

	it('every 63-unit code maps to a 34-unit code, and all 34 are reached', () => {
		const codes34 = new Set(PROVINCES_34.map((p) => p.code));
		for (const p of PROVINCES_63) expect(codes34.has(province34For(p.code)!)).toBe(true);
		expect(new Set(PROVINCES_63.map((p) => p.merged_into_2025))).toEqual(codes34);
	});

	it('maps the pilot-relevant and reused codes correctly', () => {
		expect(province34For('74')).toBe('79'); // Bình Dương → TP. Hồ Chí Minh
		expect(province34For('77')).toBe('79'); // Bà Rịa - Vũng Tàu → TP. Hồ Chí Minh
		expect(componentsOf34('79')).toEqual(['74', '77', '79']);
		expect(province34For('01')).toBe('01');
		expect(province34For('22')).toBe('22');
		// 24 is Bắc Giang in the 63-unit list and Bắc Ninh (with 27) in the 34-unit list.
		expect(province63('24')?.name_vi).toBe('Bắc Giang');
		expect(province34('24')?.name_vi).toBe('Bắc Ninh');
		expect(componentsOf34('24')).toEqual(['24', '27']);
		expect(province34For('99')).toBeUndefined();
	});

	it('gives each 34-unit province the region of the component it is named after', () => {
		for (const p of PROVINCES_34) {
			expect(REGIONS).toContain(p.region);
			const namesake = PROVINCES_63.find((q) => q.merged_into_2025 === p.code && q.name_vi.endsWith(p.name_vi));
			expect(p.region).toBe((namesake ?? province63(p.code))?.region);
		}
		// The new Bắc Ninh, Gia Lai and Tây Ninh carry their namesakes' regions, not the same code's.
		expect(PROVINCES_34.find((p) => p.code === '24')?.region).toBe('red_river_delta');
		expect(PROVINCES_34.find((p) => p.code === '52')?.region).toBe('central_highlands');
		expect(PROVINCES_34.find((p) => p.code === '80')?.region).toBe('southeast');
		expect(regionLabel('mekong_delta', 'vi')).toBe('Đồng bằng sông Cửu Long');
		expect(regionLabel('southeast', 'en')).toBe('Southeast');
	});
});

describe('isValidProvinceCode across the merger', () => {
	it('accepts 63-unit codes before and 34-unit codes from 2025-07-01', () => {
		expect(MERGER_DATE).toBe('2025-07-01');
		expect(isValidProvinceCode('74', '2025-06-30')).toBe(true);
		expect(isValidProvinceCode('74', '2025-07-01')).toBe(false);
		expect(isValidProvinceCode('02', '2024-01-15T08:00:00')).toBe(true);
		expect(isValidProvinceCode('02', '2025-07-01T00:00:00')).toBe(false);
		expect(isValidProvinceCode('79', '2025-06-30')).toBe(true);
		expect(isValidProvinceCode('79', '2025-07-01')).toBe(true);
		expect(isValidProvinceCode('24', '2025-12-31')).toBe(true);
		expect(isValidProvinceCode('99', '2024-01-01')).toBe(false);
		expect(isValidProvinceCode('99', '2025-08-01')).toBe(false);
	});
});
