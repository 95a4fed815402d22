// A province profile's figures, taken from the rankings' own results (rankings-survey-rows,
// rankings-dossier-rows) for one unit, so a profile and the rankings table can never disagree:
// the same builder rows go through the same functions, and the profile picks its unit's row.
import type { Row } from './query';
import type { UnitInfo } from './rankings-rows-common';
import { surveyRanking, SURVEY_INDICATORS, type SurveyEstimate, type SurveyIndicator, type SurveyRanking } from './rankings-survey-rows';
import { DOSSIER_INDICATOR_SPECS, dossierRanking, dossierValues, type DossierIndicator } from './rankings-dossier-rows';

/** The dossier indicators a profile shows (issue 12, part 1), in order. */
export const PROFILE_DOSSIER_INDICATORS = [
	'on_time_rate',
	'median_wd',
	'p90_wd',
	'online_share',
	'paid_online_share',
	'digitized_share',
	'score_766'
] as const satisfies readonly DossierIndicator[];
export type ProfileDossierIndicator = (typeof PROFILE_DOSSIER_INDICATORS)[number];

/** Every survey indicator's ranking of one year, and of the year before it (null without one). */
export type SurveyRankings = Record<SurveyIndicator, { current: SurveyRanking; previous: SurveyRanking | null }>;

/**
 * The rankings page's survey rankings for every indicator: `surveyRanking(units, rows,
 * previousRows, indicator)` exactly as /rankings/ calls it, and the previous year's own ranking
 * (for its rank range), from that year's rows alone.
 */
export function surveyRankings(units: readonly UnitInfo[], rows: readonly Row[], previousRows: readonly Row[] | null): SurveyRankings {
	return Object.fromEntries(
		SURVEY_INDICATORS.map((id) => [
			id,
			{
				current: surveyRanking(units, rows, previousRows ?? [], id),
				previous: previousRows === null ? null : surveyRanking(units, previousRows, [], id)
			}
		])
	) as SurveyRankings;
}

export interface ProfileSurveyFigure {
	indicator: SurveyIndicator;
	estimate: SurveyEstimate;
	rank: number | null;
	rankLower: number | null;
	rankUpper: number | null;
	/** Units ranked (not suppressed). */
	ranked: number;
	national: SurveyEstimate;
	/** The previous survey year: value and rank range (null without a previous year). */
	previous: { estimate: SurveyEstimate; rankLower: number | null; rankUpper: number | null } | null;
	/** Value − previous value (null when either is suppressed). */
	change: number | null;
}

/** One unit's survey figures, one per indicator (SIPAS index first, then the five factors). */
export function profileSurvey(rankings: SurveyRankings, code: string): ProfileSurveyFigure[] {
	return SURVEY_INDICATORS.map((indicator) => {
		const { current, previous } = rankings[indicator];
		const row = current.rows.find((r) => r.unit.code === code);
		const before = previous?.rows.find((r) => r.unit.code === code) ?? null;
		if (!row) throw new Error(`No unit ${code} in the survey ranking`);
		return {
			indicator,
			estimate: row.estimate,
			rank: row.rank,
			rankLower: row.rankLower,
			rankUpper: row.rankUpper,
			ranked: current.ranked,
			national: current.national,
			previous: before && { estimate: before.estimate, rankLower: before.rankLower, rankUpper: before.rankUpper },
			change: row.change
		};
	});
}

export interface ProfileDossierFigure {
	indicator: ProfileDossierIndicator;
	value: number | null;
	/** Dossiers behind the value. */
	n: number;
	/** Among the units of the mode with a value, 1 = best. */
	rank: number | null;
	ranked: number;
	national: number | null;
	/** The best unit (rank 1; the first by code among ties) and its value. */
	best: { unit: UnitInfo; value: number } | null;
	higherIsBetter: boolean;
}

/**
 * One unit's dossier figures for a period, from buildDossierRankingQuery's rows (every unit) and
 * buildProvinceNationalDossierQuery's row, through the rankings' `dossierRanking`.
 */
export function profileDossier(
	units: readonly UnitInfo[],
	rows: readonly Row[],
	nationalRow: Row | undefined,
	code: string
): ProfileDossierFigure[] {
	const national = dossierValues(nationalRow ?? {});
	return PROFILE_DOSSIER_INDICATORS.map((indicator) => {
		const ranking = dossierRanking(units, rows, [], indicator);
		const row = ranking.rows.find((r) => r.unit.code === code);
		const best = ranking.rows.filter((r) => r.rank === 1).sort((a, b) => a.unit.code.localeCompare(b.unit.code))[0];
		return {
			indicator,
			value: row?.values[indicator].value ?? null,
			n: row?.values[indicator].n ?? 0,
			rank: row?.rank ?? null,
			ranked: ranking.ranked,
			national: national[indicator].value,
			best: best ? { unit: best.unit, value: best.values[indicator].value as number } : null,
			higherIsBetter: DOSSIER_INDICATOR_SPECS[indicator].higherIsBetter
		};
	});
}

export type PeerGroup = 'region' | 'cities' | 'custom';

/** The units a benchmark compares with (the profile's own unit first, then by code). */
export function peerUnits(units: readonly UnitInfo[], code: string, group: PeerGroup, custom: readonly string[]): UnitInfo[] {
	const self = units.find((u) => u.code === code);
	const region = self?.region;
	const chosen = units.filter((u) =>
		u.code === code ? false : group === 'region' ? u.region === region : group === 'cities' ? u.kind === 'city' : custom.includes(u.code)
	);
	return [...(self ? [self] : []), ...chosen];
}
