// Option builder of the pilot event-study chart: the monthly pilot − comparator gap on event
// time (months since each province's own start), the placebo band behind it, the DiD estimate
// as a level over the post window, and markers (start, the 2025-07-01 merger, the pilot's end).
// A marker spanning several months (the group: each pilot reaches the merger at its own event
// month) is a shaded area. Tooltips are built from escaped text.
import type { EChartsOption, SeriesOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { bandSeries } from './event-band';
import { tooltipHtml } from './escape-html';

export interface EventStudyPoint {
	k: number;
	gap: number | null;
	bandLow: number | null;
	bandHigh: number | null;
}

export interface EventMarker {
	kind: 'start' | 'merger' | 'end';
	fromK: number;
	toK: number;
	label: string;
}

export interface EventStudyInput {
	points: readonly EventStudyPoint[];
	markers: readonly EventMarker[];
	/** The DiD estimate drawn over its post window (label already formatted). */
	estimate: { value: number; fromK: number; toK: number; label: string } | null;
	labels: { gap: string; band: string; estimate: string; axis: string; month: (k: number) => string };
	format: (value: number) => string;
	theme: ChartTheme;
}

interface AxisParam {
	seriesName?: string;
	dataIndex: number;
	value: unknown;
	color?: unknown;
}

export function buildEventStudyOption(input: EventStudyInput): EChartsOption {
	const { theme, format, labels } = input;
	const ks = input.points.map((p) => p.k);
	const cat = (k: number) => String(k);
	const markerColor = { start: theme.text, merger: theme.palette[1], end: theme.palette[4] };
	const lines = input.markers.filter((m) => m.fromK === m.toK);
	const areas = input.markers.filter((m) => m.fromK !== m.toK);
	const gapSeries: SeriesOption = {
		type: 'line',
		name: labels.gap,
		data: input.points.map((p) => p.gap),
		showSymbol: true,
		symbolSize: 5,
		connectNulls: false,
		lineStyle: { width: 2 },
		color: theme.accent,
		z: 4,
		markLine: {
			silent: true,
			symbol: 'none',
			animation: false,
			data: [
				{ yAxis: 0, lineStyle: { color: theme.muted, type: 'solid', width: 1 }, label: { show: false } },
				...lines.map((m) => ({
					xAxis: cat(m.fromK),
					lineStyle: { color: markerColor[m.kind], type: 'dashed' as const, width: 1.5 },
					label: { formatter: m.label, color: markerColor[m.kind], position: 'insideEndBottom' as const }
				})),
				...(input.estimate
					? [
							[
								{
									coord: [cat(input.estimate.fromK), input.estimate.value],
									lineStyle: { color: theme.palette[2], width: 2.5, type: 'solid' as const }
								},
								{
									coord: [cat(input.estimate.toK), input.estimate.value],
									// Above the segment's end, inside the plot: at its right ("end") a label such as
									// "Sai khác kép −2,1 ngày" was cut off by the chart's edge.
									label: { formatter: input.estimate.label, color: theme.palette[2], position: 'insideEndTop' as const }
								}
							]
						]
					: [])
				// ECharts' markLine data mixes single lines and [from, to] pairs; its type cannot say so.
			] as never
		},
		markArea: areas.length
			? {
					silent: true,
					data: areas.map((m) => [
						{
							xAxis: cat(m.fromK),
							name: m.label,
							itemStyle: { color: markerColor[m.kind], opacity: 0.1 },
							label: { color: markerColor[m.kind] }
						},
						{ xAxis: cat(m.toK) }
					]) as never
				}
			: undefined
	};
	const series: SeriesOption[] = [
		bandSeries(
			input.points.map((p) => ({ low: p.bandLow, high: p.bandHigh })),
			labels.band,
			theme.band
		),
		gapSeries
	];
	return {
		animation: false,
		grid: { left: 8, right: 24, top: 40, bottom: 28, containLabel: true },
		legend: { top: 0, data: [labels.gap, labels.band], textStyle: { color: theme.text } },
		tooltip: {
			trigger: 'axis',
			backgroundColor: theme.surface,
			borderColor: theme.grid,
			textStyle: { color: theme.text },
			formatter: (params: unknown) => {
				const list = (Array.isArray(params) ? params : [params]) as AxisParam[];
				// The gap series has one item per month (the band's items are only its months with a band).
				const index = (list.find((p) => p.seriesName === labels.gap) ?? list[0])?.dataIndex ?? 0;
				const point = input.points[index];
				if (!point) return '';
				const rows = [{ label: labels.gap, value: point.gap === null ? '—' : format(point.gap), color: theme.accent }];
				if (point.bandLow !== null && point.bandHigh !== null) {
					rows.push({ label: labels.band, value: `${format(point.bandLow)} … ${format(point.bandHigh)}`, color: theme.muted });
				}
				return tooltipHtml(labels.month(point.k), rows);
			}
		},
		xAxis: {
			type: 'category',
			name: labels.axis,
			nameLocation: 'middle',
			nameGap: 24,
			nameTextStyle: { color: theme.muted },
			data: ks.map(cat),
			boundaryGap: false,
			axisLine: { lineStyle: { color: theme.grid } },
			axisTick: { show: false },
			axisLabel: { color: theme.muted, hideOverlap: true }
		},
		yAxis: {
			type: 'value',
			scale: true,
			splitLine: { lineStyle: { color: theme.grid } },
			axisLabel: { color: theme.muted, formatter: (v: number) => format(v) }
		},
		series
	};
}
