// The export metadata of the view being shown: its name, period and filters as the filter bar
// shows them, the data's source and export date (the manifest, via the layout's load), and the
// address that reopens it. Read when a reader asks for a file, so it is always the latest state.
import { page } from '$app/state';
import { stripLangPrefix } from '../i18n/core';
import { tr } from '../i18n/route.svelte';
import { parseGlobalFilters, type DataSpan } from '../state/global-filters';
import { followsFilters, GROUP_FILTERED_PAGES } from '../state/filter-pages';
import { pageQuery } from '../state/page-query.svelte';
import { toSearch } from '../state/schema';
import { fullViewHref } from './embed-url';
import type { ExportMeta, MetaLabels } from './export-meta';
import type { XlsxLabels } from './xlsx-workbook';

const EXPLORE_PATH = '/explore/';

interface LayoutData {
	span?: DataSpan;
	dataInfo?: { source: 'demo' | 'import'; exportDate: string | null };
}

/** The data's source as the manifest says ('demo' also when unknown: never pass demo off as real). */
export function dataSource(): 'demo' | 'import' {
	return (page.data as LayoutData).dataInfo?.source === 'import' ? 'import' : 'demo';
}

/** The view's address with its latest state (even one not yet written to the URL), no embed keys. */
export function currentViewHref(): string {
	return fullViewHref(page.url.origin + page.url.pathname + toSearch(pageQuery()));
}

export function currentExportMeta(title: string): ExportMeta {
	const data = page.data as LayoutData;
	const bare = stripLangPrefix(page.url.pathname);
	let period: ExportMeta['period'] = null;
	const filters: ExportMeta['filters'] = [];
	if (data.span && followsFilters(bare)) {
		const global = parseGlobalFilters(data.span, pageQuery());
		period = { from: global.from, to: global.to };
		filters.push({ label: tr('filters.mode'), value: tr(`filters.mode_${global.mode}`) });
		if (GROUP_FILTERED_PAGES.includes(bare)) filters.push({ label: tr('filters.group'), value: tr(`filters.group_${global.group}`) });
	}
	return {
		view: document.title.split(' · ')[0] || tr('site.name'),
		viewSlug: bare === '/' ? 'overview' : bare.replace(/^\/+|\/+$/g, '').replace(/\//g, '-'),
		title,
		period,
		filters,
		// /explore/ shows a reader's own file: neither the site's source nor its export date apply.
		source: bare === EXPLORE_PATH ? 'file' : dataSource(),
		dataDate: bare === EXPLORE_PATH ? null : (data.dataInfo?.exportDate ?? null),
		url: currentViewHref()
	};
}

export function metaLabels(): MetaLabels {
	return {
		title: tr('export.meta_title'),
		view: tr('export.meta_view'),
		period: tr('export.meta_period'),
		source: tr('export.meta_source'),
		sourceDemo: tr('export.meta_source_demo'),
		sourceImport: tr('export.meta_source_import'),
		sourceFile: tr('export.meta_source_file'),
		dataDate: tr('export.meta_data_date'),
		link: tr('export.meta_link'),
		demoMark: tr('export.demo_mark')
	};
}

export function xlsxLabels(methodologyUrl: string): XlsxLabels {
	return {
		...metaLabels(),
		dataSheet: tr('export.sheet_data'),
		aboutSheet: tr('export.sheet_about'),
		column: tr('export.col_column'),
		unit: tr('export.col_unit'),
		definition: tr('export.col_definition'),
		methodology: tr('export.methodology'),
		methodologyUrl
	};
}
