import { describe, expect, it } from 'vitest';
import { componentPoints, score766 } from './score-766';

describe('componentPoints (official conversion)', () => {
	it('gives full points at or above the threshold, else points × value / threshold', () => {
		expect(componentPoints(0.5, 12, 0.5)).toBe(12);
		expect(componentPoints(0.62, 12, 0.5)).toBe(12);
		expect(componentPoints(0.3, 12, 0.5)).toBeCloseTo(7.2, 12);
		expect(componentPoints(0.4, 10, 0.8)).toBeCloseTo(5, 12);
		expect(componentPoints(0.9, 20, 1)).toBeCloseTo(18, 12);
		expect(componentPoints(0, 22, 0.8)).toBe(0);
		expect(() => componentPoints(1.2, 22, 0.8)).toThrow(RangeError);
	});
});

describe('score766', () => {
	it('worked example: all four known', () => {
		// on time 90 % → 20 × 0.9 = 18; online 30 % of 50 % → 12 × 0.6 = 7.2;
		// payment 40 % of 80 % → 10 × 0.5 = 5; digitization 80 % = threshold → 22.
		// 52.2 of 64 points → 81.5625.
		const r = score766({ onTime: 0.9, online: 0.3, onlinePayment: 0.4, digitization: 0.8 });
		expect(r.components.map((c) => c.earned)).toEqual([18, expect.closeTo(7.2, 12), 5, 22]);
		expect(r.earnedPoints).toBeCloseTo(52.2, 12);
		expect(r.availablePoints).toBe(64);
		expect(r.maxPoints).toBe(64);
		expect(r.score).toBeCloseTo(81.5625, 10);
		expect(r.complete).toBe(true);
	});

	it('everything at or above the thresholds scores 100', () => {
		const r = score766({ onTime: 1, online: 0.75, onlinePayment: 0.8, digitization: 0.95 });
		expect(r.score).toBe(100);
	});

	it('rescales over the available points when a component is missing', () => {
		// Digitization not reported: 18 + 7.2 + 5 = 30.2 of 42 points → 71.9048.
		const r = score766({ onTime: 0.9, online: 0.3, onlinePayment: 0.4, digitization: null });
		expect(r.components.find((c) => c.key === 'digitization')).toMatchObject({ missing: true, earned: null, value: null });
		expect(r.availablePoints).toBe(42);
		expect(r.score).toBeCloseTo((30.2 / 42) * 100, 10);
		expect(r.complete).toBe(false);
		expect(score766({ onTime: 0.5, online: Number.NaN }).availablePoints).toBe(20);
	});

	it('is null with no component known', () => {
		const r = score766({});
		expect(r.score).toBeNull();
		expect(r.components.every((c) => c.missing)).toBe(true);
	});
});
