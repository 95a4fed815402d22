import { describe, expect, it } from 'vitest';
import { changeOutcome, frameEndAfter, type Frame, type Snapshot } from './change-outcome';

// Frames every 16 ms from t = 1000, each done 5 ms after it began.
const frames: Frame[] = Array.from({ length: 40 }, (_, i) => ({ start: 1000 + 16 * i, done: 1005 + 16 * i }));

const snap = (patch: Partial<Snapshot>): Snapshot => ({
	mark: 990,
	input: 1001,
	frames,
	queries: [],
	chartDraws: 0,
	lastChartDraw: null,
	lastChartMutation: null,
	...patch
});
const q = (at: number, ms: number) => ({ sql: 'SELECT 1', ms, at, rows: 1 });

describe('frameEndAfter', () => {
	it('takes the end of the first frame that began strictly after the time', () => {
		expect(frameEndAfter(frames, 1020)).toBe(1037); // frame 1032 → done 1037
		expect(frameEndAfter(frames, 1032)).toBe(1053); // a frame beginning at that instant does not count
		expect(frameEndAfter(frames, 999)).toBe(1005);
	});
	it('is null when no frame began after it, or that frame has not finished', () => {
		expect(frameEndAfter(frames, 5000)).toBeNull();
		expect(frameEndAfter([{ start: 10, done: null }], 5)).toBeNull();
	});
});

describe('changeOutcome', () => {
	it('answered = last query answered; redrawn = end of the frame after the later of it and the last chart draw', () => {
		const r = changeOutcome('filter bar', 'from → 2024-06', snap({ queries: [q(1050, 20), q(1090, 45)], chartDraws: 3, lastChartDraw: 1093 }));
		expect(r).toEqual({ group: 'filter bar', name: 'from → 2024-06', queryMs: [20, 45], answeredMs: 89, redrawnMs: 1101 - 1001, charts: 3, chartChanged: true });
	});
	it('a redraw without any query (e.g. another measure of the same rows) is measured', () => {
		const r = changeOutcome('page controls', 'trend-metric → volume', snap({ chartDraws: 2, lastChartDraw: 1010 }));
		expect(r.answeredMs).toBeNull();
		expect(r.queryMs).toEqual([]);
		expect(r.redrawnMs).toBe(1021 - 1001); // frame 1016 → done 1021
	});
	it('a DOM change inside a chart after the last setOption (a resize) counts as its last update', () => {
		const r = changeOutcome('page controls', 'x', snap({ lastChartDraw: 1010, lastChartMutation: 1100 }));
		expect(r.redrawnMs).toBe(1117 - 1001);
	});
	it('ignores what happened before the input; falls back to the mark without one', () => {
		const r = changeOutcome('filter bar', 'x', snap({ input: 1040, queries: [q(1030, 5), q(1060, 7)], lastChartDraw: 1035 }));
		expect(r.queryMs).toEqual([7]);
		expect(r.answeredMs).toBe(20);
		expect(r.redrawnMs).toBe(1069 - 1040);
		expect(changeOutcome('filter bar', 'x', snap({ input: null, lastChartDraw: 995 })).redrawnMs).toBe(1005 - 990);
	});
	it('nothing redrawn and nothing answered: no redrawn time', () => {
		const r = changeOutcome('filter bar', 'group → north', snap({}));
		expect(r).toMatchObject({ answeredMs: null, redrawnMs: null, charts: 0, chartChanged: false });
	});
	it('queries answered but no chart changed: the frame after the answer, and no chart changed', () => {
		const r = changeOutcome('filter bar', 'mode → 63', snap({ queries: [q(1100, 90)], lastChartDraw: 995 }));
		expect(r).toMatchObject({ answeredMs: 99, redrawnMs: 1117 - 1001, chartChanged: false });
	});
});
