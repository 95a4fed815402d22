import { describe, expect, it } from 'vitest';
import { buildEventStudyOption } from './event-study';
import { LIGHT_CHART_THEME } from './chart-theme';

const points = [-2, -1, 0, 1, 2].map((k) => ({
	k,
	gap: k < 0 ? 0.1 * k : -2,
	bandLow: k === 2 ? null : -1,
	bandHigh: k === 2 ? null : 1.5
}));

function build(markerLabel = 'Bắt đầu') {
	return buildEventStudyOption({
		points,
		markers: [
			{ kind: 'start', fromK: 0, toK: 0, label: markerLabel },
			{ kind: 'merger', fromK: 1, toK: 2, label: 'Sáp nhập' }
		],
		estimate: { value: -2, fromK: 0, toK: 2, label: 'DiD −2,0' },
		labels: { gap: 'Gap <b>', band: 'Placebo', estimate: 'Estimate', axis: 'Months', month: (k) => `<m${k}>` },
		format: (v) => v.toFixed(1),
		theme: LIGHT_CHART_THEME
	});
}

describe('buildEventStudyOption', () => {
	it('stacks the placebo band as lower + width and keeps missing band months empty', () => {
		const series = build().series as { name: string; data: (number | null)[]; stack?: string }[];
		expect(series[0].data).toEqual([-1, -1, -1, -1, null]);
		expect(series[1].data).toEqual([2.5, 2.5, 2.5, 2.5, null]);
		expect(series[0].stack).toBe(series[1].stack);
		expect(series[2].data).toEqual(points.map((p) => p.gap));
	});

	it('draws single-month markers as lines, spans as areas, and the estimate over its window', () => {
		const gap = (build().series as { markLine: { data: unknown[] }; markArea: { data: unknown[] } }[])[2];
		const data = gap.markLine.data as ({ xAxis?: string; yAxis?: number } | { coord: [string, number] }[])[];
		expect(data).toContainEqual(expect.objectContaining({ yAxis: 0 }));
		expect(data).toContainEqual(expect.objectContaining({ xAxis: '0' }));
		const estimate = data.find(Array.isArray) as { coord: [string, number] }[];
		expect(estimate[0].coord).toEqual(['0', -2]);
		expect(estimate[1].coord).toEqual(['2', -2]);
		const area = gap.markArea.data[0] as { xAxis: string }[];
		expect(area.map((a) => a.xAxis)).toEqual(['1', '2']);
	});

	it('escapes text in the tooltip', () => {
		const tooltip = build().tooltip as { formatter: (p: unknown) => string };
		const html = tooltip.formatter([{ dataIndex: 2, value: -2 }]);
		expect(html).toContain('&lt;m0&gt;');
		expect(html).toContain('Gap &lt;b&gt;');
		expect(html).not.toContain('<m0>');
	});
});
