import { describe, expect, it } from 'vitest';
import { matchesSearch, normalizeSearchText } from './search-text';

describe('normalizeSearchText', () => {
	it('drops Vietnamese diacritics, including đ', () => {
		expect(normalizeSearchText('Hà Nội')).toBe('ha noi');
		expect(normalizeSearchText('Đắk Lắk')).toBe('dak lak');
		expect(normalizeSearchText('TP. Hồ Chí Minh')).toBe('tp ho chi minh');
		expect(normalizeSearchText('  Thừa   Thiên–Huế ')).toBe('thua thien hue');
	});
	it('treats precomposed and decomposed input alike', () => {
		expect(normalizeSearchText('Ha\u0300 No\u0323\u0302i')).toBe(normalizeSearchText('Hà Nội'));
	});
});

describe('matchesSearch', () => {
	it('finds a name without typing its marks', () => {
		expect(matchesSearch('ha noi', 'Hà Nội')).toBe(true);
		expect(matchesSearch('HA NOI', 'Hà Nội')).toBe(true);
		expect(matchesSearch('hồ chí', 'TP. Hồ Chí Minh')).toBe(true);
		expect(matchesSearch('dak', 'Đắk Nông')).toBe(true);
	});
	it('does not match other names', () => {
		expect(matchesSearch('ha noi', 'Hà Nam')).toBe(false);
		expect(matchesSearch('hanoi', 'Hà Nội')).toBe(false);
	});
	it('looks at every candidate text and ignores missing ones', () => {
		expect(matchesSearch('ho chi minh', 'TP. Hồ Chí Minh', null)).toBe(true);
		expect(matchesSearch('city', 'TP. Hồ Chí Minh', 'Ho Chi Minh City')).toBe(true);
		expect(matchesSearch('', 'anything')).toBe(true);
	});
});
