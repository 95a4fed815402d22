import { describe, expect, it } from 'vitest';
import { compareIntervals, intervalsOverlap, profileSummary } from './profile-summary';
import type { ProfileDossierFigure, ProfileSurveyFigure } from '../../metrics/province-profile';

const est = (value: number | null, lower: number | null, upper: number | null, suppressed = false) => ({
	suppressed,
	n: 100,
	value,
	lower,
	upper,
	se: 0.01,
	method: 'psu' as const
});
const sipas = (unit: [number, number, number], national: [number, number, number]): ProfileSurveyFigure => ({
	indicator: 'sipas',
	estimate: est(...unit),
	rank: 3,
	rankLower: 2,
	rankUpper: 6,
	ranked: 34,
	national: est(...national),
	previous: null,
	change: null
});
const onTime: ProfileDossierFigure = {
	indicator: 'on_time_rate',
	value: 0.9,
	n: 100,
	rank: 4,
	ranked: 34,
	national: 0.85,
	best: null,
	higherIsBetter: true
};
/** Words that would call a province better or worse than the nation. */
const COMPARE = { vi: /cao hơn|thấp hơn|tốt hơn|kém hơn/, en: /above|below|better|worse|higher|lower/ };

describe('intervalsOverlap / compareIntervals', () => {
	it('treats shared end points as overlap and says above/below only for apart intervals', () => {
		expect(intervalsOverlap({ lower: 0.8, upper: 0.85 }, { lower: 0.85, upper: 0.9 })).toBe(true);
		expect(compareIntervals({ lower: 0.8, upper: 0.84 }, { lower: 0.85, upper: 0.9 })).toBe('below');
		expect(compareIntervals({ lower: 0.91, upper: 0.95 }, { lower: 0.85, upper: 0.9 })).toBe('above');
		expect(compareIntervals({ lower: 0.7, upper: 0.99 }, { lower: 0.85, upper: 0.9 })).toBe('overlap');
	});
});

describe('profileSummary', () => {
	it('never compares with the nation when the intervals overlap, in either language', () => {
		// The unit's interval excludes the national value (0.85) but overlaps the national interval.
		const figure = sipas([0.88, 0.86, 0.9], [0.85, 0.84, 0.865]);
		for (const lang of ['vi', 'en'] as const) {
			const text = profileSummary(lang, { name: 'Hà Nội', year: 2025, sipas: figure, onTime });
			expect(text).not.toMatch(COMPARE[lang]);
			expect(text).toContain('Hà Nội');
		}
		expect(profileSummary('en', { name: 'X', year: 2025, sipas: figure, onTime: null })).toBe(
			"In 2025, X's SIPAS index was 88.0% (95 % interval 86.0% – 90.0%); it cannot be told apart from the national 85.0%, as the two intervals overlap. Its rank lies between 2 and 6 of 34 units (90 % rank range)."
		);
	});
	it('says above or below when the intervals are apart', () => {
		const above = profileSummary('en', { name: 'X', year: 2025, sipas: sipas([0.92, 0.9, 0.94], [0.85, 0.84, 0.86]), onTime });
		expect(above).toContain('above the national 85.0%');
		expect(above).toContain('90.0% of dossiers were on time (national 85.0%), rank 4 of 34');
		const below = profileSummary('vi', { name: 'X', year: 2025, sipas: sipas([0.8, 0.78, 0.82], [0.85, 0.84, 0.86]), onTime: null });
		expect(below).toContain('thấp hơn cả nước');
	});
	it('says so when the index is suppressed or there is no survey', () => {
		const suppressed = sipas([0, 0, 0], [0.85, 0.84, 0.86]);
		suppressed.estimate = est(null, null, null, true);
		expect(profileSummary('en', { name: 'X', year: 2025, sipas: suppressed, onTime: null })).toBe(
			'In 2025, X had too few SIPAS responses for an index.'
		);
		expect(profileSummary('vi', { name: 'X', year: null, sipas: null, onTime: null })).toContain('Chưa có khảo sát SIPAS');
	});
});
