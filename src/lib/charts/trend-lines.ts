// Option builder for the monthly trend chart: one line per province / group, thinner dashed
// context lines (country, regions), event marks, on a UTC time axis with each month's value at
// its middle. Every series has an id ('kind:key') so a click can say which line was picked.
import type { EChartsOption, SeriesOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { tooltipHtml } from './escape-html';
import { eventMarks, monthOfPoint, monthPoint, type TrendEvent } from './annotations';

export interface TrendLine {
	/** Stable id of the line ('unit:01', 'all:'); returned by clicks. */
	id: string;
	/** Legend and tooltip text (escaped in tooltips; plain text in the legend). */
	name: string;
	/** One value per month of `months` (null = nothing to show). */
	values: readonly (number | null)[];
	/** A context line (country, region): drawn thin and dashed. */
	context?: boolean;
}

export interface TrendLineInput {
	/** 'YYYY-MM', ascending. */
	months: readonly string[];
	lines: readonly TrendLine[];
	format: (value: number) => string;
	monthLabel: (month: string) => string;
	theme: ChartTheme;
	events?: readonly TrendEvent[];
	eventLabel?: (event: TrendEvent) => string;
	/** Start the value axis at zero (counts). */
	zeroBased?: boolean;
}

interface AxisParam {
	seriesName?: string;
	seriesId?: string;
	value: unknown;
	color?: unknown;
}

/** First instant of the month after 'YYYY-MM'. */
function monthEnd(month: string): number {
	return Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1);
}

function monthStart(month: string): number {
	return Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
}

/** Axis-trigger tooltip: the month, then each line's value (all text escaped). */
export function trendTooltip(monthLabel: (month: string) => string, format: (v: number) => string) {
	return (params: unknown): string => {
		const list = (Array.isArray(params) ? params : [params]) as AxisParam[];
		const first = list[0]?.value;
		const x = Array.isArray(first) ? Number(first[0]) : NaN;
		const title = Number.isFinite(x) ? monthLabel(monthOfPoint(x)) : '';
		return tooltipHtml(
			title,
			list.map((p) => {
				const y = Array.isArray(p.value) ? p.value[1] : null;
				return {
					label: p.seriesName ?? '',
					value: typeof y === 'number' ? format(y) : '—',
					color: typeof p.color === 'string' ? p.color : undefined
				};
			})
		);
	};
}

/** The time axis over whole months, labelled with month names. */
export function monthTimeAxis(months: readonly string[], monthLabel: (m: string) => string, theme: ChartTheme) {
	return {
		type: 'time' as const,
		min: months.length ? monthStart(months[0]) : undefined,
		max: months.length ? monthEnd(months[months.length - 1]) : undefined,
		axisLine: { lineStyle: { color: theme.grid } },
		splitLine: { show: false },
		axisLabel: { color: theme.muted, hideOverlap: true, formatter: (value: number) => monthLabel(monthOfPoint(value)) }
	};
}

/** Dash patterns and marker shapes for the context lines (regions), so that no two lines look alike. */
const CONTEXT_DASHES: readonly number[][] = [
	[6, 4],
	[2, 3],
	[10, 3, 2, 3],
	[1, 4],
	[12, 5],
	[4, 3, 1, 3]
];
const CONTEXT_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin'] as const;

/**
 * How a line is drawn: chosen lines in the palette's colours, solid; the country (id 'all:') in
 * the text colour, solid and thinner; each other context line (a region) in the muted colour with
 * its own dash and marker. Colour and dash together tell every line apart, in the legend too.
 */
export function lineLook(
	line: Pick<TrendLine, 'id' | 'context'>,
	order: { main: number; context: number },
	theme: ChartTheme
): { color: string; dash: 'solid' | number[]; width: number; symbol: string } {
	if (!line.context) return { color: theme.palette[order.main % theme.palette.length], dash: 'solid', width: 2.5, symbol: 'circle' };
	if (line.id === 'all:') return { color: theme.text, dash: 'solid', width: 1.5, symbol: 'emptyCircle' };
	const i = order.context % CONTEXT_DASHES.length;
	return { color: theme.muted, dash: CONTEXT_DASHES[i], width: 1.5, symbol: CONTEXT_SYMBOLS[i] };
}

export function buildTrendLineOption(input: TrendLineInput): EChartsOption {
	const { theme, months } = input;
	const order = { main: 0, context: 0 };
	const series: SeriesOption[] = input.lines.map((line) => {
		const look = lineLook(line, order, theme);
		if (!line.context) order.main++;
		else if (line.id !== 'all:') order.context++;
		return {
			type: 'line',
			id: line.id,
			name: line.name,
			data: months.map((m, i) => [monthPoint(m), line.values[i] ?? null]),
			showSymbol: true,
			symbol: look.symbol,
			symbolSize: line.context ? 5 : 6,
			connectNulls: false,
			color: look.color,
			lineStyle: { width: look.width, type: look.dash },
			emphasis: { focus: 'series' },
			z: line.context ? 2 : 3
		};
	});
	if (input.events?.length && input.eventLabel && months.length && series.length) {
		const marks = eventMarks(input.events, input.eventLabel, theme, {
			min: monthStart(months[0]),
			max: monthEnd(months[months.length - 1])
		});
		Object.assign(series[0], marks);
	}
	return {
		animation: false,
		useUTC: true,
		grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
		legend: {
			top: 0,
			type: 'scroll',
			data: input.lines.map((l) => l.name),
			textStyle: { color: theme.text }
		},
		tooltip: {
			trigger: 'axis',
			backgroundColor: theme.surface,
			borderColor: theme.grid,
			textStyle: { color: theme.text },
			formatter: trendTooltip(input.monthLabel, input.format)
		},
		xAxis: monthTimeAxis(months, input.monthLabel, theme),
		yAxis: {
			type: 'value',
			scale: !input.zeroBased,
			splitLine: { lineStyle: { color: theme.grid } },
			axisLabel: { color: theme.muted, formatter: (v: number) => input.format(v) }
		},
		series
	};
}
