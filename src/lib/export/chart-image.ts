// Chart downloads, loaded on a click only. The chart's own option is drawn again off-screen by
// ECharts' SVG renderer (`ssr: true`, `renderToSVGString`) in the light theme at the size it has
// on the page, with the demo mark for simulated data; the SVG file nests it under the title,
// period and filters, above source and data date. The PNG is that same SVG drawn at 2× pixel
// ratio, so both files always show the same thing.
import type { EChartsOption } from 'echarts';
import { LIGHT_CHART_THEME } from '../charts/chart-theme';
import { withDemoMark } from '../charts/demo-mark';
import { chartSourceIn, loadCore } from '../charts/echarts-action';
import { downloadBlob } from '../components/csv';
import { composeSvg, imageLayout, type Measure } from './chart-image-layout';
import { exportFileName, type ExportMeta, type MetaLabels } from './export-meta';

export const PNG_PIXEL_RATIO = 2;

function canvasMeasure(font: string): Measure {
	const context = document.createElement('canvas').getContext('2d');
	return (text, size, bold) => {
		if (!context) return text.length * size * 0.56;
		context.font = `${bold ? 'bold ' : ''}${size}px ${font}`;
		return context.measureText(text).width;
	};
}

/** The downloadable SVG of the first chart in `container`, with its size. */
export async function chartSvg(
	container: Element,
	meta: ExportMeta,
	labels: MetaLabels
): Promise<{ svg: string; width: number; height: number }> {
	const source = chartSourceIn(container);
	if (!source) throw new Error('no chart to export');
	// ECharts writes the font into a double-quoted style attribute without escaping it: single quotes keep the SVG well-formed.
	const font = (getComputedStyle(document.body).fontFamily || LIGHT_CHART_THEME.font).replace(/"/g, "'");
	const theme = { ...LIGHT_CHART_THEME, font };
	const drawn = typeof source.option === 'function' ? source.option(theme) : source.option;
	// Tooltips are for pointing at a chart on the page; a file has none.
	const option: EChartsOption = withDemoMark(
		{ ...drawn, animation: false, tooltip: undefined },
		meta.source === 'demo' ? labels.demoMark : null,
		theme.muted,
		font
	);
	const core = await loadCore();
	const chart = core.init(null, null, { renderer: 'svg', ssr: true, width: source.width, height: source.height });
	try {
		chart.setOption(option);
		const layout = imageLayout(meta, labels, { width: source.width, height: source.height }, canvasMeasure(font));
		return { svg: composeSvg(layout, chart.renderToSVGString(), font, meta.title), width: layout.width, height: layout.height };
	} finally {
		chart.dispose();
	}
}

export async function downloadChartSvg(container: Element, meta: ExportMeta, labels: MetaLabels): Promise<void> {
	const { svg } = await chartSvg(container, meta, labels);
	downloadBlob(exportFileName(meta, 'svg'), new Blob([svg], { type: 'image/svg+xml' }));
}

/** The PNG bytes: the SVG rasterised at PNG_PIXEL_RATIO (a data: URL, which the CSP's img-src allows). */
export async function chartPng(container: Element, meta: ExportMeta, labels: MetaLabels): Promise<Blob> {
	const { svg, width, height } = await chartSvg(container, meta, labels);
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = width * PNG_PIXEL_RATIO;
	canvas.height = height * PNG_PIXEL_RATIO;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('no 2D canvas');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png')
	);
}

export async function downloadChartPng(container: Element, meta: ExportMeta, labels: MetaLabels): Promise<void> {
	downloadBlob(exportFileName(meta, 'png'), await chartPng(container, meta, labels));
}
