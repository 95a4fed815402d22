// The change of a KPI against the previous period, as text and a tone. Rates change in
// percentage points, counts in percent, working days in days. Whether up is good depends on the
// measure (on-time rate: up; processing time: down; dossiers received: neither).
import type { Lang } from '../i18n/core';
import { t } from '../i18n/core';
import { formatSignedPercent, formatSignedPoints } from '../i18n/format';

export type ChangeKind = 'count' | 'rate' | 'days';
export type Better = 'up' | 'down' | 'none';

export interface KpiChange {
	/** "+2,1 điểm %", "−0,4 ngày", "+5,2%" (a true minus; no arrow: the sign says the direction). */
	text: string;
	direction: 'up' | 'down' | 'flat';
	tone: 'good' | 'bad' | 'neutral';
	/** "tốt hơn" / "kém hơn" / "không đổi" for screen readers and the tooltip (null if neutral). */
	verdict: string | null;
}

export function kpiChange(
	lang: Lang,
	current: number | null | undefined,
	previous: number | null | undefined,
	kind: ChangeKind,
	better: Better
): KpiChange | null {
	if (current === null || current === undefined || previous === null || previous === undefined) return null;
	if (!Number.isFinite(current) || !Number.isFinite(previous)) return null;
	let delta: number;
	let text: string;
	if (kind === 'rate') {
		delta = (current - previous) * 100;
		text = t(lang, 'kpi.points', { value: formatSignedPoints(lang, delta) });
	} else if (kind === 'days') {
		delta = current - previous;
		text = t(lang, 'kpi.days', { value: formatSignedPoints(lang, delta) });
	} else {
		if (previous === 0) return null;
		delta = current / previous - 1;
		text = formatSignedPercent(lang, delta);
	}
	// Changes that round to zero at the shown precision are "flat".
	const shownZero = kind === 'count' ? Math.abs(delta) < 0.0005 : Math.abs(delta) < 0.05;
	const direction = shownZero ? 'flat' : delta > 0 ? 'up' : 'down';
	let tone: KpiChange['tone'] = 'neutral';
	if (direction !== 'flat' && better !== 'none') tone = direction === better ? 'good' : 'bad';
	const verdict =
		better === 'none' ? null : direction === 'flat' ? t(lang, 'kpi.unchanged') : t(lang, tone === 'good' ? 'kpi.better' : 'kpi.worse');
	return { text, direction, tone, verdict };
}
