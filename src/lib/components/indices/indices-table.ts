// Rows and columns of the /indices/ tables, from the builders' rows. Names from the data are
// returned as plain strings; the templates print them as text.
import { formatNumber, LOCALES } from '../../i18n/format';
import type { Lang } from '../../i18n/core';
import type { Row } from '../../metrics/query';
import { componentName, sipasCheck, type IndexComponent, type SurveyEstimates, type TrendSeries } from '../../metrics/indices-view';
import type { TableColumn } from '../table-types';

type Tr = (key: string, vars?: Record<string, string | number>) => string;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const unitName = (lang: Lang, r: Row) => String((lang === 'vi' ? r.name_vi : r.name_en) ?? r.code);

const scoreFormats = new Map<Lang, Intl.NumberFormat>();
/** Scores keep the published precision, up to two decimals. */
export function formatScore(lang: Lang, v: unknown): string {
	const n = num(v);
	if (n === null) return formatNumber(lang, null);
	let f = scoreFormats.get(lang);
	if (!f) scoreFormats.set(lang, (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 })));
	return f.format(n);
}

export interface RankingRow {
	code: string;
	name: string;
	score: number | null;
	our_rank: number | null;
	published_rank: number | null;
	computed: number | null;
	interval: string;
	difference: number | null;
}

export function rankingRows(lang: Lang, rows: readonly Row[], sipas: SurveyEstimates | null, scaleMax: number | null): RankingRow[] {
	return rows.map((r) => {
		const check = sipas ? sipasCheck(num(r.score), sipas.byUnit.get(String(r.code)), scaleMax) : null;
		return {
			code: String(r.code),
			name: unitName(lang, r),
			score: num(r.score),
			our_rank: num(r.our_rank),
			published_rank: num(r.published_rank),
			computed: check?.computed ?? null,
			interval:
				check && check.lower !== null && check.upper !== null ? `${formatScore(lang, check.lower)}–${formatScore(lang, check.upper)}` : '',
			difference: check?.difference ?? null
		};
	});
}

export function rankingColumns(lang: Lang, tr: Tr, opts: { publishedRank: boolean; sipas: boolean }): TableColumn<RankingRow>[] {
	const score = (v: unknown) => formatScore(lang, v);
	const cols: TableColumn<RankingRow>[] = [
		{ key: 'our_rank', label: tr('indices.col_our_rank'), format: (v) => formatNumber(lang, num(v)) }
	];
	if (opts.publishedRank)
		cols.push({ key: 'published_rank', label: tr('indices.col_published_rank'), align: 'end', format: (v) => formatNumber(lang, num(v)) });
	cols.push(
		{ key: 'name', label: tr('indices.col_province'), align: 'start' },
		{ key: 'score', label: tr('indices.col_score'), format: score }
	);
	if (opts.sipas)
		cols.push(
			{ key: 'computed', label: tr('indices.col_computed'), align: 'end', format: score },
			{ key: 'interval', label: tr('indices.col_computed_interval'), align: 'end', sortable: false },
			{
				key: 'difference',
				label: tr('indices.col_difference'),
				align: 'end',
				format: (v) => {
					const n = num(v);
					return n === null ? formatNumber(lang, null) : `${n > 0 ? '+' : ''}${formatScore(lang, n)}`;
				}
			}
		);
	return cols;
}

export interface ProfileRow {
	id: string;
	component: string;
	score: number | null;
	mean: number | null;
	best: number | null;
	best_province: string;
}

/** The profile rows in the picker's order (sub-components indented under their parent). */
export function profileRows(
	lang: Lang,
	tr: Tr,
	rows: readonly Row[],
	tree: readonly { component: IndexComponent; depth: number }[]
): ProfileRow[] {
	const byId = new Map(rows.map((r) => [String(r.component), r]));
	return tree
		.filter((t) => byId.has(t.component.id))
		.map(({ component, depth }) => {
			const r = byId.get(component.id)!;
			const name =
				component.id === ''
					? componentName(component, lang) === ''
						? tr('indices.overall')
						: componentName(component, lang)
					: componentName(component, lang);
			const best = String((lang === 'vi' ? r.best_name_vi : r.best_name_en) ?? r.best_code ?? '');
			const nBest = Number(r.n_best ?? 1);
			return {
				id: component.id,
				component: `${'\u2003'.repeat(Math.max(0, depth - 1))}${name}`,
				score: num(r.score),
				mean: num(r.mean),
				best: num(r.best),
				best_province: nBest > 1 ? tr('indices.best_tied', { name: best, count: nBest - 1 }) : best
			};
		});
}

export function profileColumns(lang: Lang, tr: Tr, province: string): TableColumn<ProfileRow>[] {
	const score = (v: unknown) => formatScore(lang, v);
	return [
		{ key: 'component', label: tr('indices.col_component'), align: 'start', sortable: false },
		{ key: 'score', label: province, format: score },
		{ key: 'mean', label: tr('indices.col_mean'), format: score },
		{ key: 'best', label: tr('indices.col_best'), format: score },
		{ key: 'best_province', label: tr('indices.col_best_province'), align: 'start' }
	];
}

export interface TrendRow {
	year: number;
	unit: string;
	score: number | null;
	our_rank: number | null;
	published_rank: number | null;
}

export const seriesLabel = (lang: Lang, tr: Tr, s: Pick<TrendSeries, 'is34' | 'name_vi' | 'name_en'>): string =>
	tr(s.is34 ? 'indices.unit_34' : 'indices.unit_63', { name: lang === 'vi' ? s.name_vi : s.name_en });

export function trendRows(lang: Lang, tr: Tr, rows: readonly Row[]): TrendRow[] {
	return rows.map((r) => ({
		year: Number(r.year),
		unit: seriesLabel(lang, tr, { is34: r.is_34 === true, name_vi: String(r.name_vi ?? r.code), name_en: String(r.name_en ?? r.code) }),
		score: num(r.score),
		our_rank: num(r.our_rank),
		published_rank: num(r.published_rank)
	}));
}

export function trendColumns(lang: Lang, tr: Tr, publishedRank: boolean): TableColumn<TrendRow>[] {
	const cols: TableColumn<TrendRow>[] = [
		{ key: 'year', label: tr('indices.col_year'), align: 'start', format: (v) => String(v) },
		{ key: 'unit', label: tr('indices.col_unit'), align: 'start' },
		{ key: 'score', label: tr('indices.col_score'), format: (v) => formatScore(lang, v) },
		{ key: 'our_rank', label: tr('indices.col_our_rank'), format: (v) => formatNumber(lang, num(v)) }
	];
	if (publishedRank)
		cols.push({ key: 'published_rank', label: tr('indices.col_published_rank'), align: 'end', format: (v) => formatNumber(lang, num(v)) });
	return cols;
}
