// The header's province search: a typed name, with or without diacritics or spaces ("ha noi",
// "hanoi", "Đà Nẵng"), or a common other name ("Sài Gòn", "hcm"), finds the 34 current units and
// the 63 pre-merger provinces, each with the unit it is part of now. Matching is the site's one
// diacritic-insensitive rule (src/lib/state/search-text.ts); names are returned as text.
import type { Lang } from '../i18n/core';
import type { BoundaryMode } from '../metrics/boundary';
import { normalizeSearchText } from '../state/search-text';
import { PROVINCES_34, PROVINCES_63 } from './provinces';

/** Other names people type, by list and code (codes are reused across the merger). */
const ALIASES: Record<string, readonly string[]> = {
	'34:79': ['Sài Gòn', 'Saigon', 'HCM', 'TP HCM', 'TPHCM', 'Hồ Chí Minh', 'HCMC'],
	'63:79': ['Sài Gòn', 'Saigon', 'HCM', 'TP HCM', 'TPHCM', 'Hồ Chí Minh', 'HCMC'],
	'34:01': ['Hanoi'],
	'63:01': ['Hanoi'],
	'34:48': ['Danang'],
	'63:48': ['Danang'],
	'63:46': ['Huế']
};

export interface ProvinceSuggestion {
	mode: BoundaryMode;
	code: string;
	/** The unit's name in the language asked for. */
	name: string;
	/** The 34-unit unit it is part of now (itself for a current unit). */
	current: { code: string; name: string };
}

interface Candidate extends ProvinceSuggestion {
	/** Normalised texts that find it: both names and the aliases. */
	keys: string[];
}

const compact = (text: string) => text.replace(/ /g, '');

function candidates(lang: Lang): Candidate[] {
	const nameOf = (p: { name_vi: string; name_en: string }) => (lang === 'en' ? p.name_en : p.name_vi);
	const keysOf = (mode: BoundaryMode, p: { code: string; name_vi: string; name_en: string }) =>
		[p.name_vi, p.name_en, ...(ALIASES[`${mode}:${p.code}`] ?? [])].map(normalizeSearchText);
	const current = new Map(PROVINCES_34.map((p) => [p.code, { code: p.code, name: nameOf(p) }]));
	return [
		...PROVINCES_34.map((p) => ({
			mode: '34' as const,
			code: p.code,
			name: nameOf(p),
			current: { code: p.code, name: nameOf(p) },
			keys: keysOf('34', p)
		})),
		...PROVINCES_63.map((p) => ({
			mode: '63' as const,
			code: p.code,
			name: nameOf(p),
			current: current.get(p.merged_into_2025) ?? { code: p.merged_into_2025, name: p.merged_into_2025 },
			keys: keysOf('63', p)
		}))
	];
}

/**
 * The units whose name or alias contains the query (ignoring diacritics, case, punctuation and
 * spaces): names that start with it first, then names with a later word that does, then the rest; current units before pre-merger
 * provinces; at most `limit`. An empty query finds nothing.
 */
export function searchProvinces(query: string, lang: Lang, limit = 12): ProvinceSuggestion[] {
	const needle = compact(normalizeSearchText(query));
	if (needle === '') return [];
	const scored: { suggestion: ProvinceSuggestion; score: number; index: number }[] = [];
	candidates(lang).forEach(({ keys, ...suggestion }, index) => {
		const texts = keys.map(compact);
		if (!texts.some((t) => t.includes(needle))) return;
		// The name starting with the query ranks first, then a later word starting with it.
		const starts = texts.some((t) => t.startsWith(needle));
		const startsWord = keys.some((k) => k.split(' ').some((_, w, words) => compact(words.slice(w).join(' ')).startsWith(needle)));
		const score = starts ? 0 : startsWord ? 1 : 2;
		scored.push({ suggestion, score, index });
	});
	scored.sort((a, b) => a.score - b.score || a.index - b.index);
	return scored.slice(0, limit).map((s) => s.suggestion);
}
