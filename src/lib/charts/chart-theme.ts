// Chart colours come from the page's CSS variables (light or dark theme), read when a chart is
// created; the builders take them as plain values so they stay pure and testable.
export interface ChartTheme {
	text: string;
	muted: string;
	grid: string;
	surface: string;
	/** Series colours in order (restrained, colour-blind friendly). */
	palette: string[];
	/** Accent for a single series / the "current" value. */
	accent: string;
	/** Light fill for bands (intervals). */
	band: string;
	dark: boolean;
	/** The page's font stack (charts match the text around them). */
	font: string;
}

export const LIGHT_CHART_THEME: ChartTheme = {
	text: '#1f2a37',
	muted: '#5b6675',
	grid: '#e4e8ee',
	surface: '#ffffff',
	palette: ['#1f6feb', '#d97706', '#0f9d8a', '#9d4edd', '#c2410c', '#64748b'],
	accent: '#1f6feb',
	band: 'rgba(31, 111, 235, 0.14)',
	dark: false,
	font: 'system-ui, sans-serif'
};

/** Reads `--chart-*` and text variables from an element's computed style (browser only). */
export function readChartTheme(element: Element): ChartTheme {
	const style = getComputedStyle(element);
	const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
	const palette = LIGHT_CHART_THEME.palette.map((c, i) => get(`--chart-${i + 1}`, c));
	return {
		text: get('--text', LIGHT_CHART_THEME.text),
		muted: get('--text-muted', LIGHT_CHART_THEME.muted),
		grid: get('--border', LIGHT_CHART_THEME.grid),
		surface: get('--surface', LIGHT_CHART_THEME.surface),
		palette,
		accent: palette[0],
		band: get('--chart-band', LIGHT_CHART_THEME.band),
		dark: document.documentElement.dataset.theme === 'dark',
		font: get('--font', LIGHT_CHART_THEME.font)
	};
}
