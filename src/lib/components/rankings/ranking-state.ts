// The rankings page's own URL keys (next to the global period / boundaries / group):
// ind (indicator), year (survey year), resp (respondents), region, hl (highlighted province).
// Every key accepts only listed values, so a hand-edited link still opens a valid view.
import { enumField, type Field, type Schema } from '../../state/schema';
import { matchesSearch } from '../../state/search-text';
import { SURVEY_INDICATORS } from '../../metrics/rankings-survey-rows';
import { DOSSIER_INDICATORS } from '../../metrics/rankings-dossier-rows';
import { RESPONDENT_GROUPS, type RespondentGroup } from '../../metrics/rankings-survey';
import type { UnitInfo } from '../../metrics/rankings-rows-common';
import { REGION_FILTERS, type RegionFilter } from '../../metrics/boundary';
import type { RankingIndicator } from './ranking-table';

export const RANKING_INDICATORS: readonly RankingIndicator[] = [...SURVEY_INDICATORS, ...DOSSIER_INDICATORS];

export { REGION_FILTERS, type RegionFilter };

export interface RankingState {
	ind: RankingIndicator;
	year: number;
	resp: RespondentGroup;
	region: RegionFilter;
	/** Code of the highlighted province, '' for none. */
	hl: string;
}

/** A two-digit province code (or '' for none). */
const codeField: Field<string> = {
	default: '',
	parse: (raw) => (/^\d{2}$/.test(raw) ? raw : undefined),
	serialize: (value) => value
};

/** One of the data's survey years: a year in range without a round (a gap) would draw nothing. */
function yearField(years: readonly number[], latest: number): Field<number> {
	return {
		default: latest,
		parse: (raw) => (/^\d{4}$/.test(raw) && years.includes(Number(raw)) ? Number(raw) : undefined),
		serialize: (value) => String(value)
	};
}

/** The schema; the survey year defaults to the latest year in the data. */
export function rankingSchema(surveyYears: readonly number[]): Schema<RankingState> {
	const latest = surveyYears.length ? Math.max(...surveyYears) : new Date().getUTCFullYear();
	return {
		ind: enumField(RANKING_INDICATORS, 'sipas'),
		year: yearField(surveyYears.length ? surveyYears : [latest], latest),
		resp: enumField(RESPONDENT_GROUPS, 'all'),
		region: enumField(REGION_FILTERS, 'all'),
		hl: codeField
	};
}

/** Provinces whose Vietnamese or English name matches the query, ignoring diacritics. */
export function searchUnits(units: readonly UnitInfo[], query: string): UnitInfo[] {
	if (query.trim() === '') return [];
	return units.filter((u) => matchesSearch(query, u.name_vi, u.name_en, u.code));
}
