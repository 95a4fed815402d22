// The survey figures of a dropped SIPAS file, through the site's own row code: the year's SIPAS
// index with its 95 % interval from the overview's rows (overview-sipas.ts, as the overview's
// KPI), and the province ranking from the rankings' rows (rankings-survey-rows.ts: intervals,
// 90 % rank ranges among the units of the mode, fewer than 30 responses suppressed). Only the
// units the file has responses for are listed: ranked ones by rank, then the suppressed ones.
import type { SipasYear } from '../metrics/overview-sipas';
import { sipasByYear } from '../metrics/overview-sipas';
import type { Row } from '../metrics/query';
import type { UnitInfo } from '../metrics/rankings-rows-common';
import { surveyRanking, type SurveyRanking, type SurveyRankingRow } from '../metrics/rankings-survey-rows';

export interface ExploreSurvey {
	year: number;
	/** The year's index over the whole file (null: no responses that year). */
	index: SipasYear | null;
	/** The index of the year before, if the file has it (the KPI's change). */
	previous: SipasYear | null;
	/** Every year up to the chosen one, oldest first (the KPI's sparkline). */
	years: SipasYear[];
	ranking: SurveyRanking;
	/** The units with responses in the file. */
	rows: SurveyRankingRow[];
	/** How many of them are suppressed. */
	suppressed: number;
}

export interface ExploreSurveyInput {
	year: number;
	/** buildRankingUnitsQuery rows → unitsFromRows. */
	units: readonly UnitInfo[];
	/** buildOverviewSurveyQuery(year, mode, 'all') rows. */
	overviewRows: readonly Row[];
	/** buildSurveyRankingQuery rows of the year and of the year before (empty when none). */
	rankingRows: readonly Row[];
	previousRows: readonly Row[];
}

export function exploreSurvey(input: ExploreSurveyInput): ExploreSurvey {
	const ranking = surveyRanking(input.units, input.rankingRows, input.previousRows, 'sipas');
	const rows = ranking.rows
		.filter((r) => r.estimate.n > 0)
		.sort(
			(a, b) => Number(a.rank === null) - Number(b.rank === null) || (a.rank ?? 0) - (b.rank ?? 0) || a.unit.code.localeCompare(b.unit.code)
		);
	const years = sipasByYear(input.overviewRows);
	return {
		year: input.year,
		index: years.find((y) => y.year === input.year) ?? null,
		previous: years.find((y) => y.year === input.year - 1) ?? null,
		years,
		ranking,
		rows,
		suppressed: rows.filter((r) => r.estimate.suppressed).length
	};
}
