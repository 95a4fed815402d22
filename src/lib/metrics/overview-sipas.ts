// The SIPAS index per survey year for the overview, from buildOverviewSurveyQuery rows: the
// statistics (index, interval, suppression) come from src/lib/stats/sipas-index, through the
// same row conversion as the rankings (survey-cells.ts).
import type { Row } from './query';
import { sipasIndex, type SurveyCubeRow } from '../stats/sipas-index';
import { toSurveyCell } from './survey-cells';

export interface SipasYear {
	year: number;
	/** Too few responses: no figure is shown. */
	suppressed: boolean;
	estimate: number | null;
	lower: number | null;
	upper: number | null;
}

/** The index of every year present, oldest first. */
export function sipasByYear(rows: readonly Row[]): SipasYear[] {
	const byYear = new Map<number, SurveyCubeRow[]>();
	for (const row of rows) {
		const year = Number(row.survey_year);
		const list = byYear.get(year) ?? [];
		list.push(toSurveyCell(row));
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
