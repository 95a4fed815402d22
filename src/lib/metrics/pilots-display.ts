// What the /pilots page draws, as plain serialisable data (no Maps, no functions): computed at
// build time for the prerendered default view and in the browser after every change. Values
// are in display units (working days, or percentage points for shares and indices).
import { MERGER_DATE } from '../reference/provinces';
import { monthIndex, monthLabel, type PilotUnit } from './pilots-panel';
import type { ComparatorKind, PilotResult } from '../stats/pilot-evaluation';
import type { EventPoint } from '../stats/event-study';
import { EVENT_FROM, EVENT_TO } from '../stats/pilot-plan';
import { displayScale, estimateFigures, summaryFigures, type EstimateFigures, type SummaryFigures } from './pilots-summary';
import type { PilotsOptions, PilotsView } from './pilots-view';

export interface UnitName {
	code: string;
	name_vi: string;
	name_en: string;
}

export interface PilotRowDisplay extends UnitName, EstimateFigures {
	startDate: string;
	endDate: string;
	/** Pilot provinces in the unit / 63-unit provinces in the unit (34-unit TP. HCM: 2 / 3). */
	pilotComponents: number;
	components: number;
	/** Windows as 'YYYY-MM' (monthly) or 'YYYY' (yearly). */
	preFrom: string;
	preTo: string;
	postFrom: string;
	postTo: string;
	/** Last post period with data (earlier than postTo when the merger ends the series). */
	lastPost: string;
	postCount: number;
	/** The comparator's units and weights (equal for all units and peers; fitted for synthetic). */
	weights: (UnitName & { weight: number })[];
}

export interface EventMarkerDisplay {
	kind: 'start' | 'merger' | 'end';
	fromK: number;
	toK: number;
}

export interface EventDisplay {
	points: { k: number; gap: number | null; bandLow: number | null; bandHigh: number | null }[];
	markers: EventMarkerDisplay[];
	estimate: { value: number; fromK: number; toK: number };
}

export interface PilotsDisplay {
	options: PilotsOptions;
	frequency: 'monthly' | 'yearly';
	comparatorUsed: ComparatorKind;
	units: (UnitName & { kind: string; isPilot: boolean })[];
	peers: string[];
	pilots: PilotRowDisplay[];
	missing: UnitName[];
	group: EstimateFigures | null;
	/** 'group' or the code of the pilot in focus (after fallbacks). */
	focus: string;
	summary: SummaryFigures | null;
	event: EventDisplay | null;
	/** Synthetic control of the pilot in focus: its series and the synthetic one, by month. */
	fit: { month: string; treated: number; synthetic: number }[] | null;
}

const name = (u: PilotUnit): UnitName => ({ code: u.code, name_vi: u.name_vi, name_en: u.name_en });

function periodLabel(period: number, frequency: 'monthly' | 'yearly'): string {
	return frequency === 'monthly' ? monthLabel(period) : String(period);
}

function scalePoints(points: readonly EventPoint[], scale: number): EventDisplay['points'] {
	const s = (v: number | null) => (v === null ? null : v * scale);
	return points.map((p) => ({ k: p.k, gap: s(p.gap), bandLow: s(p.bandLow), bandHigh: s(p.bandHigh) }));
}

const clampK = (k: number) => Math.min(EVENT_TO, Math.max(EVENT_FROM, k));

function markersFor(results: readonly PilotResult[]): EventMarkerDisplay[] {
	const merger = monthIndex(MERGER_DATE);
	const span = (ks: number[]) => ({ fromK: Math.min(...ks), toK: Math.max(...ks) });
	const markers: EventMarkerDisplay[] = [{ kind: 'start', fromK: 0, toK: 0 }];
	const mergerKs = results.map((r) => merger - r.dates.startMonth).filter((k) => k >= EVENT_FROM && k <= EVENT_TO);
	if (mergerKs.length) markers.push({ kind: 'merger', ...span(mergerKs) });
	const endKs = results.map((r) => r.dates.endMonth - r.dates.startMonth).filter((k) => k >= EVENT_FROM && k <= EVENT_TO);
	if (endKs.length) markers.push({ kind: 'end', ...span(endKs) });
	return markers;
}

export function buildPilotsDisplay(view: PilotsView, options: PilotsOptions): PilotsDisplay {
	const scale = displayScale(options.outcome);
	const byCode = new Map(view.units.map((u) => [u.code, u]));
	const unitName = (code: string): UnitName => {
		const u = byCode.get(code);
		return u ? name(u) : { code, name_vi: code, name_en: code };
	};
	const pilots: PilotRowDisplay[] = view.evaluation.pilots.map((r) => {
		const u = byCode.get(r.dates.unit)!;
		const e = r.estimate;
		return {
			...name(u),
			startDate: u.startDate!,
			endDate: u.endDate!,
			pilotComponents: u.pilotComponents,
			components: u.components,
			preFrom: periodLabel(r.plan.pre[0], view.frequency),
			preTo: periodLabel(r.plan.pre[r.plan.pre.length - 1], view.frequency),
			postFrom: periodLabel(r.plan.post[0], view.frequency),
			postTo: periodLabel(r.plan.post[r.plan.post.length - 1], view.frequency),
			lastPost: periodLabel(e.lastPost, view.frequency),
			postCount: e.postCount,
			...estimateFigures(e, r.inference, scale),
			// Synthetic control: the fitted weights; otherwise the comparator's units, equally weighted.
			weights: (e.weights ?? r.comparatorUnits.map((unit) => ({ unit, weight: 1 / r.comparatorUnits.length }))).map((w) => ({
				...unitName(w.unit),
				weight: w.weight
			}))
		};
	});
	const g = view.evaluation.group;
	const focus = view.focus;
	let event: EventDisplay | null = null;
	let fit: PilotsDisplay['fit'] = null;
	if (focus && view.frequency === 'monthly') {
		if (focus.kind === 'pilot') {
			const r = focus.result;
			event = {
				points: scalePoints(r.event, scale),
				markers: markersFor([r]),
				estimate: { value: r.estimate.did * scale, fromK: 0, toK: clampK(r.estimate.lastPost - r.plan.origin) }
			};
			if (r.estimate.fit) {
				fit = r.estimate.fit
					.filter((f) => f.period - r.plan.origin >= EVENT_FROM && f.period - r.plan.origin <= EVENT_TO)
					.map((f) => ({ month: monthLabel(f.period), treated: f.treated * scale, synthetic: f.synthetic * scale }));
			}
		} else {
			const results = view.evaluation.pilots;
			event = {
				points: scalePoints(focus.result.event, scale),
				markers: markersFor(results),
				estimate: {
					value: focus.result.did * scale,
					fromK: 0,
					toK: clampK(Math.max(...results.map((r) => r.estimate.lastPost - r.plan.origin)))
				}
			};
		}
	}
	return {
		options,
		frequency: view.frequency,
		comparatorUsed: view.comparatorUsed,
		units: view.units.map((u) => ({ ...name(u), kind: u.kind, isPilot: u.isPilot })),
		peers: view.peers,
		pilots,
		missing: view.evaluation.missing.map(unitName),
		group: g ? estimateFigures(g, g.inference, scale) : null,
		focus: focus?.kind === 'pilot' ? focus.result.dates.unit : 'group',
		summary: summaryFigures(view, options.outcome),
		event,
		fit
	};
}
