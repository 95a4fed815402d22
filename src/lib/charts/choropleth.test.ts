import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { LIGHT_CHART_THEME } from './chart-theme';
import { QUARTILE_COLORS } from './ranking-bars';
import { buildChoroplethOption, choroplethLegend, unitTooltip, type ChoroplethLabels, type ChoroplethUnit } from './choropleth';
import { quartileClasses } from '../stats/quartiles';
import { archipelagoIslands, geoBounds, topologyToGeoJson } from '../geo/province-geometry';

const EVIL = '<img src=x onerror="alert(1)">Hà Nội';
const LABELS: ChoroplethLabels = {
	value: 'Chỉ số SIPAS',
	quartileHeading: 'Nhóm phần tư',
	quartile: { 1: 'Q1', 2: 'Q2', 3: 'Q3', 4: 'Q4' },
	suppressed: 'Quá ít phiếu',
	noData: 'Không có số liệu',
	attribution: 'Ranh giới: Open Development Vietnam',
	hoangSa: 'Quần đảo Hoàng Sa',
	truongSa: 'Quần đảo Trường Sa'
};
const format = (v: number) => `${(v * 100).toFixed(1)} %`;
const UNITS: ChoroplethUnit[] = [
	{ code: '01', name: EVIL, value: 0.9, suppressed: false },
	{ code: '04', name: 'Cao Bằng', value: 0.8, suppressed: false },
	{ code: '08', name: 'Tuyên Quang', value: 0.7, suppressed: false },
	{ code: '11', name: 'Điện Biên', value: 0.6, suppressed: false },
	{ code: '48', name: 'Đà Nẵng', value: null, suppressed: true },
	{ code: '56', name: 'Khánh Hòa', value: null, suppressed: false }
];
const features = topologyToGeoJson(JSON.parse(readFileSync(new URL('../geo/provinces-34.topo.json', import.meta.url), 'utf8')) as Topology);
const classes = quartileClasses(UNITS, true);
const islands = (['hoangSa', 'truongSa'] as const).map((a, i) => ({ code: ['48', '56'][i], points: archipelagoIslands(features, a) }));
const option = buildChoroplethOption({
	mapName: 'vn-provinces-34',
	bounds: geoBounds(features),
	units: UNITS,
	classes,
	formatValue: format,
	labels: LABELS,
	highlight: '04',
	islands,
	theme: LIGHT_CHART_THEME
});
type Region = { name: string; itemStyle: { areaColor: string; decal?: unknown; borderWidth?: number } };
const geo = option.geo as { map: string; boundingCoords: number[][]; regions: Region[] };
const series = option.series as { id: string; data: { name?: string; value: number[]; label?: { formatter: string } }[] }[];
const region = (code: string) => geo.regions.find((r) => r.name === code) as Region;

describe('choropleth option', () => {
	it('colours each unit by its quartile class; suppressed hatched, no data plain', () => {
		expect(geo.map).toBe('vn-provinces-34');
		expect(region('01').itemStyle.areaColor).toBe(QUARTILE_COLORS[1]);
		expect(region('11').itemStyle.areaColor).toBe(QUARTILE_COLORS[4]);
		expect(region('48').itemStyle.decal).toBeDefined();
		expect(region('56').itemStyle.decal).toBeUndefined();
		expect(region('56').itemStyle.areaColor).not.toBe(region('48').itemStyle.areaColor);
		expect(region('04').itemStyle.borderWidth).toBe(2);
		// Regions are named by code only: no name from data reaches the geometry.
		expect(geo.regions.map((r) => r.name)).toEqual(UNITS.map((u) => u.code));
	});

	it('frames the map to the whole geometry, both archipelagos inside, labelled', () => {
		const [[west, north], [east, south]] = geo.boundingCoords;
		const labels = series.find((s) => s.id === 'archipelagos')?.data ?? [];
		expect(labels.map((d) => d.label?.formatter)).toEqual(['Quần đảo Hoàng Sa', 'Quần đảo Trường Sa']);
		const dots = series.find((s) => s.id === 'islands')?.data ?? [];
		const points = [...dots.map((d) => d.value), ...labels.map((d) => d.value)];
		// Hoàng Sa (~111–113° E, 15.5–17.5° N) and Trường Sa (~111.5–117.5° E, 6–12° N).
		expect(points.some(([x, y]) => x > 111 && x < 113 && y > 15.5 && y < 17.5)).toBe(true);
		expect(points.some(([x, y]) => x > 113 && x < 117.5 && y > 6 && y < 12)).toBe(true);
		for (const [x, y] of points) {
			expect(x).toBeGreaterThanOrEqual(west);
			expect(x).toBeLessThanOrEqual(east);
			expect(y).toBeGreaterThanOrEqual(south);
			expect(y).toBeLessThanOrEqual(north);
		}
		expect(east).toBeGreaterThan(115.5);
		expect((option.title as { text: string }).text).toBe('Ranh giới: Open Development Vietnam');
	});

	it('writes the legend with each class’s bounds, then suppressed and no data', () => {
		expect(choroplethLegend(UNITS, classes, format, LABELS, LIGHT_CHART_THEME).map((e) => [e.key, e.label, e.hatched])).toEqual([
			['q1', 'Q1: 90.0 %', false],
			['q2', 'Q2: 80.0 %', false],
			['q3', 'Q3: 70.0 %', false],
			['q4', 'Q4: 60.0 %', false],
			['suppressed', 'Quá ít phiếu', true],
			['no_data', 'Không có số liệu', false]
		]);
	});

	it('puts names and values in the tooltip as text, never markup', () => {
		const input = { classes, formatValue: format, labels: LABELS, theme: LIGHT_CHART_THEME };
		const html = unitTooltip(UNITS[0], input);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Hà Nội');
		expect(html).toContain('90.0 %');
		expect(html).toContain('Q1');
		expect(unitTooltip(UNITS[4], input)).toContain('Quá ít phiếu');
		// The option's formatter looks the unit up by the region's code.
		const formatter = (option.geo as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter;
		expect(formatter({ componentType: 'geo', name: '01' })).toBe(html);
		expect(formatter({ componentType: 'geo', name: 'nowhere' })).toBe('');
	});
});
