// The period a profile shows. A 34-unit profile shows the global period as chosen. A pre-merger
// province has figures only before the merger: a period reaching past it is moved back to end
// with the last 63-unit month, keeping its length (and never before the data's first month).
import { addMonths, monthCount, type DataSpan } from '../../state/global-filters';
import { LAST_MONTH_63, periodValidIn, type BoundaryMode } from '../../metrics/boundary';

export interface MonthPeriod {
	/** 'YYYY-MM' */
	from: string;
	to: string;
}

export function profilePeriod(mode: BoundaryMode, chosen: MonthPeriod, span: DataSpan): MonthPeriod & { moved: boolean } {
	if (periodValidIn(mode, chosen.to)) return { ...chosen, moved: false };
	const to = LAST_MONTH_63 < span.lastMonth ? LAST_MONTH_63 : span.lastMonth;
	const from = addMonths(to, -(monthCount(chosen.from, chosen.to) - 1));
	return { from: from < span.firstMonth ? span.firstMonth : from, to, moved: true };
}
