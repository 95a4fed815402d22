// Published indices outside /indices/: one unit's figures for its profile, and the years a
// boundary mode can show (the rankings map). Pure row → view code over the rows of
// buildIndexRankingQuery and buildIndexProfileQuery, so the figures are those of /indices/.
import type { BoundaryMode } from './boundary';
import type { Row } from './query';
import { FIRST_34_UNIT_YEAR } from './indices-common';
import type { IndexInfo } from './indices-view';

/** An index's years counted in `mode`'s units: 34-unit years for 34, years before the merger for 63. */
export function modeYears(info: Pick<IndexInfo, 'years'>, mode: BoundaryMode): number[] {
	return info.years.filter((y) => (mode === '34' ? y >= FIRST_34_UNIT_YEAR : y < FIRST_34_UNIT_YEAR));
}

/** The latest year of `mode`'s years whose ranking (overall score) has the unit `code`, or null. */
export function latestYearWith(years: readonly number[], rankingOf: (year: number) => readonly Row[], code: string): number | null {
	for (const year of [...years].sort((a, b) => b - a)) if (rankingOf(year).some((r) => String(r.code) === code)) return year;
	return null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export interface ProfileIndexComponent {
	id: string;
	name_vi: string | null;
	name_en: string | null;
	score: number | null;
	mean: number | null;
}

/** One published index of one unit, in one year: what the profile's section shows. */
export interface ProfileIndexFigure {
	index: string;
	year: number;
	score: number | null;
	/** Competition rank among the year's units (ties share a rank). */
	ourRank: number | null;
	/** Another unit shares that rank. */
	tied: boolean;
	publishedRank: number | null;
	nUnits: number;
	mean: number | null;
	best: number | null;
	bestCode: string | null;
	best_name_vi: string | null;
	best_name_en: string | null;
	/** Units tied for the best score. */
	nBest: number;
	/** Top-level components (parent empty), in code order. */
	components: ProfileIndexComponent[];
	source: string;
	simulated: boolean;
}

/** The figure of `code` from that year's ranking rows and its profile rows ('' = overall). */
export function profileIndexFigure(
	info: Pick<IndexInfo, 'code' | 'source' | 'simulated'>,
	year: number,
	ranking: readonly Row[],
	profile: readonly Row[],
	code: string
): ProfileIndexFigure {
	const own = ranking.find((r) => String(r.code) === code);
	const overall = profile.find((r) => String(r.component ?? '') === '');
	return {
		index: info.code,
		year,
		score: num(own?.score),
		ourRank: num(own?.our_rank),
		tied: own !== undefined && ranking.some((r) => r !== own && r.our_rank === own.our_rank),
		publishedRank: num(own?.published_rank),
		nUnits: num(ranking[0]?.n_units) ?? ranking.length,
		mean: num(overall?.mean),
		best: num(overall?.best),
		bestCode: text(overall?.best_code),
		best_name_vi: text(overall?.best_name_vi),
		best_name_en: text(overall?.best_name_en),
		nBest: num(overall?.n_best) ?? 0,
		components: profile
			.filter((r) => String(r.component ?? '') !== '' && String(r.parent_component ?? '') === '')
			.map((r) => ({
				id: String(r.component),
				name_vi: text(r.name_vi),
				name_en: text(r.name_en),
				score: num(r.score),
				mean: num(r.mean)
			})),
		source: info.source,
		simulated: info.simulated
	};
}

/** The /indices/ view of that index, year and province (its URL keys idx, year, prov). */
export function indicesViewPath(index: string, year: number, province: string): string {
	return `/indices/?${new URLSearchParams({ idx: index, year: String(year), prov: province }).toString()}`;
}

/** A published index the rankings map can show in a mode: its overall score of `year`. */
export interface MapIndexChoice {
	index: string;
	/** The index's latest year counted in the mode's units. */
	year: number;
	simulated: boolean;
}

/** The indices with a year in `mode`'s units, each at its latest such year, in catalog order. */
export function mapIndexChoices(catalog: readonly IndexInfo[], mode: BoundaryMode): MapIndexChoice[] {
	return catalog.flatMap((info) => {
		const year = modeYears(info, mode).at(-1);
		return year === undefined ? [] : [{ index: info.code, year, simulated: info.simulated }];
	});
}
