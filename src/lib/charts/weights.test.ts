import { describe, expect, it } from 'vitest';
import { buildSyntheticFitOption, buildWeightsOption } from './weights';
import { LIGHT_CHART_THEME } from './chart-theme';

describe('buildWeightsOption', () => {
	it('puts the largest weight on top and escapes names in the tooltip', () => {
		const option = buildWeightsOption({
			bars: [
				{ name: 'Đà Nẵng', weight: 0.6 },
				{ name: '<img src=x onerror=alert(1)>', weight: 0.4 }
			],
			labels: { weight: 'Weight' },
			formatWeight: (w) => `${Math.round(w * 100)} %`,
			theme: LIGHT_CHART_THEME
		});
		const y = option.yAxis as { data: string[] };
		expect(y.data).toEqual(['<img src=x onerror=alert(1)>', 'Đà Nẵng']);
		const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ dataIndex: 0 });
		expect(html).toContain('&lt;img');
		expect(html).not.toContain('<img');
		expect(html).toContain('40 %');
	});
});

describe('buildSyntheticFitOption', () => {
	it('draws the pilot and its synthetic control with a start marker', () => {
		const option = buildSyntheticFitOption({
			categories: ['a', 'b', 'c'],
			treated: [1, 2, 3],
			synthetic: [1.1, 1.9, null],
			startIndex: 2,
			labels: { treated: 'Pilot', synthetic: 'Synthetic', start: 'Start' },
			format: (v) => v.toFixed(1),
			theme: LIGHT_CHART_THEME
		});
		const series = option.series as { data: unknown[]; markLine?: { data: { xAxis: string }[] } }[];
		expect(series[1].data).toEqual([1.1, 1.9, null]);
		expect(series[0].markLine!.data[0].xAxis).toBe('c');
	});
});
