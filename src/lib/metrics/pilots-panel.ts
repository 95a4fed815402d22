// Turns the rows of the pilot series builders into panels (unit → period → value) and the
// units' rows into typed descriptions. Periods are integers: months as year·12 + month − 1,
// years as the year, so the evaluation code is the same for both.
import type { Row } from './query';
import type { MonthlyOutcome, YearlyOutcome } from './pilots-series';
import type { Panel } from '../stats/panel';

export type { Panel };

export function monthIndex(isoMonthOrDate: string): number {
	const m = /^(\d{4})-(\d{2})/.exec(isoMonthOrDate);
	if (!m) throw new Error(`Not a month: ${isoMonthOrDate}`);
	return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthLabel(index: number): string {
	const year = Math.floor(index / 12);
	return `${year}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** Panel of one monthly outcome from `buildPilotMonthlySeriesQuery` rows. */
export function monthlyPanel(rows: readonly Row[], outcome: MonthlyOutcome): Panel {
	const panel: Panel = new Map();
	for (const row of rows) {
		const value = row[outcome];
		if (typeof value !== 'number' || !Number.isFinite(value)) continue;
		const unit = String(row.unit);
		let series = panel.get(unit);
		if (!series) panel.set(unit, (series = new Map()));
		series.set(monthIndex(String(row.month)), value);
	}
	return panel;
}

/** Panel of one yearly outcome from `buildPilotSurveySeriesQuery` rows. */
export function yearlyPanel(rows: readonly Row[], outcome: YearlyOutcome): Panel {
	const panel: Panel = new Map();
	for (const row of rows) {
		if (row.outcome !== outcome || typeof row.value !== 'number') continue;
		const unit = String(row.unit);
		let series = panel.get(unit);
		if (!series) panel.set(unit, (series = new Map()));
		series.set(Number(row.year), row.value);
	}
	return panel;
}

export interface PilotUnit {
	code: string;
	name_vi: string;
	name_en: string;
	kind: string;
	isPilot: boolean;
	/** First day of the centre ('YYYY-MM-DD'), null for non-pilot units. */
	startDate: string | null;
	endDate: string | null;
	/** Pilot provinces inside the unit (2 for TP. Hồ Chí Minh in 34-unit mode). */
	pilotComponents: number;
	/** 63-unit provinces inside the unit. */
	components: number;
	/** Dossiers received in the year before the first pilot (for choosing peers). */
	receivedBase: number;
}

/** Typed units from `buildPilotUnitsQuery` rows. */
export function parseUnits(rows: readonly Row[]): PilotUnit[] {
	return rows.map((r) => ({
		code: String(r.code),
		name_vi: String(r.name_vi),
		name_en: String(r.name_en),
		kind: String(r.kind),
		isPilot: r.is_pilot === true,
		startDate: typeof r.start_date === 'string' ? r.start_date : null,
		endDate: typeof r.end_date === 'string' ? r.end_date : null,
		pilotComponents: Number(r.pilot_components ?? 0),
		components: Number(r.components ?? 1),
		receivedBase: Number(r.received_base ?? 0)
	}));
}

/**
 * The default peer group: the non-pilot centrally-run cities, plus the non-pilot provinces of
 * similar dossier volume (the `extra` largest by volume in the year before the pilots).
 */
export function defaultPeers(units: readonly PilotUnit[], extra = 5): string[] {
	const nonPilot = units.filter((u) => !u.isPilot);
	const cities = nonPilot.filter((u) => u.kind === 'city').map((u) => u.code);
	const largest = nonPilot
		.filter((u) => u.kind !== 'city')
		.sort((a, b) => b.receivedBase - a.receivedBase || a.code.localeCompare(b.code))
		.slice(0, extra)
		.map((u) => u.code);
	return [...cities, ...largest].sort();
}
