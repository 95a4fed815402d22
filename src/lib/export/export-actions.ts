// What the download and share menus do once a reader picks an item. Loaded when a menu first
// opens (ExportMenu/ShareMenu import it then), so a page's first paint does not carry the table
// export, the CSV document and the file-name code; the image and XLSX code loads on its own click.
import { downloadBlob } from '../components/csv';
import type { TableColumn, TableRow } from '../components/table-types';
import type { Lang } from '../i18n/core';
import { csvDocument, type CsvFlavour } from './csv-document';
import { embedHref, iframeSnippet } from './embed-url';
import { exportFileName } from './export-meta';
import { exportTable } from './table-export';
import { currentExportMeta, currentViewHref, metaLabels, xlsxLabels } from './view-meta.svelte';

export function downloadCsv<R extends TableRow>(
	title: string,
	columns: TableColumn<R>[],
	rows: R[],
	lang: Lang,
	flavour: CsvFlavour
): void {
	const meta = currentExportMeta(title);
	const text = csvDocument(exportTable(columns, rows, lang), meta, metaLabels(), flavour);
	downloadBlob(exportFileName(meta, 'csv', flavour === 'excel-vi' ? 'excel' : ''), new Blob([text], { type: 'text/csv;charset=utf-8' }));
}

export async function downloadTableXlsx<R extends TableRow>(
	title: string,
	columns: TableColumn<R>[],
	rows: R[],
	lang: Lang,
	methodologyUrl: string
): Promise<void> {
	const { downloadXlsx } = await import('./xlsx-download');
	await downloadXlsx(exportTable(columns, rows, lang), currentExportMeta(title), xlsxLabels(methodologyUrl));
}

export async function downloadImage(kind: 'png' | 'svg', chart: HTMLElement, title: string): Promise<void> {
	const images = await import('./chart-image');
	const meta = currentExportMeta(title);
	await (kind === 'png' ? images.downloadChartPng : images.downloadChartSvg)(chart, meta, metaLabels());
}

/** The text the share menu copies: the view's link, or an <iframe> showing one chart or table. */
export function shareText(kind: 'link' | 'embed', embedId: string, title: string): string {
	const href = currentViewHref();
	return kind === 'link' ? href : iframeSnippet(embedHref(href, embedId), title);
}
