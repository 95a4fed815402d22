// Option builder for the small trend line inside a KPI card: no axes, the last point marked.
import type { EChartsOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { tooltipHtml } from './escape-html';

export interface SparklineInput {
	values: readonly (number | null)[];
	/** One label per value (formatted month), for the tooltip. */
	labels: readonly string[];
	format: (value: number) => string;
	theme: ChartTheme;
	/** Name of the measure shown in the tooltip. */
	name: string;
}

export function buildSparklineOption(input: SparklineInput): EChartsOption {
	const { theme } = input;
	let last = -1;
	input.values.forEach((v, i) => {
		if (v !== null) last = i;
	});
	return {
		animation: false,
		textStyle: { fontFamily: theme.font },
		grid: { left: 2, right: 6, top: 6, bottom: 4 },
		xAxis: { type: 'category', show: false, boundaryGap: false, data: [...input.labels] },
		yAxis: { type: 'value', show: false, scale: true },
		tooltip: {
			trigger: 'axis',
			confine: true,
			backgroundColor: theme.surface,
			borderColor: theme.grid,
			textStyle: { color: theme.text, fontSize: 12 },
			axisPointer: { type: 'line', lineStyle: { color: theme.grid } },
			formatter: (params: unknown) => {
				const p = (Array.isArray(params) ? params[0] : params) as { dataIndex: number; value: unknown };
				const value = typeof p?.value === 'number' ? input.format(p.value) : '—';
				return tooltipHtml(input.labels[p?.dataIndex ?? 0] ?? '', [{ label: input.name, value }]);
			}
		},
		series: [
			{
				type: 'line',
				data: input.values.map((v, i) => (i === last && v !== null ? { value: v, symbol: 'circle', symbolSize: 6 } : v)),
				symbol: 'none',
				lineStyle: { width: 1.75, color: theme.accent },
				itemStyle: { color: theme.accent },
				areaStyle: { color: theme.band },
				connectNulls: false
			}
		]
	};
}
