// Loaded on a click only: exceljs (≈ 1 MB) never enters a page's initial JS.
import { downloadBlob } from '../components/csv';
import { exportFileName, type ExportMeta } from './export-meta';
import type { ExportTable } from './table-export';
import { buildWorkbook, type XlsxLabels } from './xlsx-workbook';

export async function downloadXlsx(table: ExportTable, meta: ExportMeta, labels: XlsxLabels): Promise<void> {
	const loaded = await import('exceljs');
	// The browser build is a UMD bundle: its exports come as the module's default.
	const excel = ((loaded as { default?: unknown }).default ?? loaded) as Parameters<typeof buildWorkbook>[0];
	const bytes = await buildWorkbook(excel, table, meta, labels).xlsx.writeBuffer();
	downloadBlob(
		exportFileName(meta, 'xlsx'),
		new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
	);
}
