// What one control change cost, computed from what the in-page probe and the page's timings saw.
//
// "answered": the change (first input/change/click/keydown event) → the last DuckDB query
//   answered after it (window.__reformLensTimings.queries[].at).
// "redrawn": the change → the end of the frame that shows the last chart update, or of the first
//   frame after the last query answered, whichever is later. Charts are drawn with animation off
//   and setOption paints synchronously, so the frame a chart is drawn in shows it:
//   - a draw made in an animation frame (echarts-action records the frame's timestamp) is shown
//     by that frame; "end" is when that frame's main-thread work (rAF callbacks, style, layout,
//     paint) is done, seen as a message posted from the probe's rAF callback;
//   - a draw made outside a frame (a chart out of view, drawn in a task after the frame) and any
//     other DOM change inside an ECharts container (e.g. a resize) is shown by the first frame
//     that began after it.
//   Compositing and display come after and are not counted.
// "seen": like "redrawn", but only for the charts in the viewport when they were drawn, and
//   without the answers: when everything the reader can see was up to date. Null when no chart
//   on screen was drawn.
// A change after which no chart changed and no query answered has no "redrawn" time (null); one
// that answered queries but changed no chart has one (the frame after the answer) and is counted
// as "no chart redrawn" in the report.
import type { ChartDraw, QueryTiming } from '../../src/lib/data/timings';

export type ControlGroup = 'filter bar' | 'page controls';

/** One animation frame: when its rAF callback ran and when its main-thread work had finished. */
export interface Frame {
	start: number;
	/** The frame's timestamp (the rAF callbacks' argument, the same for every callback). */
	time: number;
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
	/** Chart draws (setOption) after the reset. */
	draws: ChartDraw[];
	/** Last DOM change inside an ECharts container after the reset, not made by a draw (null: none). */
	lastChartMutation: number | null;
	/** Main-thread tasks over 50 ms after the reset (the Long Tasks API): start and duration. */
	longTasks?: { start: number; duration: number }[];
}

export interface ChangeResult {
	group: ControlGroup;
	/** "control → value", e.g. "trend-metric → volume". */
	name: string;
	/** DuckDB time of each query after the change. */
	queryMs: number[];
	answeredMs: number | null;
	redrawnMs: number | null;
	/** Only the charts on screen (see above); null when none was drawn. */
	seenMs: number | null;
	/** Charts given a new option after the change (0 on a build without the echarts-action hook). */
	charts: number;
	/** Of those, the ones on screen. */
	chartsOnScreen: number;
	/** Each draw: chart, setOption ms, change → shown ms, '(off screen)'; for the JSON file. */
	drawn: string[];
	/** A chart was given a new option or its DOM changed after the change. */
	chartChanged: boolean;
	/** The longest main-thread task (over 50 ms) from the change to its last redraw; 0: none. */
	longestTaskMs?: number;
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

/** End of the frame that shows a draw: the frame it was drawn in, else the first one after it. */
export function frameShowing(frames: readonly Frame[], draw: Pick<ChartDraw, 'at' | 'frame'>): number | null {
	if (draw.frame !== null) {
		const frame = frames.find((f) => f.time === draw.frame);
		if (frame) return frame.done;
	}
	return frameEndAfter(frames, draw.at);
}

export function changeOutcome(group: ControlGroup, name: string, s: Snapshot): ChangeResult {
	const t0 = s.input ?? s.mark;
	const queries = s.queries.filter((q) => q.at >= t0);
	const answered = latest(
		queries.map((q) => q.at),
		t0
	);
	const draws = s.draws.filter((d) => d.at >= t0);
	const shown = (ds: ChartDraw[]) => ds.map((d) => frameShowing(s.frames, d));
	const mutation = s.lastChartMutation !== null && s.lastChartMutation >= t0 ? s.lastChartMutation : null;
	const ends = [
		...(answered === null ? [] : [frameEndAfter(s.frames, answered)]),
		...(mutation === null ? [] : [frameEndAfter(s.frames, mutation)]),
		...shown(draws)
	];
	// A frame that has not finished (null) leaves the time unknown rather than too short.
	const redrawn = ends.length === 0 || ends.some((e) => e === null) ? null : latest(ends, t0);
	const onScreen = draws.filter((d) => d.onScreen);
	const seenEnds = shown(onScreen);
	const seen = onScreen.length === 0 || seenEnds.some((e) => e === null) ? null : latest(seenEnds, t0);
	return {
		group,
		name,
		queryMs: queries.map((q) => q.ms),
		answeredMs: answered === null ? null : answered - t0,
		redrawnMs: redrawn === null ? null : redrawn - t0,
		seenMs: seen === null ? null : seen - t0,
		charts: draws.length,
		chartsOnScreen: onScreen.length,
		drawn: draws.map((d) => {
			const end = frameShowing(s.frames, d);
			return `${d.chart} ${Math.round(d.ms)} ms, shown ${end === null ? '?' : Math.round(end - t0)} ms${d.onScreen ? '' : ' (off screen)'}`;
		}),
		chartChanged: draws.length > 0 || mutation !== null,
		longestTaskMs: longestTask(s.longTasks ?? [], t0, redrawn)
	};
}

/** The longest task that ran (at least in part) between the change and `end` (null: to the snapshot). */
export function longestTask(tasks: readonly { start: number; duration: number }[], from: number, end: number | null): number {
	const inside = tasks.filter((t) => t.start + t.duration > from && (end === null || t.start < end));
	return inside.reduce((m, t) => Math.max(m, t.duration), 0);
}
