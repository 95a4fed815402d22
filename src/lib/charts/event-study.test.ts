import { describe, expect, it } from 'vitest';
import { buildEventStudyOption } from './event-study';
import type { SeriesOption } from 'echarts';
import { LIGHT_CHART_THEME } from './chart-theme';
import { drawnBand } from '../test-support/drawn-band';
import type { bandSeries } from './event-band';

// Bands straddling 0 and wholly below it (month −2 is the defect's −0.54…+0.47), one missing.
const bands: [number, number][] = [
	[-0.54, 0.47],
	[-1.2, -0.3],
	[-1, 1.5],
	[-3.1, -1.4]
];
const points = [-2, -1, 0, 1, 2].map((k, i) => ({
	k,
	gap: k < 0 ? 0.1 * k : -2,
	bandLow: k === 2 ? null : bands[i][0],
	bandHigh: k === 2 ? null : bands[i][1]
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
	it('draws the placebo band from its lower to its upper bound in every month, none where it is missing', () => {
		const series = build().series as SeriesOption[];
		expect(series.filter((s) => 'stack' in s && s.stack)).toEqual([]);
		const band = series.find((s) => s.type === 'custom') as ReturnType<typeof bandSeries>;
		const drawn = drawnBand(band);
		points.forEach((p, i) => {
			if (p.bandLow === null || p.bandHigh === null) expect(drawn.has(i)).toBe(false);
			else expect(drawn.get(i), `month ${p.k}`).toEqual({ low: p.bandLow, high: p.bandHigh });
		});
		expect((series[1] as { data: unknown }).data).toEqual(points.map((p) => p.gap));
	});

	it('draws single-month markers as lines, spans as areas, and the estimate over its window', () => {
		const gap = (build().series as { markLine: { data: unknown[] }; markArea: { data: unknown[] } }[])[1];
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
