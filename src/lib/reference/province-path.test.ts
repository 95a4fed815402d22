import { describe, expect, it } from 'vitest';
import { allProvinceSlugs, parseProvinceSlug, provincePath } from './province-path';

describe('province profile paths', () => {
	it('tells a reused code apart by its list', () => {
		expect(provincePath('34', '24')).toBe('/provinces/24/');
		expect(provincePath('63', '24')).toBe('/provinces/63-24/');
		expect(parseProvinceSlug('24')).toEqual({ mode: '34', code: '24' });
		expect(parseProvinceSlug('63-24')).toEqual({ mode: '63', code: '24' });
	});

	it('refuses unknown or malformed slugs', () => {
		expect(parseProvinceSlug('02')).toBeNull(); // Hà Giang: a 63-unit code only
		expect(parseProvinceSlug('63-02')).toEqual({ mode: '63', code: '02' });
		expect(parseProvinceSlug('1')).toBeNull();
		expect(parseProvinceSlug('34-01')).toBeNull();
		expect(parseProvinceSlug('<b>')).toBeNull();
	});

	it('lists 34 + 63 slugs, each parsing back to itself', () => {
		const slugs = allProvinceSlugs();
		expect(slugs).toHaveLength(97);
		expect(new Set(slugs).size).toBe(97);
		for (const slug of slugs) {
			const ref = parseProvinceSlug(slug);
			expect(ref).not.toBeNull();
			expect(provincePath(ref!.mode, ref!.code)).toBe(`/provinces/${slug}/`);
		}
	});
});
