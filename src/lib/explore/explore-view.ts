// Rows the /explore/ page shows, from the site's own builders' rows: the province ranking of
// the file (rankings-dossier.ts rows → dossierValues, as on /rankings/) and its comparison with
// the published data over the months and provinces both have.
import { dossierValues } from '../metrics/rankings-dossier-rows';
import type { BoundaryMode } from '../metrics/boundary';
import type { Row } from '../metrics/query';
import { PROVINCES_34, PROVINCES_63 } from '../reference/provinces';

export interface ProvinceRow {
	code: string;
	name: string;
	received: number;
	on_time_rate: number | null;
	median_wd: number | null;
	online_share: number | null;
}

function names(mode: BoundaryMode, lang: 'vi' | 'en'): Map<string, string> {
	const list = mode === '34' ? PROVINCES_34 : PROVINCES_63;
	return new Map(list.map((p) => [p.code, lang === 'vi' ? p.name_vi : p.name_en]));
}

/** The units with dossiers in the period, best on-time rate first. */
export function provinceRows(rows: readonly Row[], mode: BoundaryMode, lang: 'vi' | 'en'): ProvinceRow[] {
	const label = names(mode, lang);
	return rows
		.filter((r) => typeof r.received === 'number' && r.received > 0)
		.map((r) => {
			const v = dossierValues(r);
			const code = String(r.unit);
			return {
				code,
				name: label.get(code) ?? code,
				received: Number(r.received),
				on_time_rate: v.on_time_rate.value,
				median_wd: v.median_wd.value,
				online_share: v.online_share.value
			};
		})
		.sort((a, b) => (b.on_time_rate ?? -1) - (a.on_time_rate ?? -1) || a.code.localeCompare(b.code));
}

export interface ComparisonRow {
	code: string;
	name: string;
	file_received: number;
	site_received: number;
	file_on_time: number | null;
	site_on_time: number | null;
	file_median: number | null;
	site_median: number | null;
}

/** The file's provinces that the published data also has in the same months. */
export function comparisonRows(file: readonly ProvinceRow[], site: readonly ProvinceRow[]): ComparisonRow[] {
	const published = new Map(site.map((r) => [r.code, r]));
	return file.flatMap((f) => {
		const s = published.get(f.code);
		if (!s) return [];
		return [
			{
				code: f.code,
				name: f.name,
				file_received: f.received,
				site_received: s.received,
				file_on_time: f.on_time_rate,
				site_on_time: s.on_time_rate,
				file_median: f.median_wd,
				site_median: s.median_wd
			}
		];
	});
}

/** Months ('YYYY-MM') both spans cover, or null. */
export function overlap(a: { from: string; to: string }, b: { from: string; to: string }): { from: string; to: string } | null {
	const from = a.from > b.from ? a.from : b.from;
	const to = a.to < b.to ? a.to : b.to;
	return from <= to ? { from, to } : null;
}
