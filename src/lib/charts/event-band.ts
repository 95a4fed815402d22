// The placebo band of the event-study chart as a custom series: one polygon per run of
// consecutive months with a band, from the lower bound to the upper bound. Drawn from the
// bounds themselves rather than as a stacked "lower + width" pair, because ECharts stacks a
// positive width only on a positive base: on a negative lower bound it was drawn from 0
// (a −0.54…+0.47 band shaded 0…+1.0).
import type { CustomSeriesOption } from 'echarts';

export interface BandPoint {
	low: number | null;
	high: number | null;
}

/** Runs of consecutive indices where both bounds are known, as [from, to] (inclusive). */
export function bandRuns(points: readonly BandPoint[]): [number, number][] {
	const runs: [number, number][] = [];
	let start = -1;
	points.forEach((p, i) => {
		const known = p.low !== null && p.high !== null;
		if (known && start < 0) start = i;
		if (!known && start >= 0) {
			runs.push([start, i - 1]);
			start = -1;
		}
	});
	if (start >= 0) runs.push([start, points.length - 1]);
	return runs;
}

/** Value dimensions of a band item: [category index, lower, upper]. */
type Api = { value: (dim: number, dataIndex?: number) => unknown; coord: (value: number[]) => number[] };

/**
 * The band series: its data are the months with a band ([index, lower, upper], so the value axis
 * spans them); each run is drawn once, by its first item, as the polygon along the lower bounds
 * and back along the upper bounds (a single month, a vertical segment).
 */
export function bandSeries(points: readonly BandPoint[], name: string, color: string): CustomSeriesOption {
	const runs = bandRuns(points);
	const data = runs.flatMap(([from, to]) => points.slice(from, to + 1).map((p, j) => [from + j, p.low as number, p.high as number]));
	// data index → the run it starts (only the first item of a run draws)
	const startsRun = new Map<number, [number, number]>();
	let offset = 0;
	for (const run of runs) {
		startsRun.set(offset, run);
		offset += run[1] - run[0] + 1;
	}
	return {
		type: 'custom',
		name,
		data,
		encode: { x: 0, y: [1, 2] },
		silent: true,
		tooltip: { show: false },
		color,
		z: 1,
		renderItem: (params, api) => {
			const run = startsRun.get(params.dataIndex);
			if (!run) return null;
			const at = (i: number, bound: 'low' | 'high') => (api as unknown as Api).coord([i, points[i][bound] as number]);
			const lower: number[][] = [];
			const upper: number[][] = [];
			for (let i = run[0]; i <= run[1]; i++) {
				lower.push(at(i, 'low'));
				upper.push(at(i, 'high'));
			}
			const style = { fill: color, stroke: run[0] === run[1] ? color : 'none', lineWidth: 2 };
			if (run[0] === run[1]) return { type: 'line', shape: { x1: lower[0][0], y1: lower[0][1], x2: upper[0][0], y2: upper[0][1] }, style };
			return { type: 'polygon', shape: { points: [...lower, ...upper.reverse()] }, style };
		}
	};
}
