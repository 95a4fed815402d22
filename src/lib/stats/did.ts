/**
 * Difference in differences on monthly event-time series (METRICS.md, pilot evaluation).
 *
 * Only months where both the pilot and the comparator have a value are used (in both windows),
 * so that estimate = naiveChange − comparatorChange = mean post gap − mean pre gap exactly.
 */
import { inWindow, mean, seriesMap, type EventWindow, type SeriesPoint } from './series';

export interface DidWindows {
	pre: EventWindow;
	post: EventWindow;
}

/** 12 months before the start vs the start month and the 14 months after it. */
export const DEFAULT_DID_WINDOWS: DidWindows = { pre: { from: -12, to: -1 }, post: { from: 0, to: 14 } };

export interface DidResult {
	prePilot: number;
	postPilot: number;
	preComparator: number;
	postComparator: number;
	/** (postPilot − prePilot) − (postComparator − preComparator). */
	estimate: number;
	/** Naive before/after change of the pilot: postPilot − prePilot. */
	naiveChange: number;
	/** postComparator − preComparator. */
	comparatorChange: number;
	/** Mean pilot − comparator gap over the pre months. */
	preGapMean: number;
	/**
	 * Root mean square of the pre-period gap around its mean: how far the two series were from
	 * parallel before the start (a constant gap is allowed by DiD and gives 0).
	 */
	preRmse: number;
	/** Event months used (both series observed). */
	preMonths: number[];
	postMonths: number[];
}

/** Pilot − comparator gap at each month where both are observed, sorted by t. */
export function gapSeries(
	pilot: readonly SeriesPoint[],
	comparator: readonly SeriesPoint[]
): { t: number; gap: number; pilot: number; comparator: number }[] {
	const p = seriesMap(pilot);
	const c = seriesMap(comparator);
	const out: { t: number; gap: number; pilot: number; comparator: number }[] = [];
	for (const [t, y] of p) {
		const yc = c.get(t);
		if (yc !== undefined) out.push({ t, gap: y - yc, pilot: y, comparator: yc });
	}
	return out.sort((a, b) => a.t - b.t);
}

/** Difference in differences; null when a window has no month observed in both series. */
export function differenceInDifferences(
	pilot: readonly SeriesPoint[],
	comparator: readonly SeriesPoint[],
	windows: DidWindows = DEFAULT_DID_WINDOWS
): DidResult | null {
	const gaps = gapSeries(pilot, comparator);
	const pre = gaps.filter((g) => inWindow(g.t, windows.pre));
	const post = gaps.filter((g) => inWindow(g.t, windows.post));
	if (pre.length === 0 || post.length === 0) return null;
	const avg = (rows: typeof gaps, key: 'pilot' | 'comparator' | 'gap') => mean(rows.map((r) => r[key])) ?? 0;
	const prePilot = avg(pre, 'pilot');
	const postPilot = avg(post, 'pilot');
	const preComparator = avg(pre, 'comparator');
	const postComparator = avg(post, 'comparator');
	const preGapMean = avg(pre, 'gap');
	const naiveChange = postPilot - prePilot;
	const comparatorChange = postComparator - preComparator;
	const preRmse = Math.sqrt(mean(pre.map((g) => (g.gap - preGapMean) ** 2)) ?? 0);
	return {
		prePilot,
		postPilot,
		preComparator,
		postComparator,
		estimate: naiveChange - comparatorChange,
		naiveChange,
		comparatorChange,
		preGapMean,
		preRmse,
		preMonths: pre.map((g) => g.t),
		postMonths: post.map((g) => g.t)
	};
}

export interface EventStudyPoint {
	t: number;
	/** Gap minus the mean pre-period gap (so the pre months average 0); null without pre months. */
	gap: number | null;
	/** Pilot − comparator, not normalised. */
	rawGap: number;
	pilot: number;
	comparator: number;
}

export interface EventStudyOptions {
	/** Months whose mean gap is the zero line (default −12..−1). */
	pre?: EventWindow;
	/** Months shown (default −12..+14). */
	range?: EventWindow;
}

/**
 * Monthly pilot − comparator gap on event time, normalised so the mean gap over the pre window is
 * 0: then a post-month value reads as the effect in that month, and the pre-months show whether
 * the series ran parallel before the start (they should hover around 0).
 */
export function eventStudy(
	pilot: readonly SeriesPoint[],
	comparator: readonly SeriesPoint[],
	options: EventStudyOptions = {}
): EventStudyPoint[] {
	const preWindow = options.pre ?? DEFAULT_DID_WINDOWS.pre;
	const range = options.range ?? { from: -12, to: 14 };
	const gaps = gapSeries(pilot, comparator);
	const offset = mean(gaps.filter((g) => inWindow(g.t, preWindow)).map((g) => g.gap));
	return gaps
		.filter((g) => inWindow(g.t, range))
		.map((g) => ({
			t: g.t,
			gap: offset === null ? null : g.gap - offset,
			rawGap: g.gap,
			pilot: g.pilot,
			comparator: g.comparator
		}));
}
