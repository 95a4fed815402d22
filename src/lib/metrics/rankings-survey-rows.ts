// Survey rankings: builder rows (sufficient statistics per unit × factor × PSU) → per-unit
// estimates with intervals and suppression (src/lib/stats/sipas-index), then ranks, rank ranges
// and the comparison with the national value.
import type { Row } from './query';
import { sipasIndex, type SurveyCubeRow } from '../stats/sipas-index';
import { toSurveyCell } from './survey-cells';
import { SIPAS_FACTORS, type SipasFactor } from './rankings-survey';
import { DEFAULT_RANK_SEED, distinguishableFromReference, rankRanges } from '../stats/rank-ranges';
import { change, type UnitInfo } from './rankings-rows-common';

export type SurveyIndicator = 'sipas' | SipasFactor;
export const SURVEY_INDICATORS: readonly SurveyIndicator[] = ['sipas', ...SIPAS_FACTORS];

export interface SurveyEstimate {
	/** Fewer than 30 responses: never shown as a figure, never ranked. */
	suppressed: boolean;
	/** Smallest number of responses over the factors used. */
	n: number;
	value: number | null;
	lower: number | null;
	upper: number | null;
	/** Standard error (for the rank simulation); null when suppressed. */
	se: number | null;
	method: 'psu' | 'respondent' | null;
}

const SUPPRESSED = (n: number): SurveyEstimate => ({ suppressed: true, n, value: null, lower: null, upper: null, se: null, method: null });

function factorsOf(indicator: SurveyIndicator): readonly string[] {
	return indicator === 'sipas' ? SIPAS_FACTORS : [indicator];
}

/** The estimate of one indicator from one group's rows. */
export function estimateIndicator(rows: readonly Row[], indicator: SurveyIndicator): SurveyEstimate {
	return estimateFromCells(rows.map(toSurveyCell), indicator);
}

function estimateFromCells(cells: readonly SurveyCubeRow[], indicator: SurveyIndicator): SurveyEstimate {
	const result = sipasIndex(cells, { factors: factorsOf(indicator) });
	if (result.suppressed) return SUPPRESSED(result.minN);
	return {
		suppressed: false,
		n: result.minN,
		value: result.estimate,
		lower: result.lower,
		upper: result.upper,
		se: result.se,
		method: result.method
	};
}

export interface SurveyEstimates {
	/** Estimate per unit code (units without rows are absent: suppressed with n = 0). */
	byUnit: Map<string, SurveyEstimate>;
	/** The national estimate: from every unit's rows (each stratum lies in one unit). */
	national: SurveyEstimate;
}

/** The builder rows as stats cells, once, split by unit (each indicator reads the same cells). */
interface UnitCells {
	all: SurveyCubeRow[];
	byUnit: Map<string, SurveyCubeRow[]>;
}

function unitCells(rows: readonly Row[]): UnitCells {
	const all = rows.map(toSurveyCell);
	const byUnit = new Map<string, SurveyCubeRow[]>();
	for (let i = 0; i < rows.length; i++) {
		const unit = String(rows[i].unit);
		const list = byUnit.get(unit);
		if (list) list.push(all[i]);
		else byUnit.set(unit, [all[i]]);
	}
	return { all, byUnit };
}

function estimatesOf(cells: UnitCells, indicator: SurveyIndicator): SurveyEstimates {
	const byUnit = new Map<string, SurveyEstimate>();
	for (const [unit, list] of cells.byUnit) byUnit.set(unit, estimateFromCells(list, indicator));
	const national = cells.all.length > 0 ? estimateFromCells(cells.all, indicator) : SUPPRESSED(0);
	return { byUnit, national };
}

/** Splits the builder rows by unit and estimates the indicator for each unit and the nation. */
export function surveyEstimates(rows: readonly Row[], indicator: SurveyIndicator): SurveyEstimates {
	return estimatesOf(unitCells(rows), indicator);
}

export function estimateFor(estimates: SurveyEstimates, code: string): SurveyEstimate {
	return estimates.byUnit.get(code) ?? SUPPRESSED(0);
}

export type Comparison = 'above' | 'below' | 'indistinguishable';

export interface SurveyRankingRow {
	unit: UnitInfo;
	/** The chosen indicator. */
	estimate: SurveyEstimate;
	/** 1 = highest; null when suppressed. */
	rank: number | null;
	/** 90 % rank range from the seeded simulation. */
	rankLower: number | null;
	rankUpper: number | null;
	/** Against the national value: only 'above'/'below' when the interval excludes it. */
	comparison: Comparison | null;
	/** The chosen indicator in the previous survey year, and the change (null when either is suppressed). */
	previous: number | null;
	change: number | null;
	/** Every survey indicator of the year (for the table). */
	values: Record<SurveyIndicator, SurveyEstimate>;
}

export interface SurveyRanking {
	rows: SurveyRankingRow[];
	national: SurveyEstimate;
	/** Number of units ranked (not suppressed). */
	ranked: number;
}

/**
 * The ranking of every unit for one indicator, from the builder rows of the year and of the
 * previous year. Ranks are among all units of the mode (filters only hide rows).
 */
export function surveyRanking(
	units: readonly UnitInfo[],
	rows: readonly Row[],
	previousRows: readonly Row[],
	indicator: SurveyIndicator,
	options: { seed?: number } = {}
): SurveyRanking {
	const cells = unitCells(rows);
	const all = new Map(SURVEY_INDICATORS.map((id) => [id, estimatesOf(cells, id)]));
	const current = all.get(indicator) as SurveyEstimates;
	const previous = surveyEstimates(previousRows, indicator);
	const ranks = new Map(
		rankRanges(
			units.map((u) => {
				const e = estimateFor(current, u.code);
				return { id: u.code, estimate: e.value ?? 0, se: e.se ?? 0, suppressed: e.suppressed };
			}),
			{ seed: options.seed ?? DEFAULT_RANK_SEED }
		).map((r) => [r.id, r])
	);
	const nationalValue = current.national.value;
	const result = units.map((unit): SurveyRankingRow => {
		const estimate = estimateFor(current, unit.code);
		const rank = ranks.get(unit.code);
		const previousValue = estimateFor(previous, unit.code).value;
		let comparison: Comparison | null = null;
		if (!estimate.suppressed && estimate.value !== null && nationalValue !== null) {
			const ci = { lower: estimate.lower as number, upper: estimate.upper as number };
			comparison = !distinguishableFromReference(ci, nationalValue)
				? 'indistinguishable'
				: estimate.value > nationalValue
					? 'above'
					: 'below';
		}
		return {
			unit,
			estimate,
			rank: rank?.rank ?? null,
			rankLower: rank?.lower ?? null,
			rankUpper: rank?.upper ?? null,
			comparison,
			previous: previousValue,
			change: change(estimate.value, previousValue),
			values: Object.fromEntries(SURVEY_INDICATORS.map((id) => [id, estimateFor(all.get(id) as SurveyEstimates, unit.code)])) as Record<
				SurveyIndicator,
				SurveyEstimate
			>
		};
	});
	return { rows: result, national: current.national, ranked: ranks.size };
}
