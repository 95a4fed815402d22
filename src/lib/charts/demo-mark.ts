// The "simulated data" mark drawn into a chart whenever the data is the demo set: one ECharts
// `graphic` text in the middle of the chart, behind the series (so it never covers a line or a
// bar) and, in two short centred lines, clear of the axis labels even on a phone; muted but
// legible. Page charts and downloaded images get it from here alone.
import type { EChartsOption } from 'echarts';

/** The graphic's id, so tests and the image export can find it. */
export const DEMO_MARK_ID = 'reform-lens-demo-mark';

export function demoMarkGraphic(text: string, color: string, fontFamily: string) {
	return {
		type: 'text' as const,
		id: DEMO_MARK_ID,
		left: 'center',
		top: 'middle',
		z: -10,
		silent: true,
		style: {
			// "DỮ LIỆU MÔ PHỎNG / SIMULATED DATA" as two lines: half as wide.
			text: text.replace(' / ', '\n'),
			fill: color,
			opacity: 0.55,
			fontSize: 13,
			lineHeight: 17,
			align: 'center' as const,
			fontWeight: 'bold' as const,
			fontFamily
		}
	};
}

/** The option with the mark added to its graphics (none when `text` is null: real data). */
export function withDemoMark(option: EChartsOption, text: string | null, color: string, fontFamily: string): EChartsOption {
	if (!text) return option;
	const existing = option.graphic === undefined ? [] : Array.isArray(option.graphic) ? option.graphic : [option.graphic];
	return { ...option, graphic: [...existing, demoMarkGraphic(text, color, fontFamily)] } as EChartsOption;
}
