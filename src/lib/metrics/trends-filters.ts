// The choices of the trends page, validated. Every value that reaches SQL is either bound as a
// parameter or an identifier picked here from a fixed list (never text from the URL).
import { checkBoundaryMode, type BoundaryMode } from './boundary';

/** Month a dossier counts in: when it was received, or when it was finished. */
export type TrendBasis = 'finished' | 'received';
/** What one line of the chart stands for. */
export type TrendGrouping = 'province' | 'sector' | 'channel' | 'agency_level' | 'pilot';
export type TrendMetric = 'median_wd' | 'p90_wd' | 'on_time_rate' | 'received' | 'finished' | 'backlog' | 'overdue_backlog';
/** Optional restrictions on the cube's dimensions (bound values). */
export interface TrendSlice {
	sector?: string | null;
	channel?: string | null;
	agency_level?: string | null;
}

export interface TrendFilters {
	mode: BoundaryMode;
	basis: TrendBasis;
	grouping: TrendGrouping;
	/** Provinces compared (province grouping) or the scope (other groupings); at most six. */
	provinces: string[];
	/** First month, 'YYYY-MM-01'. */
	from: string;
	/** Last month (inclusive), 'YYYY-MM-01'. */
	to: string;
	slice: TrendSlice;
}

/**
 * One line of a trend chart: `all` = the country (or the chosen provinces together when the
 * grouping is not by province), `unit` = a province (key = code), `region` (key = region id),
 * `value` = a value of the grouping column (key = the sector, channel or level), `pilot`
 * (key `pilot` or `non_pilot`).
 */
export type SeriesKind = 'all' | 'unit' | 'region' | 'value' | 'pilot';
export interface SeriesRef {
	kind: SeriesKind;
	key: string;
}

export const TREND_BASES: readonly TrendBasis[] = ['finished', 'received'];
export const TREND_GROUPINGS: readonly TrendGrouping[] = ['province', 'sector', 'channel', 'agency_level', 'pilot'];
export const TREND_METRICS: readonly TrendMetric[] = [
	'median_wd',
	'p90_wd',
	'on_time_rate',
	'received',
	'finished',
	'backlog',
	'overdue_backlog'
];
export const SERIES_KINDS: readonly SeriesKind[] = ['all', 'unit', 'region', 'value', 'pilot'];
export const MAX_PROVINCES = 6;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])-01$/;
const CODE = /^\d{2}$/;

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (list as readonly string[]).includes(value);
}

export function checkMonth(month: string, what = 'month'): void {
	if (!MONTH.test(month)) throw new Error(`Invalid ${what}: ${month} (expected YYYY-MM-01)`);
}

/** Throws on anything a builder must not receive. */
export function checkTrendFilters(f: TrendFilters): void {
	checkBoundaryMode(f.mode);
	if (!isOneOf(TREND_BASES, f.basis)) throw new Error(`Unknown basis: ${String(f.basis)}`);
	if (!isOneOf(TREND_GROUPINGS, f.grouping)) throw new Error(`Unknown grouping: ${String(f.grouping)}`);
	checkMonth(f.from, 'first month');
	checkMonth(f.to, 'last month');
	if (f.from > f.to) throw new Error(`Invalid period: ${f.from}..${f.to}`);
	if (f.provinces.length > MAX_PROVINCES) throw new Error(`At most ${MAX_PROVINCES} provinces, got ${f.provinces.length}`);
	for (const code of f.provinces) if (!CODE.test(code)) throw new Error(`Invalid province code: ${code}`);
}

export function checkSeriesRef(ref: SeriesRef): void {
	if (!isOneOf(SERIES_KINDS, ref.kind)) throw new Error(`Unknown series kind: ${String(ref.kind)}`);
	if (typeof ref.key !== 'string') throw new Error('Series key must be text');
}

/** The cube column a non-province grouping splits on (fixed identifiers). */
export function groupingColumn(grouping: TrendGrouping): 'sector' | 'channel' | 'agency_level' | null {
	switch (grouping) {
		case 'sector':
		case 'channel':
		case 'agency_level':
			return grouping;
		case 'province':
		case 'pilot':
			return null;
		default:
			throw new Error(`Unknown grouping: ${String(grouping)}`);
	}
}

/** 'YYYY-MM-01' shifted by whole months. */
export function addMonths(month: string, delta: number): string {
	const y = Number(month.slice(0, 4));
	const m = Number(month.slice(5, 7)) - 1 + delta;
	const year = y + Math.floor(m / 12);
	const mm = ((m % 12) + 12) % 12;
	return `${String(year).padStart(4, '0')}-${String(mm + 1).padStart(2, '0')}-01`;
}
