// Turns the trend builders' rows into what the charts and tables draw: named lines aligned on
// months, a metric's formatter, the line order (chosen provinces first, then context lines).
import type { Lang } from '../../i18n/core';
import { formatDays, formatNumber, formatPercent, placeName } from '../../i18n/format';
import type { Row } from '../../metrics/query';
import type { SeriesRef, TrendGrouping, TrendMetric } from '../../metrics/trends-filters';
import { unitsOf, type BoundaryMode } from '../../metrics/boundary';
import { REGION_LABELS, type Region } from '../../reference/provinces';
import { lineId } from './trends-state';

/** Counts start their axis at zero; days and rates are read near the data. */
export function metricIsCount(metric: TrendMetric): boolean {
	return metric === 'received' || metric === 'finished' || metric === 'backlog' || metric === 'overdue_backlog';
}

export function metricFormatter(lang: Lang, metric: TrendMetric): (value: number | null) => string {
	if (metric === 'on_time_rate') return (v) => formatPercent(lang, v, 1);
	if (metric === 'median_wd' || metric === 'p90_wd') return (v) => formatDays(lang, v);
	return (v) => formatNumber(lang, v, metricIsCount(metric) && v !== null && !Number.isInteger(v) ? 1 : 0);
}

/** The value of a metric in a row (null when missing). */
export function metricValue(row: Row, metric: TrendMetric): number | null {
	const v = row[metric];
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function provinceName(mode: BoundaryMode, code: string, lang: Lang): string {
	const p = unitsOf(mode).find((u) => u.code === code);
	return p ? placeName(lang, p) : code;
}

export interface LineLabelContext {
	lang: Lang;
	mode: BoundaryMode;
	grouping: TrendGrouping;
	/** Provinces chosen (the "all" line is their total when the grouping is not by province). */
	hasProvinces: boolean;
	/** Message lookup in the page's language. */
	t: (key: string) => string;
}

/** Display name of a line (plain text; escaped where it goes into HTML). */
export function lineLabel(ref: SeriesRef, ctx: LineLabelContext): string {
	switch (ref.kind) {
		case 'all':
			return ctx.grouping !== 'province' && ctx.grouping !== 'pilot' && ctx.hasProvinces
				? ctx.t('trends.line_chosen')
				: ctx.t('trends.line_all');
		case 'unit':
			return provinceName(ctx.mode, ref.key, ctx.lang);
		case 'region':
			return REGION_LABELS[ref.key as Region]?.[ctx.lang] ?? ref.key;
		case 'pilot':
			return ctx.t(ref.key === 'pilot' ? 'trends.line_pilot' : 'trends.line_non_pilot');
		case 'value':
			if (ctx.grouping === 'channel') return ctx.t(`trends.channel_${ref.key}`);
			if (ctx.grouping === 'agency_level') return ctx.t(`trends.level_${ref.key}`);
			return ref.key;
	}
}

const KIND_ORDER: Record<SeriesRef['kind'], number> = { unit: 0, value: 0, pilot: 0, region: 1, all: 2 };

export interface TrendLineData {
	ref: SeriesRef;
	id: string;
	context: boolean;
	/** Rows by month ('YYYY-MM'). */
	byMonth: Map<string, Row>;
}

/** The months and lines of a series result: chosen provinces in the order chosen, then the rest. */
export function linesOf(rows: readonly Row[], chosen: readonly string[]): { months: string[]; lines: TrendLineData[] } {
	const months = [...new Set(rows.map((r) => String(r.month)))].sort();
	const lines = new Map<string, TrendLineData>();
	for (const r of rows) {
		const ref = { kind: r.kind, key: String(r.key ?? '') } as SeriesRef;
		const id = lineId(ref);
		let line = lines.get(id);
		if (!line) {
			line = { ref, id, context: ref.kind === 'all' || ref.kind === 'region', byMonth: new Map() };
			lines.set(id, line);
		}
		line.byMonth.set(String(r.month), r);
	}
	const order = (l: TrendLineData) => {
		const i = l.ref.kind === 'unit' ? chosen.indexOf(l.ref.key) : -1;
		return [KIND_ORDER[l.ref.kind], i < 0 ? 99 : i] as const;
	};
	const sorted = [...lines.values()].sort((a, b) => {
		const [ka, ia] = order(a);
		const [kb, ib] = order(b);
		return ka - kb || ia - ib || a.ref.key.localeCompare(b.ref.key);
	});
	return { months, lines: sorted };
}

/** The rows of one line (its id, 'kind:key') in their month order: the seasonality chart's input. */
export function rowsOfLine(rows: readonly Row[], id: string): Row[] {
	return rows.filter((r) => lineId({ kind: r.kind, key: String(r.key ?? '') } as SeriesRef) === id);
}

/** The metric's values of a line, one per month (null where missing). */
export function lineValues(line: TrendLineData, months: readonly string[], metric: TrendMetric): (number | null)[] {
	return months.map((m) => {
		const row = line.byMonth.get(m);
		return row ? metricValue(row, metric) : null;
	});
}
