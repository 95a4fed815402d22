// Honest inference, shown by simulation: province-month panels shaped like the /pilots data
// (provincial levels, a national trend, seasons, Tết, common month shocks, province-specific
// seasonal strength, autocorrelated noise of a province's own size; 4 pilots with staggered
// starts, 60 non-pilot provinces), run through the same code the page runs. Pilots are drawn
// like the other provinces (exchangeable, where the permutation test's 5 % is exact), so that
// a miscalibrated p-value would show; with quieter pilots the test is only more conservative.
//   - No effect: the placebo p-value is below 0.05 in at most 7 % of the panels.
//   - A planted effect (−3 working days on the mean, phased in over the first months): the
//     group's synthetic-control estimate is within 5 % of the truth and the all-non-pilot DiD
//     within 10 %, while the naive before/after change (what the test would accept if the
//     comparator did nothing) misses by the national trend and the season.
// The truth is computed as the demo generator does (scripts/demo/truth.ts): the mean over each
// pilot's post months of actual − counterfactual, then the mean over pilots.
import { describe, expect, it } from 'vitest';
import type { Panel } from './panel';
import { estimateUnit, evaluatePilots, type ComparatorKind } from './pilot-evaluation';
import { monthlyPlan, type PilotDates } from './pilot-plan';
import { createRng } from './random';

const MONTHS = 36; // three years, month 0 = January
const PILOTS: PilotDates[] = [20, 21, 22, 24].map((start, i) => ({ unit: `P${i}`, startMonth: start, endMonth: 34 }));
const NON_PILOTS = Array.from({ length: 60 }, (_, i) => `N${String(i).padStart(2, '0')}`);
const WINDOW = { preMonths: 12, postMonths: null };

interface World {
	panel: Panel;
	/** Mean over pilots of the mean planted effect over each pilot's post months. */
	truth: number;
}

function simulate(seed: number, effect: number): World {
	const rng = createRng(seed);
	// Common month shocks on top of the national trend, the season and Tết (January/February).
	const common = Array.from({ length: MONTHS }, (_, t) => -0.06 * t + (t % 12 === 0 || t % 12 === 1 ? 1.5 : 0) + 0.4 * rng.normal());
	const season = Array.from({ length: MONTHS }, (_, t) => Math.cos((2 * Math.PI * t) / 12));
	const panel: Panel = new Map();
	const starts = new Map(PILOTS.map((p) => [p.unit, p.startMonth]));
	let truth = 0;
	for (const unit of [...PILOTS.map((p) => p.unit), ...NON_PILOTS]) {
		const start = starts.get(unit);
		const level = 9 + 3 * rng.normal(); // province fixed effect (working days)
		const seasonal = 1 + 0.3 * rng.normal(); // how strongly the province's season swings
		const sd = 0.2 + 0.4 * rng.uniform(); // fewer dossiers, more noise
		const series = new Map<number, number>();
		let noise = 0;
		let planted = 0;
		for (let t = 0; t < MONTHS; t++) {
			noise = 0.3 * noise + sd * rng.normal();
			// phased in over three months, as the demo generator's 91-day ramp
			const e = start !== undefined && t >= start ? effect * Math.min(1, (t - start + 1) / 3) : 0;
			if (start !== undefined && t >= start && t <= 34) planted += e / (34 - start + 1);
			series.set(t, level + common[t] + seasonal * season[t] + noise + e);
		}
		panel.set(unit, series);
		truth += planted / PILOTS.length;
	}
	return { panel, truth };
}

/** The group's estimate (mean over pilots) for a comparator, without the placebo runs. */
function groupEstimate(panel: Panel, comparator: ComparatorKind): { did: number; naive: number } {
	const ests = PILOTS.map((p) => estimateUnit(panel, p.unit, { kind: comparator, pool: NON_PILOTS }, monthlyPlan(p, WINDOW))!);
	const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
	return { did: mean(ests.map((e) => e.did)), naive: mean(ests.map((e) => e.naive)) };
}

describe('pilot evaluation on simulated panels', () => {
	it('no effect: the placebo p-value is below 0.05 in at most 7 % of 200 panels (group and each pilot)', () => {
		let group = 0;
		let pilots = 0;
		const runs = 200;
		for (let i = 0; i < runs; i++) {
			const { panel } = simulate(1000 + i, 0);
			const ev = evaluatePilots({
				panel,
				pilots: PILOTS,
				nonPilots: NON_PILOTS,
				comparator: 'all',
				peers: [],
				frequency: 'monthly',
				window: WINDOW
			});
			expect(ev.pilots).toHaveLength(4);
			expect(ev.group!.inference.placeboCount).toBe(60);
			if (ev.group!.inference.pValue < 0.05) group++;
			pilots += ev.pilots.filter((r) => r.inference.pValue < 0.05).length;
		}
		console.info(`simulation, no effect: p < 0.05 for the group in ${group}/${runs}, for a pilot in ${pilots}/${4 * runs}`);
		expect(group / runs).toBeLessThanOrEqual(0.07);
		expect(pilots / (4 * runs)).toBeLessThanOrEqual(0.07);
	});

	it('a planted effect: synthetic control within 5 %, all-non-pilot DiD within 10 %, naive before/after not', () => {
		const runs = 100;
		let truth = 0;
		let sc = 0;
		let did = 0;
		let naive = 0;
		let scWithin = 0;
		let scWithin10 = 0;
		let didWithin = 0;
		for (let i = 0; i < runs; i++) {
			const world = simulate(5000 + i, -3);
			const s = groupEstimate(world.panel, 'synthetic');
			const d = groupEstimate(world.panel, 'all');
			truth += world.truth / runs;
			sc += s.did / runs;
			did += d.did / runs;
			naive += d.naive / runs;
			if (Math.abs(s.did - world.truth) <= 0.05 * Math.abs(world.truth)) scWithin++;
			if (Math.abs(s.did - world.truth) <= 0.1 * Math.abs(world.truth)) scWithin10++;
			if (Math.abs(d.did - world.truth) <= 0.1 * Math.abs(world.truth)) didWithin++;
		}
		const err = (x: number) => Math.abs(x - truth) / Math.abs(truth);
		console.info(
			`simulation, planted effect ${truth.toFixed(3)}: synthetic ${sc.toFixed(3)} (${(100 * err(sc)).toFixed(1)} %, within 5 % in ${scWithin}/${runs}, 10 % in ${scWithin10}/${runs}), ` +
				`DiD ${did.toFixed(3)} (${(100 * err(did)).toFixed(1)} %, within 10 % in ${didWithin}/${runs}), naive ${naive.toFixed(3)} (${(100 * err(naive)).toFixed(1)} %)`
		);
		// On average (no bias), and panel by panel (one panel is one data set, as the demo's): the
		// synthetic control, fitted on a few donors, is the noisier of the two.
		expect(err(sc)).toBeLessThanOrEqual(0.05);
		expect(err(did)).toBeLessThanOrEqual(0.1);
		expect(scWithin10 / runs).toBeGreaterThanOrEqual(0.9);
		expect(didWithin / runs).toBeGreaterThanOrEqual(0.95);
		expect(err(naive)).toBeGreaterThan(0.1);
	});
});
