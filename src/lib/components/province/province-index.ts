// The province index's groups: the 34 current units and the 63 pre-merger provinces, each list
// by region (in the official order), names sorted in the reader's language. Pure.
import { PROVINCES_34, PROVINCES_63, REGIONS, type Region } from '../../reference/provinces';
import type { BoundaryMode } from '../../metrics/boundary';
import { LOCALES } from '../../i18n/format';
import type { Lang } from '../../i18n/core';

export interface IndexEntry {
	mode: BoundaryMode;
	code: string;
	name: string;
	/** 63-unit entries: the 34-unit unit it is now part of. */
	partOf: { code: string; name: string } | null;
	/** 34-unit entries: the pre-merger provinces it was formed from (more than itself). */
	formedFrom: { code: string; name: string }[];
}

export interface IndexGroup {
	region: Region;
	entries: IndexEntry[];
}

export function provinceIndex(lang: Lang, mode: BoundaryMode): IndexGroup[] {
	const collator = new Intl.Collator(LOCALES[lang]);
	const nameOf = (p: { name_vi: string; name_en: string }) => (lang === 'en' ? p.name_en : p.name_vi);
	const entries =
		mode === '34'
			? PROVINCES_34.map((p) => {
					const parts = PROVINCES_63.filter((q) => q.merged_into_2025 === p.code);
					return {
						region: p.region,
						entry: {
							mode,
							code: p.code,
							name: nameOf(p),
							partOf: null,
							formedFrom: parts.length > 1 ? parts.map((q) => ({ code: q.code, name: nameOf(q) })) : []
						}
					};
				})
			: PROVINCES_63.map((p) => {
					const into = PROVINCES_34.find((q) => q.code === p.merged_into_2025);
					return {
						region: p.region,
						entry: { mode, code: p.code, name: nameOf(p), partOf: into ? { code: into.code, name: nameOf(into) } : null, formedFrom: [] }
					};
				});
	return REGIONS.map((region) => ({
		region,
		entries: entries
			.filter((e) => e.region === region)
			.map((e) => e.entry)
			.sort((a, b) => collator.compare(a.name, b.name))
	})).filter((g) => g.entries.length > 0);
}
