import { describe, expect, it } from 'vitest';
import { createRng, mulberry32 } from './random';

describe('mulberry32', () => {
	it('is reproducible for a seed and differs between seeds', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const c = mulberry32(43);
		const seqA = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(seqA);
		expect(c()).not.toBe(seqA[0]);
	});

	it('gives values in [0, 1) with mean near 1/2', () => {
		const next = mulberry32(7);
		let sum = 0;
		let outside = 0;
		for (let i = 0; i < 20000; i++) {
			const u = next();
			if (!(u >= 0 && u < 1)) outside++;
			sum += u;
		}
		expect(outside).toBe(0);
		expect(sum / 20000).toBeCloseTo(0.5, 2);
	});
});

describe('createRng', () => {
	it('draws standard normals with mean 0 and variance 1', () => {
		const rng = createRng(2024);
		const n = 40000;
		let sum = 0;
		let sumSq = 0;
		let beyond196 = 0;
		for (let i = 0; i < n; i++) {
			const z = rng.normal();
			sum += z;
			sumSq += z * z;
			if (Math.abs(z) > 1.959964) beyond196++;
		}
		const mean = sum / n;
		expect(Math.abs(mean)).toBeLessThan(0.02);
		expect(sumSq / n - mean * mean).toBeCloseTo(1, 1);
		expect(beyond196 / n).toBeGreaterThan(0.044);
		expect(beyond196 / n).toBeLessThan(0.056);
	});

	it('draws integers in range and rejects a bad bound', () => {
		const rng = createRng(1);
		const seen = new Set<number>();
		for (let i = 0; i < 500; i++) seen.add(rng.int(5));
		expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
		expect(() => rng.int(0)).toThrow(RangeError);
	});
});
