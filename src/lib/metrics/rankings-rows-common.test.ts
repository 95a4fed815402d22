import { describe, expect, it } from 'vitest';
import { change, competitionRanks, quartiles, share, unitsFromRows } from './rankings-rows-common';

describe('ranking row helpers', () => {
	it('ranks with ties sharing the smaller rank, best first', () => {
		const values = [
			{ code: 'a', value: 0.5 },
			{ code: 'b', value: 0.9 },
			{ code: 'c', value: 0.5 },
			{ code: 'd', value: null },
			{ code: 'e', value: 0.1 }
		];
		expect(Object.fromEntries(competitionRanks(values, true))).toEqual({ b: 1, a: 2, c: 2, e: 4 });
		expect(Object.fromEntries(competitionRanks(values, false))).toEqual({ e: 1, a: 2, c: 2, b: 4 });
	});
	it('splits eight values into four quarters of two, best quarter first', () => {
		const values = [1, 2, 3, 4, 5, 6, 7, 8].map((v) => ({ code: `p${v}`, value: v }));
		expect(Object.fromEntries(quartiles(values, false))).toEqual({ p1: 1, p2: 1, p3: 2, p4: 2, p5: 3, p6: 3, p7: 4, p8: 4 });
		expect(quartiles(values, true).get('p8')).toBe(1);
	});
	it('divides and subtracts only what exists', () => {
		expect(share(1, 4)).toBe(0.25);
		expect(share(0, 0)).toBeNull();
		expect(change(0.8, 0.75)).toBeCloseTo(0.05);
		expect(change(0.8, null)).toBeNull();
	});
	it('reads the units query rows', () => {
		expect(
			unitsFromRows([{ code: '01', name_vi: 'Hà Nội', name_en: 'Ha Noi', kind: 'city', region: 'red_river_delta', is_pilot: true }])
		).toEqual([{ code: '01', name_vi: 'Hà Nội', name_en: 'Ha Noi', kind: 'city', region: 'red_river_delta', is_pilot: true }]);
	});
});
