// The /pilots page's own URL keys (shareable links): outcome, comparator, peers, window, focus
// and boundary mode. The global period filter does not apply here: each pilot has its own
// window around its own start date.
import { enumField, intField, type Field, type Schema } from '../../state/schema';
import { MONTHLY_OUTCOMES, YEARLY_OUTCOMES, type PilotMode } from '../../metrics/pilots-series';
import { COMPARATOR_KINDS, type ComparatorKind } from '../../stats/pilot-evaluation';
import { DEFAULT_PILOTS_OPTIONS, type PilotOutcome, type PilotsOptions } from '../../metrics/pilots-view';

export const PILOT_OUTCOMES: readonly PilotOutcome[] = [...MONTHLY_OUTCOMES, ...YEARLY_OUTCOMES];
export const PILOT_MODES: readonly PilotMode[] = ['63', '34'];

export interface PilotsUrlState {
	outcome: PilotOutcome;
	cmp: ComparatorKind;
	/** Peer codes; null = the default peer group. */
	peers: string[] | null;
	pre: number;
	/** Months after the start; null = to the pilot's end. */
	post: number | null;
	focus: string;
	units: PilotMode;
}

/** 'end' or a whole number of months. */
function postField(): Field<number | null> {
	return {
		default: null,
		parse(raw) {
			if (raw === 'end') return null;
			if (!/^\d{1,2}$/.test(raw)) return undefined;
			const n = Number(raw);
			return n >= 1 && n <= 24 ? n : undefined;
		},
		serialize: (value) => (value === null ? 'end' : String(value))
	};
}

/** A comma-separated list of 2-digit province codes (at most 63). */
function peersField(): Field<string[] | null> {
	return {
		default: null,
		parse(raw) {
			if (raw === '') return undefined;
			const codes = [...new Set(raw.split(','))];
			if (codes.length > 63 || !codes.every((c) => /^\d{2}$/.test(c))) return undefined;
			return codes.sort();
		},
		serialize: (value) => (value === null ? '' : value.join(','))
	};
}

function focusField(): Field<string> {
	return {
		default: 'group',
		parse: (raw) => (raw === 'group' || /^\d{2}$/.test(raw) ? raw : undefined),
		serialize: (value) => value
	};
}

export const pilotsSchema: Schema<PilotsUrlState> = {
	outcome: enumField(PILOT_OUTCOMES, DEFAULT_PILOTS_OPTIONS.outcome),
	cmp: enumField(COMPARATOR_KINDS, 'all'),
	peers: peersField(),
	pre: intField(12, 3, 24),
	post: postField(),
	focus: focusField(),
	units: enumField(PILOT_MODES, '63')
};

export function optionsFromState(state: PilotsUrlState): PilotsOptions {
	return {
		mode: state.units,
		outcome: state.outcome,
		comparator: state.cmp,
		peers: state.peers,
		preMonths: state.pre,
		postMonths: state.post,
		focus: state.focus
	};
}
