// The filters every page shares and keeps in its URL: the period (months), the boundary mode and
// the province group. The default period is the last 12 months of data, so the schema is built
// from the data's span (known at build time, embedded in every page).
import { defaultsOf, enumField, monthField, parseState, serializeState, toSearch, type Schema } from './schema';
import { BOUNDARY_MODES, PROVINCE_GROUPS, type BoundaryMode, type ProvinceGroup } from '../metrics/boundary';

export { BOUNDARY_MODES, PROVINCE_GROUPS, type BoundaryMode, type ProvinceGroup };

export interface GlobalFilters {
	/** First month of the period, 'YYYY-MM'. */
	from: string;
	/** Last month of the period (inclusive), 'YYYY-MM'. */
	to: string;
	mode: BoundaryMode;
	group: ProvinceGroup;
}

/** The months that hold dossiers ('YYYY-MM'), from the cube. */
export interface DataSpan {
	firstMonth: string;
	lastMonth: string;
}

/** Months added to 'YYYY-MM' (negative to go back). */
export function addMonths(month: string, delta: number): string {
	const [y, m] = month.split('-').map(Number);
	const index = y * 12 + (m - 1) + delta;
	const year = Math.floor(index / 12);
	return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Number of months from `from` to `to`, both included. */
export function monthCount(from: string, to: string): number {
	const [fy, fm] = from.split('-').map(Number);
	const [ty, tm] = to.split('-').map(Number);
	return (ty - fy) * 12 + (tm - fm) + 1;
}

/** Every month from `from` to `to` inclusive. */
export function monthsBetween(from: string, to: string): string[] {
	const months: string[] = [];
	for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
	return months;
}

/** The last 12 months of the data (fewer when the data is shorter). */
export function defaultPeriod(span: DataSpan): { from: string; to: string } {
	const from = addMonths(span.lastMonth, -11);
	return { from: from < span.firstMonth ? span.firstMonth : from, to: span.lastMonth };
}

export function globalFilterSchema(span: DataSpan): Schema<GlobalFilters> {
	const period = defaultPeriod(span);
	const range = { min: span.firstMonth, max: span.lastMonth };
	return {
		from: monthField(period.from, range),
		to: monthField(period.to, range),
		mode: enumField(BOUNDARY_MODES, '34'),
		group: enumField(PROVINCE_GROUPS, 'all')
	};
}

export function defaultGlobalFilters(span: DataSpan): GlobalFilters {
	return defaultsOf(globalFilterSchema(span));
}

/** Global filters from the URL; a reversed period falls back to the default period. */
export function parseGlobalFilters(span: DataSpan, params: URLSearchParams): GlobalFilters {
	const filters = parseState(globalFilterSchema(span), params);
	if (filters.from > filters.to) return { ...filters, ...defaultPeriod(span) };
	return filters;
}

export function serializeGlobalFilters(span: DataSpan, filters: GlobalFilters, base?: URLSearchParams): URLSearchParams {
	return serializeState(globalFilterSchema(span), filters, base);
}

/** The period as the metric builders take it: first days of months, 'YYYY-MM-01'. */
export function periodDates(filters: Pick<GlobalFilters, 'from' | 'to'>): { from: string; to: string } {
	return { from: `${filters.from}-01`, to: `${filters.to}-01` };
}

/** The period of equal length just before (for "change vs previous period"). */
export function previousPeriod(filters: Pick<GlobalFilters, 'from' | 'to'>): { from: string; to: string } {
	const length = monthCount(filters.from, filters.to);
	return { from: addMonths(filters.from, -length), to: addMonths(filters.from, -1) };
}

/** '?from=…' with only the global filter keys of `params` (for links to other pages). */
export function globalSearch(span: DataSpan, params: URLSearchParams): string {
	const schema = globalFilterSchema(span);
	const kept = new URLSearchParams();
	for (const key of Object.keys(schema)) {
		const v = params.get(key);
		if (v !== null) kept.set(key, v);
	}
	return toSearch(serializeGlobalFilters(span, parseGlobalFilters(span, kept)));
}
