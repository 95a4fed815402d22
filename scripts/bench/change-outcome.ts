// What one control change cost, computed from what the in-page probe and the page's timings saw.
//
// "answered": the change (first input/change/click/keydown event) → the last DuckDB query
//   answered after it (window.__reformLensTimings.queries[].at).
// "redrawn": the change → the end of the first animation frame that began after the last chart
//   update (an ECharts setOption, recorded by echarts-action.ts, or any DOM change inside an
//   ECharts container, e.g. a resize) or the last query answered, whichever is later. Charts are
//   drawn with animation off and setOption paints synchronously, so the next frame to begin
//   shows the new picture; "end" is when that frame's main-thread work (rAF callbacks, style,
//   layout, paint) is done, seen as a message posted from its rAF callback. Compositing and
//   display come after and are not counted. A chart update made inside a rAF callback after
//   the probe's own callback is counted one frame late (at most ~17 ms too slow).
// A change after which no chart changed and no query answered has no "redrawn" time (null); one
// that answered queries but changed no chart has one (the frame after the answer) and is counted
// as "no chart redrawn" in the report.
import type { QueryTiming } from '../../src/lib/data/timings';

export type ControlGroup = 'filter bar' | 'page controls';

/** One animation frame: when its rAF callback ran and when its main-thread work had finished. */
export interface Frame {
	start: number;
	done: number | null;
}

/** The page's record after a change (times in ms since navigation, as performance.now()). */
export interface Snapshot {
	/** When the reset before the change ran. */
	mark: number;
	/** First input/change/click/keydown event after the reset (null: none seen). */
	input: number | null;
	frames: Frame[];
	/** Queries answered after the reset. */
	queries: QueryTiming[];
	/** setOption calls after the reset, and when the last one was (null: none). */
	chartDraws: number;
	lastChartDraw: number | null;
	/** Last DOM change inside an ECharts container after the reset (null: none). */
	lastChartMutation: number | null;
}

export interface ChangeResult {
	group: ControlGroup;
	/** "control → value", e.g. "trend-metric → volume". */
	name: string;
	/** DuckDB time of each query after the change. */
	queryMs: number[];
	answeredMs: number | null;
	redrawnMs: number | null;
	/** Charts given a new option after the change (0 on a build without the echarts-action hook). */
	charts: number;
	/** A chart was given a new option or its DOM changed after the change. */
	chartChanged: boolean;
}

/** End of the first frame that began strictly after `at`; null if none has finished yet. */
export function frameEndAfter(frames: readonly Frame[], at: number): number | null {
	const frame = frames.find((f) => f.start > at);
	return frame?.done ?? null;
}

const latest = (times: (number | null)[], after: number): number | null => {
	const later = times.filter((t): t is number => t !== null && t >= after);
	return later.length ? Math.max(...later) : null;
};

export function changeOutcome(group: ControlGroup, name: string, s: Snapshot): ChangeResult {
	const t0 = s.input ?? s.mark;
	const queries = s.queries.filter((q) => q.at >= t0);
	const answered = latest(
		queries.map((q) => q.at),
		t0
	);
	const update = latest([answered, s.lastChartDraw, s.lastChartMutation], t0);
	const redrawn = update === null ? null : frameEndAfter(s.frames, update);
	return {
		group,
		name,
		queryMs: queries.map((q) => q.ms),
		answeredMs: answered === null ? null : answered - t0,
		redrawnMs: redrawn === null ? null : redrawn - t0,
		charts: s.chartDraws,
		chartChanged: latest([s.lastChartDraw, s.lastChartMutation], t0) !== null
	};
}
