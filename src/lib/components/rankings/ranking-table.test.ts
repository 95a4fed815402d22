import { describe, expect, it } from 'vitest';
import { exportTable } from '../../export/table-export';
import type { SurveyRankingRow } from '../../metrics/rankings-survey-rows';
import type { DossierRankingRow } from '../../metrics/rankings-dossier-rows';
import { dossierColumns, dossierTableRows, formatIndicator, surveyColumns, surveyTableRows } from './ranking-table';

const unit = { code: '01', name_vi: 'Hà Nội', name_en: '<b>Ha Noi</b>', kind: 'city' as const, region: 'red_river_delta', is_pilot: true };
const est = (value: number | null, suppressed = false) => ({
	suppressed,
	n: suppressed ? 12 : 400,
	value,
	lower: value === null ? null : value - 0.02,
	upper: value === null ? null : value + 0.02,
	se: 0.01,
	method: 'respondent' as const
});
const surveyRow: SurveyRankingRow = {
	unit,
	estimate: est(0.8312),
	rank: 3,
	rankLower: 1,
	rankUpper: 7,
	comparison: 'indistinguishable',
	previous: 0.8,
	change: 0.0312,
	values: {
		sipas: est(0.8312),
		access: est(0.9),
		procedures: est(0.85),
		officials: est(0.8),
		results: est(0.75),
		feedback: est(null, true)
	}
};

describe('survey table', () => {
	it('formats value, interval, rank range, comparison and change in the reader language', () => {
		const [row] = surveyTableRows('en', [surveyRow], 'sipas');
		const columns = surveyColumns('en', 'sipas');
		const text = Object.fromEntries(columns.map((c) => [c.key, c.format ? c.format(row[c.key], row) : String(row[c.key])]));
		expect(text.name).toBe('<b>Ha Noi</b>');
		expect(text.value).toBe('83.1%');
		expect(text.lower).toBe('81.1%');
		expect(text.rank_range).toBe('1–7');
		expect(text.comparison).toBe('≈ Not distinguishable');
		expect(text.change).toBe('+3.1 pp');
		expect(text.other_feedback).toBe('—');
		expect(columns.map((c) => c.key)).not.toContain('other_sipas');
	});
	it('shows a suppressed province as "too few responses", in the table and in the CSV', () => {
		const suppressed = {
			...surveyRow,
			estimate: est(null, true),
			rank: null,
			rankLower: null,
			rankUpper: null,
			comparison: null,
			change: null
		};
		const rows = surveyTableRows('vi', [suppressed], 'sipas');
		const columns = surveyColumns('vi', 'sipas');
		expect(columns[1].format?.(rows[0].value, rows[0])).toBe('Quá ít phản hồi (dưới 30)');
		expect(exportTable(columns, rows, 'vi').rows[0].slice(0, 2)).toEqual(['Hà Nội', 'Quá ít phản hồi (dưới 30)']);
	});
});

describe('dossier table', () => {
	const values = {
		on_time_rate: { value: 0.9, n: 100 },
		median_wd: { value: 2.5, n: 80 },
		p90_wd: { value: 9, n: 80 },
		online_share: { value: 0.5, n: 120 },
		full_online_share: { value: 0.2, n: 120 },
		paid_online_share: { value: null, n: 0 },
		digitized_share: { value: 0.7, n: 100 },
		score_766: { value: 81.25, n: 120 }
	};
	const row: DossierRankingRow = { unit, values, previous: { value: 3, n: 70 }, change: -0.5, rank: 2, quartile: 1 };
	it('shows days, quartile, n and the change in days', () => {
		const [r] = dossierTableRows('vi', [row], 'median_wd');
		const columns = dossierColumns('vi', 'median_wd');
		const text = Object.fromEntries(columns.map((c) => [c.key, c.format ? c.format(r[c.key], r) : String(r[c.key])]));
		expect(text.value).toBe('2,5');
		expect(text.quartile).toBe('Nhóm 1/4 tốt nhất');
		expect(text.n).toBe('80');
		expect(text.received).toBe('120');
		expect(text.change).toBe('−0,5');
		expect(text.other_score_766).toBe('81,3');
		expect(text.other_paid_online_share).toBe('—');
	});
	it('formats each indicator with its unit', () => {
		expect(formatIndicator('en', 'online_share', 0.456)).toBe('45.6%');
		expect(formatIndicator('en', 'p90_wd', 12)).toBe('12.0');
		expect(formatIndicator('en', 'score_766', null)).toBe('—');
	});
});
