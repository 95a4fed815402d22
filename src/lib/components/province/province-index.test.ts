import { describe, expect, it } from 'vitest';
import { provinceIndex } from './province-index';

describe('provinceIndex', () => {
	it('lists every unit once, by region', () => {
		for (const [mode, count] of [
			['34', 34],
			['63', 63]
		] as const) {
			const codes = provinceIndex('vi', mode).flatMap((g) => g.entries.map((e) => e.code));
			expect(codes.length).toBe(count);
			expect(new Set(codes).size).toBe(count);
		}
	});
	it('names the current unit of a pre-merger province, and the components of a merged unit', () => {
		const former = provinceIndex('en', '63').flatMap((g) => g.entries);
		expect(former.find((e) => e.code === '74')?.partOf).toEqual({ code: '79', name: 'Ho Chi Minh City' });
		const current = provinceIndex('vi', '34').flatMap((g) => g.entries);
		expect(
			current
				.find((e) => e.code === '79')
				?.formedFrom.map((p) => p.code)
				.sort()
		).toEqual(['74', '77', '79']);
		expect(current.find((e) => e.code === '01')?.formedFrom).toEqual([]);
	});
});
