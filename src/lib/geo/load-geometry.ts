// Fetches a boundary mode's committed topology from the site's own origin, only on a page that
// draws a map (the files are hashed assets, so a new geometry never meets a stale cache), and
// registers it with ECharts once under the name mapName(mode).
import type { Topology } from 'topojson-specification';
import type { BoundaryMode } from '../metrics/boundary';
import topology34Url from './provinces-34.topo.json?url';
import topology63Url from './provinces-63.topo.json?url';
import { topologyToGeoJson, type ProvinceFeatures } from './province-geometry';

const URLS: Record<BoundaryMode, string> = { '34': topology34Url, '63': topology63Url };

/** The name a mode's geometry is registered under in ECharts. */
export const mapName = (mode: BoundaryMode) => `vn-provinces-${mode}`;

const loaded = new Map<BoundaryMode, Promise<ProvinceFeatures>>();

/**
 * The mode's features, with the ECharts map and geo parts registered (echarts/core is one
 * module instance, so the chart action's charts see them). Cached: fetched once per page load.
 */
export function loadProvinceMap(mode: BoundaryMode): Promise<ProvinceFeatures> {
	let promise = loaded.get(mode);
	if (!promise) {
		promise = Promise.all([
			fetch(URLS[mode]).then((response) => {
				if (!response.ok) throw new Error(`province geometry: HTTP ${response.status}`);
				return response.json() as Promise<Topology>;
			}),
			import('echarts/core'),
			import('echarts/charts'),
			import('echarts/components')
		]).then(([topology, core, charts, components]) => {
			const features = topologyToGeoJson(topology);
			core.use([components.GeoComponent, components.TitleComponent, charts.ScatterChart]);
			// ECharts' GeoJSON type is its own; the features are plain GeoJSON.
			core.registerMap(mapName(mode), features as unknown as Parameters<typeof core.registerMap>[1]);
			return features;
		});
		promise.catch(() => loaded.delete(mode));
		loaded.set(mode, promise);
	}
	return promise;
}
