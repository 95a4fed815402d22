import { describe, expect, it } from 'vitest';
import { buildPilotsView, DEFAULT_PILOTS_OPTIONS } from './pilots-view';
import { summaryFigures } from './pilots-summary';
import { defaultPeers, monthLabel, monthIndex, parseUnits } from './pilots-panel';
import type { Row } from './query';

// Two pilots (A from 2024-03, B from 2024-06, both to 2024-12) and eight non-pilot units, one
// a city; months 2023-01..2024-12. median_wd = level + common trend, −2 in a pilot after its
// start; on_time_rate = 0.7 + 0.05 after the start in a pilot (a +5 point effect).
const units: Row[] = [
	{ code: 'A', name_vi: 'A', name_en: 'A', kind: 'city', is_pilot: true, start_date: '2024-03-10', end_date: '2024-12-31', pilot_components: 1, components: 1, received_base: 900 },
	{ code: 'B', name_vi: 'B', name_en: 'B', kind: 'province', is_pilot: true, start_date: '2024-06-01', end_date: '2024-12-31', pilot_components: 1, components: 1, received_base: 800 },
	...Array.from({ length: 8 }, (_, i) => ({
		code: `N${i}`, name_vi: `N${i}`, name_en: `N${i}`, kind: i === 0 ? 'city' : 'province', is_pilot: false,
		start_date: null, end_date: null, pilot_components: 0, components: 1, received_base: 100 * i
	}))
];
const start: Record<string, number> = { A: monthIndex('2024-03'), B: monthIndex('2024-06') };
const monthly: Row[] = [];
units.forEach((u, ui) => {
	const code = String(u.code);
	for (let t = monthIndex('2023-01'); t <= monthIndex('2024-12'); t++) {
		const treated = code in start && t >= start[code];
		const wobble = ((ui * 7 + t * 3) % 5) * 0.02;
		monthly.push({
			unit: code,
			month: monthLabel(t),
			median_wd: 5 + ui - 0.1 * (t - monthIndex('2023-01')) + wobble + (treated ? -2 : 0),
			p90_wd: null,
			on_time_rate: 0.7 + wobble / 10 + (treated ? 0.05 : 0),
			online_share: null,
			via_centre_share: null
		});
	}
});
const rows = { monthly, survey: [], units };

describe('defaultPeers', () => {
	it('takes the non-pilot cities and the largest non-pilot provinces', () => {
		expect(defaultPeers(parseUnits(units), 2)).toEqual(['N0', 'N6', 'N7']);
	});
});

describe('buildPilotsView', () => {
	it('evaluates each pilot on its own dates and summarises the group', () => {
		const view = buildPilotsView(rows, DEFAULT_PILOTS_OPTIONS);
		expect(view.pilots.map((p) => p.code)).toEqual(['A', 'B']);
		expect(view.evaluation.pilots).toHaveLength(2);
		for (const r of view.evaluation.pilots) expect(r.estimate.did).toBeCloseTo(-2, 1);
		const s = summaryFigures(view, 'median_wd')!;
		expect(s.subject).toBe('group');
		expect(s.pilotCount).toBe(2);
		expect(s.did).toBeCloseTo(-2, 1);
		// naive before/after also contains the common trend (−0.1 per month between window means)
		expect(s.naive).toBeLessThan(-2.5);
		expect(s.atLeastAsLarge).toBe(0);
		expect(s.placeboCount).toBe(8);
		expect(s.postCount).toBe(10);
	});

	it('focuses a pilot, scales shares to points, and falls back to the group for an unknown focus', () => {
		const view = buildPilotsView(rows, { ...DEFAULT_PILOTS_OPTIONS, outcome: 'on_time_rate', focus: 'B', comparator: 'peers', peers: ['N1', 'N2', 'A'] });
		expect(view.peers).toEqual(['N1', 'N2']);
		const s = summaryFigures(view, 'on_time_rate')!;
		expect(s.subject).toBe('pilot');
		expect(s.unit).toBe('B');
		expect(s.did).toBeCloseTo(5, 0);
		expect(s.postCount).toBe(7);
		const fallback = buildPilotsView(rows, { ...DEFAULT_PILOTS_OPTIONS, focus: '74' });
		expect(fallback.focus?.kind).toBe('group');
	});

	it('synthetic control returns weights; a yearly outcome falls back to all units', () => {
		const view = buildPilotsView(rows, { ...DEFAULT_PILOTS_OPTIONS, comparator: 'synthetic', focus: 'A' });
		const r = view.evaluation.pilots.find((p) => p.dates.unit === 'A')!;
		expect(r.estimate.weights!.length).toBeGreaterThan(0);
		expect(r.estimate.did).toBeCloseTo(-2, 1);
		const yearly = buildPilotsView(rows, { ...DEFAULT_PILOTS_OPTIONS, comparator: 'synthetic', outcome: 'sipas' });
		expect(yearly.comparatorUsed).toBe('all');
		expect(yearly.frequency).toBe('yearly');
	});
});
