// The one-level Public Administrative Service Centre pilot (Sept 2024 – 30 Nov 2025) in four
// provinces, by 63-unit code. The decision names the provinces and the window; each province's
// own start date below is ILLUSTRATIVE (chosen for the demo data, staggered across
// Sept 2024 – Jan 2025) and flagged so the UI labels it as such. A real import gives the real
// dates with `--pilots pilots.csv` (scripts/import/pilots-file.ts), which are not flagged.

export const PILOT_MODEL = 'one_level_centre';

export interface Pilot {
	/** 63-unit code of the pilot province. */
	province_code: string;
	/** 34-unit code it belongs to from 2025-07-01 (Bình Dương 74 → TP. Hồ Chí Minh 79). */
	province_34: string;
	model: typeof PILOT_MODEL;
	/** First working day of the centre ('YYYY-MM-DD'). */
	start_date: string;
	end_date: string;
	start_is_illustrative: boolean;
}

export const PILOT_END_DATE = '2025-11-30';

export const PILOTS: readonly Pilot[] = [
	{
		province_code: '22',
		province_34: '22',
		model: 'one_level_centre',
		start_date: '2024-09-16',
		end_date: PILOT_END_DATE,
		start_is_illustrative: true
	},
	{
		province_code: '01',
		province_34: '01',
		model: 'one_level_centre',
		start_date: '2024-10-01',
		end_date: PILOT_END_DATE,
		start_is_illustrative: true
	},
	{
		province_code: '79',
		province_34: '79',
		model: 'one_level_centre',
		start_date: '2024-11-04',
		end_date: PILOT_END_DATE,
		start_is_illustrative: true
	},
	{
		province_code: '74',
		province_34: '79',
		model: 'one_level_centre',
		start_date: '2025-01-02',
		end_date: PILOT_END_DATE,
		start_is_illustrative: true
	}
];

export const PILOT_CODES: readonly string[] = PILOTS.map((p) => p.province_code);

export function pilotFor(code63: string): Pilot | undefined {
	return PILOTS.find((p) => p.province_code === code63);
}

/** The 34-unit codes that contain a pilot province (the pilot group in 34-unit mode). */
export function pilotUnits34(): string[] {
	return [...new Set(PILOTS.map((p) => p.province_34))].sort();
}
