// The overview's default view, computed at build time with the same SQL builders the browser
// runs later (native DuckDB here, DuckDB-WASM there) and embedded in the page.
import { getDataDb } from '$lib/server/native-db';
import { buildOverviewKpiQuery, buildOverviewMonthlyQuery, buildOverviewSurveyQuery, overviewFilters } from '$lib/metrics/overview';
import { sipasByYear } from '$lib/metrics/overview-sipas';
import { defaultGlobalFilters } from '$lib/state/global-filters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { span } = await parent();
	const filters = defaultGlobalFilters(span);
	const f = overviewFilters(filters);
	const db = await getDataDb();
	const [kpis, monthly, survey] = await Promise.all([
		db.run(buildOverviewKpiQuery(f)),
		db.run(buildOverviewMonthlyQuery(f.current, f.mode, f.group)),
		db.run(buildOverviewSurveyQuery(Number(filters.to.slice(0, 4)), f.mode, f.group))
	]);
	// Only the index per year is embedded (not the survey cells): the page stays small.
	return { kpis, monthly, sipas: sipasByYear(survey) };
};
