import { describe, expect, it } from 'vitest';
import { differenceInDifferences, eventStudy } from './did';
import type { SeriesPoint } from './series';

const MONTHS = Array.from({ length: 27 }, (_, i) => i - 12); // −12 .. +14

function series(f: (t: number) => number | null, months = MONTHS): SeriesPoint[] {
	return months.map((t) => ({ t, y: f(t) }));
}

// Common trend and seasonality shared by both groups; the pilot is 3 units higher throughout.
const trend = (t: number) => 20 - 0.15 * t + 1.5 * Math.sin((2 * Math.PI * t) / 12);

describe('differenceInDifferences', () => {
	it('recovers a constant effect exactly without noise', () => {
		const pilot = series((t) => 3 + trend(t) + (t >= 0 ? -2.5 : 0));
		const comparator = series(trend);
		const r = differenceInDifferences(pilot, comparator);
		expect(r).not.toBeNull();
		expect(r?.estimate).toBeCloseTo(-2.5, 12);
		expect(r?.preGapMean).toBeCloseTo(3, 12);
		expect(r?.preRmse).toBeCloseTo(0, 12);
		expect(r?.preMonths).toEqual(MONTHS.filter((t) => t < 0));
		expect(r?.postMonths).toEqual(MONTHS.filter((t) => t >= 0));
		// The naive before/after change also contains the common trend.
		expect(r?.naiveChange).toBeCloseTo(r!.estimate + r!.comparatorChange, 12);
		expect(Math.abs((r?.naiveChange ?? 0) - -2.5)).toBeGreaterThan(0.5);
	});

	it('recovers the average of a ramping effect; hand-computed means', () => {
		// Effect −0.2 × (t + 1) in the post months 0..14 → mean −0.2 × 8 = −1.6.
		const pilot = series((t) => trend(t) + (t >= 0 ? -0.2 * (t + 1) : 0));
		const r = differenceInDifferences(pilot, series(trend));
		expect(r?.estimate).toBeCloseTo(-1.6, 12);
		// Simple series: pilot 1,1 | 4,6 and comparator 0,2 | 3,3 → (5 − 1) − (3 − 1) = 2.
		const simple = differenceInDifferences(
			[
				{ t: -2, y: 1 },
				{ t: -1, y: 1 },
				{ t: 0, y: 4 },
				{ t: 1, y: 6 }
			],
			[
				{ t: -2, y: 0 },
				{ t: -1, y: 2 },
				{ t: 0, y: 3 },
				{ t: 1, y: 3 }
			]
		);
		expect(simple).toMatchObject({ prePilot: 1, postPilot: 5, preComparator: 1, postComparator: 3, estimate: 2, naiveChange: 4 });
		// Pre gaps 1 and −1 around their mean 0 → RMSE 1.
		expect(simple?.preRmse).toBe(1);
	});

	it('uses only months observed in both series', () => {
		const pilot = series((t) => (t === -3 || t === 5 ? null : 10 + trend(t) + (t >= 0 ? 1 : 0)));
		const comparator = series((t) => (t === -7 ? null : trend(t)));
		const r = differenceInDifferences(pilot, comparator);
		expect(r?.estimate).toBeCloseTo(1, 12);
		expect(r?.preMonths).not.toContain(-3);
		expect(r?.preMonths).not.toContain(-7);
		expect(r?.postMonths).not.toContain(5);
		expect(r?.preMonths.length).toBe(10);
	});

	it('respects custom windows and returns null without data in a window', () => {
		const pilot = series((t) => trend(t) + (t >= 6 ? 4 : 0));
		const r = differenceInDifferences(pilot, series(trend), { pre: { from: -6, to: -1 }, post: { from: 6, to: 11 } });
		expect(r?.estimate).toBeCloseTo(4, 12);
		expect(r?.preMonths).toEqual([-6, -5, -4, -3, -2, -1]);
		expect(differenceInDifferences(pilot, series(trend), { pre: { from: -40, to: -30 }, post: { from: 0, to: 3 } })).toBeNull();
	});
});

describe('eventStudy', () => {
	it('normalises the gap to mean 0 over the pre months and shows the effect per month', () => {
		const effect = (t: number) => (t >= 0 ? -0.3 * t : 0);
		const points = eventStudy(
			series((t) => 5 + trend(t) + effect(t)),
			series(trend)
		);
		expect(points.map((p) => p.t)).toEqual(MONTHS);
		for (const p of points) {
			expect(p.gap).toBeCloseTo(effect(p.t), 12);
			expect(p.rawGap).toBeCloseTo(5 + effect(p.t), 12);
		}
		const preMean = points.filter((p) => p.t < 0).reduce((a, p) => a + (p.gap ?? 0), 0) / 12;
		expect(preMean).toBeCloseTo(0, 12);
	});

	it('limits to the range and gives null gaps without pre months', () => {
		const post = series(trend, [0, 1, 2]);
		const points = eventStudy(post, post);
		expect(points.map((p) => p.gap)).toEqual([null, null, null]);
		const ranged = eventStudy(series(trend), series(trend), { range: { from: -2, to: 2 } });
		expect(ranged.map((p) => p.t)).toEqual([-2, -1, 0, 1, 2]);
	});
});
