// The default view of /trends/, computed at build time with the same SQL builders the browser
// runs later: the country and its regions, median working days by month finished, over the
// global default period, with the seasonality and histogram of the country and the events.
import { getDataDb } from '$lib/server/native-db';
import { defaultGlobalFilters, periodDates } from '$lib/state/global-filters';
import type { TrendFilters } from '$lib/metrics/trends-filters';
import { buildTrendSeriesQuery } from '$lib/metrics/trends-series';
import { buildTrendSeasonalQuery } from '$lib/metrics/trends-seasonal';
import { buildTrendHistogramQuery } from '$lib/metrics/trends-histogram';
import { buildTrendAnnotationsQuery } from '$lib/metrics/trends-annotations';
import { buildTrendSectorsQuery } from '$lib/metrics/trends-dimensions';
import { buildTrendRollupStatements } from '$lib/metrics/trends-rollups';
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
	for (const statement of buildTrendRollupStatements()) await db.run(statement);
	const [series, seasonal, histogram, events, sectors] = await Promise.all([
		db.run(buildTrendSeriesQuery(filters)),
		db.run(buildTrendSeasonalQuery(filters, all)),
		db.run(buildTrendHistogramQuery({ filters, focus: all, month: period.to })),
		db.run(buildTrendAnnotationsQuery(period.from, period.to)),
		db.run(buildTrendSectorsQuery())
	]);
	return { initial: { filters, series, seasonal, histogram, events, sectors } };
};
