// The profile's published indices at build time (native DuckDB): for each index, the unit's
// latest year in its page's units, ranked and profiled by the /indices/ builders. The catalog
// and each index-year's ranking are the same for every profile, so they are run once per build.
import type { NativeDb } from './native-db';
import type { BoundaryMode } from '../metrics/boundary';
import type { Row } from '../metrics/query';
import { buildIndexCatalogQuery } from '../metrics/indices-catalog';
import { buildIndexRankingQuery } from '../metrics/indices-ranking';
import { buildIndexProfileQuery } from '../metrics/indices-profile';
import { indexCatalog, type IndexInfo } from '../metrics/indices-view';
import { latestYearWith, modeYears, profileIndexFigure, type ProfileIndexFigure } from '../metrics/indices-province';

interface Cache {
	catalog: Promise<IndexInfo[]>;
	rankings: Map<string, Promise<Row[]>>;
}
const caches = new WeakMap<NativeDb, Cache>();

function cacheOf(db: NativeDb): Cache {
	let cache = caches.get(db);
	if (!cache) caches.set(db, (cache = { catalog: db.run(buildIndexCatalogQuery()).then(indexCatalog), rankings: new Map() }));
	return cache;
}

function ranking(db: NativeDb, index: string, year: number): Promise<Row[]> {
	const { rankings } = cacheOf(db);
	const key = `${index}|${year}`;
	let rows = rankings.get(key);
	if (!rows) rankings.set(key, (rows = db.run(buildIndexRankingQuery({ index, year, component: '' }))));
	return rows;
}

export interface ProfileIndices {
	/** Whether the data holds any published index at all. */
	any: boolean;
	figures: ProfileIndexFigure[];
}

export async function profilePublishedIndices(db: NativeDb, mode: BoundaryMode, code: string): Promise<ProfileIndices> {
	const infos = await cacheOf(db).catalog;
	const out: ProfileIndexFigure[] = [];
	for (const info of infos) {
		const years = modeYears(info, mode);
		const byYear = new Map(await Promise.all(years.map(async (y) => [y, await ranking(db, info.code, y)] as const)));
		const year = latestYearWith(years, (y) => byYear.get(y) ?? [], code);
		if (year === null) continue;
		const profile = await db.run(buildIndexProfileQuery({ index: info.code, year, province: code }));
		out.push(profileIndexFigure(info, year, byYear.get(year) ?? [], profile, code));
	}
	return { any: infos.length > 0, figures: out };
}
