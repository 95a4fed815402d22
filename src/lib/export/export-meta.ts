// What every download records about the view it came from (period, filters, source, data date,
// the link that reopens it), and the file name that carries view, period and data date.
import { fileSlug } from '../components/csv';

export interface ExportMeta {
	/** The page's name as shown ("Xu hướng"). */
	view: string;
	/** A stable ASCII name of the page for file names ('trends', 'overview'). */
	viewSlug: string;
	/** The chart's or table's title. */
	title: string;
	/** The period, 'YYYY-MM' months, when the page's figures follow the global period. */
	period: { from: string; to: string } | null;
	/** Filters as the reader saw them, already translated. */
	filters: { label: string; value: string }[];
	/** The site's data (simulated or imported), or a reader's own file on /explore/. */
	source: 'demo' | 'import' | 'file';
	/** The data's export date, 'YYYY-MM-DD'. */
	dataDate: string | null;
	/** The address that reopens this view with its state. */
	url: string;
}

/** The translated words of the metadata block. */
export interface MetaLabels {
	title: string;
	view: string;
	period: string;
	source: string;
	sourceDemo: string;
	sourceImport: string;
	sourceFile: string;
	dataDate: string;
	link: string;
	/** "DỮ LIỆU MÔ PHỎNG / SIMULATED DATA". */
	demoMark: string;
}

/** The source line's words for the meta's source. */
export function sourceText(meta: ExportMeta, labels: MetaLabels): string {
	return { demo: labels.sourceDemo, import: labels.sourceImport, file: labels.sourceFile }[meta.source];
}

/** The period as one ISO 8601 interval ('2024-01/2024-12') or one month. */
export function periodText(period: ExportMeta['period']): string {
	if (!period) return '';
	return period.from === period.to ? period.from : `${period.from}/${period.to}`;
}

/** Label–value lines describing the view (CSV header block, XLSX sheet, image captions). */
export function metaLines(meta: ExportMeta, labels: MetaLabels): [string, string][] {
	const lines: [string, string][] = [];
	if (meta.source === 'demo') lines.push([labels.demoMark, '']);
	lines.push([labels.title, meta.title], [labels.view, meta.view]);
	if (meta.period) lines.push([labels.period, periodText(meta.period)]);
	for (const f of meta.filters) lines.push([f.label, f.value]);
	lines.push([labels.source, sourceText(meta, labels)]);
	if (meta.dataDate) lines.push([labels.dataDate, meta.dataDate]);
	lines.push([labels.link, meta.url]);
	return lines;
}

/**
 * `trends_thoi-gian-xu-ly_2024-01_2024-12_data-2025-01-10_demo.csv`: view, title, period, data
 * date, and a "demo" mark for simulated data, in ASCII so every system keeps the name.
 */
export function exportFileName(meta: ExportMeta, extension: string, variant = ''): string {
	const parts = [meta.viewSlug, fileSlug(meta.title).slice(0, 60) || 'data'];
	if (meta.period) parts.push(meta.period.from === meta.period.to ? meta.period.from : `${meta.period.from}_${meta.period.to}`);
	if (meta.dataDate) parts.push(`data-${meta.dataDate}`);
	if (meta.source === 'demo') parts.push('demo');
	if (variant) parts.push(variant);
	return `${parts.join('_')}.${extension}`;
}
