import { describe, expect, it } from 'vitest';
import { buildDotWhiskerOption, comparisonColors, type DotWhiskerPoint } from './dot-whisker';
import { LIGHT_CHART_THEME } from './chart-theme';

const COMPARISON_COLORS = comparisonColors(LIGHT_CHART_THEME);

const EVIL = '<img src=x onerror="alert(1)">Hà Nội';

const point = (
	code: string,
	name: string,
	value: number,
	lower: number,
	upper: number,
	comparison: DotWhiskerPoint['comparison']
): DotWhiskerPoint => ({
	code,
	name,
	value,
	lower,
	upper,
	comparison,
	details: [['Rank', '1 (1–2)']]
});

const input = {
	points: [
		point('02', 'Hà Giang', 0.7, 0.6, 0.8, 'indistinguishable'),
		point('01', EVIL, 0.9, 0.85, 0.95, 'above'),
		point('79', 'TP. Hồ Chí Minh', 0.5, 0.45, 0.55, 'below')
	],
	national: 0.72,
	highlight: '79',
	labels: {
		above: 'Above',
		below: 'Below',
		indistinguishable: 'Not distinguishable from the national average',
		national: 'National',
		interval: '95 % interval',
		value: 'Index'
	},
	formatValue: (v: number) => `${(v * 100).toFixed(1)} %`,
	theme: LIGHT_CHART_THEME
};

type Series = { type: string; name?: string; data: unknown[]; markLine?: { data: { xAxis: number }[] } };
type Tooltip = { formatter: (p: unknown) => string };

describe('buildDotWhiskerOption', () => {
	const option = buildDotWhiskerOption(input);
	const series = option.series as Series[];
	const categories = (option.yAxis as { data: { value: string; textStyle: object }[] }).data;

	it('sorts provinces by value, highest first', () => {
		expect(categories.map((c) => c.value)).toEqual(['01', '02', '79']);
	});
	it('draws each whisker from the lower to the upper bound', () => {
		expect(series[0].data).toEqual([0.85, 0.6, 0.45]);
		const widths = (series[1].data as { value: number }[]).map((d) => d.value);
		expect(widths.map((w) => Number(w.toFixed(6)))).toEqual([0.1, 0.2, 0.1]);
	});
	it('colours only distinguishable provinces, and grey for the rest', () => {
		const scatter = series.filter((s) => s.type === 'scatter');
		expect(scatter.map((s) => s.name)).toEqual(['Above', 'Not distinguishable from the national average', 'Below']);
		expect(scatter.map((s) => (s.data as { code: string }[]).map((d) => d.code))).toEqual([['01'], ['02'], ['79']]);
		expect(COMPARISON_COLORS.indistinguishable).not.toBe(COMPARISON_COLORS.above);
		expect(COMPARISON_COLORS.indistinguishable).not.toBe(COMPARISON_COLORS.below);
	});
	it('draws the national value as a line', () => {
		expect(series.find((s) => s.markLine)?.markLine?.data).toEqual([{ xAxis: 0.72 }]);
	});
	it('emphasises the highlighted province', () => {
		expect(categories[2].textStyle).toMatchObject({ fontWeight: 'bold' });
		expect(categories[0].textStyle).toEqual({});
	});
	it('puts a province name containing HTML into the tooltip as text', () => {
		const html = (option.tooltip as Tooltip).formatter({ data: { code: '01' } });
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Hà Nội');
		expect(html).toContain('<b>90.0 %</b>');
		expect(html).toContain('85.0 % – 95.0 %');
		expect(html).toContain('Rank: <b>1 (1–2)</b>');
		expect(html).toContain('Above');
	});
	it('shows the raw name on the axis (drawn on canvas as text)', () => {
		const formatter = (option.yAxis as { axisLabel: { formatter: (c: string) => string } }).axisLabel.formatter;
		expect(formatter('01')).toBe(EVIL);
	});
	it('copes with no points and no national value', () => {
		const empty = buildDotWhiskerOption({ ...input, points: [], national: null });
		expect((empty.series as Series[]).some((s) => s.markLine)).toBe(false);
	});
});
