// Option builder for a monthly line chart: one or more series over category labels, an optional
// shaded interval band, tooltips from escaped text.
import type { EChartsOption, SeriesOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { tooltipHtml } from './escape-html';

export interface LineSeries {
	name: string;
	values: readonly (number | null)[];
	color?: string;
	dashed?: boolean;
}

export interface LineChartInput {
	/** Axis labels (already formatted, e.g. "thg 1 2025"). */
	categories: readonly string[];
	series: readonly LineSeries[];
	/** Formats values for the axis and the tooltip. */
	format: (value: number) => string;
	theme: ChartTheme;
	/** An interval drawn as a band behind the first series. */
	band?: { lower: readonly (number | null)[]; upper: readonly (number | null)[]; name: string };
	/** Formats the value axis labels (default: `format`). */
	axisFormat?: (value: number) => string;
	/** Start the value axis at zero (counts) rather than near the data (rates, days). */
	zeroBased?: boolean;
}

interface AxisParam {
	seriesName?: string;
	seriesIndex?: number;
	dataIndex: number;
	value: unknown;
	color?: unknown;
}

export function buildLineOption(input: LineChartInput): EChartsOption {
	const { theme, format } = input;
	const series: SeriesOption[] = input.series.map((s, i) => ({
		type: 'line',
		name: s.name,
		data: [...s.values],
		showSymbol: input.categories.length <= 24,
		symbolSize: 5,
		connectNulls: false,
		lineStyle: { width: 2, type: s.dashed ? 'dashed' : 'solid' },
		color: s.color ?? theme.palette[i % theme.palette.length],
		z: 3
	}));
	if (input.band) {
		const lower = input.band.lower.map((v) => v);
		const width = input.band.upper.map((u, i) => (u === null || lower[i] === null ? null : u - (lower[i] as number)));
		series.push(
			{
				type: 'line',
				name: `${input.band.name}-base`,
				data: lower,
				stack: 'band',
				symbol: 'none',
				lineStyle: { opacity: 0 },
				silent: true,
				tooltip: { show: false }
			},
			{
				type: 'line',
				name: input.band.name,
				data: width,
				stack: 'band',
				symbol: 'none',
				lineStyle: { opacity: 0 },
				areaStyle: { color: theme.band },
				silent: true,
				tooltip: { show: false }
			}
		);
	}
	const shown = new Set(input.series.map((s) => s.name));
	const axisFormat = input.axisFormat ?? format;
	return {
		animation: false,
		textStyle: { fontFamily: theme.font },
		grid: { left: 8, right: 16, top: input.series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
		legend:
			input.series.length > 1
				? {
						top: 0,
						left: 0,
						icon: 'roundRect',
						itemWidth: 14,
						itemHeight: 3,
						data: input.series.map((s) => s.name),
						textStyle: { color: theme.text }
					}
				: undefined,
		tooltip: {
			trigger: 'axis',
			backgroundColor: theme.surface,
			borderColor: theme.grid,
			textStyle: { color: theme.text },
			formatter: (params: unknown) => {
				const list = (Array.isArray(params) ? params : [params]) as AxisParam[];
				const title = input.categories[list[0]?.dataIndex ?? 0] ?? '';
				const lines = list
					.filter((p) => p.seriesName !== undefined && shown.has(p.seriesName))
					.map((p) => ({
						label: p.seriesName ?? '',
						value: typeof p.value === 'number' ? format(p.value) : '—',
						color: typeof p.color === 'string' ? p.color : undefined
					}));
				return tooltipHtml(title, lines);
			}
		},
		xAxis: {
			type: 'category',
			data: [...input.categories],
			boundaryGap: false,
			axisLine: { lineStyle: { color: theme.grid } },
			axisTick: { show: false },
			axisLabel: { color: theme.muted, hideOverlap: true }
		},
		yAxis: {
			type: 'value',
			scale: !input.zeroBased,
			splitLine: { lineStyle: { color: theme.grid } },
			axisLabel: { color: theme.muted, formatter: (v: number) => axisFormat(v) }
		},
		series
	};
}
