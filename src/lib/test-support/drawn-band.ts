// Reads back what the event-study band series draws (tests of src/lib/charts/event-band.ts and
// event-study.ts): calls its renderItem for every item with an identity coordinate map, so the
// result is in data units: category index → the lowest and highest y drawn there.
import type { bandSeries } from '../charts/event-band';

/** What the series draws, month by month: calls its renderItem with an identity coordinate map. */
export function drawnBand(series: ReturnType<typeof bandSeries>): Map<number, { low: number; high: number }> {
	const data = series.data as number[][];
	const api = { value: (dim: number, i = 0) => data[i][dim], coord: (v: number[]) => v, style: () => ({}) };
	const drawn = new Map<number, { low: number; high: number }>();
	const add = (x: number, y: number) => {
		const d = drawn.get(x);
		drawn.set(x, d ? { low: Math.min(d.low, y), high: Math.max(d.high, y) } : { low: y, high: y });
	};
	data.forEach((_, dataIndex) => {
		const shape = (series.renderItem as (p: unknown, a: unknown) => { type: string; shape: Record<string, unknown> } | null)(
			{ dataIndex },
			api
		);
		if (!shape) return;
		if (shape.type === 'polygon') for (const [x, y] of shape.shape.points as number[][]) add(x, y);
		else {
			const s = shape.shape as { x1: number; y1: number; x2: number; y2: number };
			add(s.x1, s.y1);
			add(s.x2, s.y2);
		}
	});
	return drawn;
}
