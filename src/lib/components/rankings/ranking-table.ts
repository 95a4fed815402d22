// The rankings page's table: flat rows (one per province, raw values for sorting and CSV) and
// the columns that format them in the reader's language. Pure, so it is tested without a browser.
import { t, type Lang } from '../../i18n/core';
import { formatDays, formatNumber, formatPercent, formatSignedPoints, MISSING, placeName } from '../../i18n/format';
import type { TableColumn } from '../table-types';
import type { SurveyRankingRow, SurveyIndicator } from '../../metrics/rankings-survey-rows';
import { SURVEY_INDICATORS } from '../../metrics/rankings-survey-rows';
import {
	DOSSIER_INDICATORS,
	DOSSIER_INDICATOR_SPECS,
	type DossierIndicator,
	type DossierRankingRow
} from '../../metrics/rankings-dossier-rows';
import type { UnitInfo } from '../../metrics/rankings-rows-common';

export type RankingIndicator = SurveyIndicator | DossierIndicator;

export function isSurveyIndicator(indicator: RankingIndicator): indicator is SurveyIndicator {
	return (SURVEY_INDICATORS as readonly string[]).includes(indicator);
}

export function unitName(lang: Lang, unit: Pick<UnitInfo, 'name_vi' | 'name_en'>): string {
	return placeName(lang, unit);
}

export function indicatorLabel(lang: Lang, indicator: RankingIndicator): string {
	return t(lang, `rankings.ind_${indicator}`);
}

/** The value of an indicator as shown: percentages, working days or score points. */
export function formatIndicator(lang: Lang, indicator: RankingIndicator, value: number | null): string {
	if (value === null) return MISSING;
	if (isSurveyIndicator(indicator)) return formatPercent(lang, value, 1);
	const unit = DOSSIER_INDICATOR_SPECS[indicator].unit;
	if (unit === 'share') return formatPercent(lang, value, 1);
	if (unit === 'days') return formatDays(lang, value);
	return formatNumber(lang, value, 1);
}

/** A change: percentage points for shares, days or score points otherwise. */
export function formatIndicatorChange(lang: Lang, indicator: RankingIndicator, change: number | null): string {
	if (change === null) return MISSING;
	const isShare = isSurveyIndicator(indicator) || DOSSIER_INDICATOR_SPECS[indicator].unit === 'share';
	const text = formatSignedPoints(lang, isShare ? change * 100 : change, 1);
	return isShare ? t(lang, 'kpi.points', { value: text }) : text;
}

export interface SurveyTableRow extends Record<string, unknown> {
	code: string;
	name: string;
	suppressed: boolean;
	value: number | null;
	lower: number | null;
	upper: number | null;
	rank: number | null;
	rank_range: string | null;
	rank_lower: number | null;
	comparison: string | null;
	change: number | null;
	n: number;
}

export function surveyTableRows(lang: Lang, rows: readonly SurveyRankingRow[], indicator: SurveyIndicator): SurveyTableRow[] {
	return rows.map((r) => {
		const others = Object.fromEntries(SURVEY_INDICATORS.filter((id) => id !== indicator).map((id) => [`other_${id}`, r.values[id].value]));
		return {
			code: r.unit.code,
			name: unitName(lang, r.unit),
			suppressed: r.estimate.suppressed,
			value: r.estimate.value,
			lower: r.estimate.lower,
			upper: r.estimate.upper,
			rank: r.rank,
			rank_range: r.rankLower === null ? null : `${r.rankLower}–${r.rankUpper}`,
			rank_lower: r.rankLower,
			comparison: r.comparison === null ? null : t(lang, `rankings.mark_${r.comparison}`),
			change: r.change,
			n: r.estimate.n,
			...others
		};
	});
}

/** A unit code → its profile's address (in the page's language). */
export type ProfileLink = (code: string) => string;

export function surveyColumns(lang: Lang, indicator: SurveyIndicator, link?: ProfileLink): TableColumn<SurveyTableRow>[] {
	const pct = (v: unknown) => formatPercent(lang, v as number | null, 1);
	const suppressedText = t(lang, 'rankings.suppressed');
	return [
		{ key: 'name', label: t(lang, 'rankings.col_province'), align: 'start', link: link && ((row) => link(row.code)) },
		{
			key: 'value',
			label: indicatorLabel(lang, indicator),
			align: 'end',
			format: (v, row) => (row.suppressed ? suppressedText : pct(v)),
			csv: (row) => (row.suppressed ? suppressedText : row.value)
		},
		{
			key: 'lower',
			label: `${t(lang, 'rankings.col_interval')} (−)`,
			align: 'end',
			format: pct
		},
		{
			key: 'upper',
			label: `${t(lang, 'rankings.col_interval')} (+)`,
			align: 'end',
			format: pct
		},
		{ key: 'rank', label: t(lang, 'rankings.col_rank'), align: 'end', format: (v) => formatNumber(lang, v as number | null) },
		{
			key: 'rank_range',
			label: t(lang, 'rankings.col_rank_range'),
			align: 'end',
			sortValue: (row) => row.rank_lower,
			format: (v) => (v === null ? MISSING : String(v))
		},
		{ key: 'comparison', label: t(lang, 'rankings.col_comparison'), align: 'start', format: (v) => (v === null ? MISSING : String(v)) },
		{
			key: 'change',
			label: t(lang, 'rankings.col_change'),
			align: 'end',
			format: (v) => formatIndicatorChange(lang, indicator, v as number | null)
		},
		{ key: 'n', label: t(lang, 'rankings.col_n_responses'), align: 'end', format: (v) => formatNumber(lang, v as number) },
		...SURVEY_INDICATORS.filter((id) => id !== indicator).map((id): TableColumn<SurveyTableRow> => ({
			key: `other_${id}`,
			label: indicatorLabel(lang, id),
			align: 'end',
			format: pct
		}))
	];
}

export interface DossierTableRow extends Record<string, unknown> {
	code: string;
	name: string;
	value: number | null;
	rank: number | null;
	quartile: number | null;
	change: number | null;
	n: number;
	received: number;
}

export function dossierTableRows(lang: Lang, rows: readonly DossierRankingRow[], indicator: DossierIndicator): DossierTableRow[] {
	return rows.map((r) => {
		const others = Object.fromEntries(DOSSIER_INDICATORS.filter((id) => id !== indicator).map((id) => [`other_${id}`, r.values[id].value]));
		return {
			code: r.unit.code,
			name: unitName(lang, r.unit),
			value: r.values[indicator].value,
			rank: r.rank,
			quartile: r.quartile,
			change: r.change,
			n: r.values[indicator].n,
			received: r.values.online_share.n,
			...others
		};
	});
}

export function dossierColumns(lang: Lang, indicator: DossierIndicator, link?: ProfileLink): TableColumn<DossierTableRow>[] {
	return [
		{ key: 'name', label: t(lang, 'rankings.col_province'), align: 'start', link: link && ((row) => link(row.code)) },
		{
			key: 'value',
			label: indicatorLabel(lang, indicator),
			align: 'end',
			format: (v) => formatIndicator(lang, indicator, v as number | null)
		},
		{ key: 'rank', label: t(lang, 'rankings.col_rank'), align: 'end', format: (v) => formatNumber(lang, v as number | null) },
		{
			key: 'quartile',
			label: t(lang, 'rankings.col_quartile'),
			align: 'start',
			format: (v) => (v === null ? MISSING : t(lang, `rankings.quartile_${v}`)),
			csv: (row) => row.quartile
		},
		{
			key: 'change',
			label: t(lang, 'rankings.col_change'),
			align: 'end',
			format: (v) => formatIndicatorChange(lang, indicator, v as number | null)
		},
		{ key: 'n', label: t(lang, 'rankings.col_n_dossiers'), align: 'end', format: (v) => formatNumber(lang, v as number) },
		{ key: 'received', label: t(lang, 'rankings.col_received'), align: 'end', format: (v) => formatNumber(lang, v as number) },
		...DOSSIER_INDICATORS.filter((id) => id !== indicator).map((id): TableColumn<DossierTableRow> => ({
			key: `other_${id}`,
			label: indicatorLabel(lang, id),
			align: 'end',
			format: (v) => formatIndicator(lang, id, v as number | null)
		}))
	];
}
