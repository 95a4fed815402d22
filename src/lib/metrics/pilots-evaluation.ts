// Pilot evaluation on per-unit panels: difference in differences against a comparator (all
// non-pilot units, a peer group, or a synthetic control), placebo permutation inference and the
// event-study gaps, for each pilot with its own dates and for the group (mean over pilots).
//
// Every unit's series is centred on its own pre-period mean before comparing, so a comparator
// is the average *change* of its units; a comparator unit missing in a month (a 63-unit province
// after the merger) drops out of that month's average without shifting its level. The DiD
// estimate is then mean(post gap) − mean(pre gap).
import type { Panel } from './pilots-panel';
import { differenceInDifferences, gapSeries } from '../stats/did';
import { permutationPValue } from '../stats/placebo';
import { simplexLeastSquares } from '../stats/simplex';

export type ComparatorKind = 'all' | 'peers' | 'synthetic';
export const COMPARATOR_KINDS: readonly ComparatorKind[] = ['all', 'peers', 'synthetic'];

export function isComparatorKind(value: unknown): value is ComparatorKind {
	return (COMPARATOR_KINDS as readonly unknown[]).includes(value);
}

/** The periods of one evaluation: pre and post (estimate) and the event-study axis. */
export interface PeriodPlan {
	/** Period where event time is 0 (the start month). */
	origin: number;
	pre: number[];
	post: number[];
	/** Periods of the event-study chart (event time = period − origin). */
	event: number[];
}

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

export const DEFAULT_WINDOW: WindowOptions = { preMonths: 12, postMonths: null };
export const EVENT_FROM = -12;
export const EVENT_TO = 14;

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

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

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);

function valuesAt(series: Map<number, number> | undefined, periods: readonly number[]): number[] {
	const out: number[] = [];
	if (!series) return out;
	for (const t of periods) {
		const v = series.get(t);
		if (v !== undefined) out.push(v);
	}
	return out;
}

function hasAll(series: Map<number, number> | undefined, periods: readonly number[]): boolean {
	return !!series && periods.every((t) => series.has(t));
}

export interface Weight {
	unit: string;
	weight: number;
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
	fit?: { period: number; treated: number; synthetic: number }[];
}

interface ComparatorSpec {
	kind: ComparatorKind;
	/** Candidate comparator units (never a pilot; the treated unit is removed). */
	pool: readonly string[];
}

/** DiD of `treated` against the comparator; null when the unit lacks pre or post data. */
export function estimateUnit(panel: Panel, treated: string, spec: ComparatorSpec, plan: PeriodPlan): UnitEstimate | null {
	const series = panel.get(treated);
	const preValues = valuesAt(series, plan.pre);
	if (!series || preValues.length < 1 || valuesAt(series, plan.post).length < 1) return null;
	const treatedPreMean = mean(preValues);
	const allPeriods = [...new Set([...plan.pre, ...plan.post, ...plan.event])].sort((a, b) => a - b);
	const pool = spec.pool.filter((u) => u !== treated);

	// The comparator as one series (level irrelevant to DiD): the mean change of the pool's units
	// (each centred on its pre mean) or the synthetic control (centred likewise).
	const comparatorValues = new Map<number, number>();
	let weights: Weight[] | undefined;
	let fit: UnitEstimate['fit'];
	if (spec.kind === 'synthetic') {
		// Donors need the treated unit's pre and post periods complete.
		const needed = [...plan.pre, ...plan.post].filter((t) => series.has(t));
		const donors = pool.filter((u) => hasAll(panel.get(u), needed));
		if (donors.length === 0) return null;
		const pre = plan.pre.filter((t) => series.has(t));
		const donorPreMeans = donors.map((u) => mean(valuesAt(panel.get(u), pre)));
		const target = pre.map((t) => series.get(t)! - treatedPreMean);
		const matrix = donors.map((u, j) => pre.map((t) => panel.get(u)!.get(t)! - donorPreMeans[j]));
		// Placebo runs fit hundreds of these per change: a gap tolerance of 1e-9 is ample.
		const w = simplexLeastSquares(matrix, target, { gapTolerance: 1e-9 }).weights;
		const active = donors.map((u, j) => ({ unit: u, weight: w[j], j })).filter((d) => d.weight > 1e-6);
		const total = active.reduce((s, d) => s + d.weight, 0);
		weights = active.map((d) => ({ unit: d.unit, weight: d.weight / total })).sort((a, b) => b.weight - a.weight);
		const syntheticPreMean = active.reduce((s, d) => s + (d.weight / total) * donorPreMeans[d.j], 0);
		fit = [];
		for (const t of allPeriods) {
			let synth = 0;
			let complete = true;
			for (const d of active) {
				const v = panel.get(d.unit)!.get(t);
				if (v === undefined) {
					complete = false;
					break;
				}
				synth += (d.weight / total) * v;
			}
			if (!complete) continue;
			comparatorValues.set(t, synth - syntheticPreMean);
			const y = series.get(t);
			if (y !== undefined) fit.push({ period: t, treated: y, synthetic: synth - syntheticPreMean + treatedPreMean });
		}
	} else {
		const members = pool
			.map((u) => ({ series: panel.get(u), preMean: mean(valuesAt(panel.get(u), plan.pre)) }))
			.filter((m) => m.series && Number.isFinite(m.preMean));
		if (members.length === 0) return null;
		for (const t of allPeriods) {
			const changes: number[] = [];
			for (const m of members) {
				const v = m.series!.get(t);
				if (v !== undefined) changes.push(v - m.preMean);
			}
			if (changes.length) comparatorValues.set(t, mean(changes));
		}
	}
	// Event time relative to the plan's origin; the DiD itself is the stats library's.
	const toPoints = (values: Map<number, number>) => [...values].map(([t, y]) => ({ t: t - plan.origin, y }));
	const window = (periods: number[]) => ({ from: periods[0] - plan.origin, to: periods[periods.length - 1] - plan.origin });
	const did = differenceInDifferences(toPoints(series), toPoints(comparatorValues), {
		pre: window(plan.pre),
		post: window(plan.post)
	});
	if (!did) return null;
	const gaps = new Map<number, number>();
	for (const g of gapSeries(toPoints(series), toPoints(comparatorValues))) {
		gaps.set(g.t + plan.origin, g.gap - did.preGapMean);
	}
	return {
		unit: treated,
		did: did.estimate,
		naive: did.naiveChange,
		comparatorChange: did.comparatorChange,
		preRmse: did.preRmse,
		preCount: did.preMonths.length,
		postCount: did.postMonths.length,
		lastPost: Math.max(...did.postMonths) + plan.origin,
		gaps,
		weights,
		fit
	};
}

export interface PlaceboInference {
	/** Placebo estimates (each non-pilot unit as a fake pilot with the same dates). */
	placebos: { unit: string; did: number; preRmse: number }[];
	/** Placebo units whose |estimate| is at least the real one's. */
	atLeastAsLarge: number;
	placeboCount: number;
	/** Rank of the real estimate by size among real + placebos (1 = largest; ties rank below). */
	rank: number;
	/** Permutation p-value (1 + atLeastAsLarge) / (1 + placeboCount). */
	pValue: number;
}

export function placeboInference(estimate: number, placebos: PlaceboInference['placebos']): PlaceboInference {
	const { rank, pValue } = permutationPValue(
		estimate,
		placebos.map((p) => p.did)
	);
	return { placebos, atLeastAsLarge: rank - 1, placeboCount: placebos.length, rank, pValue };
}

export interface EventPoint {
	/** Event time in months (0 = start month). */
	k: number;
	period: number;
	gap: number | null;
	/** 5th and 95th percentile of the placebo gaps at k (null with fewer than 5 placebos). */
	bandLow: number | null;
	bandHigh: number | null;
	/** Whether the period is in the estimate's pre or post window. */
	window: 'pre' | 'post' | null;
}

export function quantile(sorted: readonly number[], q: number): number {
	// Linear interpolation between order statistics (type 7).
	const h = (sorted.length - 1) * q;
	const lo = Math.floor(h);
	const hi = Math.ceil(h);
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function eventPoints(plan: PeriodPlan, gaps: Map<number, number>, placeboGaps: Map<number, number>[]): EventPoint[] {
	return plan.event.map((period) => {
		const values = placeboGaps
			.map((g) => g.get(period))
			.filter((v): v is number => v !== undefined)
			.sort((a, b) => a - b);
		const band = values.length >= 5;
		return {
			k: period - plan.origin,
			period,
			gap: gaps.get(period) ?? null,
			bandLow: band ? quantile(values, 0.05) : null,
			bandHigh: band ? quantile(values, 0.95) : null,
			window: plan.pre.includes(period) ? 'pre' : plan.post.includes(period) ? 'post' : null
		};
	});
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

function poolFor(input: EvaluationInput): string[] {
	const nonPilot = new Set(input.nonPilots);
	if (input.comparator === 'peers') return input.peers.filter((u) => nonPilot.has(u));
	return [...input.nonPilots];
}

/** The whole evaluation: each pilot, its placebos, the event study, and the group. */
export function evaluatePilots(input: EvaluationInput): Evaluation {
	// Survey years are too few to fit synthetic weights: the yearly comparator falls back to 'all'.
	const kind: ComparatorKind = input.frequency === 'yearly' && input.comparator === 'synthetic' ? 'all' : input.comparator;
	const pool = poolFor({ ...input, comparator: kind });
	const results: PilotResult[] = [];
	const missing: string[] = [];
	// placebo unit → its estimates and gaps (by event time) for each pilot
	const placeboByUnit = new Map<string, { did: number; preRmse: number; gapsByK: Map<number, number> }[]>();
	for (const dates of input.pilots) {
		const plan = input.frequency === 'monthly' ? monthlyPlan(dates, input.window) : yearlyPlan(dates);
		const estimate = estimateUnit(input.panel, dates.unit, { kind, pool }, plan);
		if (!estimate) {
			missing.push(dates.unit);
			continue;
		}
		const placebos: PlaceboInference['placebos'] = [];
		const placeboGaps: Map<number, number>[] = [];
		for (const unit of input.nonPilots) {
			const fake = estimateUnit(input.panel, unit, { kind, pool }, plan);
			if (!fake) continue;
			placebos.push({ unit, did: fake.did, preRmse: fake.preRmse });
			placeboGaps.push(fake.gaps);
			const gapsByK = new Map([...fake.gaps].map(([t, g]) => [t - plan.origin, g]));
			const list = placeboByUnit.get(unit) ?? [];
			list.push({ did: fake.did, preRmse: fake.preRmse, gapsByK });
			placeboByUnit.set(unit, list);
		}
		results.push({
			dates,
			plan,
			estimate,
			inference: placeboInference(estimate.did, placebos),
			event: eventPoints(plan, estimate.gaps, placeboGaps),
			comparatorUnits: estimate.weights ? estimate.weights.map((w) => w.unit) : pool.filter((u) => u !== dates.unit)
		});
	}
	return { pilots: results, missing, group: groupResult(results, placeboByUnit) };
}

function groupResult(
	results: readonly PilotResult[],
	placeboByUnit: Map<string, { did: number; preRmse: number; gapsByK: Map<number, number> }[]>
): GroupResult | null {
	if (results.length === 0) return null;
	const n = results.length;
	// A placebo unit enters the group's distribution only with a fake estimate for every pilot.
	const placebos = [...placeboByUnit]
		.filter(([, list]) => list.length === n)
		.map(([unit, list]) => ({
			unit,
			did: mean(list.map((x) => x.did)),
			preRmse: Math.sqrt(mean(list.map((x) => x.preRmse ** 2))),
			gapsByK: list.map((x) => x.gapsByK)
		}));
	const did = mean(results.map((r) => r.estimate.did));
	const ks = range(EVENT_FROM, EVENT_TO);
	const meanAt = (maps: Map<number, number>[], k: number) => {
		const vals = maps.map((m) => m.get(k)).filter((v): v is number => v !== undefined);
		return vals.length === maps.length ? mean(vals) : null;
	};
	const pilotGapsByK = results.map((r) => new Map(r.event.filter((e) => e.gap !== null).map((e) => [e.k, e.gap as number])));
	const event: EventPoint[] = ks.map((k) => {
		// The group gap at k averages the pilots observed at k (the merger ends some series early).
		const vals = pilotGapsByK.map((m) => m.get(k)).filter((v): v is number => v !== undefined);
		const band = placebos
			.map((p) => meanAt(p.gapsByK, k))
			.filter((v): v is number => v !== null)
			.sort((a, b) => a - b);
		const hasBand = band.length >= 5;
		return {
			k,
			period: k,
			gap: vals.length ? mean(vals) : null,
			bandLow: hasBand ? quantile(band, 0.05) : null,
			bandHigh: hasBand ? quantile(band, 0.95) : null,
			window: k < 0 ? 'pre' : 'post'
		};
	});
	return {
		units: results.map((r) => r.dates.unit),
		did,
		naive: mean(results.map((r) => r.estimate.naive)),
		comparatorChange: mean(results.map((r) => r.estimate.comparatorChange)),
		preRmse: Math.sqrt(mean(results.map((r) => r.estimate.preRmse ** 2))),
		inference: placeboInference(
			did,
			placebos.map((p) => ({ unit: p.unit, did: p.did, preRmse: p.preRmse }))
		),
		event
	};
}
