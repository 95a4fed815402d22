import { describe, expect, it } from 'vitest';
import { exportFileName, metaLines, periodText } from './export-meta';
import { fixtureLabels, fixtureMeta } from './export-fixture';

describe('exportFileName', () => {
	it('carries view, title, period, data date and the demo mark', () => {
		expect(exportFileName(fixtureMeta, 'csv', 'excel')).toBe(
			'trends_thoi-gian-xu-ly-trung-vi_2024-01_2024-12_data-2025-01-10_demo_excel.csv'
		);
		expect(exportFileName({ ...fixtureMeta, source: 'import', period: null, dataDate: null }, 'png')).toBe(
			'trends_thoi-gian-xu-ly-trung-vi.png'
		);
		expect(exportFileName({ ...fixtureMeta, title: '***', period: { from: '2024-05', to: '2024-05' } }, 'xlsx')).toBe(
			'trends_data_2024-05_data-2025-01-10_demo.xlsx'
		);
	});
	it('writes the period as an ISO interval', () => {
		expect(periodText({ from: '2024-01', to: '2024-12' })).toBe('2024-01/2024-12');
		expect(periodText({ from: '2024-01', to: '2024-01' })).toBe('2024-01');
		expect(periodText(null)).toBe('');
	});
	it("names a reader's own file as the source, without the demo mark or the site's data date", () => {
		const meta = { ...fixtureMeta, viewSlug: 'explore', source: 'file' as const, dataDate: null };
		const lines = metaLines(meta, fixtureLabels);
		expect(lines).toContainEqual([fixtureLabels.source, fixtureLabels.sourceFile]);
		expect(lines.map(([label]) => label)).not.toContain(fixtureLabels.demoMark);
		expect(lines.map(([label]) => label)).not.toContain(fixtureLabels.dataDate);
		expect(metaLines(fixtureMeta, fixtureLabels)).toContainEqual([fixtureLabels.source, fixtureLabels.sourceDemo]);
		expect(exportFileName(meta, 'csv')).toBe('explore_thoi-gian-xu-ly-trung-vi_2024-01_2024-12.csv');
	});
});
