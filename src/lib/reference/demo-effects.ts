// The effects planted in the demo data set (scripts/demo/generate.ts). They are the generator's
// INPUTS; the ground truth it measures from its own counterfactual is written to
// data/planted-effects.json. Tests of the pilot evaluation and the methodology page cite these.
//
// Processing time of a dossier, in working days (before rounding to whole days and flooring at 0):
//   x = sector_median · exp(sector_sigma · z)          z ~ N(0, 1), per dossier
//     + PROVINCE_OFFSET_WD[province] (or a hashed offset in ±PROVINCE_OFFSET_SPREAD_WD)
//     + NATIONAL_TREND_WD_PER_MONTH · months since 2023-01   (same in every province: parallel)
//     + SEASONAL_AMPLITUDE_WD · cos(2π · (day of year − SEASONAL_PEAK_DAY) / 365.25)   (all provinces)
//     + PRE_TET_DELAY_WD      if received in the PRE_TET_DAYS calendar days before a Tết break
//     + MERGER_DISRUPTION_WD  · decay, if received in the months after the 2025-07-01 merger
//     + PILOT_EFFECT_WD · ramp   in a pilot province, for dossiers received from its start date
//     + STALL_EXTRA_WD        for the STALL_SHARE of dossiers that stall (overdue tail, open backlog)
//   ramp = min(1, days since start / PILOT_RAMP_DAYS)
// processing_wd = max(0, round(x)); the dossier finishes processing_wd + supplement_days working
// days after receipt (calendar.ts) and is due deadline_wd + supplement_days working days after
// it, so on time ⇔ processing_wd ≤ the sector's deadline. Averaged over the pilot window the
// effect is smaller than PILOT_EFFECT_WD (the ramp): the measured truth is ~−2.5 wd.
// All terms are additive and common to all provinces except the province offset and the pilot
// term, so a difference in differences recovers the pilot effect; a naive before/after change
// in the pilot provinces also contains the national trend and overstates it.

/** Full pilot effect on processing time, in working days (negative = faster). */
export const PILOT_EFFECT_WD = -3;
/** Days over which the pilot effect ramps in linearly from its start date (~3 months). */
export const PILOT_RAMP_DAYS = 91;
/** Whether the effect stays after the pilot's end date (the model was then rolled out). */
export const PILOT_EFFECT_PERSISTS_AFTER_END = true;

/** National improvement of processing time, all provinces alike (−2.2 wd over 36 months). */
export const NATIONAL_TREND_WD_PER_MONTH = -0.06;

/**
 * Common seasonality (year-end rush peaking mid-December), the same in every province. Besides
 * realism it makes monthly medians (whole working days) sweep across fractions, so window
 * averages of rounded medians are not stuck on one side of a whole day.
 */
export const SEASONAL_AMPLITUDE_WD = 1;
export const SEASONAL_PEAK_DAY = 350;

/** Extra working days for dossiers received just before Tết (staff away, backlog). */
export const PRE_TET_DELAY_WD = 1.5;
export const PRE_TET_DAYS = 14;

/** Extra working days for dossiers received right after the 2025-07-01 merger, decaying. */
export const MERGER_DISRUPTION_WD = 2;
/** Months over which the merger disruption decays linearly to 0. */
export const MERGER_DISRUPTION_MONTHS = 3;

/** Share of dossiers that stall for a long time (the overdue tail and open backlog). */
export const STALL_SHARE = 0.008;
export const STALL_EXTRA_WD = { min: 20, max: 140 } as const;

/** Province offsets (wd) chosen by hand; other provinces get a hashed offset in ± spread. */
export const PROVINCE_OFFSET_WD: Readonly<Record<string, number>> = {
	'01': 1.0, // Hà Nội
	'79': 1.5, // TP. Hồ Chí Minh
	'74': 0.5, // Bình Dương
	'22': -0.5 // Quảng Ninh
};
export const PROVINCE_OFFSET_SPREAD_WD = 2;

/** Volume: days of Tết have almost no receipts; the week after catches up. */
export const VOLUME = {
	weekendWeight: 0.05, // online receipts only
	holidayWeight: 0.03,
	preTetWeight: 1.2, // the 5 working days before a Tết break
	postTetWeight: 1.5, // the 5 working days after a Tết break (catch-up)
	growthPerYear: 0.08,
	provinceRatio: 30 // largest / smallest province volume, about
} as const;

/** Online share of dossiers over time (in_person and postal share the rest). */
export const ONLINE_SHARE = { start: 0.2, end: 0.62, bigCityBonus: 0.08 } as const;
export const POSTAL_SHARE = 0.03;

/** Deliberately bad rows (share of generated dossiers) so the data-quality page has exclusions. */
export const BAD_ROW_SHARE = 0.002;
export const BAD_ROW_KINDS = [
	'duplicate_id',
	'unknown_province',
	'old_code_after_merger',
	'finished_before_received',
	'unknown_channel',
	'negative_supplement',
	'received_in_future',
	'district_after_merger',
	'supplement_exceeds_duration'
] as const;
export type BadRowKind = (typeof BAD_ROW_KINDS)[number];

/** SIPAS national indices the demo survey is calibrated to (published 2023, 2024; 2025 assumed). */
export const SIPAS_NATIONAL_TARGET: Readonly<Record<number, number>> = { 2023: 0.8266, 2024: 0.8394, 2025: 0.85 };
/** Spread (± points, uniform) of province SIPAS indices around the national value. */
export const SIPAS_PROVINCE_SPREAD = 0.06;
/** Provinces whose organisation sample is kept below 30 (thin cells, suppressed in the UI). */
export const SIPAS_THIN_ORG_PROVINCES: readonly string[] = ['06', '12', '11', '62'];
export const SIPAS_RESPONSES_PER_YEAR = 37_800;
