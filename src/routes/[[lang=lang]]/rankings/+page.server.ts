// The default view of /rankings/, computed at build time with the same SQL the browser runs:
// the SIPAS index of the latest survey year, all respondents, 34 units (with the year before it
// for the change column). The page embeds the finished ranking (a few KB) rather than the
// per-PSU rows behind it (MBs); every other view is answered from the cubes in the browser.
import { getDataDb } from '$lib/server/native-db';
import { buildRankingUnitsQuery } from '$lib/metrics/rankings-units';
import { buildSurveyRankingQuery, buildSurveyYearsQuery } from '$lib/metrics/rankings-survey';
import { unitsFromRows } from '$lib/metrics/rankings-rows-common';
import { surveyRanking, type SurveyRanking } from '$lib/metrics/rankings-survey-rows';
import { buildIndexCatalogQuery } from '$lib/metrics/indices-catalog';
import type { Row } from '$lib/metrics/query';
import type { PageServerLoad } from './$types';

export interface SurveyYear {
	year: number;
	has63: boolean;
}

export interface RankingsPageData {
	surveyYears: SurveyYear[];
	/** The default view: the 34 units and the SIPAS index ranking of the latest year. */
	initial: { units: Row[]; ranking: SurveyRanking | null };
	/** The published indices' catalog (the map's indicator choice). */
	indexCatalog: Row[];
}

export const load: PageServerLoad = async (): Promise<RankingsPageData> => {
	const db = await getDataDb();
	const surveyYears = (await db.run(buildSurveyYearsQuery())).map((r) => ({
		year: Number(r.survey_year),
		has63: r.has_63 === true
	}));
	const units = await db.run(buildRankingUnitsQuery('34'));
	const indexCatalog = await db.run(buildIndexCatalogQuery());
	const latest = surveyYears.at(-1)?.year;
	if (latest === undefined) return { surveyYears, initial: { units, ranking: null }, indexCatalog };
	const hasPrevious = surveyYears.some((y) => y.year === latest - 1);
	const [current, previous] = await Promise.all([
		db.run(buildSurveyRankingQuery({ year: latest, respondents: 'all', mode: '34' })),
		hasPrevious ? db.run(buildSurveyRankingQuery({ year: latest - 1, respondents: 'all', mode: '34' })) : Promise.resolve([])
	]);
	return { surveyYears, initial: { units, ranking: surveyRanking(unitsFromRows(units), current, previous, 'sipas') }, indexCatalog };
};
