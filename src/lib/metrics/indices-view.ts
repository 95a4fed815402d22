// Pure row → view code for /indices/: the catalog (which indices, years and components exist,
// where the set of components changes), display names, the trend's series, and the check of a
// published SIPAS against the one computed from microdata.
import type { Row } from './query';
import { isSimulatedSource } from './indices-common';
import type { SurveyEstimate, SurveyEstimates, SurveyIndicator } from './rankings-survey-rows';
import { SIPAS_FACTORS } from './rankings-survey';

export interface IndexComponent {
	id: string;
	parent: string;
	name_vi: string | null;
	name_en: string | null;
	nUnits: number;
}

export interface IndexInfo {
	code: string;
	years: number[];
	/** Components of each year, '' (overall) first. */
	components: Map<number, IndexComponent[]>;
	/** Years whose set of components differs from the previous year's in the data. */
	componentChanges: number[];
	source: string;
	simulated: boolean;
	scaleMin: number | null;
	scaleMax: number | null;
	/** Whether any row carries a published rank. */
	hasPublishedRank: boolean;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The catalog rows (buildIndexCatalogQuery) as one entry per index, in code order. */
export function indexCatalog(rows: readonly Row[]): IndexInfo[] {
	const byCode = new Map<string, IndexInfo>();
	for (const r of rows) {
		const code = String(r.index_code);
		let info = byCode.get(code);
		if (!info) {
			info = {
				code,
				years: [],
				components: new Map(),
				componentChanges: [],
				source: text(r.source) ?? '',
				simulated: false,
				scaleMin: null,
				scaleMax: null,
				hasPublishedRank: false
			};
			byCode.set(code, info);
		}
		const year = Number(r.year);
		if (!info.years.includes(year)) info.years.push(year);
		const list = info.components.get(year) ?? [];
		list.push({
			id: String(r.component ?? ''),
			parent: String(r.parent_component ?? ''),
			name_vi: text(r.name_vi),
			name_en: text(r.name_en),
			nUnits: Number(r.n_units)
		});
		info.components.set(year, list);
		info.simulated ||= isSimulatedSource(text(r.source));
		info.hasPublishedRank ||= Number(r.n_ranked) > 0;
		const lo = num(r.scale_min);
		const hi = num(r.scale_max);
		if (lo !== null) info.scaleMin = info.scaleMin === null ? lo : Math.min(info.scaleMin, lo);
		if (hi !== null) info.scaleMax = info.scaleMax === null ? hi : Math.max(info.scaleMax, hi);
	}
	for (const info of byCode.values()) {
		info.years.sort((a, b) => a - b);
		for (const list of info.components.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		const setOf = (y: number) => (info.components.get(y) ?? []).map((c) => c.id).join('\u0000');
		info.componentChanges = info.years.filter((y, i) => i > 0 && setOf(y) !== setOf(info.years[i - 1]));
	}
	return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** A component's display name: the language's, else the other's, else its identifier. Text only. */
export function componentName(c: Pick<IndexComponent, 'id' | 'name_vi' | 'name_en'>, lang: 'vi' | 'en'): string {
	const own = lang === 'vi' ? c.name_vi : c.name_en;
	const other = lang === 'vi' ? c.name_en : c.name_vi;
	return own ?? other ?? c.id;
}

export interface TrendSeries {
	code: string;
	is34: boolean;
	name_vi: string;
	name_en: string;
	/** One value per year of `years` (null where this unit has none). */
	values: (number | null)[];
	ranks: (number | null)[];
}

/** The trend rows (buildIndexTrendQuery) as one series per unit over `years`. */
export function trendSeries(rows: readonly Row[], years: readonly number[]): TrendSeries[] {
	const out = new Map<string, TrendSeries>();
	for (const r of rows) {
		const key = `${r.is_34 === true ? '34' : '63'}-${String(r.code)}`;
		let s = out.get(key);
		if (!s) {
			s = {
				code: String(r.code),
				is34: r.is_34 === true,
				name_vi: String(r.name_vi ?? r.code),
				name_en: String(r.name_en ?? r.code),
				values: years.map(() => null),
				ranks: years.map(() => null)
			};
			out.set(key, s);
		}
		const i = years.indexOf(Number(r.year));
		if (i >= 0) {
			s.values[i] = num(r.score);
			s.ranks[i] = num(r.our_rank);
		}
	}
	// Before the merger first (by code), the 34-unit province last.
	return [...out.values()].sort((a, b) => Number(a.is34) - Number(b.is34) || (a.code < b.code ? -1 : 1));
}

/** The SIPAS indicator a published SIPAS component is compared with ('' = the index), if any. */
export function sipasIndicatorFor(index: string, component: string): SurveyIndicator | null {
	if (index !== 'SIPAS') return null;
	if (component === '') return 'sipas';
	return (SIPAS_FACTORS as readonly string[]).includes(component) ? (component as SurveyIndicator) : null;
}

export interface SipasCheck {
	computed: number | null;
	lower: number | null;
	upper: number | null;
	/** published − computed, on the published scale. */
	difference: number | null;
}

/**
 * The computed estimate (a share, 0–1) on the published scale: a 0–100 scale (scale_max above 1,
 * or none given, as the ministry publishes SIPAS in per cent) multiplies it by 100.
 */
export function sipasCheck(published: number | null, estimate: SurveyEstimate | undefined, scaleMax: number | null): SipasCheck {
	if (!estimate || estimate.suppressed || estimate.value === null) return { computed: null, lower: null, upper: null, difference: null };
	const k = scaleMax !== null && scaleMax <= 1 ? 1 : 100;
	const computed = estimate.value * k;
	return {
		computed,
		lower: estimate.lower === null ? null : estimate.lower * k,
		upper: estimate.upper === null ? null : estimate.upper * k,
		difference: published === null ? null : published - computed
	};
}

export type { SurveyEstimates };

export interface TrendBreak {
	year: number;
	/** The unit changes here (63 → 34). */
	merger: boolean;
	/** The index's set of components changes here. */
	components: boolean;
}

/** The years of `years` where the trend breaks: the first 34-unit year after 63-unit ones, component-set changes. */
export function trendBreaks(years: readonly number[], componentChanges: readonly number[], first34: number): TrendBreak[] {
	const hasBefore = years.some((y) => y < first34);
	return years
		.filter((y) => (hasBefore && y === years.find((x) => x >= first34)) || componentChanges.includes(y))
		.map((y) => ({ year: y, merger: hasBefore && y === years.find((x) => x >= first34), components: componentChanges.includes(y) }));
}
