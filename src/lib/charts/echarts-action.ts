// The one Svelte action that owns an ECharts instance: init on mount (tree-shaken core with the
// chart kinds the site uses, registered once), a debounced ResizeObserver, `setOption(…, true)`
// on update (once per animation frame, after the change that caused it has been handled), re-init
// when the theme changes, dispose on destroy.
// Usage: <div use:echarts={{ option: (theme) => buildLineOption({ …, theme }) }}></div>
import type { EChartsOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { readChartTheme } from './chart-theme';
import { recordChartDraw } from '../data/timings';

export interface EchartsParams {
	/** The option, or a function of the theme colours (re-run when the theme changes). */
	option: EChartsOption | ((theme: ChartTheme) => EChartsOption);
	renderer?: 'svg' | 'canvas';
	/** Called with ECharts' event parameters when a data item (point, bar) is clicked. */
	onClick?: (event: { seriesId?: string; seriesName?: string; dataIndex: number; value: unknown; name?: string }) => void;
}

type Core = typeof import('echarts/core');
let corePromise: Promise<Core> | undefined;

/** Loads and registers the ECharts parts once (lazily, so pages without charts do not pay). */
function loadCore(): Promise<Core> {
	corePromise ??= Promise.all([
		import('echarts/core'),
		import('echarts/charts'),
		import('echarts/components'),
		import('echarts/renderers')
	]).then(([core, charts, components, renderers]) => {
		core.use([
			charts.LineChart,
			charts.BarChart,
			charts.ScatterChart,
			components.GridComponent,
			components.TooltipComponent,
			components.LegendComponent,
			components.MarkLineComponent,
			components.MarkAreaComponent,
			renderers.SVGRenderer,
			renderers.CanvasRenderer
		]);
		return core;
	});
	return corePromise;
}

const RESIZE_DEBOUNCE_MS = 80;

export function echarts(node: HTMLElement, initial: EchartsParams) {
	let params = initial;
	let chart: ReturnType<Core['init']> | undefined;
	let destroyed = false;
	let resizeTimer: ReturnType<typeof setTimeout> | undefined;
	let frame: number | undefined;

	const optionFor = () => {
		const theme = readChartTheme(node);
		return typeof params.option === 'function' ? params.option(theme) : params.option;
	};

	async function create() {
		const core = await loadCore();
		if (destroyed) return;
		chart?.dispose();
		chart = core.init(node, null, { renderer: params.renderer ?? 'svg' });
		chart.on('click', (event) => params.onClick?.(event as Parameters<NonNullable<EchartsParams['onClick']>>[0]));
		chart.setOption(optionFor(), true);
		recordChartDraw();
	}
	void create();

	const resizeObserver = new ResizeObserver(() => {
		clearTimeout(resizeTimer);
		resizeTimer = setTimeout(() => chart?.resize(), RESIZE_DEBOUNCE_MS);
	});
	resizeObserver.observe(node.parentElement ?? node);

	// The theme lives on <html data-theme>; colours are baked into the option, so rebuild.
	const themeObserver = new MutationObserver(() => void create());
	themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

	return {
		update(next: EchartsParams) {
			const rendererChanged = (next.renderer ?? 'svg') !== (params.renderer ?? 'svg');
			params = next;
			if (rendererChanged || !chart) {
				void create();
				return;
			}
			// Drawn in the next frame, not in the update: the page's queries go out first (their
			// dispatch waits for this task to end), and a burst of updates draws once.
			frame ??= requestAnimationFrame(() => {
				frame = undefined;
				if (destroyed || !chart) return;
				chart.setOption(optionFor(), true);
				recordChartDraw();
			});
		},
		destroy() {
			destroyed = true;
			if (frame !== undefined) cancelAnimationFrame(frame);
			clearTimeout(resizeTimer);
			resizeObserver.disconnect();
			themeObserver.disconnect();
			chart?.dispose();
		}
	};
}
