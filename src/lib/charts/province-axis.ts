// The category axis shared by the ranking charts: one row per province, labelled by name (text,
// never HTML), the highlighted province in bold.
import type { ChartTheme } from './chart-theme';

export function provinceCategoryAxis(
	points: readonly { code: string; name: string }[],
	highlight: string | null | undefined,
	theme: ChartTheme
) {
	const byCode = new Map(points.map((p) => [p.code, p.name]));
	return {
		type: 'category' as const,
		inverse: true,
		data: points.map((p) => ({
			value: p.code,
			textStyle: p.code === highlight ? { fontWeight: 'bold' as const, color: theme.text } : {}
		})),
		axisLabel: { color: theme.muted, formatter: (code: string) => byCode.get(code) ?? code, interval: 0 },
		axisLine: { lineStyle: { color: theme.grid } },
		axisTick: { show: false }
	};
}
