// Fits a chart's option to the width it is drawn at, for every chart (the ECharts action calls
// it before each draw): the builders write one layout, and this keeps their text from colliding
// on a phone.
//  - A horizontal legend at the top wraps onto more rows when its entries do not fit the width;
//    ECharts does not move the plot for it, so the grid's top grows by the extra rows (the
//    builder's own room under the legend, e.g. for a reference line's label, is kept).
//  - Axis labels that would touch are dropped (`hideOverlap`) rather than run together, a
//    narrow value axis asks for fewer ticks, and the x axis's end labels are aligned inwards.
//  - Event marks on the x axis (vertical lines, shaded spans; time, value or category axis) keep their label only
//    when it is far enough from the previous labelled one at this width; the others are drawn
//    unlabelled (the chart's caption names every kind of mark). On a phone "Sáp nhập" and
//    "Kết thúc thí điểm" were printed over each other.
// Pure: the width and a text-measuring function are given (a canvas in the browser).
import type { EChartsOption } from 'echarts';

/** Width in px of a text at a font size. */
export type MeasureText = (text: string, fontSize: number) => number;

/** ECharts' defaults for a legend (components/legend: itemWidth 25, itemGap 10, padding 5). */
const LEGEND_ITEM_WIDTH = 25;
const LEGEND_ITEM_GAP = 10;
const LEGEND_TEXT_GAP = 5;
const LEGEND_PADDING = 5;
const LEGEND_FONT = 12;
const LEGEND_ROW = 20;
/** Rotated mark labels are ~12 px tall: two need this much room side by side. */
const MARK_LABEL_GAP = 16;
/** What the y axis's labels and the grid's sides take from the width, roughly. */
const PLOT_INSET = 56;
/** Below this width a value axis gets at most 4 intervals (labels like "81,0 %" need ~45 px each). */
const NARROW = 520;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []);

function legendNames(legend: Obj, option: Obj): string[] {
	const data = Array.isArray(legend.data) ? legend.data : list(option.series).map((s) => s.name);
	return data.map((d) => (isObj(d) ? d.name : d)).filter((n): n is string => typeof n === 'string' && n !== '');
}

/** How many rows a plain horizontal legend takes at `width` (ECharts wraps it like text). */
export function legendRows(names: readonly string[], width: number, measure: MeasureText, itemWidth = LEGEND_ITEM_WIDTH): number {
	const available = Math.max(1, width - 2 * LEGEND_PADDING);
	let rows = names.length > 0 ? 1 : 0;
	let x = 0;
	for (const name of names) {
		const item = itemWidth + LEGEND_TEXT_GAP + measure(name, LEGEND_FONT);
		if (x > 0 && x + item > available) {
			rows += 1;
			x = 0;
		}
		x += item + LEGEND_ITEM_GAP;
	}
	return rows;
}

export function fitChartToWidth(option: EChartsOption, width: number, measure: MeasureText): EChartsOption {
	const source = option as Obj;
	if (!(width > 0)) return option;
	const out: Obj = { ...source };
	const legends = list(source.legend);
	const grids = list(source.grid);
	const legend = legends[0];
	if (legend && grids.length === 1 && legend.type !== 'scroll' && legend.orient !== 'vertical' && typeof legend.top === 'number') {
		const grid = grids[0];
		const itemWidth = typeof legend.itemWidth === 'number' ? legend.itemWidth : LEGEND_ITEM_WIDTH;
		const rows = legendRows(legendNames(legend, source), width, measure, itemWidth);
		if (rows > 1 && typeof grid.top === 'number') {
			out.grid = { ...grid, top: grid.top + (rows - 1) * LEGEND_ROW };
		}
	}
	thinMarkLabels(out, width, measure);
	const narrow = width < NARROW;
	for (const key of ['xAxis', 'yAxis'] as const) {
		const axes = list(source[key]);
		if (axes.length === 0) continue;
		const fitted = axes.map((axis) => {
			const label = isObj(axis.axisLabel) ? axis.axisLabel : {};
			// A category axis that shows every label on purpose (provinces, one per row) keeps them.
			const keepAll = axis.type === 'category' && label.interval === 0;
			// On the x axis the first and last labels are aligned inwards: centred on the ends, they
			// ran into the y axis's lowest label at the corner and past the chart's right edge.
			const inward = key === 'xAxis' ? { alignMinLabel: 'left', alignMaxLabel: 'right' } : {};
			const next: Obj = { ...axis, axisLabel: keepAll ? label : { hideOverlap: true, ...inward, ...label } };
			if (narrow && key === 'xAxis' && axis.type === 'value' && axis.splitNumber === undefined) next.splitNumber = 3;
			return next;
		});
		out[key] = Array.isArray(source[key]) ? fitted : fitted[0];
	}
	return out as EChartsOption;
}

interface MarkLabel {
	px: number;
	/** Horizontal room the label takes (rotated: its height; a span's label: its width). */
	room: number;
	hide: () => void;
}

/** Drops the labels of event marks that would overlap the previous labelled one (see above). */
function thinMarkLabels(option: Obj, width: number, measure: MeasureText): void {
	const xAxis = list(option.xAxis)[0];
	const grid = list(option.grid)[0] ?? {};
	if (!xAxis) return;
	const side = (v: unknown) => (typeof v === 'number' ? v : 8);
	const plot = Math.max(1, width - side(grid.left) - side(grid.right) - PLOT_INSET);
	let position: (x: unknown) => number | null;
	if (xAxis.type === 'category' && Array.isArray(xAxis.data) && xAxis.data.length > 0) {
		// A category's band: its index over the number of categories.
		const index = new Map(xAxis.data.map((c: unknown, i: number) => [String(isObj(c) ? c.value : c), i]));
		const n = xAxis.data.length;
		position = (x) => {
			const i = index.get(String(x));
			return i === undefined ? null : ((i + 0.5) / n) * plot;
		};
	} else if (xAxis.type === 'time' || xAxis.type === 'value') {
		const min = Number(xAxis.min);
		const max = Number(xAxis.max);
		if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) return;
		position = (x) => (typeof x === 'number' ? ((x - min) / (max - min)) * plot : null);
	} else return;
	const marks: MarkLabel[] = [];
	const series = list(option.series).map((s) => ({ ...s }));
	for (const s of series) {
		if (isObj(s.markLine) && Array.isArray(s.markLine.data)) {
			const data = s.markLine.data.map((d: unknown) => (isObj(d) ? { ...d } : d));
			s.markLine = { ...s.markLine, data };
			for (const d of data) {
				const px = isObj(d) ? position(d.xAxis) : null;
				if (!isObj(d) || px === null || (isObj(d.label) && d.label.show === false)) continue;
				marks.push({
					px,
					room: MARK_LABEL_GAP,
					hide: () => (d.label = { ...(isObj(d.label) ? d.label : {}), show: false })
				});
			}
		}
		if (isObj(s.markArea) && Array.isArray(s.markArea.data)) {
			const data = s.markArea.data.map((pair: unknown) => (Array.isArray(pair) ? pair.map((p) => (isObj(p) ? { ...p } : p)) : pair));
			s.markArea = { ...s.markArea, data };
			for (const pair of data) {
				const start = Array.isArray(pair) ? pair[0] : null;
				const px = isObj(start) ? position(start.xAxis) : null;
				if (!isObj(start) || px === null) continue;
				const text = typeof start.name === 'string' ? start.name : '';
				marks.push({
					px,
					room: Math.max(MARK_LABEL_GAP, measure(text, 10) + 6),
					hide: () => (start.label = { ...(isObj(start.label) ? start.label : {}), show: false })
				});
			}
		}
	}
	if (marks.length < 2) return;
	marks.sort((a, b) => a.px - b.px);
	let last: MarkLabel | null = null;
	for (const m of marks) {
		if (last && m.px - last.px < Math.max(last.room, m.room)) m.hide();
		else last = m;
	}
	option.series = series;
}
