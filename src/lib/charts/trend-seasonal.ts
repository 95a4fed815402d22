// Option builder for the seasonality chart of one line: the month's value, the same month a year
// earlier (dashed) and the 12-month rolling figure (thick, muted), with the event marks.
import type { EChartsOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import type { TrendEvent } from './annotations';
import { buildTrendLineOption } from './trend-lines';

export interface SeasonalChartInput {
	months: readonly string[];
	current: readonly (number | null)[];
	previousYear: readonly (number | null)[];
	rolling: readonly (number | null)[];
	labels: { current: string; previousYear: string; rolling: string };
	format: (value: number) => string;
	monthLabel: (month: string) => string;
	theme: ChartTheme;
	events?: readonly TrendEvent[];
	eventLabel?: (event: TrendEvent) => string;
	zeroBased?: boolean;
}

export function buildSeasonalOption(input: SeasonalChartInput): EChartsOption {
	const option = buildTrendLineOption({
		months: input.months,
		lines: [
			{ id: 'current', name: input.labels.current, values: input.current },
			{ id: 'previous_year', name: input.labels.previousYear, values: input.previousYear },
			{ id: 'rolling', name: input.labels.rolling, values: input.rolling }
		],
		format: input.format,
		monthLabel: input.monthLabel,
		theme: input.theme,
		events: input.events,
		eventLabel: input.eventLabel,
		zeroBased: input.zeroBased
	});
	const [current, previous, rolling] = option.series as Record<string, unknown>[];
	current.color = input.theme.accent;
	Object.assign(previous, { color: input.theme.palette[1], lineStyle: { width: 2, type: 'dashed' }, symbolSize: 4 });
	Object.assign(rolling, { color: input.theme.muted, lineStyle: { width: 4, type: 'solid', opacity: 0.7 }, showSymbol: false });
	return option;
}
