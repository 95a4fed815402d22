import { describe, expect, it } from 'vitest';
import { composeSvg, escapeXml, imageLayout, wrapText, type Measure } from './chart-image-layout';
import { fixtureLabels, fixtureMeta } from './export-fixture';

/** Every character 0.5 em wide: widths are easy to count by hand. */
const measure: Measure = (text, size) => text.length * size * 0.5;

describe('wrapText', () => {
	it('breaks between words at the width', () => {
		// 10 px font: 5 px a character, 60 px = 12 characters a line.
		expect(wrapText('một hai ba bốn năm sáu', 60, 10, false, measure)).toEqual(['một hai ba', 'bốn năm sáu']);
		expect(wrapText('', 60, 10, false, measure)).toEqual([]);
	});
});

describe('imageLayout', () => {
	it('puts title, demo badge and filters above the chart, source and link below', () => {
		const layout = imageLayout(fixtureMeta, fixtureLabels, { width: 600, height: 300 }, measure);
		expect(layout.width).toBe(632);
		expect(layout.lines[0]).toMatchObject({ text: fixtureMeta.title, bold: true, size: 16 });
		expect(layout.badge?.text.text).toBe('DỮ LIỆU MÔ PHỎNG / SIMULATED DATA');
		expect(layout.badge!.y).toBeGreaterThan(layout.lines[0].y);
		const texts = layout.lines.map((l) => l.text);
		expect(texts).toContain('Kỳ số liệu: 2024-01/2024-12 · Địa giới: 34 tỉnh (hiện hành)');
		expect(texts).toContain('Nguồn: Dữ liệu mô phỏng · Ngày trích xuất dữ liệu: 2025-01-10');
		expect(texts.at(-1)).toBe(fixtureMeta.url);
		const below = layout.lines.filter((l) => l.y > layout.chart.y);
		expect(below.every((l) => l.y > layout.chart.y + layout.chart.height)).toBe(true);
		expect(layout.height).toBeGreaterThan(layout.chart.y + layout.chart.height);
	});
	it('has no badge for imported data', () => {
		expect(imageLayout({ ...fixtureMeta, source: 'import' }, fixtureLabels, { width: 600, height: 300 }, measure).badge).toBeNull();
	});
});

describe('composeSvg', () => {
	it('nests the chart SVG at its place and escapes every text', () => {
		const layout = imageLayout({ ...fixtureMeta, title: 'A <b> & "c"' }, fixtureLabels, { width: 400, height: 200 }, measure);
		const svg = composeSvg(layout, '<svg width="400" height="200"><rect/></svg>', 'Noto "Sans"', 'A <b> & "c"');
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain(`<svg x="${layout.chart.x}" y="${layout.chart.y}" width="400" height="200"><rect/></svg>`);
		expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('DỮ LIỆU MÔ PHỎNG / SIMULATED DATA');
		expect(escapeXml(`'`)).toBe('&apos;');
	});
});
