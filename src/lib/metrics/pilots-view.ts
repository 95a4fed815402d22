// From the rows of the three pilot queries and the page's options to everything the /pilots
// page shows: the evaluation of the chosen outcome, the peers used, and the summary figures.
// Pure (no DOM, no DB): the same code runs at build time for the prerendered default view and
// in the browser on every change.
import type { Row } from './query';
import { isMonthlyOutcome, type MonthlyOutcome, type PilotMode, type YearlyOutcome } from './pilots-series';
import { defaultPeers, monthIndex, monthlyPanel, parseUnits, yearlyPanel, type PilotUnit } from './pilots-panel';
import { evaluatePilots, type ComparatorKind, type Evaluation, type GroupResult, type PilotResult } from '../stats/pilot-evaluation';

export type PilotOutcome = MonthlyOutcome | YearlyOutcome;

export interface PilotsOptions {
	mode: PilotMode;
	outcome: PilotOutcome;
	comparator: ComparatorKind;
	/** Peer group codes; null = the default peers. */
	peers: readonly string[] | null;
	preMonths: number;
	/** Months from the start; null = to the pilot's end. */
	postMonths: number | null;
	/** 'group' or a pilot unit's code. */
	focus: string;
}

export const DEFAULT_PILOTS_OPTIONS: PilotsOptions = {
	mode: '63',
	outcome: 'mean_wd',
	comparator: 'all',
	peers: null,
	preMonths: 12,
	postMonths: null,
	focus: 'group'
};

export interface PilotsRows {
	monthly: readonly Row[];
	survey: readonly Row[];
	units: readonly Row[];
}

export interface PilotsView {
	units: PilotUnit[];
	pilots: PilotUnit[];
	peers: string[];
	frequency: 'monthly' | 'yearly';
	/** The comparator actually used (yearly outcomes cannot fit a synthetic control). */
	comparatorUsed: ComparatorKind;
	evaluation: Evaluation;
	/** The result in focus: the group or one pilot (null when it has no estimate). */
	focus: { kind: 'group'; result: GroupResult } | { kind: 'pilot'; result: PilotResult } | null;
}

/** Whether a larger value of the outcome is an improvement (for the wording only). */
/** Outcomes in working days (the others are shares or indices, 0–1). */
export function isWorkingDays(outcome: PilotOutcome): boolean {
	return outcome === 'mean_wd' || outcome === 'median_wd' || outcome === 'p90_wd';
}

export function higherIsBetter(outcome: PilotOutcome): boolean {
	return !isWorkingDays(outcome);
}

export function buildPilotsView(rows: PilotsRows, options: PilotsOptions): PilotsView {
	const units = parseUnits(rows.units);
	const pilots = units.filter((u) => u.isPilot && u.startDate && u.endDate);
	const nonPilots = units.filter((u) => !u.isPilot).map((u) => u.code);
	const peers = options.peers ? options.peers.filter((c) => nonPilots.includes(c)) : defaultPeers(units);
	const frequency = isMonthlyOutcome(options.outcome) ? 'monthly' : 'yearly';
	const panel =
		frequency === 'monthly'
			? monthlyPanel(rows.monthly, options.outcome as MonthlyOutcome)
			: yearlyPanel(rows.survey, options.outcome as YearlyOutcome);
	const comparatorUsed: ComparatorKind = frequency === 'yearly' && options.comparator === 'synthetic' ? 'all' : options.comparator;
	const evaluation = evaluatePilots({
		panel,
		pilots: pilots.map((p) => ({
			unit: p.code,
			startMonth: monthIndex(p.startDate!),
			endMonth: monthIndex(p.endDate!)
		})),
		nonPilots,
		comparator: comparatorUsed,
		peers,
		frequency,
		window: { preMonths: options.preMonths, postMonths: options.postMonths }
	});
	// A pilot that is not a unit in this mode (Bình Dương in 34-unit mode) falls back to the group.
	const pilotResult = evaluation.pilots.find((r) => r.dates.unit === options.focus);
	const focus: PilotsView['focus'] = pilotResult
		? { kind: 'pilot', result: pilotResult }
		: evaluation.group
			? { kind: 'group', result: evaluation.group }
			: null;
	return { units, pilots, peers, frequency, comparatorUsed, evaluation, focus };
}
