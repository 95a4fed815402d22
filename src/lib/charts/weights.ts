// Option builders for the synthetic control: the donors' weights as horizontal bars (largest on
// top) and the pre-period fit (the pilot and its synthetic control over the months). Names come
// from data and are only ever shown as text (axis labels) or escaped (tooltips).
import type { EChartsOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { tooltipHtml } from './escape-html';

export interface WeightBar {
	name: string;
	weight: number;
}

export interface WeightsInput {
	bars: readonly WeightBar[];
	labels: { weight: string };
	formatWeight: (weight: number) => string;
	theme: ChartTheme;
}

export function buildWeightsOption(input: WeightsInput): EChartsOption {
	const { theme } = input;
	// ECharts draws the first category at the bottom: reverse so the largest weight is on top.
	const bars = [...input.bars].sort((a, b) => a.weight - b.weight);
	return {
		animation: false,
		grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'item',
			backgroundColor: theme.surface,
			borderColor: theme.grid,
			textStyle: { color: theme.text },
			formatter: (p: unknown) => {
				const bar = bars[(p as { dataIndex: number }).dataIndex];
				return bar ? tooltipHtml(bar.name, [{ label: input.labels.weight, value: input.formatWeight(bar.weight) }]) : '';
			}
		},
		xAxis: {
			type: 'value',
			min: 0,
			max: 1,
			axisLabel: { color: theme.muted, formatter: (v: number) => input.formatWeight(v) },
			splitLine: { lineStyle: { color: theme.grid } }
		},
		yAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { color: theme.text }, axisTick: { show: false } },
		series: [
			{
				type: 'bar',
				name: input.labels.weight,
				data: bars.map((b) => b.weight),
				color: theme.accent,
				barMaxWidth: 18,
				label: {
					show: true,
					position: 'right',
					color: theme.text,
					formatter: (p: { value: unknown }) => input.formatWeight(Number(p.value))
				}
			}
		]
	};
}

export interface FitInput {
	/** Month labels (formatted) and the two series. */
	categories: readonly string[];
	treated: readonly (number | null)[];
	synthetic: readonly (number | null)[];
	/** Index of the start month (a vertical marker), or null. */
	startIndex: number | null;
	labels: { treated: string; synthetic: string; start: string };
	format: (value: number) => string;
	theme: ChartTheme;
}

export function buildSyntheticFitOption(input: FitInput): EChartsOption {
	const { theme, labels, format } = input;
	return {
		animation: false,
		grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
		legend: { top: 0, data: [labels.treated, labels.synthetic], textStyle: { color: theme.text } },
		tooltip: {
			trigger: 'axis',
			backgroundColor: theme.surface,
			borderColor: theme.grid,
			textStyle: { color: theme.text },
			formatter: (params: unknown) => {
				const list = (Array.isArray(params) ? params : [params]) as { dataIndex: number }[];
				const i = list[0]?.dataIndex ?? 0;
				const value = (v: number | null | undefined) => (typeof v === 'number' ? format(v) : '—');
				return tooltipHtml(input.categories[i] ?? '', [
					{ label: labels.treated, value: value(input.treated[i]), color: theme.palette[0] },
					{ label: labels.synthetic, value: value(input.synthetic[i]), color: theme.palette[1] }
				]);
			}
		},
		xAxis: {
			type: 'category',
			data: [...input.categories],
			boundaryGap: false,
			axisLabel: { color: theme.muted, hideOverlap: true },
			axisLine: { lineStyle: { color: theme.grid } }
		},
		yAxis: {
			type: 'value',
			scale: true,
			splitLine: { lineStyle: { color: theme.grid } },
			axisLabel: { color: theme.muted, formatter: (v: number) => format(v) }
		},
		series: [
			{
				type: 'line',
				name: labels.treated,
				data: [...input.treated],
				color: theme.palette[0],
				symbolSize: 4,
				markLine:
					input.startIndex === null
						? undefined
						: {
								silent: true,
								symbol: 'none',
								data: [{ xAxis: input.categories[input.startIndex], label: { formatter: labels.start, color: theme.text } }],
								lineStyle: { color: theme.text, type: 'dashed' }
							}
			},
			{
				type: 'line',
				name: labels.synthetic,
				data: [...input.synthetic],
				color: theme.palette[1],
				lineStyle: { type: 'dashed' },
				symbolSize: 4
			}
		]
	};
}
