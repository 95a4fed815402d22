// The figures of the plain-language summary at the top of /pilots, taken from the evaluation
// result in focus. The page turns them into a sentence (vi/en); the event-study chart's caption
// shows the same figures, from the same object, so the two can never disagree.
import { isWorkingDays, type PilotsView, type PilotOutcome } from './pilots-view';

export interface SummaryFigures {
	subject: 'group' | 'pilot';
	/** The pilot unit's code (null for the group). */
	unit: string | null;
	pilotCount: number;
	/** Months (or survey years) in the post-period with data; for the group, the longest. */
	postCount: number;
	/** DiD estimate, mean naive before/after and the comparator's change, in display units. */
	did: number;
	naive: number;
	comparatorChange: number;
	preRmse: number;
	atLeastAsLarge: number;
	placeboCount: number;
	pValue: number;
	rank: number;
}

/** Working days stay as they are; shares (0–1) become percentage points. */
export function displayScale(outcome: PilotOutcome): number {
	return isWorkingDays(outcome) ? 1 : 100;
}

/** The estimate and its placebo inference, in display units (shared by the summary and the tables). */
export type EstimateFigures = Pick<
	SummaryFigures,
	'did' | 'naive' | 'comparatorChange' | 'preRmse' | 'atLeastAsLarge' | 'placeboCount' | 'pValue' | 'rank'
>;

export function estimateFigures(
	e: { did: number; naive: number; comparatorChange: number; preRmse: number },
	inference: { atLeastAsLarge: number; placeboCount: number; pValue: number; rank: number },
	scale: number
): EstimateFigures {
	return {
		did: e.did * scale,
		naive: e.naive * scale,
		comparatorChange: e.comparatorChange * scale,
		preRmse: e.preRmse * scale,
		atLeastAsLarge: inference.atLeastAsLarge,
		placeboCount: inference.placeboCount,
		pValue: inference.pValue,
		rank: inference.rank
	};
}

export function summaryFigures(view: PilotsView, outcome: PilotOutcome): SummaryFigures | null {
	const focus = view.focus;
	if (!focus) return null;
	const scale = displayScale(outcome);
	if (focus.kind === 'pilot') {
		const r = focus.result;
		return {
			subject: 'pilot',
			unit: r.dates.unit,
			pilotCount: 1,
			postCount: r.estimate.postCount,
			...estimateFigures(r.estimate, r.inference, scale)
		};
	}
	const g = focus.result;
	return {
		subject: 'group',
		unit: null,
		pilotCount: g.units.length,
		postCount: Math.max(...view.evaluation.pilots.map((p) => p.estimate.postCount)),
		...estimateFigures(g, g.inference, scale)
	};
}
