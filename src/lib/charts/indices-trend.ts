// The published-index trend: one line per unit over the years (63-unit provinces before the
// merger, the 34-unit province after it, so the line breaks where the unit changes) with
// vertical markers at the merger and where the index's set of components changes.
import type { EChartsOption, SeriesOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { buildLineOption, type LineSeries } from './line-chart';

export interface TrendMarker {
	/** The category (year label) the marker stands at. */
	at: string;
	label: string;
}

export interface IndexTrendInput {
	categories: readonly string[];
	series: readonly LineSeries[];
	markers: readonly TrendMarker[];
	format: (value: number) => string;
	theme: ChartTheme;
}

export function buildIndexTrendOption(input: IndexTrendInput): EChartsOption {
	const option = buildLineOption({ categories: input.categories, series: input.series, format: input.format, theme: input.theme });
	const series = (option.series as SeriesOption[]) ?? [];
	const markers = input.markers.filter((m) => input.categories.includes(m.at));
	if (series.length > 0 && markers.length > 0) {
		series[0] = {
			...series[0],
			markLine: {
				silent: true,
				symbol: 'none',
				lineStyle: { color: input.theme.muted, type: 'dashed', width: 1 },
				label: { color: input.theme.muted, position: 'insideStartTop', fontSize: 11 },
				data: markers.map((m) => ({ xAxis: m.at, label: { formatter: m.label } }))
			}
		} as SeriesOption;
	}
	// Every year is labelled (a few), and points show even for a single year.
	return { ...option, series, xAxis: { ...(option.xAxis as object), boundaryGap: true } };
}
