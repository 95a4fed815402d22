import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { fitChartToWidth, legendRows } from './chart-layout';

// 7 px per character at 12 px: a stand-in for the canvas measure.
const measure = (text: string) => text.length * 7;
const names = ['Cao hơn cả nước', 'Không phân biệt được', 'Thấp hơn cả nước'];

describe('chart layout', () => {
	it('counts the rows a wrapping legend takes', () => {
		// items: 25 + 5 + 105 = 135, 25 + 5 + 140 = 170, 135; gaps 10 → 135 + 10 + 170 + 10 + 135 = 460
		expect(legendRows(names, 1200, measure)).toBe(1);
		expect(legendRows(names, 390, measure)).toBe(2);
		expect(legendRows(names, 160, measure)).toBe(3);
		expect(legendRows([], 390, measure)).toBe(0);
	});

	it('moves the plot down by the legend rows it adds, keeping the builder’s own room', () => {
		const option: EChartsOption = {
			grid: { top: 52, left: 8 },
			legend: { top: 0, data: names },
			xAxis: { type: 'value', axisLabel: { color: '#000' } },
			yAxis: { type: 'category', axisLabel: { interval: 0 } }
		};
		const wide = fitChartToWidth(option, 1200, measure) as Record<string, Record<string, unknown>>;
		expect(wide.grid.top).toBe(52);
		const phone = fitChartToWidth(option, 360, measure) as Record<string, Record<string, unknown>>;
		expect(phone.grid.top).toBe(72);
		// Value-axis labels that would touch are dropped, and fewer ticks are asked for on a phone.
		expect(phone.xAxis).toMatchObject({
			splitNumber: 3,
			axisLabel: { hideOverlap: true, alignMinLabel: 'left', alignMaxLabel: 'right', color: '#000' }
		});
		// Province names (one per row, interval 0) all stay.
		expect(phone.yAxis.axisLabel).toEqual({ interval: 0 });
		expect(wide.xAxis.splitNumber).toBeUndefined();
	});

	it('leaves a scrolling legend and a chart without legend alone', () => {
		const option: EChartsOption = { grid: { top: 40 }, legend: { top: 0, type: 'scroll', data: names } };
		expect((fitChartToWidth(option, 200, measure) as { grid: { top: number } }).grid.top).toBe(40);
		expect(fitChartToWidth({ series: [] }, 0, measure)).toEqual({ series: [] });
	});
});

describe('event mark labels', () => {
	it('keeps a mark’s label only when it clears the previous labelled one', () => {
		const day = 86_400_000;
		const min = 0;
		const max = 365 * day;
		const line = (x: number, text: string) => ({ xAxis: x, label: { formatter: text } });
		const option: EChartsOption = {
			grid: { left: 8, right: 24 },
			xAxis: { type: 'time', min, max },
			series: [
				{
					type: 'line',
					data: [],
					// merger (day 181) and pilot end (day 333): 152 days apart
					markLine: { data: [line(181 * day, 'Sáp nhập'), line(333 * day, 'Kết thúc thí điểm'), line(340 * day, 'x')] }
				}
			]
		};
		const labels = (o: EChartsOption) =>
			(o as { series: { markLine: { data: { label: { show?: boolean } }[] } }[] }).series[0].markLine.data.map(
				(d) => d.label.show !== false
			);
		// 1200 px: plot 1112 px, 152 days ≈ 463 px, 7 days ≈ 21 px: all three labelled.
		expect(labels(fitChartToWidth(option, 1200, measure))).toEqual([true, true, true]);
		// 360 px: plot 272 px, 7 days ≈ 5 px: the third is drawn without its label.
		expect(labels(fitChartToWidth(option, 360, measure))).toEqual([true, true, false]);
		// 120 px: plot 32 px, 152 days ≈ 13 px < 16: only the first keeps its label.
		expect(labels(fitChartToWidth(option, 120, measure))).toEqual([true, false, false]);
		// The builder's option itself is left as it was.
		expect(labels(option)).toEqual([true, true, true]);
	});
});

describe('event mark labels on a category axis', () => {
	it('drops a span’s label that would run into the previous one', () => {
		const ks = Array.from({ length: 27 }, (_, i) => String(i - 12));
		const option: EChartsOption = {
			grid: { left: 8, right: 24 },
			xAxis: { type: 'category', data: ks },
			series: [
				{
					type: 'line',
					data: [],
					markArea: {
						data: [
							[{ xAxis: '6', name: 'Sáp nhập 1/7/2025' }, { xAxis: '10' }],
							[{ xAxis: '10', name: 'Kết thúc thí điểm' }, { xAxis: '14' }]
						]
					}
				}
			]
		};
		const shown = (o: EChartsOption) =>
			(o as { series: { markArea: { data: [{ label?: { show?: boolean } }][] } }[] }).series[0].markArea.data.map(
				(pair) => pair[0].label?.show !== false
			);
		// 1200 px: 4 categories ≈ 165 px apart, wider than "Sáp nhập 1/7/2025" (17 × 7 + 6 = 125 px).
		expect(shown(fitChartToWidth(option, 1200, measure))).toEqual([true, true]);
		// 390 px: ≈ 45 px apart: the second label goes.
		expect(shown(fitChartToWidth(option, 390, measure))).toEqual([true, false]);
	});
});
