// The SIPAS index per survey year for the overview, from buildOverviewSurveyQuery rows: the
// statistics (index, interval, suppression) come from src/lib/stats/sipas-index.
import type { Row } from './query';
import { sipasIndex, type SurveyCubeRow } from '../stats/sipas-index';

export interface SipasYear {
	year: number;
	/** Too few responses: no figure is shown. */
	suppressed: boolean;
	estimate: number | null;
	lower: number | null;
	upper: number | null;
}

function toCell(row: Row): SurveyCubeRow {
	return {
		factor: String(row.factor),
		psu: row.psu === null ? null : String(row.psu),
		stratum: row.stratum === null ? null : String(row.stratum),
		n: Number(row.n),
		n_pos: Number(row.n_pos),
		sum_w: Number(row.sum_w),
		sum_w2: Number(row.sum_w2),
		sum_w_pos: Number(row.sum_w_pos),
		sum_w2_pos: Number(row.sum_w2_pos)
	};
}

/** The index of every year present, oldest first. */
export function sipasByYear(rows: readonly Row[]): SipasYear[] {
	const byYear = new Map<number, SurveyCubeRow[]>();
	for (const row of rows) {
		const year = Number(row.survey_year);
		const list = byYear.get(year) ?? [];
		list.push(toCell(row));
		byYear.set(year, list);
	}
	return [...byYear.entries()]
		.sort(([a], [b]) => a - b)
		.map(([year, cells]) => {
			const result = sipasIndex(cells);
			return result.suppressed
				? { year, suppressed: true, estimate: null, lower: null, upper: null }
				: { year, suppressed: false, estimate: result.estimate, lower: result.lower, upper: result.upper };
		});
}
