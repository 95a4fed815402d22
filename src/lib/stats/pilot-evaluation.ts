/**
 * The pilot evaluation on per-unit panels (METRICS.md): for each pilot with its own dates, the
 * difference in differences against a comparator (all non-pilot units, a peer group, or a
 * synthetic control), placebo permutation inference (every non-pilot unit as a fake pilot with
 * the same dates and the same comparator rule) and the event study; then the group (the mean
 * over pilots, and as placebo each non-pilot unit's mean over the pilots' dates).
 *
 * Centring rule: every unit's series is centred on its own pre-period mean, and a comparator
 * unit missing in a month (a 63-unit province after the 2025-07-01 merger) drops out of that
 * month's average (did.ts, synthetic-control.ts).
 *
 * Outcome: the page evaluates the *mean* processing time by default, not the median. Medians of
 * whole working days move in integer steps: one province's median jumps by 0 or 1 day where
 * its distribution moves by a fraction, so a DiD on four pilots' medians is coarse and biased
 * by where each province sits between two integers. The mean is linear in the dossiers (a
 * planted shift of every dossier moves it by exactly that much) and is exact from the
 * histogram cube (wd at 0.1 day). pilot-simulation.test.ts checks the estimators on it.
 */
import { centredComparator, differenceInDifferences } from './did';
import { eventStudy, groupEventStudy, type EventPoint } from './event-study';
import { mean, meanOver, range, valuesAt, type Panel } from './panel';
import { EVENT_FROM, EVENT_TO, monthlyPlan, yearlyPlan, type PeriodPlan, type PilotDates, type WindowOptions } from './pilot-plan';
import { placeboInference, type PlaceboEstimate, type PlaceboInference } from './placebo';
import { syntheticControl, type SyntheticControl, type Weight } from './synthetic-control';

export type ComparatorKind = 'all' | 'peers' | 'synthetic';
export const COMPARATOR_KINDS: readonly ComparatorKind[] = ['all', 'peers', 'synthetic'];

export function isComparatorKind(value: unknown): value is ComparatorKind {
	return (COMPARATOR_KINDS as readonly unknown[]).includes(value);
}

/** Result for one treated unit (a pilot, or a placebo unit given a pilot's dates). */
export interface UnitEstimate {
	unit: string;
	/** Difference in differences: mean post gap − mean pre gap (months with both series). */
	did: number;
	/** Naive before/after: the unit's post mean − pre mean (same months as the DiD). */
	naive: number;
	/** Change of the comparator over the same window (naive − did). */
	comparatorChange: number;
	/** Root mean square of the pre-period gaps around their mean (parallel-trend fit). */
	preRmse: number;
	preCount: number;
	postCount: number;
	/** Last post period with data (the merger may cut it short). */
	lastPost: number;
	/** gap(t) − mean pre gap, for every plan period (pre, post, event) with data. */
	gaps: Map<number, number>;
	/** Synthetic control only: the donors' weights (> 0), largest first. */
	weights?: Weight[];
	/** Synthetic control only: the treated unit's and the synthetic series, level-matched over the pre-period. */
	fit?: SyntheticControl['fit'];
}

export interface ComparatorSpec {
	kind: ComparatorKind;
	/** Candidate comparator units (never a pilot; the treated unit is removed). */
	pool: readonly string[];
}

/** DiD of `treated` against the comparator; null when the unit lacks pre or post data. */
export function estimateUnit(panel: Panel, treated: string, spec: ComparatorSpec, plan: PeriodPlan): UnitEstimate | null {
	const series = panel.get(treated);
	if (!series || valuesAt(series, plan.pre).length < 1 || valuesAt(series, plan.post).length < 1) return null;
	const periods = [...new Set([...plan.pre, ...plan.post, ...plan.event])].sort((a, b) => a - b);
	const pool = spec.pool.filter((u) => u !== treated);
	let comparator: Map<number, number>;
	let sc: SyntheticControl | null = null;
	if (spec.kind === 'synthetic') {
		sc = syntheticControl(panel, series, pool, plan, periods);
		if (!sc) return null;
		comparator = sc.comparator;
	} else {
		if (!pool.some((u) => Number.isFinite(meanOver(panel.get(u), plan.pre)))) return null;
		comparator = centredComparator(panel, pool, plan.pre, periods);
	}
	const did = differenceInDifferences(series, comparator, plan.pre, plan.post);
	if (!did) return null;
	return {
		unit: treated,
		did: did.estimate,
		naive: did.naive,
		comparatorChange: did.comparatorChange,
		preRmse: did.preRmse,
		preCount: did.preMonths.length,
		postCount: did.postMonths.length,
		lastPost: Math.max(...did.postMonths),
		gaps: did.gaps,
		...(sc ? { weights: sc.weights, fit: sc.fit } : {})
	};
}

export interface PilotResult {
	dates: PilotDates;
	plan: PeriodPlan;
	estimate: UnitEstimate;
	inference: PlaceboInference;
	event: EventPoint[];
	/** Comparator units used (the pool; for synthetic, the donors with weight). */
	comparatorUnits: string[];
}

export interface GroupResult {
	/** Pilots in the group (those with an estimate). */
	units: string[];
	did: number;
	naive: number;
	comparatorChange: number;
	preRmse: number;
	inference: PlaceboInference;
	/** Mean over pilots of the gaps, by event time. */
	event: EventPoint[];
}

export interface EvaluationInput {
	panel: Panel;
	pilots: readonly PilotDates[];
	/** Every non-pilot unit (placebo candidates and the 'all' comparator). */
	nonPilots: readonly string[];
	comparator: ComparatorKind;
	/** Peer group (for 'peers'); pilots in it are ignored. */
	peers: readonly string[];
	frequency: 'monthly' | 'yearly';
	window: WindowOptions;
}

export interface Evaluation {
	pilots: PilotResult[];
	/** Pilots without enough data for an estimate (e.g. no pre-period). */
	missing: string[];
	group: GroupResult | null;
}

/** A placebo unit's fake estimate for one pilot's dates, its gaps keyed by event time. */
interface PlaceboRun extends PlaceboEstimate {
	gapsByK: Map<number, number>;
}

/** The whole evaluation: each pilot, its placebos, the event study, and the group. */
export function evaluatePilots(input: EvaluationInput): Evaluation {
	// Survey years are too few to fit synthetic weights: the yearly comparator falls back to 'all'.
	const kind: ComparatorKind = input.frequency === 'yearly' && input.comparator === 'synthetic' ? 'all' : input.comparator;
	const nonPilot = new Set(input.nonPilots);
	const pool = kind === 'peers' ? input.peers.filter((u) => nonPilot.has(u)) : [...input.nonPilots];
	const results: PilotResult[] = [];
	const missing: string[] = [];
	const runsByUnit = new Map<string, PlaceboRun[]>();
	for (const dates of input.pilots) {
		const plan = input.frequency === 'monthly' ? monthlyPlan(dates, input.window) : yearlyPlan(dates);
		const estimate = estimateUnit(input.panel, dates.unit, { kind, pool }, plan);
		if (!estimate) {
			missing.push(dates.unit);
			continue;
		}
		const placebos: PlaceboEstimate[] = [];
		const placeboGaps: Map<number, number>[] = [];
		for (const unit of input.nonPilots) {
			const fake = estimateUnit(input.panel, unit, { kind, pool }, plan);
			if (!fake) continue;
			placebos.push({ unit, did: fake.did, preRmse: fake.preRmse });
			placeboGaps.push(fake.gaps);
			const runs = runsByUnit.get(unit) ?? [];
			runs.push({ unit, did: fake.did, preRmse: fake.preRmse, gapsByK: new Map([...fake.gaps].map(([t, g]) => [t - plan.origin, g])) });
			runsByUnit.set(unit, runs);
		}
		results.push({
			dates,
			plan,
			estimate,
			inference: placeboInference(estimate.did, placebos),
			event: eventStudy(plan, estimate.gaps, placeboGaps),
			comparatorUnits: estimate.weights ? estimate.weights.map((w) => w.unit) : pool.filter((u) => u !== dates.unit)
		});
	}
	return { pilots: results, missing, group: groupResult(results, runsByUnit) };
}

function groupResult(results: readonly PilotResult[], runsByUnit: Map<string, PlaceboRun[]>): GroupResult | null {
	if (results.length === 0) return null;
	// A placebo unit enters the group's distribution only with a fake estimate for every pilot.
	const placebos = [...runsByUnit.values()].filter((runs) => runs.length === results.length);
	const rms = (xs: number[]) => Math.sqrt(mean(xs.map((x) => x ** 2)));
	const did = mean(results.map((r) => r.estimate.did));
	const pilotGapsByK = results.map((r) => new Map(r.event.filter((e) => e.gap !== null).map((e) => [e.k, e.gap as number])));
	return {
		units: results.map((r) => r.dates.unit),
		did,
		naive: mean(results.map((r) => r.estimate.naive)),
		comparatorChange: mean(results.map((r) => r.estimate.comparatorChange)),
		preRmse: rms(results.map((r) => r.estimate.preRmse)),
		inference: placeboInference(
			did,
			placebos.map((runs) => ({ unit: runs[0].unit, did: mean(runs.map((x) => x.did)), preRmse: rms(runs.map((x) => x.preRmse)) }))
		),
		event: groupEventStudy(
			range(EVENT_FROM, EVENT_TO),
			pilotGapsByK,
			placebos.map((runs) => runs.map((x) => x.gapsByK))
		)
	};
}
