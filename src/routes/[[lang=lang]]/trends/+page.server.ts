// The default view of /trends/, computed at build time with the same SQL builders the browser
// runs later: the country and its regions, median working days by month finished, over the
// global default period, with the histogram of the country, and every event of the data's span.
import { getDataDb } from '$lib/server/native-db';
import { defaultGlobalFilters, periodDates } from '$lib/state/global-filters';
import type { TrendFilters } from '$lib/metrics/trends-filters';
import { buildHasTrendLinesQuery, trendSeriesQuery } from '$lib/metrics/trends-lines';
import { buildTrendHistogramQuery } from '$lib/metrics/trends-histogram';
import { buildTrendAnnotationsQuery } from '$lib/metrics/trends-annotations';
import { buildTrendSectorsQuery } from '$lib/metrics/trends-dimensions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { span } = await parent();
	const global = defaultGlobalFilters(span);
	const period = periodDates(global);
	const filters: TrendFilters = {
		mode: global.mode,
		basis: 'finished',
		grouping: 'province',
		provinces: [],
		from: period.from,
		to: period.to,
		slice: {}
	};
	const all = { kind: 'all', key: '' } as const;
	const db = await getDataDb();
	// The site is built from the data it serves: the browser has trend_lines if the build has.
	const hasLinesTable = Number((await db.run(buildHasTrendLinesQuery()))[0]?.n) > 0;
	const [series, histogram, events, sectors] = await Promise.all([
		db.run(trendSeriesQuery(filters, all, hasLinesTable)),
		db.run(buildTrendHistogramQuery({ filters, focus: all, month: period.to })),
		db.run(buildTrendAnnotationsQuery(`${span.firstMonth}-01`, `${span.lastMonth}-01`)),
		db.run(buildTrendSectorsQuery())
	]);
	return { hasLinesTable, initial: { filters, series, histogram, events, sectors } };
};
