// The downloaded chart image, laid out once for both PNG and SVG: the title, the "simulated data"
// badge (demo data), the period and filters above the chart; source, data date and link below.
// Pure: text widths come from a `measure` function (the page's canvas in the browser).
import { periodText, sourceText, type ExportMeta, type MetaLabels } from './export-meta';

export interface TextLine {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	size: number;
	bold: boolean;
	fill: string;
}

export interface ImageLayout {
	width: number;
	height: number;
	chart: { x: number; y: number; width: number; height: number };
	lines: TextLine[];
	/** The demo badge (a filled box with its text), or null for real data. */
	badge: { x: number; y: number; width: number; height: number; fill: string; text: TextLine } | null;
	background: string;
}

export type Measure = (text: string, size: number, bold: boolean) => number;

export const IMAGE_COLORS = { background: '#ffffff', text: '#1f2a37', muted: '#4b5563', badge: '#b42318', badgeText: '#ffffff' };
const PAD = 16;

/** Splits text into lines no wider than `max` (words kept whole; a too-long word gets its own line). */
export function wrapText(text: string, max: number, size: number, bold: boolean, measure: Measure): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = current ? `${current} ${word}` : word;
		if (current && measure(next, size, bold) > max) {
			lines.push(current);
			current = word;
		} else current = next;
	}
	if (current) lines.push(current);
	return lines;
}

export function imageLayout(
	meta: ExportMeta,
	labels: MetaLabels,
	chartSize: { width: number; height: number },
	measure: Measure
): ImageLayout {
	const width = Math.max(360, Math.round(chartSize.width) + 2 * PAD);
	const textWidth = width - 2 * PAD;
	const lines: TextLine[] = [];
	let y = PAD;
	const add = (text: string, size: number, bold: boolean, fill: string) => {
		for (const line of wrapText(text, textWidth, size, bold, measure)) {
			y += Math.round(size * 1.3);
			lines.push({ text: line, x: PAD, y, size, bold, fill });
			y += Math.round(size * 0.25);
		}
	};
	add(meta.title, 16, true, IMAGE_COLORS.text);

	let badge: ImageLayout['badge'] = null;
	if (meta.source === 'demo') {
		const size = 12;
		const boxWidth = Math.min(textWidth, measure(labels.demoMark, size, true) + 16);
		y += 6;
		badge = {
			x: PAD,
			y,
			width: boxWidth,
			height: 22,
			fill: IMAGE_COLORS.badge,
			text: { text: labels.demoMark, x: PAD + 8, y: y + 15, size, bold: true, fill: IMAGE_COLORS.badgeText }
		};
		y += 22;
	}
	const context = [
		meta.period ? `${labels.period}: ${periodText(meta.period)}` : '',
		...meta.filters.map((f) => `${f.label}: ${f.value}`)
	].filter(Boolean);
	if (context.length) {
		y += 4;
		add(context.join(' · '), 12, false, IMAGE_COLORS.muted);
	}
	y += 8;
	const chart = { x: PAD, y, width: Math.round(chartSize.width), height: Math.round(chartSize.height) };
	y += chart.height + 6;
	const source = `${labels.source}: ${sourceText(meta, labels)}${meta.dataDate ? ` · ${labels.dataDate}: ${meta.dataDate}` : ''}`;
	add(source, 11, false, IMAGE_COLORS.muted);
	add(meta.url, 11, false, IMAGE_COLORS.muted);
	return { width, height: y + PAD, chart, lines, badge, background: IMAGE_COLORS.background };
}

export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function svgText(line: TextLine, font: string): string {
	return `<text x="${line.x}" y="${line.y}" font-family="${escapeXml(font)}" font-size="${line.size}"${line.bold ? ' font-weight="bold"' : ''} fill="${line.fill}">${escapeXml(line.text)}</text>`;
}

/** The whole image as one SVG document, the chart's own SVG (ECharts' SVG renderer) nested in it. */
export function composeSvg(layout: ImageLayout, chartSvg: string, font: string, title: string): string {
	const { chart } = layout;
	const nested = chartSvg.replace(/<svg\b/, `<svg x="${chart.x}" y="${chart.y}"`);
	const badge = layout.badge
		? `<rect x="${layout.badge.x}" y="${layout.badge.y}" width="${layout.badge.width}" height="${layout.badge.height}" rx="4" fill="${layout.badge.fill}"/>` +
			svgText(layout.badge.text, font)
		: '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">` +
		`<title>${escapeXml(title)}</title>` +
		`<rect width="100%" height="100%" fill="${layout.background}"/>` +
		layout.lines.map((l) => svgText(l, font)).join('') +
		badge +
		nested +
		`</svg>`
	);
}
