// Event marks for monthly charts on a UTC time axis: Tết breaks as shaded areas, pilot starts,
// the pilot's end and the 2025-07-01 merger as vertical lines. Labels are plain text (ECharts
// draws them as SVG text, never HTML) produced by the caller in the reader's language.
import type { ChartTheme } from './chart-theme';

export type TrendEventKind = 'tet' | 'pilot_start' | 'pilot_end' | 'merger';
export const TREND_EVENT_KINDS: readonly TrendEventKind[] = ['tet', 'pilot_start', 'pilot_end', 'merger'];

export interface TrendEvent {
	kind: TrendEventKind;
	/** 'YYYY-MM-DD' */
	from: string;
	/** 'YYYY-MM-DD' (inclusive; equal to `from` for a one-day event) */
	to: string;
	/** Pilot province (63-unit code) of a pilot start; '' otherwise. */
	code: string;
	nameVi: string;
	nameEn: string;
	/** The date is illustrative (demo pilot starts). */
	illustrative: boolean;
}

type AnnotationRow = Record<string, string | number | boolean | null>;

/** Rows of `buildTrendAnnotationsQuery` as typed events (unknown kinds are dropped). */
export function eventsFromRows(rows: readonly AnnotationRow[]): TrendEvent[] {
	const events: TrendEvent[] = [];
	for (const r of rows) {
		const kind = TREND_EVENT_KINDS.find((k) => k === r.kind);
		if (!kind || typeof r.date_from !== 'string' || typeof r.date_to !== 'string') continue;
		events.push({
			kind,
			from: r.date_from,
			to: r.date_to,
			code: String(r.code ?? ''),
			nameVi: String(r.name_vi ?? ''),
			nameEn: String(r.name_en ?? ''),
			illustrative: r.illustrative === true
		});
	}
	return events;
}

/** Milliseconds of a 'YYYY-MM-DD' date at 00:00 UTC. */
export function utcDay(iso: string): number {
	return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Where a month's value is drawn: the middle of the month (the 15th), so events fall in place. */
export function monthPoint(month: string): number {
	return Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15);
}

/** The 'YYYY-MM' of a time-axis value. */
export function monthOfPoint(ms: number): string {
	return new Date(ms).toISOString().slice(0, 7);
}

const DAY_MS = 86_400_000;

export interface EventMarks {
	markLine: Record<string, unknown>;
	markArea: Record<string, unknown>;
}

/**
 * The markLine (one-day events) and markArea (Tết breaks, from the first day to the end of the
 * last) of a series, for events within [min, max] (time-axis values). `label` gives each event's text.
 */
export function eventMarks(
	events: readonly TrendEvent[],
	label: (event: TrendEvent) => string,
	theme: ChartTheme,
	range?: { min: number; max: number }
): EventMarks {
	const inRange = (e: TrendEvent) => !range || (utcDay(e.to) + DAY_MS >= range.min && utcDay(e.from) <= range.max);
	const lineColor: Record<TrendEventKind, string> = {
		tet: theme.muted,
		pilot_start: theme.palette[2] ?? theme.accent,
		pilot_end: theme.palette[2] ?? theme.accent,
		merger: theme.palette[4] ?? theme.text
	};
	const lines = events
		.filter((e) => e.kind !== 'tet' && inRange(e))
		.map((e) => {
			const text = label(e);
			return {
				name: text,
				xAxis: utcDay(e.from),
				lineStyle: { color: lineColor[e.kind], type: e.kind === 'merger' ? 'solid' : 'dashed', width: 1 },
				// Right of the line (insideEndBottom), never left of it over the y axis's numbers.
				label: { formatter: () => text, position: 'insideEndBottom', color: lineColor[e.kind], fontSize: 10 }
			};
		});
	const areas = events
		.filter((e) => e.kind === 'tet' && inRange(e))
		.map((e) => {
			const text = label(e);
			return [
				{ name: text, xAxis: utcDay(e.from), label: { formatter: () => text, position: 'insideTop', color: theme.muted, fontSize: 10 } },
				{ xAxis: utcDay(e.to) + DAY_MS }
			];
		});
	return {
		markLine: { silent: true, symbol: ['none', 'none'], animation: false, data: lines },
		markArea: { silent: true, animation: false, itemStyle: { color: theme.band, opacity: 0.6 }, data: areas }
	};
}
