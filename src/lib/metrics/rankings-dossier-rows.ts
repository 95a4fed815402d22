// Dossier rankings: builder rows (counts and quantiles per unit) → each indicator's value and
// the number of dossiers behind it. Rates follow METRICS.md.
import type { Row } from './query';
import { score766 } from '../stats/score-766';
import { change, competitionRanks, num, numOrNull, quartiles, share, type Quartile, type UnitInfo } from './rankings-rows-common';

export const DOSSIER_INDICATORS = [
	'on_time_rate',
	'median_wd',
	'p90_wd',
	'online_share',
	'full_online_share',
	'paid_online_share',
	'digitized_share',
	'score_766'
] as const;
export type DossierIndicator = (typeof DOSSIER_INDICATORS)[number];

export interface IndicatorValue {
	value: number | null;
	/** Dossiers behind the figure (the denominator). */
	n: number;
}

export interface DossierIndicatorSpec {
	id: DossierIndicator;
	/** 'share' in [0, 1], 'days' working days, 'score' points of 100. */
	unit: 'share' | 'days' | 'score';
	higherIsBetter: boolean;
}

export const DOSSIER_INDICATOR_SPECS: Record<DossierIndicator, DossierIndicatorSpec> = {
	on_time_rate: { id: 'on_time_rate', unit: 'share', higherIsBetter: true },
	median_wd: { id: 'median_wd', unit: 'days', higherIsBetter: false },
	p90_wd: { id: 'p90_wd', unit: 'days', higherIsBetter: false },
	online_share: { id: 'online_share', unit: 'share', higherIsBetter: true },
	full_online_share: { id: 'full_online_share', unit: 'share', higherIsBetter: true },
	paid_online_share: { id: 'paid_online_share', unit: 'share', higherIsBetter: true },
	digitized_share: { id: 'digitized_share', unit: 'share', higherIsBetter: true },
	score_766: { id: 'score_766', unit: 'score', higherIsBetter: true }
};

export type DossierValues = Record<DossierIndicator, IndicatorValue>;

/** Every indicator of one unit's builder row. */
export function dossierValues(row: Row): DossierValues {
	const received = num(row.received);
	const onTimeBase = num(row.early) + num(row.on_time) + num(row.late) + num(row.overdue_backlog);
	const finished = num(row.finished);
	const onTime = share(num(row.early) + num(row.on_time), onTimeBase);
	const online = share(num(row.online), received);
	const paid = share(num(row.paid_online), num(row.paid_online_known));
	const digitized = share(num(row.digitized), num(row.digitized_known));
	return {
		on_time_rate: { value: onTime, n: onTimeBase },
		median_wd: { value: finished > 0 ? numOrNull(row.median_wd) : null, n: finished },
		p90_wd: { value: finished > 0 ? numOrNull(row.p90_wd) : null, n: finished },
		online_share: { value: online, n: received },
		full_online_share: { value: share(num(row.full_online), received), n: received },
		paid_online_share: { value: paid, n: num(row.paid_online_known) },
		digitized_share: { value: digitized, n: num(row.digitized_known) },
		score_766: { value: score766({ onTime, online, onlinePayment: paid, digitization: digitized }).score, n: received }
	};
}

export interface DossierRankingRow {
	unit: UnitInfo;
	/** Every indicator of the period (for the table). */
	values: DossierValues;
	/** The chosen indicator in the previous period of the same length. */
	previous: IndicatorValue;
	change: number | null;
	/** Among the units with a value, 1 = best; null without dossiers. */
	rank: number | null;
	quartile: Quartile | null;
}

const EMPTY: Row = {};

/**
 * The ranking of every unit for one dossier indicator, from the builder rows of the period and
 * of the previous period. Ranks and quartiles are among all units of the mode that have a value.
 */
export function dossierRanking(
	units: readonly UnitInfo[],
	rows: readonly Row[],
	previousRows: readonly Row[],
	indicator: DossierIndicator
): { rows: DossierRankingRow[]; ranked: number } {
	const spec = DOSSIER_INDICATOR_SPECS[indicator];
	const current = new Map(rows.map((r) => [String(r.unit), dossierValues(r)]));
	const previous = new Map(previousRows.map((r) => [String(r.unit), dossierValues(r)]));
	const valueOf = (code: string) => (current.get(code) ?? dossierValues(EMPTY))[indicator].value;
	const list = units.map((u) => ({ code: u.code, value: valueOf(u.code) }));
	const ranks = competitionRanks(list, spec.higherIsBetter);
	const quarter = quartiles(list, spec.higherIsBetter);
	return {
		ranked: ranks.size,
		rows: units.map((unit) => {
			const values = current.get(unit.code) ?? dossierValues(EMPTY);
			const before = (previous.get(unit.code) ?? dossierValues(EMPTY))[indicator];
			return {
				unit,
				values,
				previous: before,
				change: change(values[indicator].value, before.value),
				rank: ranks.get(unit.code) ?? null,
				quartile: quarter.get(unit.code) ?? null
			};
		})
	};
}
