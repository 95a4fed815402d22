import { describe, expect, it } from 'vitest';
import { mulberry32 } from './random';
import { quartileClasses, type Quartile } from './quartiles';

/**
 * The same classes computed another way: a unit's rank is one more than the number of units
 * strictly better than it, and its class the first quarter q whose share of the ranks,
 * q·n/4, is above rank − 1.
 */
function independentClasses(values: { code: string; value: number | null }[], higherIsBetter: boolean): Map<string, Quartile> {
	const present = values.filter((v) => v.value !== null) as { code: string; value: number }[];
	const result = new Map<string, Quartile>();
	for (const unit of present) {
		const better = present.filter((o) => (higherIsBetter ? o.value > unit.value : o.value < unit.value)).length;
		let q = 1;
		while (better >= (q * present.length) / 4) q++;
		result.set(unit.code, q as Quartile);
	}
	return result;
}

describe('quartile classes', () => {
	it('cuts eight values into four classes of two with their bounds (hand-checked)', () => {
		const values = [3, 8, 1, 6, 2, 7, 5, 4].map((v) => ({ code: `p${v}`, value: v }));
		const { classOf, bounds } = quartileClasses(values, true);
		expect(Object.fromEntries(classOf)).toEqual({ p8: 1, p7: 1, p6: 2, p5: 2, p4: 3, p3: 3, p2: 4, p1: 4 });
		expect(bounds).toEqual({
			1: { min: 7, max: 8, count: 2 },
			2: { min: 5, max: 6, count: 2 },
			3: { min: 3, max: 4, count: 2 },
			4: { min: 1, max: 2, count: 2 }
		});
		// Lower is better (median days): the same cut, the other way round.
		expect(quartileClasses(values, false).classOf.get('p1')).toBe(1);
	});

	it('keeps ties in one class (the smaller rank) and leaves out units without a value', () => {
		// Ranks: a 1, b 2, c 2, d 2, e 5; n = 5 → classes ⌊4(r−1)/5⌋+1 = 1, 1, 1, 1, 4.
		const values = [
			{ code: 'a', value: 0.9 },
			{ code: 'b', value: 0.8 },
			{ code: 'c', value: 0.8 },
			{ code: 'd', value: 0.8 },
			{ code: 'e', value: 0.1 },
			{ code: 'suppressed', value: null }
		];
		const { classOf, bounds } = quartileClasses(values, true);
		expect(Object.fromEntries(classOf)).toEqual({ a: 1, b: 1, c: 1, d: 1, e: 4 });
		expect(bounds[2]).toBeNull();
		expect(bounds[3]).toBeNull();
		expect(bounds[1]).toEqual({ min: 0.8, max: 0.9, count: 4 });
	});

	it('equals the independent computation on random 34- and 63-unit sets with ties', () => {
		const random = mulberry32(12);
		for (const n of [34, 63, 5, 1]) {
			for (const higherIsBetter of [true, false]) {
				// Values on a coarse grid make ties common; some units have none.
				const values = Array.from({ length: n }, (_, i) => ({
					code: String(i).padStart(2, '0'),
					value: random() < 0.1 ? null : Math.round(random() * 20) / 20
				}));
				const { classOf, bounds } = quartileClasses(values, higherIsBetter);
				expect(classOf).toEqual(independentClasses(values, higherIsBetter));
				for (const q of [1, 2, 3, 4] as const) {
					const members = values.filter((v) => classOf.get(v.code) === q).map((v) => v.value as number);
					expect(bounds[q]).toEqual(
						members.length ? { min: Math.min(...members), max: Math.max(...members), count: members.length } : null
					);
				}
			}
		}
	});
});
