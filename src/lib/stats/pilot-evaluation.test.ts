import { describe, expect, it } from 'vitest';
import { estimateUnit, evaluatePilots } from './pilot-evaluation';
import { monthlyPlan, type PilotDates } from './pilot-plan';
import { placeboInference } from './placebo';
import type { Panel } from './panel';
import { createRng } from './random';

// Constructed panel: months 0..35; every unit = its level + a common trend (−0.1 per month)
// + its own wiggle; the pilot P gets −3 from its start month 18 on.
const START = 18;
// Each unit's own noise, seeded (the same on every run).
const noise = Array.from({ length: 12 }, (_, u) => {
	const rng = createRng(1000 + u);
	return Array.from({ length: 36 }, () => 0.3 * rng.normal());
});
const wiggle = (u: number, t: number) => noise[u][t];
function panelWith(effect: number, units = 12, cutAfter?: number): Panel {
	const panel: Panel = new Map();
	for (let u = 0; u < units; u++) {
		const series = new Map<number, number>();
		for (let t = 0; t < 36; t++) {
			if (cutAfter !== undefined && u % 2 === 0 && t > cutAfter) continue;
			series.set(t, 5 + u - 0.1 * t + wiggle(u, t));
		}
		panel.set(`C${u}`, series);
	}
	// The pilot moves like 0.5·C1 + 0.5·C4 plus a level of its own; its effect starts at START.
	const pilot = new Map<number, number>();
	for (let t = 0; t < 36; t++) {
		const base = 0.5 * panel.get('C1')!.get(t)! + 0.5 * (5 + 4 - 0.1 * t + wiggle(4, t)) + 10;
		pilot.set(t, base + (t >= START ? effect : 0));
	}
	panel.set('P', pilot);
	return panel;
}
const controls = (n = 12) => Array.from({ length: n }, (_, u) => `C${u}`);
const dates: PilotDates = { unit: 'P', startMonth: START, endMonth: 31 };

describe('estimateUnit', () => {
	const plan = monthlyPlan(dates, { preMonths: 12, postMonths: null });
	it('all-units comparator recovers the planted effect when trends are parallel; naive includes the trend', () => {
		const panel = panelWith(-3);
		const est = estimateUnit(panel, 'P', { kind: 'all', pool: controls() }, plan)!;
		// the wiggles average out only approximately: allow a small error
		expect(est.did).toBeCloseTo(-3, 0);
		// naive = effect + common trend between the window means (−0.1 × 13 months) + wiggles
		expect(est.naive).toBeLessThan(est.did - 1);
		expect(est.comparatorChange).toBeCloseTo(est.naive - est.did, 12);
		expect(est.preCount).toBe(12);
		expect(est.postCount).toBe(14);
	});

	it('synthetic control finds the two donors and the exact effect', () => {
		const panel = panelWith(-3);
		const est = estimateUnit(panel, 'P', { kind: 'synthetic', pool: controls(6) }, plan)!;
		expect(est.did).toBeCloseTo(-3, 4);
		expect(est.preRmse).toBeLessThan(1e-4);
		const w = new Map(est.weights!.map((x) => [x.unit, x.weight]));
		expect(w.get('C1')).toBeCloseTo(0.5, 3);
		expect(w.get('C4')).toBeCloseTo(0.5, 3);
		expect(est.weights!.reduce((s, x) => s + x.weight, 0)).toBeCloseTo(1, 12);
		// the fit is level-matched on the pre-period
		const preFit = est.fit!.filter((f) => f.period < START);
		for (const f of preFit) expect(f.synthetic).toBeCloseTo(f.treated, 3);
	});

	it('peer comparator of exactly the two donors is exact too', () => {
		const est = estimateUnit(panelWith(-3), 'P', { kind: 'peers', pool: ['C1', 'C4'] }, plan)!;
		expect(est.did).toBeCloseTo(-3, 10);
		expect(est.preRmse).toBeCloseTo(0, 10);
	});

	it('comparator units that stop (the merger) drop out without shifting the comparator', () => {
		const panel = panelWith(-3, 12, 24);
		const est = estimateUnit(panel, 'P', { kind: 'peers', pool: ['C1', 'C4'] }, plan)!;
		// C4 stops after month 24; the remaining C1 carries the common trend but not C4's wiggle
		expect(est.did).toBeCloseTo(-3, 0);
		expect(est.gaps.has(31)).toBe(true);
	});

	it('gives null without a pre-period', () => {
		const panel = panelWith(-3);
		const late = monthlyPlan({ unit: 'P', startMonth: 40, endMonth: 45 }, { preMonths: 12, postMonths: null });
		expect(estimateUnit(panel, 'P', { kind: 'all', pool: controls() }, late)).toBeNull();
	});
});

describe('placeboInference', () => {
	it('counts placebos at least as large and ranks the estimate', () => {
		const inf = placeboInference(-2, [
			{ unit: 'a', did: 0.5, preRmse: 0 },
			{ unit: 'b', did: -2.5, preRmse: 0 },
			{ unit: 'c', did: 2, preRmse: 0 },
			{ unit: 'd', did: 0.1, preRmse: 0 }
		]);
		expect(inf.atLeastAsLarge).toBe(2);
		expect(inf.rank).toBe(3);
		expect(inf.placeboCount).toBe(4);
		expect(inf.pValue).toBeCloseTo(3 / 5, 12);
	});
});

describe('evaluatePilots', () => {
	it('a planted effect ranks first among placebos; without an effect it does not', () => {
		const base = { nonPilots: controls(), peers: [], frequency: 'monthly' as const, window: { preMonths: 12, postMonths: null } };
		const withEffect = evaluatePilots({ ...base, panel: panelWith(-3), pilots: [dates], comparator: 'all' });
		const r = withEffect.pilots[0];
		expect(r.inference.rank).toBe(1);
		expect(r.inference.placeboCount).toBe(12);
		expect(r.inference.pValue).toBeCloseTo(1 / 13, 12);
		// event study: −12..+14, gap ≈ 0 before and ≈ −3 after, with a band
		expect(r.event).toHaveLength(27);
		expect(r.event[0].k).toBe(-12);
		expect(r.event.find((e) => e.k === 5)!.gap).toBeCloseTo(-3, 0);
		expect(r.event.find((e) => e.k === -3)!.gap).toBeCloseTo(0, 0);
		expect(r.event.find((e) => e.k === 0)!.bandLow).not.toBeNull();
		const none = evaluatePilots({ ...base, panel: panelWith(0), pilots: [dates], comparator: 'all' });
		expect(none.pilots[0].inference.rank).toBeGreaterThan(1);
		expect(Math.abs(none.pilots[0].estimate.did)).toBeLessThan(0.5);
	});

	it('the group is the mean over pilots with their own dates', () => {
		const panel = panelWith(-3);
		// a second pilot Q: a copy of C7 + 2 with an effect of −1 from month 20
		const q = new Map([...panel.get('C7')!].map(([t, v]) => [t, v + 2 + (t >= 20 ? -1 : 0)]));
		panel.set('Q', q);
		const ev = evaluatePilots({
			panel,
			pilots: [dates, { unit: 'Q', startMonth: 20, endMonth: 31 }],
			nonPilots: controls().filter((u) => u !== 'C7'),
			comparator: 'synthetic',
			peers: [],
			frequency: 'monthly',
			window: { preMonths: 12, postMonths: null }
		});
		expect(ev.pilots).toHaveLength(2);
		const [p, qq] = ev.pilots;
		expect(ev.group!.did).toBeCloseTo((p.estimate.did + qq.estimate.did) / 2, 12);
		expect(ev.group!.inference.placeboCount).toBe(11);
		expect(ev.group!.event.find((e) => e.k === 0)!.gap).toBeCloseTo(
			(p.event.find((e) => e.k === 0)!.gap! + qq.event.find((e) => e.k === 0)!.gap!) / 2,
			12
		);
	});

	it('reports a pilot without data as missing', () => {
		const ev = evaluatePilots({
			panel: panelWith(-3),
			pilots: [dates, { unit: 'ZZ', startMonth: 18, endMonth: 31 }],
			nonPilots: controls(),
			comparator: 'all',
			peers: [],
			frequency: 'monthly',
			window: { preMonths: 12, postMonths: null }
		});
		expect(ev.missing).toEqual(['ZZ']);
		expect(ev.group!.units).toEqual(['P']);
	});
});
