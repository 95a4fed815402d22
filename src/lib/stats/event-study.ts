/**
 * The event study (METRICS.md): the monthly treated − comparator gap on event time (months since
 * each pilot's own start), less the mean pre-period gap (so the pre months hover around 0 when
 * the series ran parallel, and a post month reads as that month's effect), with the 5th–95th
 * percentile band of the placebo units' gaps, computed the same way.
 */
import { mean } from './panel';
import { placeboBand } from './placebo';
import type { PeriodPlan } from './pilot-plan';

export interface EventPoint {
	/** Event time in months (0 = start month). */
	k: number;
	/** The period (for the group, where pilots have different starts: k itself). */
	period: number;
	gap: number | null;
	/** 5th and 95th percentile of the placebo gaps at k (null with fewer than 5 placebos). */
	bandLow: number | null;
	bandHigh: number | null;
	/** Whether the period is in the estimate's pre or post window. */
	window: 'pre' | 'post' | null;
}

function point(k: number, period: number, gap: number | null, placebo: number[], window: EventPoint['window']): EventPoint {
	const band = placeboBand(placebo);
	return { k, period, gap, bandLow: band?.low ?? null, bandHigh: band?.high ?? null, window };
}

/** One pilot: its gaps and its placebos' gaps, both by period (as DidResult.gaps). */
export function eventStudy(
	plan: PeriodPlan,
	gaps: ReadonlyMap<number, number>,
	placeboGaps: readonly ReadonlyMap<number, number>[]
): EventPoint[] {
	return plan.event.map((period) => {
		const placebo = placeboGaps.map((g) => g.get(period)).filter((v): v is number => v !== undefined);
		const window = plan.pre.includes(period) ? 'pre' : plan.post.includes(period) ? 'post' : null;
		return point(period - plan.origin, period, gaps.get(period) ?? null, placebo, window);
	});
}

/**
 * The group: at each event month k, the mean gap of the pilots observed at k (the merger ends
 * some series early), and the band of the placebo units' mean gap over the pilots' dates (a
 * placebo unit counts at k only when it has a gap for every pilot's date).
 */
export function groupEventStudy(
	ks: readonly number[],
	pilotGapsByK: readonly ReadonlyMap<number, number>[],
	placeboGapsByK: readonly (readonly ReadonlyMap<number, number>[])[]
): EventPoint[] {
	return ks.map((k) => {
		const pilots = pilotGapsByK.map((m) => m.get(k)).filter((v): v is number => v !== undefined);
		const placebo: number[] = [];
		for (const maps of placeboGapsByK) {
			const vals = maps.map((m) => m.get(k)).filter((v): v is number => v !== undefined);
			if (vals.length === maps.length) placebo.push(mean(vals));
		}
		return point(k, k, pilots.length ? mean(pilots) : null, placebo, k < 0 ? 'pre' : 'post');
	});
}
