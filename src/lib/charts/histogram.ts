// Option builder for the processing-time histogram of one month: bars per whole working day (the
// last bin open-ended), vertical marks at the median and the 90th percentile, escaped tooltips.
import type { EChartsOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { tooltipHtml } from './escape-html';

export interface HistogramBin {
	/** Lower edge in working days (0, 1, 2, …). */
	bin: number;
	/** The last bin holds every value ≥ its edge. */
	openEnd: boolean;
	n: number;
	share: number;
}

export interface HistogramInput {
	bins: readonly HistogramBin[];
	median: number | null;
	p90: number | null;
	/** Texts in the reader's language. */
	labels: { dossiers: string; share: string; median: string; p90: string };
	/** Bin label: '3' or '≥ 15' style (already localised). */
	binLabel: (bin: HistogramBin) => string;
	formatCount: (n: number) => string;
	formatShare: (share: number) => string;
	formatDays: (days: number) => string;
	theme: ChartTheme;
}

/** The index of the bin holding `days` (bins are consecutive from 0). */
export function binIndexOf(bins: readonly HistogramBin[], days: number): number {
	const last = bins.length - 1;
	const i = bins.findIndex((b, k) => days < b.bin + 1 || (k === last && b.openEnd));
	return i < 0 ? last : i;
}

export function buildHistogramOption(input: HistogramInput): EChartsOption {
	const { theme, bins } = input;
	const categories = bins.map((b) => input.binLabel(b));
	const marks: Record<string, unknown>[] = [];
	for (const [value, name, color] of [
		[input.median, input.labels.median, theme.palette[1]],
		[input.p90, input.labels.p90, theme.palette[4] ?? theme.text]
	] as const) {
		if (value === null || !bins.length) continue;
		const text = `${name}: ${input.formatDays(value)}`;
		marks.push({
			name: text,
			xAxis: binIndexOf(bins, value),
			lineStyle: { color, type: 'dashed', width: 1.5 },
			label: { formatter: () => text, position: 'insideEndTop', color, fontSize: 11 }
		});
	}
	return {
		animation: false,
		grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			backgroundColor: theme.surface,
			borderColor: theme.grid,
			textStyle: { color: theme.text },
			formatter: (params: unknown) => {
				const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
				const bin = bins[first?.dataIndex ?? -1];
				if (!bin) return '';
				return tooltipHtml(categories[first?.dataIndex ?? 0], [
					{ label: input.labels.dossiers, value: input.formatCount(bin.n) },
					{ label: input.labels.share, value: input.formatShare(bin.share) }
				]);
			}
		},
		xAxis: {
			type: 'category',
			data: categories,
			axisLine: { lineStyle: { color: theme.grid } },
			axisTick: { show: false },
			axisLabel: { color: theme.muted, hideOverlap: true }
		},
		yAxis: {
			type: 'value',
			splitLine: { lineStyle: { color: theme.grid } },
			axisLabel: { color: theme.muted, formatter: (v: number) => input.formatCount(v) }
		},
		series: [
			{
				type: 'bar',
				name: input.labels.dossiers,
				data: bins.map((b) => b.n),
				color: theme.accent,
				barCategoryGap: '8%',
				markLine: { silent: true, symbol: ['none', 'none'], animation: false, data: marks }
			}
		]
	};
}
