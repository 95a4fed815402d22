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

export function formatNumber(lang: Lang, value: number | null | undefined, digits = 0): string {
	if (missing(value)) return MISSING;
	return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A fraction (0.831) as a percentage ("83,1 %" style per locale). */
export function formatPercent(lang: Lang, fraction: number | null | undefined, digits = 1): string {
	if (missing(fraction)) return MISSING;
	return numberFormat(lang, {
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(fraction);
}

/** Working days with one decimal. */
export function formatDays(lang: Lang, days: number | null | undefined): string {
	return formatNumber(lang, days, 1);
}

/** Percentage points with a sign: +1,2 / −0,4 (for changes of a rate). */
export function formatSignedPoints(lang: Lang, points: number | null | undefined, digits = 1): string {
	if (missing(points)) return MISSING;
	return numberFormat(lang, {
		signDisplay: 'exceptZero',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(points);
}

/** A signed relative change (0.052 → "+5,2 %"). */
export function formatSignedPercent(lang: Lang, fraction: number | null | undefined, digits = 1): string {
	if (missing(fraction)) return MISSING;
	return numberFormat(lang, {
		style: 'percent',
		signDisplay: 'exceptZero',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(fraction);
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

/** A month ('YYYY-MM' or 'YYYY-MM-01'): "thg 1 2025" / "Jan 2025"; `long` for "tháng 1, 2025". */
export function formatMonth(lang: Lang, value: string | null | undefined, style: 'short' | 'long' = 'short'): string {
	const key = `${lang}|${style}|${value}`;
	const known = monthLabels.get(key);
	if (known !== undefined) return known;
	const date = value ? toUtcDate(value) : null;
	if (!date) return MISSING;
	const label = dateFormat(lang, { month: style, year: 'numeric', timeZone: 'UTC' }).format(date);
	// Bounded: a session meets a few hundred months at most; a cap keeps odd input from growing it.
	if (monthLabels.size < 5000) monthLabels.set(key, label);
	return label;
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
