import { describe, expect, it } from 'vitest';
import { LIGHT_CHART_THEME as theme } from './chart-theme';
import { eventMarks, eventsFromRows, monthOfPoint, monthPoint, utcDay, type TrendEvent } from './annotations';
import { buildTrendLineOption, trendTooltip } from './trend-lines';
import { buildSeasonalOption } from './trend-seasonal';
import { binIndexOf, buildHistogramOption, type HistogramBin } from './histogram';

const evil = '<img src=x onerror=alert(1)>';
const fmt = (v: number) => v.toFixed(1);
const monthLabel = (m: string) => `M${m}`;
type Formatter = (params: unknown) => string;

const events: TrendEvent[] = eventsFromRows([
	{ kind: 'tet', date_from: '2024-02-08', date_to: '2024-02-14', code: '', name_vi: '', name_en: '', illustrative: false },
	{ kind: 'pilot_start', date_from: '2024-09-16', date_to: '2024-09-16', code: '22', name_vi: evil, name_en: 'QN', illustrative: true },
	{ kind: 'merger', date_from: '2025-07-01', date_to: '2025-07-01', code: '', name_vi: '', name_en: '', illustrative: false },
	{ kind: 'bogus', date_from: '2025-07-01', date_to: '2025-07-01', code: '', name_vi: '', name_en: '', illustrative: false }
]);

describe('annotations', () => {
	it('reads event rows and drops unknown kinds', () => {
		expect(events.map((e) => e.kind)).toEqual(['tet', 'pilot_start', 'merger']);
		expect(events[1]).toMatchObject({ code: '22', illustrative: true, nameVi: evil });
	});

	it('places months at mid-month in UTC and back', () => {
		expect(new Date(monthPoint('2024-02')).toISOString()).toBe('2024-02-15T00:00:00.000Z');
		expect(monthOfPoint(monthPoint('2025-12'))).toBe('2025-12');
	});

	it('shades Tết to the end of its last day and draws lines for the others, within range', () => {
		const marks = eventMarks(events, (e) => `${e.kind}:${e.nameVi}`, theme, { min: utcDay('2024-01-01'), max: utcDay('2025-01-01') });
		const areas = marks.markArea.data as { xAxis: number }[][];
		expect(areas).toHaveLength(1);
		expect(areas[0][0].xAxis).toBe(utcDay('2024-02-08'));
		expect(areas[0][1].xAxis).toBe(utcDay('2024-02-15'));
		const lines = marks.markLine.data as { xAxis: number; label: { formatter: () => string } }[];
		// The merger (2025-07-01) is outside the range.
		expect(lines.map((l) => l.xAxis)).toEqual([utcDay('2024-09-16')]);
		// The label is returned as plain text by a function (no template parsing, drawn as SVG text).
		expect(lines[0].label.formatter()).toBe(`pilot_start:${evil}`);
	});
});

describe('buildTrendLineOption', () => {
	const input = {
		months: ['2024-01', '2024-02', '2024-03'],
		lines: [
			{ id: 'unit:01', name: evil, values: [1, 2, null] },
			{ id: 'all:', name: 'Cả nước', values: [3, 4, 5], context: true }
		],
		format: fmt,
		monthLabel,
		theme,
		events,
		eventLabel: (e: TrendEvent) => e.kind
	};
	const option = buildTrendLineOption(input);
	const series = option.series as Record<string, unknown>[];

	it('draws one series per line with ids, mid-month points and context styling', () => {
		expect(series.map((s) => s.id)).toEqual(['unit:01', 'all:']);
		expect(series[0].data).toEqual([
			[monthPoint('2024-01'), 1],
			[monthPoint('2024-02'), 2],
			[monthPoint('2024-03'), null]
		]);
		// The country: the text colour, solid and thinner than a chosen line (regions are muted and dashed).
		expect((series[1].lineStyle as { type: string; width: number }).type).toBe('solid');
		expect((series[1].lineStyle as { width: number }).width).toBeLessThan((series[0].lineStyle as { width: number }).width);
		expect(series[0].color).toBe(theme.palette[0]);
		expect(series[1].color).toBe(theme.text);
		expect(option.useUTC).toBe(true);
		const axis = option.xAxis as { min: number; max: number };
		expect([axis.min, axis.max]).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 3, 1)]);
	});

	it('draws no two lines alike: six provinces, the country and the six regions differ in colour or dash', () => {
		const lines = [
			...['01', '79', '22', '48', '92', '31'].map((c) => ({ id: `unit:${c}`, name: c, values: [1, 2, 3] })),
			{ id: 'all:', name: 'Cả nước', values: [1, 2, 3], context: true },
			...['a', 'b', 'c', 'd', 'e', 'f'].map((r) => ({ id: `region:${r}`, name: r, values: [1, 2, 3], context: true }))
		];
		const many = buildTrendLineOption({ ...input, lines }).series as { color: string; lineStyle: { type: unknown }; symbol: string }[];
		const looks = many.map((s) => `${s.color}|${JSON.stringify(s.lineStyle.type)}`);
		expect(new Set(looks).size).toBe(lines.length);
		// The regions' markers differ too, so the legend tells them apart.
		expect(new Set(many.slice(7).map((s) => s.symbol)).size).toBe(6);
	});

	it('attaches the event marks in the period to the first series', () => {
		const area = series[0].markArea as { data: unknown[] };
		expect(area.data).toHaveLength(1); // Tết 2024; the pilot start and merger are later
		expect((series[0].markLine as { data: unknown[] }).data).toHaveLength(0);
		expect(series[1].markArea).toBeUndefined();
	});

	it('builds tooltips from escaped text', () => {
		const html = (option.tooltip as { formatter: Formatter }).formatter([
			{ seriesName: evil, value: [monthPoint('2024-02'), 2], color: '#123456' },
			{ seriesName: 'Cả nước', value: [monthPoint('2024-02'), null] }
		]);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img');
		expect(html).toContain('M2024-02');
		expect(html).toContain('<b>2.0</b>');
		expect(html).toContain('—');
		expect(trendTooltip(() => evil, fmt)([{ seriesName: 'a', value: [0, 1] }])).not.toContain('<img');
	});
});

describe('buildSeasonalOption', () => {
	it('draws the month, the previous year dashed and the rolling figure', () => {
		const option = buildSeasonalOption({
			months: ['2025-01', '2025-02'],
			current: [2, 3],
			previousYear: [4, null],
			rolling: [null, 2.5],
			labels: { current: 'now', previousYear: 'last year', rolling: 'rolling' },
			format: fmt,
			monthLabel,
			theme
		});
		const series = option.series as Record<string, unknown>[];
		expect(series.map((s) => s.id)).toEqual(['current', 'previous_year', 'rolling']);
		expect((series[1].lineStyle as { type: string }).type).toBe('dashed');
		expect((series[2].data as unknown[][])[1]).toEqual([monthPoint('2025-02'), 2.5]);
	});
});

describe('buildHistogramOption', () => {
	const bins: HistogramBin[] = [0, 1, 2, 3].map((bin) => ({ bin, openEnd: bin === 3, n: bin + 1, share: (bin + 1) / 10 }));
	const option = buildHistogramOption({
		bins,
		median: 2.4,
		p90: 17,
		labels: { dossiers: evil, share: 'share', median: 'median', p90: 'p90' },
		binLabel: (b) => (b.openEnd ? `≥ ${b.bin}` : String(b.bin)),
		formatCount: (n) => String(n),
		formatShare: (s) => `${Math.round(s * 100)}%`,
		formatDays: fmt,
		theme
	});

	it('has one bar per bin with the open last bin labelled', () => {
		expect((option.xAxis as { data: string[] }).data).toEqual(['0', '1', '2', '≥ 3']);
		expect((option.series as { data: number[] }[])[0].data).toEqual([1, 2, 3, 4]);
	});

	it('marks the median and p90 in their bins (p90 beyond the edge falls in the open bin)', () => {
		const marks = (option.series as { markLine: { data: { xAxis: number; label: { formatter: () => string } }[] } }[])[0].markLine.data;
		expect(marks.map((m) => m.xAxis)).toEqual([2, 3]);
		expect(marks[0].label.formatter()).toBe('median: 2.4');
		expect(binIndexOf(bins, 0)).toBe(0);
		expect(binIndexOf(bins, 0.95)).toBe(0);
		expect(binIndexOf(bins, 1)).toBe(1);
	});

	it('builds tooltips from escaped text', () => {
		const html = (option.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 3 }]);
		expect(html).toContain('≥ 3');
		expect(html).not.toContain('<img');
		expect(html).toContain('40%');
	});
});
