// The default view of /pilots/, computed at build time with the same SQL and the same
// evaluation code the browser runs: 63 units, mean processing time, all non-pilot provinces,
// 12 months before each start vs start to the pilot's end, the group in focus.
import { getDataDb } from '$lib/server/native-db';
import {
	buildPilotDatesIllustrativeQuery,
	buildPilotMonthlySeriesQuery,
	buildPilotSurveySeriesQuery,
	buildPilotUnitsQuery
} from '$lib/metrics/pilots-series';
import { buildPilotsView, DEFAULT_PILOTS_OPTIONS } from '$lib/metrics/pilots-view';
import { buildPilotsDisplay, type PilotsDisplay } from '$lib/metrics/pilots-display';
import type { PageServerLoad } from './$types';

export interface PilotsPageData {
	display: PilotsDisplay;
	/** The start dates are the illustrative ones (no `--pilots` file): the page says so. */
	illustrativeDates: boolean;
}

export const load: PageServerLoad = async (): Promise<PilotsPageData> => {
	const db = await getDataDb();
	const mode = DEFAULT_PILOTS_OPTIONS.mode;
	const [monthly, survey, units, [dates]] = await Promise.all([
		db.run(buildPilotMonthlySeriesQuery(mode)),
		db.run(buildPilotSurveySeriesQuery(mode)),
		db.run(buildPilotUnitsQuery(mode)),
		db.run(buildPilotDatesIllustrativeQuery())
	]);
	const view = buildPilotsView({ monthly, survey, units }, DEFAULT_PILOTS_OPTIONS);
	return { display: buildPilotsDisplay(view, DEFAULT_PILOTS_OPTIONS), illustrativeDates: dates?.illustrative === true };
};
