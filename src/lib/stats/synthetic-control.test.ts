import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import type { SeriesPoint } from './series';
import { interpolatedValue, syntheticControl, type DonorSeries } from './synthetic-control';

const MONTHS = Array.from({ length: 27 }, (_, i) => i - 12);

/** Donor series with their own level, trend, seasonal phase and noise (seeded). */
function makeDonors(count: number, seed: number): DonorSeries[] {
	const rng = createRng(seed);
	return Array.from({ length: count }, (_, j) => {
		const level = 10 + 5 * rng.uniform();
		const slope = 0.3 * rng.normal();
		const phase = 2 * Math.PI * rng.uniform();
		let walk = 0;
		return {
			id: `D${String(j).padStart(2, '0')}`,
			series: MONTHS.map((t) => {
				walk += 0.4 * rng.normal();
				return { t, y: level + slope * t + 2 * Math.sin((2 * Math.PI * t) / 12 + phase) + walk };
			})
		};
	});
}

function combine(donors: DonorSeries[], weights: Record<string, number>): SeriesPoint[] {
	return MONTHS.map((t) => ({
		t,
		y: donors.reduce((acc, d) => acc + (weights[d.id] ?? 0) * (d.series.find((p) => p.t === t)?.y as number), 0)
	}));
}

describe('syntheticControl', () => {
	it('recovers a known convex combination of donors', () => {
		const donors = makeDonors(6, 17);
		const truth = { D01: 0.5, D03: 0.3, D05: 0.2 };
		const pilot = combine(donors, truth);
		const result = syntheticControl(pilot, donors);
		expect(result).not.toBeNull();
		const w = Object.fromEntries(result!.weights.map((x) => [x.id, x.weight]));
		for (const d of donors) expect(w[d.id]).toBeCloseTo(truth[d.id as keyof typeof truth] ?? 0, 8);
		expect(result!.weights[0]).toEqual({ id: 'D01', weight: expect.closeTo(0.5, 8) });
		expect(result!.preRmse).toBeLessThan(1e-9);
		expect(result!.fitMonths).toEqual(MONTHS.filter((t) => t < 0));
		// The synthetic series also matches after the start (no effect planted).
		for (const p of result!.synthetic) {
			expect(p.y).toBeCloseTo(pilot.find((q) => q.t === p.t)?.y as number, 8);
		}
		expect(result!.synthetic.length).toBe(MONTHS.length);
	});

	it('skips months the pilot misses and still recovers the weights', () => {
		const donors = makeDonors(5, 5);
		const truth = { D00: 0.25, D04: 0.75 };
		const pilot = combine(donors, truth).map((p) => (p.t === -4 || p.t === -9 ? { t: p.t, y: null } : p));
		const result = syntheticControl(pilot, donors);
		expect(result?.fitMonths).not.toContain(-4);
		expect(result?.fitMonths.length).toBe(10);
		const w = Object.fromEntries(result!.weights.map((x) => [x.id, x.weight]));
		expect(w.D00).toBeCloseTo(0.25, 8);
		expect(w.D04).toBeCloseTo(0.75, 8);
	});

	it('interpolates a donor gap and excludes a donor observed too rarely', () => {
		const donors = makeDonors(4, 8);
		const gappy: DonorSeries = {
			id: 'gappy',
			series: donors[0].series.map((p) => (p.t === -6 ? { t: p.t, y: null } : p))
		};
		const rare: DonorSeries = { id: 'rare', series: donors[1].series.filter((p) => p.t < -10 || p.t >= 0) };
		const result = syntheticControl(combine(donors, { D02: 1 }), [gappy, rare, donors[2], donors[3]]);
		expect(result?.excludedDonors).toEqual(['rare']);
		expect(result?.weights.map((w) => w.id)).not.toContain('rare');
		expect(result?.weights.find((w) => w.id === 'D02')?.weight).toBeCloseTo(1, 8);
		expect(result?.weights.reduce((a, w) => a + w.weight, 0)).toBeCloseTo(1, 12);
	});

	it('with more donors than months gives valid weights and a better fit than equal weights', () => {
		const donors = makeDonors(40, 23);
		const rng = createRng(77);
		const pilot = MONTHS.map((t) => ({ t, y: 12 + 0.1 * t + rng.normal() }));
		const started = performance.now();
		const result = syntheticControl(pilot, donors);
		const elapsed = performance.now() - started;
		expect(result).not.toBeNull();
		const weights = result!.weights.map((w) => w.weight);
		expect(weights.every((w) => w >= 0)).toBe(true);
		expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		const equal = combine(donors, Object.fromEntries(donors.map((d) => [d.id, 1 / donors.length])));
		const equalRmse = Math.sqrt(
			MONTHS.filter((t) => t < 0).reduce((acc, t) => acc + ((pilot[t + 12].y as number) - (equal[t + 12].y as number)) ** 2, 0) / 12
		);
		expect(result!.preRmse).toBeLessThan(equalRmse);
		expect(syntheticControl(pilot, donors)).toEqual(result); // deterministic
		expect(elapsed).toBeLessThan(1000);
	});

	it('returns null without pre months or donors', () => {
		const donors = makeDonors(2, 1);
		expect(syntheticControl([{ t: 3, y: 1 }], donors)).toBeNull();
		expect(syntheticControl(donors[0].series, [])).toBeNull();
	});
});

describe('interpolatedValue', () => {
	it('interpolates inside and refuses outside the observed months', () => {
		const map = new Map([
			[0, 10],
			[4, 18]
		]);
		expect(interpolatedValue(map, [0, 4], 1)).toBe(12);
		expect(interpolatedValue(map, [0, 4], 4)).toBe(18);
		expect(interpolatedValue(map, [0, 4], 5)).toBeNull();
	});
});
