// The plain-language summary of /pilots and the event-study caption, as text segments: the
// message template is split at its {placeholders}, and each number becomes its own segment
// (rendered in a <span data-num=…>) so the page never needs {@html} and a test can read the
// numbers. Both texts format the same figures with the same functions.
import { t, type Lang } from '../../i18n/core';
import { formatNumber, placeName } from '../../i18n/format';
import type { PilotsDisplay } from '../../metrics/pilots-display';
import { isWorkingDays, type PilotOutcome } from '../../metrics/pilots-view';

export interface Segment {
	text: string;
	/** Name of the figure (x, y, z, naive…) when the segment is a number. */
	num?: string;
}

type Vars = Record<string, { text: string; num?: boolean }>;

export function templateSegments(template: string, vars: Vars): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of template.matchAll(/\{(\w+)\}/g)) {
		const index = match.index ?? 0;
		if (index > last) segments.push({ text: template.slice(last, index) });
		const v = vars[match[1]];
		if (v) segments.push(v.num ? { text: v.text, num: match[1] } : { text: v.text });
		else segments.push({ text: match[0] });
		last = index + match[0].length;
	}
	if (last < template.length) segments.push({ text: template.slice(last) });
	return segments;
}

export const unitKey = (outcome: PilotOutcome) => (isWorkingDays(outcome) ? 'pilots.unit_wd' : 'pilots.unit_points');

/** An effect in display units with one decimal ("2,4" in Vietnamese, "2.4" in English). */
export const formatEffect = (lang: Lang, value: number, signed = false) =>
	signed ? (value > 0 ? '+' : value < 0 ? '−' : '') + formatNumber(lang, Math.abs(value), 1) : formatNumber(lang, Math.abs(value), 1);

export function unitName(display: PilotsDisplay, code: string, lang: Lang): string {
	const u = display.units.find((x) => x.code === code);
	return u ? placeName(lang, u) : code;
}

/** The summary's two sentences (the estimate; the naive comparison), or null without an estimate. */
export function summarySegments(lang: Lang, display: PilotsDisplay): { main: Segment[]; naive: Segment[] } | null {
	const s = display.summary;
	if (!s) return null;
	const outcome = display.options.outcome;
	const direction = s.did < 0 ? 'down' : 'up';
	const comparator = { text: t(lang, `pilots.cmp_phrase_${display.comparatorUsed}`) };
	const unit = { text: t(lang, unitKey(outcome)) };
	const periodKey = display.frequency === 'monthly' ? 'pilots.period_months' : 'pilots.period_years';
	const vars: Vars = {
		period: { text: t(lang, periodKey, { n: s.postCount }) },
		province: { text: s.unit ? unitName(display, s.unit, lang) : '' },
		outcome: { text: t(lang, `pilots.phrase_${outcome}`) },
		x: { text: formatEffect(lang, s.did), num: true },
		unit,
		comparator,
		y: { text: String(s.atLeastAsLarge), num: true },
		z: { text: String(s.placeboCount), num: true },
		n: { text: String(s.pilotCount), num: true }
	};
	const key = s.subject === 'pilot' ? `pilots.summary_pilot_${direction}` : `pilots.summary_group_${direction}`;
	const main = templateSegments(t(lang, key), vars);
	const naive = templateSegments(t(lang, 'pilots.summary_naive'), {
		naive: { text: formatEffect(lang, s.naive, true), num: true },
		common: { text: formatEffect(lang, s.comparatorChange, true), num: true },
		unit,
		comparator
	});
	return { main, naive };
}

/** The event-study caption: the same estimate and placebo counts as the summary. */
export function captionSegments(lang: Lang, display: PilotsDisplay): Segment[] | null {
	const s = display.summary;
	if (!s) return null;
	return templateSegments(t(lang, 'pilots.event_caption'), {
		estimate: { text: formatEffect(lang, s.did, true), num: true },
		unit: { text: t(lang, unitKey(display.options.outcome)) },
		y: { text: String(s.atLeastAsLarge), num: true },
		z: { text: String(s.placeboCount), num: true },
		p: { text: formatNumber(lang, s.pValue, 3), num: true },
		rmse: { text: formatNumber(lang, s.preRmse, 2), num: true }
	});
}
