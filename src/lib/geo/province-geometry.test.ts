// The committed geometry (scripts/geo/build-geo.ts output) against the reference tables: every
// statistics-office code drawn exactly once, and both archipelagos inside the map's bounds, in
// the unit that administers them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { PROVINCES_34, PROVINCES_63 } from '../reference/provinces';
import { ARCHIPELAGOS, archipelagoIslands, geoBounds, polygonsOf, ringBounds, topologyToGeoJson, type Bounds } from './province-geometry';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
const features = (mode: '34' | '63') => topologyToGeoJson(JSON.parse(read(`./provinces-${mode}.topo.json`)) as Topology);

// Written out again here (not read from ARCHIPELAGOS): the test states where the islands are.
const HOANG_SA: Bounds = [111, 15.5, 113, 17.5];
const TRUONG_SA: Bounds = [111.5, 6, 117.5, 12];
const DA_NANG = '48';
const KHANH_HOA = '56';

const inside = (inner: Bounds, outer: Bounds) =>
	inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

/** Codes of the units with at least one polygon wholly inside the box, and how many. */
function polygonsIn(mode: '34' | '63', box: Bounds): Map<string, number> {
	const found = new Map<string, number>();
	for (const f of features(mode).features)
		for (const polygon of polygonsOf(f.geometry))
			if (inside(ringBounds(polygon), box)) found.set(f.properties.name, (found.get(f.properties.name) ?? 0) + 1);
	return found;
}

/** The union bounds of one unit's polygons inside the box. */
function islandBounds(mode: '34' | '63', box: Bounds, code: string): Bounds {
	const unit = features(mode).features.find((f) => f.properties.name === code);
	const polygons = unit ? polygonsOf(unit.geometry).filter((p) => inside(ringBounds(p), box)) : [];
	return ringBounds(polygons.flat());
}

describe.each([
	{ mode: '34' as const, units: PROVINCES_34 },
	{ mode: '63' as const, units: PROVINCES_63 }
])('the $mode-unit geometry', ({ mode, units }) => {
	it(`has ${units.length} units, each statistics-office code exactly once`, () => {
		const codes = features(mode).features.map((f) => f.properties.name);
		expect(codes).toHaveLength(units.length);
		expect([...codes].sort()).toEqual(units.map((u) => u.code).sort());
	});

	it('commits the code ↔ source mapping for the same codes', () => {
		const [header, ...lines] = read(`./provinces-${mode}.mapping.csv`).trim().split('\n');
		expect(header).toBe('code,source_gid,source_name');
		expect(lines.map((l) => l.split(',')[0])).toEqual(units.map((u) => u.code).sort());
	});

	it("draws Hoàng Sa in Đà Nẵng's geometry and Trường Sa in Khánh Hòa's, inside the map's bounds", () => {
		const hoangSa = polygonsIn(mode, HOANG_SA);
		const truongSa = polygonsIn(mode, TRUONG_SA);
		expect([...hoangSa.keys()]).toEqual([DA_NANG]);
		expect(hoangSa.get(DA_NANG)).toBeGreaterThanOrEqual(5);
		expect([...truongSa.keys()]).toEqual([KHANH_HOA]);
		expect(truongSa.get(KHANH_HOA)).toBeGreaterThanOrEqual(10);
		// The islands' extent as drawn, inside the map's bounds (islandBounds is what the option
		// builder frames the map to).
		const drawn = geoBounds(features(mode));
		for (const [box, code] of [
			[HOANG_SA, DA_NANG],
			[TRUONG_SA, KHANH_HOA]
		] as const) {
			const islands = islandBounds(mode, box, code);
			expect(inside(islands, drawn)).toBe(true);
			expect(inside(islands, box)).toBe(true);
		}
		expect(islandBounds(mode, HOANG_SA, DA_NANG)[2]).toBeGreaterThan(112.5);
		// The dots the map draws on the islands: one per island, inside the archipelago.
		expect(ARCHIPELAGOS.hoangSa).toEqual({ box: HOANG_SA, code: DA_NANG });
		expect(ARCHIPELAGOS.truongSa).toEqual({ box: TRUONG_SA, code: KHANH_HOA });
		expect(archipelagoIslands(features(mode), 'hoangSa')).toHaveLength(hoangSa.get(DA_NANG) as number);
		expect(archipelagoIslands(features(mode), 'truongSa')).toHaveLength(truongSa.get(KHANH_HOA) as number);
		expect(islandBounds(mode, TRUONG_SA, KHANH_HOA)[2]).toBeGreaterThan(115.5);
	});
});
