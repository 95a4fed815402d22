// The periods of one pilot's evaluation: the pre and post windows of the estimate and the
// event-study axis, on integer periods (months as year·12 + month − 1, or survey years).
import { range } from './panel';

export interface PilotDates {
	unit: string;
	/** Start and end month (period indices, year·12 + month − 1). */
	startMonth: number;
	endMonth: number;
}

export interface WindowOptions {
	/** Months before the start month in the pre-period (default 12). */
	preMonths: number;
	/** Months from the start month in the post-period; null = up to the pilot's end month. */
	postMonths: number | null;
}

export interface PeriodPlan {
	/** Period where event time is 0 (the start month). */
	origin: number;
	pre: number[];
	post: number[];
	/** Periods of the event-study chart (event time = period − origin). */
	event: number[];
}

export const DEFAULT_WINDOW: WindowOptions = { preMonths: 12, postMonths: null };
export const EVENT_FROM = -12;
export const EVENT_TO = 14;

/** Monthly plan: the `preMonths` before the start month vs the start month to the end (or `postMonths`). */
export function monthlyPlan(p: PilotDates, w: WindowOptions): PeriodPlan {
	const postEnd = w.postMonths === null ? p.endMonth : p.startMonth + w.postMonths - 1;
	return {
		origin: p.startMonth,
		pre: range(p.startMonth - w.preMonths, p.startMonth - 1),
		post: range(p.startMonth, postEnd),
		event: range(p.startMonth + EVENT_FROM, p.startMonth + EVENT_TO)
	};
}

/**
 * Yearly plan (survey): the last calendar year before the start vs the years the centre ran
 * from January (a start in January counts its year) up to the end year. No event study.
 */
export function yearlyPlan(p: PilotDates): PeriodPlan {
	const startYear = Math.floor(p.startMonth / 12);
	const firstFull = p.startMonth % 12 === 0 ? startYear : startYear + 1;
	const endYear = Math.floor(p.endMonth / 12);
	return { origin: firstFull, pre: [startYear - 1], post: range(firstFull, endYear), event: [] };
}
