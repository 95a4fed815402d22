import { describe, expect, it } from 'vitest';
import { buildPilotsView, DEFAULT_PILOTS_OPTIONS } from './pilots-view';
import { summaryFigures } from './pilots-summary';
import { defaultPeers, parseUnits } from './pilots-panel';

import { constructedRows as rows, constructedUnits as units } from './pilots-rows-fixture';

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
		const view = buildPilotsView(rows, {
			...DEFAULT_PILOTS_OPTIONS,
			outcome: 'on_time_rate',
			focus: 'B',
			comparator: 'peers',
			peers: ['N1', 'N2', 'A']
		});
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
