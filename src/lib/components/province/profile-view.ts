// Pure pieces of the profile page: the trend filters of its series, the SIPAS index of every unit
// for the benchmark, and the pilot rows that concern the unit. Each picks from a result another
// page computes (trends, rankings, pilots) rather than computing the figure again.
import type { BoundaryMode } from '../../metrics/boundary';
import type { TrendFilters } from '../../metrics/trends-filters';
import type { SurveyRanking } from '../../metrics/rankings-survey-rows';
import type { PilotsDisplay } from '../../metrics/pilots-display';
import { province34For } from '../../reference/provinces';

/** The /trends/ filters of a profile's series: the unit (with its region and the country), finished basis. */
export function profileTrendFilters(mode: BoundaryMode, code: string, period: { from: string; to: string }): TrendFilters {
	return { mode, basis: 'finished', grouping: 'province', provinces: [code], from: period.from, to: period.to, slice: {} };
}

export interface PeerSurvey {
	code: string;
	suppressed: boolean;
	value: number | null;
	lower: number | null;
	upper: number | null;
	rankLower: number | null;
	rankUpper: number | null;
	comparison: 'above' | 'below' | 'indistinguishable' | null;
}

/** The SIPAS index row of every unit, as the rankings table has it. */
export function peerSurvey(ranking: SurveyRanking): PeerSurvey[] {
	return ranking.rows.map((r) => ({
		code: r.unit.code,
		suppressed: r.estimate.suppressed,
		value: r.estimate.value,
		lower: r.estimate.lower,
		upper: r.estimate.upper,
		rankLower: r.rankLower,
		rankUpper: r.rankUpper,
		comparison: r.comparison
	}));
}

export interface ProfilePilot {
	/** 63-unit code of the pilot province (the /pilots/ focus). */
	code: string;
	name_vi: string;
	name_en: string;
	startDate: string;
	endDate: string;
	/** Difference-in-differences estimate, display units (working days for the default outcome). */
	did: number;
	atLeastAsLarge: number;
	placeboCount: number;
	pValue: number;
}

/**
 * The pilots of /pilots/' default evaluation (63 units) that this unit is or contains: itself
 * for a pre-merger province, its pilot components for a 34-unit one (TP. Hồ Chí Minh: Bình Dương).
 */
export function pilotsOf(display: PilotsDisplay, mode: BoundaryMode, code: string): ProfilePilot[] {
	return display.pilots
		.filter((p) => (mode === '63' ? p.code === code : province34For(p.code) === code))
		.map((p) => ({
			code: p.code,
			name_vi: p.name_vi,
			name_en: p.name_en,
			startDate: p.startDate,
			endDate: p.endDate,
			did: p.did,
			atLeastAsLarge: p.atLeastAsLarge,
			placeboCount: p.placeboCount,
			pValue: p.pValue
		}));
}
