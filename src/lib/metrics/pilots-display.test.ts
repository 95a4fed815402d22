import { describe, expect, it } from 'vitest';
import { constructedRows as rows } from './pilots-rows-fixture';
import { buildPilotsView, DEFAULT_PILOTS_OPTIONS, type PilotsOptions } from './pilots-view';
import { buildPilotsDisplay } from './pilots-display';

const display = (patch: Partial<PilotsOptions> = {}) => {
	const options = { ...DEFAULT_PILOTS_OPTIONS, ...patch };
	return buildPilotsDisplay(buildPilotsView(rows, options), options);
};

describe('buildPilotsDisplay', () => {
	it('group view: one row per pilot with its own windows, the group, markers spanning the pilots', () => {
		const d = display();
		expect(d.pilots.map((p) => [p.code, p.preFrom, p.preTo, p.postFrom, p.postTo])).toEqual([
			['A', '2023-03', '2024-02', '2024-03', '2024-12'],
			['B', '2023-06', '2024-05', '2024-06', '2024-12']
		]);
		expect(d.focus).toBe('group');
		expect(d.summary!.did).toBeCloseTo(d.group!.did, 12);
		expect(d.event!.estimate.value).toBe(d.group!.did);
		expect(d.event!.points).toHaveLength(27);
		// A ends 9 months after its start, B 6 months after: the end marker spans 6..9
		expect(d.event!.markers).toContainEqual({ kind: 'end', fromK: 6, toK: 9 });
		expect(d.event!.markers).toContainEqual({ kind: 'start', fromK: 0, toK: 0 });
		expect(d.event!.estimate.toK).toBe(9);
		expect(JSON.parse(JSON.stringify(d))).toEqual(d);
	});

	it('pilot focus with synthetic control: weights with names and the fit; shares in points', () => {
		const d = display({ focus: 'B', comparator: 'synthetic', outcome: 'on_time_rate' });
		expect(d.focus).toBe('B');
		const b = d.pilots.find((p) => p.code === 'B')!;
		expect(b.weights!.reduce((s, w) => s + w.weight, 0)).toBeCloseTo(1, 9);
		expect(b.weights![0].name_en).toMatch(/^N\d$/);
		expect(b.did).toBeCloseTo(5, 0);
		expect(d.fit!.length).toBeGreaterThan(12);
		expect(d.event!.markers).toEqual([
			{ kind: 'start', fromK: 0, toK: 0 },
			// 2025-07 is 13 months after B's start (2024-06)
			{ kind: 'merger', fromK: 13, toK: 13 },
			{ kind: 'end', fromK: 6, toK: 6 }
		]);
	});
});
