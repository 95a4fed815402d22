import { describe, expect, it } from 'vitest';
import { LIGHT_CHART_THEME as theme } from './chart-theme';
import { escapeHtml, tooltipHtml } from './escape-html';
import { buildLineOption } from './line-chart';
import { buildSparklineOption } from './sparkline';
import { buildBarOption } from './bar-chart';

type Formatter = (params: unknown) => string;
const fmt = (v: number) => v.toFixed(1);
const evil = '<img src=x onerror=alert(1)>';

describe('escapeHtml', () => {
	it('escapes markup and quotes', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
		expect(escapeHtml(null)).toBe('');
	});
	it('builds tooltips from escaped text and drops unsafe colours', () => {
		const html = tooltipHtml(evil, [
			{ label: evil, value: '1', color: 'red;background:url(x)' },
			{ label: 'a', value: '2', color: '#123456' }
		]);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img');
		expect(html).not.toContain('url(x)');
		expect(html).toContain('background:#123456');
	});
});

describe('buildLineOption', () => {
	const option = buildLineOption({
		categories: ['Jan', evil],
		series: [
			{ name: evil, values: [1, null] },
			{ name: 'B', values: [2, 3], dashed: true }
		],
		format: fmt,
		theme,
		band: { lower: [0.5, null], upper: [1.5, null], name: 'CI' }
	});
	const series = option.series as { type: string; name: string; data: unknown[]; stack?: string; lineStyle?: { type?: string } }[];
	it('has one line per series plus the two band layers', () => {
		expect(series.map((s) => s.name)).toEqual([evil, 'B', 'CI-base', 'CI']);
		expect(series[1].lineStyle?.type).toBe('dashed');
		expect(series[3].data).toEqual([1, null]); // band width = upper − lower
		expect(series[3].stack).toBe('band');
	});
	it('formats the tooltip as escaped text, without the band', () => {
		const formatter = (option.tooltip as { formatter: Formatter }).formatter;
		const html = formatter([
			{ seriesName: evil, dataIndex: 1, value: null },
			{ seriesName: 'B', dataIndex: 1, value: 3 },
			{ seriesName: 'CI', dataIndex: 1, value: 9 }
		]);
		expect(html).not.toContain('<img');
		expect(html).toContain('<b>3.0</b>');
		expect(html).toContain('—');
		expect(html).not.toContain('CI');
	});
	it('uses theme colours', () => {
		expect((series[0] as unknown as { color: string }).color).toBe(theme.palette[0]);
	});
});

describe('buildSparklineOption', () => {
	it('marks the last non-null point and escapes the tooltip', () => {
		const option = buildSparklineOption({ values: [1, 2, null], labels: ['a', 'b', 'c'], format: fmt, theme, name: evil });
		const data = (option.series as { data: unknown[] }[])[0].data;
		expect(data[1]).toEqual({ value: 2, symbol: 'circle', symbolSize: 6 });
		expect(data[0]).toBe(1);
		const html = (option.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 1, value: 2 }]);
		expect(html).toBe('<div><b>b</b></div><div>&lt;img src=x onerror=alert(1)&gt;: <b>2.0</b></div>');
	});
});

describe('buildBarOption', () => {
	it('puts categories on the y axis when horizontal, stacks when asked', () => {
		const option = buildBarOption({
			categories: ['x', 'y'],
			series: [{ name: 'n', values: [1, 2] }],
			format: fmt,
			theme,
			horizontal: true,
			stacked: true
		});
		expect((option.yAxis as { type: string }).type).toBe('category');
		expect((option.series as { stack?: string }[])[0].stack).toBe('total');
		const html = (option.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 0, seriesName: evil, value: 1 }]);
		expect(html).toContain('&lt;img');
	});
});
