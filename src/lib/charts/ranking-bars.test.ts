import { describe, expect, it } from 'vitest';
import { buildRankingBarsOption, QUARTILE_COLORS, type RankingBarPoint } from './ranking-bars';
import { LIGHT_CHART_THEME as theme } from './chart-theme';

const bar = (code: string, name: string, value: number, quartile: RankingBarPoint['quartile']): RankingBarPoint => ({
	code,
	name,
	value,
	quartile,
	details: [['Dossiers', '1 234']]
});
const points = [bar('01', '<script>x()</script>', 3, 2), bar('02', 'Hà Giang', 1, 1), bar('79', 'TP. HCM', 7, 4)];
const labels = { value: 'Median', quartile: { 1: 'Best quarter', 2: 'Second', 3: 'Third', 4: 'Last quarter' } as const };

type Series = { type: string; name?: string; data: { value: number; code: string; itemStyle: { color: string } }[] };

describe('buildRankingBarsOption', () => {
	it('puts the best first: lowest days when lower is better', () => {
		const option = buildRankingBarsOption({ points, higherIsBetter: false, labels, formatValue: String, highlight: null, theme });
		const bars = (option.series as Series[])[0].data;
		expect(bars.map((b) => b.code)).toEqual(['02', '01', '79']);
		expect(bars.map((b) => b.itemStyle.color)).toEqual([QUARTILE_COLORS[1], QUARTILE_COLORS[2], QUARTILE_COLORS[4]]);
	});
	it('puts the highest first when higher is better, with a legend per quartile', () => {
		const option = buildRankingBarsOption({ points, higherIsBetter: true, labels, formatValue: String, axisMax: 1, theme });
		expect((option.series as Series[])[0].data.map((b) => b.code)).toEqual(['79', '01', '02']);
		expect((option.series as Series[]).slice(1).map((s) => s.name)).toEqual(['Best quarter', 'Second', 'Third', 'Last quarter']);
		expect(option.xAxis).toMatchObject({ max: 1 });
	});
	it('escapes names in the tooltip and shows the count behind the figure', () => {
		const option = buildRankingBarsOption({ points, higherIsBetter: true, labels, formatValue: (v) => `${v} d`, theme });
		const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ data: { code: '01' } });
		expect(html).not.toContain('<script');
		expect(html).toContain('&lt;script&gt;x()&lt;/script&gt;');
		expect(html).toContain('Median: <b>3 d</b>');
		expect(html).toContain('Dossiers: <b>1 234</b>');
		expect(html).toContain('Second');
	});
});
