import { describe, expect, it } from 'vitest';
import { changeOutcome, frameEndAfter, frameShowing, longestTask, type Frame, type Snapshot } from './change-outcome';
import type { ChartDraw } from '../../src/lib/data/timings';

// Frames every 16 ms from t = 1000 (timestamp = start - 0.5), each done 5 ms after it began.
const frames: Frame[] = Array.from({ length: 40 }, (_, i) => ({ start: 1000 + 16 * i, time: 999.5 + 16 * i, done: 1005 + 16 * i }));

const snap = (patch: Partial<Snapshot>): Snapshot => ({
	mark: 990,
	input: 1001,
	frames,
	queries: [],
	draws: [],
	lastChartMutation: null,
	...patch
});
const q = (at: number, ms: number) => ({ sql: 'SELECT 1', ms, at, rows: 1 });
/** A draw ending at `at`, in the frame with timestamp `frame` (null: outside a frame). */
const d = (at: number, frame: number | null, onScreen = true): ChartDraw => ({ chart: 'c', ms: 10, at, frame, onScreen });

describe('frameEndAfter', () => {
	it('takes the end of the first frame that began strictly after the time', () => {
		expect(frameEndAfter(frames, 1020)).toBe(1037); // frame 1032 → done 1037
		expect(frameEndAfter(frames, 1032)).toBe(1053); // a frame beginning at that instant does not count
		expect(frameEndAfter(frames, 999)).toBe(1005);
	});
	it('is null when no frame began after it, or that frame has not finished', () => {
		expect(frameEndAfter(frames, 5000)).toBeNull();
		expect(frameEndAfter([{ start: 10, time: 10, done: null }], 5)).toBeNull();
	});
});

describe('frameShowing', () => {
	it('a draw made in a frame is shown by that frame, one made outside by the next', () => {
		expect(frameShowing(frames, d(1036, 1031.5))).toBe(1037);
		expect(frameShowing(frames, d(1036, null))).toBe(1053);
	});
	it('a frame timestamp the probe did not see falls back to the next frame', () => {
		expect(frameShowing(frames, d(1036, 7))).toBe(1053);
	});
});

describe('changeOutcome', () => {
	it('answered = last query answered; redrawn = end of the frame showing the last draw, or after the last answer', () => {
		const r = changeOutcome(
			'filter bar',
			'from → 2024-06',
			snap({ queries: [q(1050, 20), q(1090, 45)], draws: [d(1070, 1063.5), d(1100, 1095.5)] })
		);
		expect(r).toEqual({
			group: 'filter bar',
			name: 'from → 2024-06',
			queryMs: [20, 45],
			answeredMs: 89,
			redrawnMs: 1101 - 1001, // drawn in frame 1096, done 1101
			seenMs: 1101 - 1001,
			charts: 2,
			chartsOnScreen: 2,
			drawn: ['c 10 ms, shown 68 ms', 'c 10 ms, shown 100 ms'],
			chartChanged: true,
			longestTaskMs: 0
		});
	});
	it('takes the longest task over 50 ms between the change and the last redraw', () => {
		const tasks = [
			{ start: 900, duration: 200 }, // before the change, but still running at it: counted
			{ start: 1020, duration: 80 },
			{ start: 1200, duration: 300 } // after the redraw: not this change's
		];
		const r = changeOutcome('filter bar', 'x', snap({ queries: [q(1050, 40)], draws: [d(1060, 1047.5)], longTasks: tasks }));
		expect(r.redrawnMs).toBe(1069 - 1001);
		expect(r.longestTaskMs).toBe(200);
		expect(longestTask(tasks, 1001, 1069)).toBe(200);
		expect(longestTask(tasks.slice(1), 1001, 1069)).toBe(80);
		expect(longestTask([], 1001, null)).toBe(0);
	});
	it('a redraw without any query (e.g. another measure of the same rows) is measured', () => {
		const r = changeOutcome('page controls', 'trend-metric → volume', snap({ draws: [d(1010, 999.5), d(1014, 999.5)] }));
		expect(r.answeredMs).toBeNull();
		expect(r.queryMs).toEqual([]);
		expect(r.redrawnMs).toBe(1005 - 1001); // drawn in frame 1000, which the input fell in
		expect(r.charts).toBe(2);
	});
	it('charts out of view drawn later count for redrawn but not for seen', () => {
		const r = changeOutcome('filter bar', 'x', snap({ queries: [q(1040, 30)], draws: [d(1050, 1047.5), d(1090, null, false)] }));
		expect(r.seenMs).toBe(1053 - 1001);
		expect(r.redrawnMs).toBe(1101 - 1001); // drawn after its frame, at 1090: shown by frame 1096
		expect(r.chartsOnScreen).toBe(1);
		expect(r.drawn[1]).toBe('c 10 ms, shown 100 ms (off screen)');
	});
	it('no chart on screen drawn: no seen time', () => {
		const r = changeOutcome('filter bar', 'x', snap({ draws: [d(1090, null, false)] }));
		expect(r.seenMs).toBeNull();
		expect(r.redrawnMs).toBe(1101 - 1001);
	});
	it('a DOM change inside a chart after the last setOption (a resize) counts as its last update', () => {
		const r = changeOutcome('page controls', 'x', snap({ draws: [d(1010, 999.5)], lastChartMutation: 1100 }));
		expect(r.redrawnMs).toBe(1117 - 1001);
		expect(r.seenMs).toBe(1005 - 1001);
	});
	it('ignores what happened before the input; falls back to the mark without one', () => {
		const r = changeOutcome('filter bar', 'x', snap({ input: 1040, queries: [q(1030, 5), q(1060, 7)], draws: [d(1035, 1031.5)] }));
		expect(r.queryMs).toEqual([7]);
		expect(r.answeredMs).toBe(20);
		expect(r.redrawnMs).toBe(1069 - 1040);
		expect(r.charts).toBe(0);
		expect(changeOutcome('filter bar', 'x', snap({ input: null, draws: [d(995, null)] })).redrawnMs).toBe(1005 - 990);
	});
	it('nothing redrawn and nothing answered: no redrawn time', () => {
		const r = changeOutcome('filter bar', 'group → north', snap({}));
		expect(r).toMatchObject({ answeredMs: null, redrawnMs: null, seenMs: null, charts: 0, chartChanged: false });
	});
	it('queries answered but no chart changed: the frame after the answer, and no chart changed', () => {
		const r = changeOutcome('filter bar', 'mode → 63', snap({ queries: [q(1100, 90)], draws: [d(995, null)] }));
		expect(r).toMatchObject({ answeredMs: 99, redrawnMs: 1117 - 1001, chartChanged: false });
	});
	it('a frame not finished yet leaves the time unknown, not short', () => {
		const open: Frame[] = [...frames.slice(0, 3), { start: 1048, time: 1047.5, done: null }];
		expect(changeOutcome('filter bar', 'x', snap({ frames: open, draws: [d(1010, 999.5), d(1050, 1047.5)] })).redrawnMs).toBeNull();
	});
});
