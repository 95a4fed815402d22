import { describe, expect, it } from 'vitest';
import { eventStudy, groupEventStudy } from './event-study';
import type { PeriodPlan } from './pilot-plan';

const plan: PeriodPlan = { origin: 10, pre: [8, 9], post: [10, 11], event: [8, 9, 10, 11, 12] };
const placebos = [-2, -1, 0, 1, 2].map((d) => new Map([8, 9, 10, 11].map((t) => [t, d * (t - 7)])));

describe('eventStudy', () => {
	it('gives each event month its gap, window and placebo band', () => {
		const gaps = new Map([
			[8, 0.5],
			[9, -0.5],
			[10, -3],
			[11, -4]
		]);
		const e = eventStudy(plan, gaps, placebos);
		expect(e.map((p) => p.k)).toEqual([-2, -1, 0, 1, 2]);
		expect(e.map((p) => p.gap)).toEqual([0.5, -0.5, -3, -4, null]);
		expect(e.map((p) => p.window)).toEqual(['pre', 'pre', 'post', 'post', null]);
		// at period 10 the placebo gaps are −6 −3 0 3 6: positions 0.2, 3.8 → −5.4, 5.4
		expect(e[2].bandLow).toBeCloseTo(-5.4, 12);
		expect(e[2].bandHigh).toBeCloseTo(5.4, 12);
		// period 12: no placebo has a gap
		expect(e[4].bandLow).toBeNull();
	});
});

describe('groupEventStudy', () => {
	it('averages the pilots observed at k; a placebo unit counts only with every pilot date', () => {
		const p1 = new Map([
			[0, -2],
			[1, -4]
		]);
		const p2 = new Map([[0, -1]]);
		const units = [1, 2, 3, 4, 5].map((v) => [new Map([[0, v]]), new Map([[0, -v]])]);
		units.push([new Map([[1, 9]]), new Map([[0, 9]])]);
		const e = groupEventStudy([0, 1], [p1, p2], units);
		expect(e[0].gap).toBe(-1.5);
		expect(e[1].gap).toBe(-4);
		// five complete placebo units, each with mean 0 at k = 0; none complete at k = 1
		expect(e[0].bandLow).toBe(0);
		expect(e[0].bandHigh).toBe(0);
		expect(e[1].bandLow).toBeNull();
		expect(e.map((p) => p.window)).toEqual(['post', 'post']);
	});
});
