// Option builder of the dossier ranking chart: one bar per province, best first, coloured by
// quartile as PAPI does (darkest = best quarter), with the number of dossiers behind each
// figure in the tooltip.
import type { EChartsOption } from 'echarts';
import { provinceCategoryAxis } from './province-axis';
import type { ChartTheme } from './chart-theme';
import { escapeHtml, tooltipHtml, type TooltipLine } from './escape-html';

export type Quartile = 1 | 2 | 3 | 4;

/** Quartile 1 = the best quarter of provinces for the indicator. */
export const QUARTILE_COLORS: Record<Quartile, string> = {
	1: '#08519c',
	2: '#4292c6',
	3: '#9ecae1',
	4: '#c6dbef'
};

export interface RankingBarPoint {
	code: string;
	/** Display name (from data: treated as text). */
	name: string;
	value: number;
	quartile: Quartile;
	/** Extra tooltip lines, already formatted (e.g. ["Dossiers", "1 234"]). */
	details: readonly (readonly [string, string])[];
}

export interface RankingBarsInput {
	points: readonly RankingBarPoint[];
	/** Whether a higher value is better (online share) or worse (median days). */
	higherIsBetter: boolean;
	highlight?: string | null;
	labels: { value: string; quartile: Record<Quartile, string> };
	formatValue: (value: number) => string;
	/** Upper end of the axis (1 for shares); omitted: from the data. */
	axisMax?: number;
	theme: ChartTheme;
}

/** Best first; ties by code so the order is stable. */
export function sortBars(points: readonly RankingBarPoint[], higherIsBetter: boolean): RankingBarPoint[] {
	const sign = higherIsBetter ? -1 : 1;
	return [...points].sort((a, b) => sign * (a.value - b.value) || a.code.localeCompare(b.code));
}

export function buildRankingBarsOption(input: RankingBarsInput): EChartsOption {
	const points = sortBars(input.points, input.higherIsBetter);
	const byCode = new Map(points.map((p) => [p.code, p]));
	const { labels, formatValue, theme } = input;
	const quartiles: Quartile[] = [1, 2, 3, 4];
	return {
		animation: false,
		grid: { left: 8, right: 24, top: 36, bottom: 32, containLabel: true },
		// One empty scatter series per quartile gives the legend its colour key without
		// taking a bar slot.
		legend: { top: 0, data: quartiles.map((q) => labels.quartile[q]), selectedMode: false, textStyle: { color: theme.text } },
		tooltip: {
			trigger: 'item',
			confine: true,
			backgroundColor: theme.surface,
			borderColor: theme.grid,
			textStyle: { color: theme.text },
			formatter: (params: unknown) => {
				const code = (params as { data?: { code?: unknown } }).data?.code;
				const p = typeof code === 'string' ? byCode.get(code) : undefined;
				if (!p) return '';
				const lines: TooltipLine[] = [
					{ label: labels.value, value: formatValue(p.value), color: QUARTILE_COLORS[p.quartile] },
					...p.details.map(([label, value]) => ({ label, value }))
				];
				return `${tooltipHtml(p.name, lines)}<div>${escapeHtml(labels.quartile[p.quartile])}</div>`;
			}
		},
		xAxis: {
			type: 'value',
			min: 0,
			...(input.axisMax !== undefined ? { max: input.axisMax } : {}),
			splitLine: { lineStyle: { color: theme.grid } },
			axisLabel: { color: theme.muted, formatter: (v: number) => formatValue(v) }
		},
		yAxis: provinceCategoryAxis(points, input.highlight, theme),
		series: [
			{
				type: 'bar',
				barMaxWidth: 14,
				data: points.map((p) => ({
					value: p.value,
					code: p.code,
					itemStyle: {
						color: QUARTILE_COLORS[p.quartile],
						...(p.code === input.highlight ? { borderColor: theme.text, borderWidth: 2 } : {})
					}
				}))
			},
			...quartiles.map((q) => ({
				type: 'scatter' as const,
				name: labels.quartile[q],
				color: QUARTILE_COLORS[q],
				data: [] as number[]
			}))
		]
	};
}
