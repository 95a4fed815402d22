// The one Svelte action that owns an ECharts instance: init on mount (tree-shaken core with the
// chart kinds the site uses, registered once), a debounced ResizeObserver, `setOption(…, true)`
// on update (in the next animation frame for a chart in or near the viewport; right after that
// frame, or when it comes near, for one out of view), re-init when the theme changes, dispose on
// destroy.
// Usage: <div use:echarts={{ option: (theme) => buildLineOption({ …, theme }) }}></div>
import type { EChartsOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import { readChartTheme } from './chart-theme';
import { recordChartDraw } from '../data/timings';
import { nearView } from './near-view';
import { afterNextFrame, type AfterFrameHandle } from './after-frame';
import { withDemoMark } from './demo-mark';
import { fitChartToWidth, type MeasureText } from './chart-layout';

export interface EchartsParams {
	/** The option, or a function of the theme colours (re-run when the theme changes). */
	option: EChartsOption | ((theme: ChartTheme) => EChartsOption);
	renderer?: 'svg' | 'canvas';
	/** Called with ECharts' event parameters when a data item (point, bar) is clicked. */
	onClick?: (event: { seriesId?: string; seriesName?: string; dataIndex: number; value: unknown; name?: string }) => void;
}

type Core = typeof import('echarts/core');

declare global {
	interface Window {
		/** The ECharts instance drawn in an element, for browser tests (they read the drawn option back). */
		__reformLensChartOf?: (element: Element) => ReturnType<Core['getInstanceByDom']>;
	}
}
let corePromise: Promise<Core> | undefined;

/**
 * The text of the "simulated data" mark for a chart: set by the nearest `data-demo-mark`
 * ancestor (ChartFrame sets it when the manifest's source is demo), null for real data.
 */
export function demoMarkOf(node: Element): string | null {
	return node.closest('[data-demo-mark]')?.getAttribute('data-demo-mark') || null;
}

/** The option a chart node draws, for downloads (they redraw it off-screen at their own size). */
const drawnParams = new WeakMap<Element, EchartsParams>();

export interface ChartSource {
	option: EchartsParams['option'];
	width: number;
	height: number;
}

/** The first chart drawn inside `container`, with its size on the page. */
export function chartSourceIn(container: Element): ChartSource | undefined {
	const nodes = [container, ...container.querySelectorAll('*')];
	const node = nodes.find((n) => drawnParams.has(n));
	if (!node) return undefined;
	return { option: drawnParams.get(node)!.option, width: node.clientWidth, height: node.clientHeight };
}

/** Loads and registers the ECharts parts once (lazily, so pages without charts do not pay). */
export function loadCore(): Promise<Core> {
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
			charts.CustomChart,
			components.GridComponent,
			components.TooltipComponent,
			components.LegendComponent,
			components.MarkLineComponent,
			components.MarkAreaComponent,
			// The demo-data mark (demo-mark.ts) is a graphic element.
			components.GraphicComponent,
			renderers.SVGRenderer,
			renderers.CanvasRenderer
		]);
		window.__reformLensChartOf = (element) => core.getInstanceByDom(element as HTMLElement);
		return core;
	});
	return corePromise;
}

const RESIZE_DEBOUNCE_MS = 80;

let measureContext: CanvasRenderingContext2D | null | undefined;
/** Text widths as ECharts will draw them (a canvas in the chart's font), for chart-layout.ts. */
function textMeasure(font: string): MeasureText {
	measureContext ??= document.createElement('canvas').getContext('2d');
	return (text, fontSize) => {
		if (!measureContext) return text.length * fontSize * 0.6;
		measureContext.font = `${fontSize}px ${font}`;
		return measureContext.measureText(text).width;
	};
}

export function echarts(node: HTMLElement, initial: EchartsParams) {
	let params = initial;
	let chart: ReturnType<Core['init']> | undefined;
	let destroyed = false;
	let resizeTimer: ReturnType<typeof setTimeout> | undefined;
	let frame: number | undefined;
	let later: AfterFrameHandle | undefined;
	/** The option changed since the chart last drew it. */
	let stale = false;
	/** Near the viewport (drawn in the next frame) or not (drawn after it, or when it comes near). */
	let near = true;
	/** In the viewport itself (reported with each draw: the benchmark tells seen charts apart). */
	let onScreen = true;
	/** The chart's test id, or its container's (a KPI card's sparkline), for the benchmark. */
	const name = node.dataset.testid ?? node.parentElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? '';

	drawnParams.set(node, params);
	/** The width the chart was last laid out for (a new width may need another layout). */
	let drawnWidth = 0;
	const optionFor = () => {
		const theme = readChartTheme(node);
		const option = typeof params.option === 'function' ? params.option(theme) : params.option;
		drawnWidth = node.clientWidth;
		return withDemoMark(fitChartToWidth(option, drawnWidth, textMeasure(theme.font)), demoMarkOf(node), theme.muted, theme.font);
	};

	/** setOption paints synchronously (animation is off): its duration is the chart's draw time. */
	function draw(target: NonNullable<typeof chart>, frameTime: number | null) {
		stale = false;
		const t0 = performance.now();
		target.setOption(optionFor(), true);
		recordChartDraw({ chart: name, ms: performance.now() - t0, frame: frameTime, onScreen });
	}

	async function create() {
		const core = await loadCore();
		if (destroyed) return;
		chart?.dispose();
		chart = core.init(node, null, { renderer: params.renderer ?? 'svg' });
		chart.on('click', (event) => params.onClick?.(event as Parameters<NonNullable<EchartsParams['onClick']>>[0]));
		draw(chart, null);
	}
	void create();

	/**
	 * Draws a stale chart: in the next frame if it is near the viewport; otherwise right after
	 * that frame, so the charts in view are painted first. Not in the update itself: the page's
	 * queries go out first (their dispatch waits for this task to end), and a burst of updates
	 * draws once.
	 */
	function schedule() {
		if (!stale || destroyed) return;
		if (near) {
			later?.cancel();
			later = undefined;
			frame ??= requestAnimationFrame((time) => {
				frame = undefined;
				if (!destroyed && chart && stale) draw(chart, time);
			});
		} else {
			later ??= afterNextFrame(() => {
				later = undefined;
				if (!destroyed && chart && stale) draw(chart, null);
			});
		}
	}

	const nearWatch = nearView(node, (isNear) => {
		near = isNear;
		schedule();
	});
	const screenObserver = new IntersectionObserver((entries) => {
		onScreen = entries.at(-1)?.isIntersecting ?? onScreen;
	});
	screenObserver.observe(node);

	const resizeObserver = new ResizeObserver(() => {
		clearTimeout(resizeTimer);
		resizeTimer = setTimeout(() => {
			if (!chart) return;
			chart.resize();
			// The legend's rows and the axes' ticks depend on the width: lay the chart out again.
			if (node.clientWidth !== drawnWidth) draw(chart, null);
		}, RESIZE_DEBOUNCE_MS);
	});
	resizeObserver.observe(node.parentElement ?? node);

	// The theme lives on <html data-theme>; colours are baked into the option, so rebuild.
	const themeObserver = new MutationObserver(() => void create());
	themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

	return {
		update(next: EchartsParams) {
			const rendererChanged = (next.renderer ?? 'svg') !== (params.renderer ?? 'svg');
			params = next;
			drawnParams.set(node, next);
			if (rendererChanged || !chart) {
				void create();
				return;
			}
			stale = true;
			schedule();
		},
		destroy() {
			destroyed = true;
			if (frame !== undefined) cancelAnimationFrame(frame);
			later?.cancel();
			clearTimeout(resizeTimer);
			nearWatch.destroy();
			screenObserver.disconnect();
			resizeObserver.disconnect();
			themeObserver.disconnect();
			chart?.dispose();
		}
	};
}
