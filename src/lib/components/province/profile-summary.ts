// The profile's generated summary sentence (vi and en). It compares the province with the nation
// only where the two 95 % intervals do not overlap: overlapping intervals are reported as "not
// distinguishable", never as better or worse. Dossier figures have no interval: the sentence
// gives their value and rank, and compares nothing.
import { t, type Lang } from '../../i18n/core';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { ProfileDossierFigure, ProfileSurveyFigure } from '../../metrics/province-profile';

export interface Interval {
	lower: number;
	upper: number;
}

/** Whether two closed intervals share a point. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
	return a.lower <= b.upper && b.lower <= a.upper;
}

/** 'above' / 'below' only when the intervals are apart; otherwise 'overlap'. */
export function compareIntervals(unit: Interval, national: Interval): 'above' | 'below' | 'overlap' {
	if (intervalsOverlap(unit, national)) return 'overlap';
	return unit.lower > national.upper ? 'above' : 'below';
}

export interface SummaryInput {
	name: string;
	year: number | null;
	/** The SIPAS index figure of the survey year (null without a survey in this mode). */
	sipas: ProfileSurveyFigure | null;
	/** The on-time rate of the period. */
	onTime: ProfileDossierFigure | null;
}

function intervalOf(e: { lower: number | null; upper: number | null }): Interval | null {
	return e.lower === null || e.upper === null ? null : { lower: e.lower, upper: e.upper };
}

/** The summary: one or two sentences in `lang`. */
export function profileSummary(lang: Lang, input: SummaryInput): string {
	const pct = (v: number | null) => formatPercent(lang, v, 1);
	const sentences: string[] = [];
	const s = input.sipas;
	if (s === null || input.year === null) {
		sentences.push(t(lang, 'provinces.summary_no_survey', { name: input.name }));
	} else if (s.estimate.suppressed || s.estimate.value === null) {
		sentences.push(t(lang, 'provinces.summary_suppressed', { name: input.name, year: input.year }));
	} else {
		const unit = intervalOf(s.estimate);
		const national = intervalOf(s.national);
		const comparison = unit && national ? compareIntervals(unit, national) : 'overlap';
		sentences.push(
			t(lang, `provinces.summary_sipas_${comparison}`, {
				name: input.name,
				year: input.year,
				value: pct(s.estimate.value),
				lower: pct(s.estimate.lower),
				upper: pct(s.estimate.upper),
				national: pct(s.national.value)
			})
		);
		if (s.rankLower !== null && s.rankUpper !== null) {
			sentences.push(t(lang, 'provinces.summary_rank', { lower: s.rankLower, upper: s.rankUpper, ranked: s.ranked }));
		}
	}
	const d = input.onTime;
	if (d && d.value !== null && d.rank !== null) {
		sentences.push(
			t(lang, 'provinces.summary_on_time', {
				value: pct(d.value),
				national: pct(d.national),
				rank: formatNumber(lang, d.rank),
				ranked: d.ranked
			})
		);
	}
	return sentences.join(' ');
}
