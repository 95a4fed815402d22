// Numbers, dates and sizes through Intl, in the reader's language (vi-VN / en-GB).
// Every formatter shows an em dash for a missing value rather than "NaN" or "null".
import type { Lang } from './core';

export const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
export const MISSING = '—';

function missing(value: number | null | undefined): value is null | undefined {
	return value === null || value === undefined || !Number.isFinite(value);
}

// Creating an Intl formatter costs far more than using one (a month select of 37 options, every
// axis label and tooltip): one per language and options, kept.
function keptFormat<F>(cache: Map<string, F>, lang: Lang, options: object, make: (locale: string) => F): F {
	const key = lang + JSON.stringify(options);
	let format = cache.get(key);
	if (!format) {
		format = make(LOCALES[lang]);
		cache.set(key, format);
	}
	return format;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	return keptFormat(numberFormats, lang, options, (locale) => new Intl.NumberFormat(locale, options));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	return keptFormat(dateFormats, lang, options, (locale) => new Intl.DateTimeFormat(locale, options));
}

/**
 * Intl writes a negative sign as the hyphen-minus (U+002D) in vi-VN and en-GB; print and the
 * site's own text use the true minus (U+2212), which is also as wide as "+" in tabular figures.
 */
export function trueMinus(text: string): string {
	return text.replace(/-/g, '\u2212');
}

export function formatNumber(lang: Lang, value: number | null | undefined, digits = 0): string {
	if (missing(value)) return MISSING;
	return trueMinus(numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value));
}

/** A fraction (0.831) as a percentage ("83,1 %" style per locale). */
export function formatPercent(lang: Lang, fraction: number | null | undefined, digits = 1): string {
	if (missing(fraction)) return MISSING;
	return trueMinus(
		numberFormat(lang, {
			style: 'percent',
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		}).format(fraction)
	);
}

/** Working days with one decimal. */
export function formatDays(lang: Lang, days: number | null | undefined): string {
	return formatNumber(lang, days, 1);
}

/** Percentage points with a sign: +1,2 / −0,4 (for changes of a rate). */
export function formatSignedPoints(lang: Lang, points: number | null | undefined, digits = 1): string {
	if (missing(points)) return MISSING;
	return trueMinus(
		numberFormat(lang, {
			signDisplay: 'exceptZero',
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		}).format(points)
	);
}

/** A signed relative change (0.052 → "+5,2 %"). */
export function formatSignedPercent(lang: Lang, fraction: number | null | undefined, digits = 1): string {
	if (missing(fraction)) return MISSING;
	return trueMinus(
		numberFormat(lang, {
			style: 'percent',
			signDisplay: 'exceptZero',
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		}).format(fraction)
	);
}

/** Parses 'YYYY-MM-DD', 'YYYY-MM' or an ISO timestamp into a UTC date (no time-zone drift). */
function toUtcDate(value: string): Date | null {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
	if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
	const d = new Date(value);
	return Number.isNaN(d.getTime()) ? null : d;
}

/** dd/mm/yyyy in both languages (vi-VN and en-GB agree). */
export function formatDate(lang: Lang, value: string | null | undefined): string {
	const date = value ? toUtcDate(value) : null;
	if (!date) return MISSING;
	return dateFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Date and time in UTC (import times in the manifest). */
export function formatDateTime(lang: Lang, value: string | null | undefined): string {
	const date = value ? toUtcDate(value) : null;
	if (!date) return MISSING;
	return dateFormat(lang, {
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'UTC',
		timeZoneName: 'short'
	}).format(date);
}

const monthLabels = new Map<string, string>();

/**
 * How a month is written. `text` (prose, selects, tables, titles): "tháng 1/2025" / "Jan 2025",
 * as Vietnamese readers write it (Intl's vi-VN "thg 1 2025" is nobody's spelling). `axis` (chart
 * axes and their tooltips, where space is short): "01/2025" / "Jan 2025". `long`: "tháng 1 năm
 * 2025" / "January 2025".
 */
export type MonthStyle = 'text' | 'axis' | 'long';

/** A month ('YYYY-MM' or 'YYYY-MM-01') in the reader's language; see `MonthStyle`. */
export function formatMonth(lang: Lang, value: string | null | undefined, style: MonthStyle = 'text'): string {
	const key = `${lang}|${style}|${value}`;
	const known = monthLabels.get(key);
	if (known !== undefined) return known;
	const date = value ? toUtcDate(value) : null;
	if (!date) return MISSING;
	const label = monthLabel(lang, date, style);
	// Bounded: a session meets a few hundred months at most; a cap keeps odd input from growing it.
	if (monthLabels.size < 5000) monthLabels.set(key, label);
	return label;
}

function monthLabel(lang: Lang, date: Date, style: MonthStyle): string {
	const month = date.getUTCMonth() + 1;
	const year = date.getUTCFullYear();
	if (lang === 'vi') {
		if (style === 'axis') return `${String(month).padStart(2, '0')}/${year}`;
		return style === 'long' ? `tháng ${month} năm ${year}` : `tháng ${month}/${year}`;
	}
	return dateFormat(lang, { month: style === 'long' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * A span of months, "tháng 1/2025 – tháng 12/2025" (one month alone when both ends agree). Each
 * month is held together by no-break spaces, and so is the dash to the first one, so a narrow
 * cell breaks the span only after the dash, never a word per line.
 */
export function formatMonthRange(lang: Lang, from: string, to: string, style: MonthStyle = 'text'): string {
	const whole = (month: string) => formatMonth(lang, month, style).replace(/ /g, '\u00a0');
	return from === to ? whole(from) : `${whole(from)}\u00a0– ${whole(to)}`;
}

/**
 * A duration in milliseconds as a reader takes it in: "< 1 ms", "12 ms", "1,3 s", "2 min 5 s".
 * Import steps of a small file take well under a millisecond, which "0 ms" misstated.
 */
export function formatDuration(lang: Lang, ms: number | null | undefined): string {
	if (missing(ms) || ms < 0) return MISSING;
	const unit = (value: number, name: 'millisecond' | 'second' | 'minute', digits = 0) =>
		numberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
	if (ms < 1) return `< ${unit(1, 'millisecond')}`;
	if (ms < 1000) return unit(Math.round(ms), 'millisecond');
	if (ms < 60_000) return unit(ms / 1000, 'second', 1);
	const minutes = Math.floor(ms / 60_000);
	return `${unit(minutes, 'minute')} ${unit(Math.round((ms % 60_000) / 1000), 'second')}`;
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** Bytes in binary multiples shown with the SI unit names readers know ("1,2 MB"). */
export function formatBytes(lang: Lang, bytes: number | null | undefined): string {
	if (missing(bytes)) return MISSING;
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return numberFormat(lang, {
		style: 'unit',
		unit: BYTE_UNITS[unit],
		unitDisplay: 'short',
		maximumFractionDigits: unit === 0 ? 0 : 1
	}).format(value);
}

/**
 * A place's name in the reader's language. English pages use the reference tables' `name_en`
 * (ASCII, "Ha Noi", "Ho Chi Minh City") everywhere, in prose too, so a name is spelt one way.
 */
export function placeName(lang: Lang, place: { name_vi: string; name_en: string }): string {
	return lang === 'en' ? place.name_en || place.name_vi : place.name_vi;
}
