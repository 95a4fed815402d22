// The default view of /indices/, computed at build time with the same SQL the browser runs:
// the catalog of indices (the pickers), and for the default index's latest year and overall
// score the ranking, the top province's profile and its trend. Every other view is answered
// from the published_indices table in the browser.
import { getDataDb } from '$lib/server/native-db';
import { buildIndexCatalogQuery } from '$lib/metrics/indices-catalog';
import { buildIndexRankingQuery } from '$lib/metrics/indices-ranking';
import { buildIndexProfileQuery } from '$lib/metrics/indices-profile';
import { buildIndexTrendQuery } from '$lib/metrics/indices-trend';
import { indexCatalog } from '$lib/metrics/indices-view';
import { defaultIndex } from '$lib/components/indices/indices-state';
import { unit34Of } from '$lib/components/indices/indices-units';
import type { Row } from '$lib/metrics/query';
import type { PageServerLoad } from './$types';

export interface IndicesPageData {
	catalogRows: Row[];
	initial: { ranking: Row[]; profile: Row[]; trend: Row[]; province: string } | null;
}

export const load: PageServerLoad = async (): Promise<IndicesPageData> => {
	const db = await getDataDb();
	const catalogRows = await db.run(buildIndexCatalogQuery());
	const info = defaultIndex(indexCatalog(catalogRows));
	const year = info?.years.at(-1);
	if (!info || year === undefined) return { catalogRows, initial: null };
	const ranking = await db.run(buildIndexRankingQuery({ index: info.code, year, component: '' }));
	const province = String(ranking[0]?.code ?? '');
	if (province === '') return { catalogRows, initial: { ranking, profile: [], trend: [], province } };
	const [profile, trend] = await Promise.all([
		db.run(buildIndexProfileQuery({ index: info.code, year, province })),
		db.run(buildIndexTrendQuery({ index: info.code, component: '', unit34: unit34Of(year, province) }))
	]);
	return { catalogRows, initial: { ranking, profile, trend, province } };
};
