// Option builder of the ranking dot-and-whisker chart: one row per province sorted by value,
// a dot for the estimate, a whisker for its 95 % interval, the national value as a line.
// Colour says only whether the interval excludes the national value; a province whose interval
// includes it is grey ("not distinguishable"), never coloured better or worse.
import type { EChartsOption } from 'echarts';
import { provinceCategoryAxis } from './province-axis';
import type { ChartTheme } from './chart-theme';
import { escapeHtml, tooltipHtml, type TooltipLine } from './escape-html';

export type Comparison = 'above' | 'below' | 'indistinguishable';
export const COMPARISONS: readonly Comparison[] = ['above', 'indistinguishable', 'below'];

/** Above and below in two distinct hues; not distinguishable in the theme's neutral grey. */
export function comparisonColors(theme: ChartTheme): Record<Comparison, string> {
	return { above: '#1f6feb', indistinguishable: theme.muted, below: '#d97706' };
}

export interface DotWhiskerPoint {
	code: string;
	/** Display name (from data: treated as text). */
	name: string;
	value: number;
	lower: number;
	upper: number;
	comparison: Comparison;
	/** Extra tooltip lines, already formatted ("Rank", "3 (1–6)"). */
	details: readonly (readonly [string, string])[];
}

export interface DotWhiskerInput {
	points: readonly DotWhiskerPoint[];
	national: number | null;
	/** Code of the province to emphasise. */
	highlight?: string | null;
	labels: Record<Comparison, string> & { national: string; interval: string; value: string };
	formatValue: (value: number) => string;
	theme: ChartTheme;
}

/** Points sorted for the chart: highest value first, ties by code (a stable order). */
export function sortPoints(points: readonly DotWhiskerPoint[]): DotWhiskerPoint[] {
	return [...points].sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
}

export function buildDotWhiskerOption(input: DotWhiskerInput): EChartsOption {
	const points = sortPoints(input.points);
	const byCode = new Map(points.map((p) => [p.code, p]));
	const codes = points.map((p) => p.code);
	const { formatValue, labels, theme } = input;
	const colors = comparisonColors(theme);
	const values = points.flatMap((p) => [p.lower, p.upper]);
	if (input.national !== null) values.push(input.national);
	const span = values.length ? Math.max(...values) - Math.min(...values) : 1;
	const pad = Math.max(span * 0.05, 0.005);

	const tooltipFor = (code: string): string => {
		const p = byCode.get(code);
		if (!p) return '';
		const lines: TooltipLine[] = [
			{ label: labels.value, value: formatValue(p.value), color: colors[p.comparison] },
			{ label: labels.interval, value: `${formatValue(p.lower)} – ${formatValue(p.upper)}` },
			...p.details.map(([label, value]) => ({ label, value }))
		];
		return `${tooltipHtml(p.name, lines)}<div>${escapeHtml(labels[p.comparison])}</div>`;
	};

	return {
		animation: false,
		// The category axis is inverted (best on top), so the line's 'start' label sits at the top.
		grid: { left: 8, right: 24, top: 52, bottom: 24, containLabel: true },
		legend: { top: 0, data: COMPARISONS.map((c) => labels[c]), textStyle: { color: theme.text } },
		tooltip: {
			trigger: 'item',
			confine: true,
			backgroundColor: theme.surface,
			borderColor: theme.grid,
			textStyle: { color: theme.text },
			formatter: (params: unknown) => tooltipFor(codeOf(params))
		},
		xAxis: {
			type: 'value',
			min: values.length ? Math.max(0, Math.min(...values) - pad) : 0,
			max: values.length ? Math.min(1, Math.max(...values) + pad) : 1,
			splitLine: { lineStyle: { color: theme.grid } },
			axisLabel: { color: theme.muted, formatter: (v: number) => formatValue(v) }
		},
		yAxis: provinceCategoryAxis(points, input.highlight, theme),
		series: [
			// The whisker: an invisible bar up to the lower bound, a thin visible one to the upper.
			{
				type: 'bar',
				stack: 'interval',
				silent: true,
				barWidth: 3,
				itemStyle: { color: 'transparent' },
				data: points.map((p) => p.lower)
			},
			{
				type: 'bar',
				stack: 'interval',
				silent: true,
				barWidth: 3,
				data: points.map((p) => ({
					value: p.upper - p.lower,
					itemStyle: { color: colors[p.comparison], opacity: 0.55 }
				}))
			},
			...COMPARISONS.map((comparison, i) => ({
				type: 'scatter' as const,
				name: labels[comparison],
				color: colors[comparison],
				symbolSize: 9,
				z: 3,
				data: points
					.filter((p) => p.comparison === comparison)
					.map((p) => ({
						value: [p.value, codes.indexOf(p.code)],
						code: p.code,
						symbolSize: p.code === input.highlight ? 15 : 9,
						itemStyle: p.code === input.highlight ? { borderColor: theme.text, borderWidth: 2 } : undefined
					})),
				...(i === 0 && input.national !== null
					? {
							markLine: {
								silent: true,
								symbol: 'none',
								lineStyle: { color: theme.text, type: 'dashed' as const },
								label: { color: theme.text, formatter: `${labels.national}: ${formatValue(input.national)}`, position: 'start' as const },
								data: [{ xAxis: input.national }]
							}
						}
					: {})
			}))
		]
	};
}

/** The province code carried by a hovered scatter item. */
function codeOf(params: unknown): string {
	const data = (params as { data?: { code?: unknown } }).data;
	return typeof data?.code === 'string' ? data.code : '';
}
