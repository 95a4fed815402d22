// The trends page's own URL keys, next to the global period and boundaries:
// m (metric), b (basis), g (grouping), p (compared provinces, comma-separated, at most six),
// sec / ch / lvl (slices), f (the line of the seasonality and histogram charts), hm (the
// histogram's month), dl / dm (the drilled line and month), dd / dk (the drilled sector or level).
// Every key accepts only allowed shapes, so a hand-edited link still opens a valid view.
import { enumField, type Field, type Schema } from '../../state/schema';
import {
	MAX_PROVINCES,
	SERIES_KINDS,
	TREND_BASES,
	TREND_GROUPINGS,
	TREND_METRICS,
	type SeriesRef,
	type TrendBasis,
	type TrendGrouping,
	type TrendMetric
} from '../../metrics/trends-filters';
import { DRILLDOWN_DIMENSIONS, type DrilldownDimension } from '../../metrics/drilldown';

export const CHANNELS = ['in_person', 'online', 'postal'] as const;
export const AGENCY_LEVELS = ['province', 'district', 'commune'] as const;

export interface TrendsState {
	m: TrendMetric;
	b: TrendBasis;
	g: TrendGrouping;
	p: string[];
	sec: string;
	ch: '' | (typeof CHANNELS)[number];
	lvl: '' | (typeof AGENCY_LEVELS)[number];
	/** 'kind:key' of the focused line, '' = the default (first province, else the country). */
	f: string;
	/** 'YYYY-MM' or '' (= last month of the period). */
	hm: string;
	/** Drill-down: the line ('kind:key') and month ('YYYY-MM'); '' = closed. */
	dl: string;
	dm: string;
	dd: '' | DrilldownDimension;
	dk: string;
}

/** Up to six distinct two-digit codes, 'a,b,c' in the URL. */
export const provincesField: Field<string[]> = {
	default: [],
	parse(raw) {
		if (raw === '') return [];
		const codes = raw.split(',');
		if (codes.length > MAX_PROVINCES || codes.some((c) => !/^\d{2}$/.test(c))) return undefined;
		return [...new Set(codes)];
	},
	serialize: (value) => value.join(',')
};

/** Free text (a sector name, a dimension value); bound as a parameter, never spliced. */
function textField(max = 200): Field<string> {
	return {
		default: '',
		parse: (raw) => (raw.length <= max ? raw : undefined),
		serialize: (value) => value
	};
}

const LINE = /^(all|unit|region|value|pilot):(.{0,200})$/s;

/** A line reference 'kind:key'. */
export const lineField: Field<string> = {
	default: '',
	parse: (raw) => (raw === '' || LINE.test(raw) ? raw : undefined),
	serialize: (value) => value
};

const monthOrEmpty: Field<string> = {
	default: '',
	parse: (raw) => (raw === '' || /^\d{4}-(0[1-9]|1[0-2])$/.test(raw) ? raw : undefined),
	serialize: (value) => value
};

export const trendsSchema: Schema<TrendsState> = {
	m: enumField(TREND_METRICS, 'median_wd'),
	b: enumField(TREND_BASES, 'finished'),
	g: enumField(TREND_GROUPINGS, 'province'),
	p: provincesField,
	sec: textField(),
	ch: enumField(['', ...CHANNELS] as const, ''),
	lvl: enumField(['', ...AGENCY_LEVELS] as const, ''),
	f: lineField,
	hm: monthOrEmpty,
	dl: lineField,
	dm: monthOrEmpty,
	dd: enumField(['', ...DRILLDOWN_DIMENSIONS] as const, ''),
	dk: textField()
};

export function lineId(ref: SeriesRef): string {
	return `${ref.kind}:${ref.key}`;
}

/** 'kind:key' → a series reference, or null when malformed. */
export function parseLineId(id: string): SeriesRef | null {
	const m = LINE.exec(id);
	if (!m) return null;
	const kind = SERIES_KINDS.find((k) => k === m[1]);
	return kind ? { kind, key: m[2] } : null;
}
