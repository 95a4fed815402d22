import { describe, expect, it } from 'vitest';
import { buildIndexTrendOption } from './indices-trend';
import type { ChartTheme } from './chart-theme';

const theme = {
	palette: ['#111', '#222'],
	muted: '#777',
	text: '#000',
	grid: '#eee',
	surface: '#fff',
	band: '#ddd',
	font: 'sans'
} as unknown as ChartTheme;

describe('buildIndexTrendOption', () => {
	it('marks the merger and component changes on the years shown, and only those', () => {
		const option = buildIndexTrendOption({
			categories: ['2023', '2024', '2025'],
			series: [
				{ name: 'Hà Giang (63)', values: [75, 90, null] },
				{ name: 'Tuyên Quang (34)', values: [null, null, 88] }
			],
			markers: [
				{ at: '2025', label: '34 units' },
				{ at: '2019', label: 'not shown' }
			],
			format: String,
			theme
		});
		const series = option.series as { markLine?: { data: { xAxis: string }[] }; data: unknown[] }[];
		expect(series[0].markLine?.data.map((d) => d.xAxis)).toEqual(['2025']);
		expect(series[1].markLine).toBeUndefined();
		expect(series[1].data).toEqual([null, null, 88]);
	});
});
