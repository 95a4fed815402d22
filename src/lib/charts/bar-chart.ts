// Option builder for a simple bar chart (vertical or horizontal) with escaped tooltips.
import type { EChartsOption, SeriesOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { tooltipHtml } from './escape-html';

export interface BarSeries {
	name: string;
	values: readonly (number | null)[];
	color?: string;
}

export interface BarChartInput {
	categories: readonly string[];
	series: readonly BarSeries[];
	format: (value: number) => string;
	theme: ChartTheme;
	/** Bars along the x axis with categories on the y axis (long names, rankings). */
	horizontal?: boolean;
	stacked?: boolean;
}

export function buildBarOption(input: BarChartInput): EChartsOption {
	const { theme, format } = input;
	const categoryAxis = {
		type: 'category' as const,
		data: [...input.categories],
		inverse: input.horizontal,
		axisLine: { lineStyle: { color: theme.grid } },
		axisTick: { show: false },
		axisLabel: { color: theme.muted }
	};
	const valueAxis = {
		type: 'value' as const,
		splitLine: { lineStyle: { color: theme.grid } },
		axisLabel: { color: theme.muted, formatter: (v: number) => format(v) }
	};
	const series: SeriesOption[] = input.series.map((s, i) => ({
		type: 'bar',
		name: s.name,
		data: [...s.values],
		stack: input.stacked ? 'total' : undefined,
		color: s.color ?? theme.palette[i % theme.palette.length],
		itemStyle: { borderRadius: input.horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0], opacity: 0.9 },
		barMaxWidth: 28
	}));
	return {
		animation: false,
		textStyle: { fontFamily: theme.font },
		grid: { left: 8, right: 16, top: input.series.length > 1 ? 36 : 12, bottom: 8, containLabel: true },
		legend: input.series.length > 1 ? { top: 0, textStyle: { color: theme.text } } : undefined,
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			backgroundColor: theme.surface,
			borderColor: theme.grid,
			textStyle: { color: theme.text },
			formatter: (params: unknown) => {
				const list = (Array.isArray(params) ? params : [params]) as {
					dataIndex: number;
					seriesName?: string;
					value: unknown;
					color?: unknown;
				}[];
				return tooltipHtml(
					input.categories[list[0]?.dataIndex ?? 0] ?? '',
					list.map((p) => ({
						label: p.seriesName ?? '',
						value: typeof p.value === 'number' ? format(p.value) : '—',
						color: typeof p.color === 'string' ? p.color : undefined
					}))
				);
			}
		},
		xAxis: input.horizontal ? valueAxis : categoryAxis,
		yAxis: input.horizontal ? categoryAxis : valueAxis,
		series
	};
}
