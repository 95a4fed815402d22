// Option builder of the dossier ranking chart: one bar per province, best first, coloured by
// quartile as PAPI does (darkest = best quarter), with the number of dossiers behind each
// figure in the tooltip.
import type { EChartsOption } from 'echarts';
import { escapeHtml, tooltipHtml } from './dot-whisker-text';

export type Quartile = 1 | 2 | 3 | 4;

/** Quartile 1 = the best quarter of provinces for the indicator. */
export const QUARTILE_COLORS: Record<Quartile, string> = {
	1: '#08519c',
	2: '#4292c6',
	3: '#9ecae1',
	4: '#deebf7'
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
}

/** Best first; ties by code so the order is stable. */
export function sortBars(points: readonly RankingBarPoint[], higherIsBetter: boolean): RankingBarPoint[] {
	const sign = higherIsBetter ? -1 : 1;
	return [...points].sort((a, b) => sign * (a.value - b.value) || a.code.localeCompare(b.code));
}

export function buildRankingBarsOption(input: RankingBarsInput): EChartsOption {
	const points = sortBars(input.points, input.higherIsBetter);
	const byCode = new Map(points.map((p) => [p.code, p]));
	const { labels, formatValue } = input;
	const quartiles: Quartile[] = [1, 2, 3, 4];
	return {
		animation: false,
		grid: { left: 8, right: 24, top: 36, bottom: 32, containLabel: true },
		// One empty scatter series per quartile gives the legend its colour key without
		// taking a bar slot.
		legend: { top: 0, data: quartiles.map((q) => labels.quartile[q]), selectedMode: false },
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (params: unknown) => {
				const code = (params as { data?: { code?: unknown } }).data?.code;
				const p = typeof code === 'string' ? byCode.get(code) : undefined;
				if (!p) return '';
				const lines: [string, string][] = [
					[labels.value, formatValue(p.value)],
					...p.details.map(([label, text]) => [label, text] as [string, string])
				];
				return `${tooltipHtml(p.name, lines)}<br>${escapeHtml(labels.quartile[p.quartile])}`;
			}
		},
		xAxis: {
			type: 'value',
			min: 0,
			...(input.axisMax !== undefined ? { max: input.axisMax } : {}),
			axisLabel: { formatter: (v: number) => formatValue(v) }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: points.map((p) => ({
				value: p.code,
				textStyle: p.code === input.highlight ? { fontWeight: 'bold', color: '#000' } : {}
			})),
			axisLabel: { formatter: (code: string) => byCode.get(code)?.name ?? code, interval: 0 },
			axisTick: { show: false }
		},
		series: [
			{
				type: 'bar',
				barMaxWidth: 14,
				data: points.map((p) => ({
					value: p.value,
					code: p.code,
					itemStyle: {
						color: QUARTILE_COLORS[p.quartile],
						...(p.code === input.highlight ? { borderColor: '#000', borderWidth: 2 } : {})
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
