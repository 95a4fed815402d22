import { describe, expect, it } from 'vitest';
import { exportFileName, periodText } from './export-meta';
import { fixtureMeta } from './export-fixture';

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
});
