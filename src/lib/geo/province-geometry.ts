// The committed province geometry (scripts/geo/build-geo.ts) as the GeoJSON ECharts draws: one
// feature per unit, named by its statistics-office code (names come from the reference tables,
// never from the geometry). Pure: the browser loader (load-geometry.ts) and the tests share it.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export type ProvinceFeatures = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** The topology's one object as GeoJSON features whose `name` is the unit's code. */
export function topologyToGeoJson(topology: Topology): ProvinceFeatures {
	const objects = Object.values(topology.objects);
	if (objects.length !== 1 || objects[0].type !== 'GeometryCollection') {
		throw new Error('province topology: expected one GeometryCollection');
	}
	const collection = feature(topology, objects[0] as GeometryCollection<{ code: string }>);
	return {
		type: 'FeatureCollection',
		features: collection.features.map((f) => ({
			type: 'Feature',
			properties: { name: String(f.properties?.code ?? f.id) },
			geometry: f.geometry as Polygon | MultiPolygon
		}))
	};
}

/** The polygons of a feature (a Polygon is one). */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Bounds of some rings' points. */
export function ringBounds(rings: readonly Position[][]): Bounds {
	const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
	for (const ring of rings)
		for (const [x, y] of ring) {
			bounds[0] = Math.min(bounds[0], x);
			bounds[1] = Math.min(bounds[1], y);
			bounds[2] = Math.max(bounds[2], x);
			bounds[3] = Math.max(bounds[3], y);
		}
	return bounds;
}

/** Bounds of every feature: the extent the map is drawn to (archipelagos included). */
export function geoBounds(features: ProvinceFeatures): Bounds {
	return ringBounds(features.features.flatMap((f) => polygonsOf(f.geometry).flat()));
}

/** The two archipelagos: where their islands lie and which unit's geometry holds them. */
export const ARCHIPELAGOS = {
	hoangSa: { box: [111, 15.5, 113, 17.5] as Bounds, code: '48' },
	truongSa: { box: [111.5, 6, 117.5, 12] as Bounds, code: '56' }
} as const;
export type Archipelago = keyof typeof ARCHIPELAGOS;

const within = (inner: Bounds, outer: Bounds) =>
	inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

/**
 * The centre of each island of an archipelago (a polygon of its unit wholly inside its box):
 * the islands are a few pixels wide, so the map marks each with a dot.
 */
export function archipelagoIslands(features: ProvinceFeatures, archipelago: Archipelago): [number, number][] {
	const { box, code } = ARCHIPELAGOS[archipelago];
	const unit = features.features.find((f) => f.properties.name === code);
	if (!unit) return [];
	return polygonsOf(unit.geometry)
		.map((polygon) => ringBounds(polygon))
		.filter((b) => within(b, box))
		.map((b): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]);
}
