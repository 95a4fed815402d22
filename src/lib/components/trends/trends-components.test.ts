import { describe, expect, it } from 'vitest';
import { parseState, serializeState } from '../../state/schema';
import type { TrendFilters } from '../../metrics/trends-filters';
import { lineId, parseLineId, provincesField, trendsSchema } from './trends-state';
import { keeper, lineAllowed, sameTrendFilters } from './trends-page';
import { lineLabel, lineValues, linesOf, metricFormatter, metricIsCount, rowsOfLine } from './trends-view';

describe('trends URL state', () => {
	it('reads every key and falls back to defaults on bad values', () => {
		const s = parseState(
			trendsSchema,
			new URLSearchParams(
				'm=p90_wd&b=received&g=sector&p=01,79,01&sec=Đất đai&ch=online&lvl=bogus&f=unit:01&hm=2025-02&dl=unit:79&dm=2025-13&dd=sector&dk=x'
			)
		);
		expect(s).toMatchObject({
			m: 'p90_wd',
			b: 'received',
			g: 'sector',
			p: ['01', '79'],
			sec: 'Đất đai',
			ch: 'online',
			lvl: '',
			f: 'unit:01',
			hm: '2025-02',
			dl: 'unit:79',
			dm: '',
			dd: 'sector',
			dk: 'x'
		});
		expect(parseState(trendsSchema, new URLSearchParams('m=DROP&g=x&p=1,2')).m).toBe('median_wd');
		expect(parseState(trendsSchema, new URLSearchParams('f=evil:01')).f).toBe('');
	});

	it('keeps at most six two-digit provinces and round-trips', () => {
		expect(provincesField.parse('01,02,04,06,08,10,11')).toBeUndefined();
		expect(provincesField.parse("01,0'")).toBeUndefined();
		const params = serializeState(trendsSchema, { ...parseState(trendsSchema, new URLSearchParams()), p: ['01', '79'], m: 'on_time_rate' });
		expect(params.toString()).toBe('m=on_time_rate&p=01%2C79');
	});

	it('parses line ids', () => {
		expect(parseLineId('value:Đất đai')).toEqual({ kind: 'value', key: 'Đất đai' });
		expect(parseLineId('all:')).toEqual({ kind: 'all', key: '' });
		expect(parseLineId('nope')).toBeNull();
		expect(lineId({ kind: 'unit', key: '01' })).toBe('unit:01');
	});
});

describe('trends page decisions', () => {
	it('allows only the lines of the current grouping', () => {
		expect(lineAllowed({ kind: 'unit', key: '01' }, 'province', ['01'])).toBe(true);
		expect(lineAllowed({ kind: 'unit', key: '02' }, 'province', ['01'])).toBe(false);
		expect(lineAllowed({ kind: 'unit', key: '01' }, 'sector', ['01'])).toBe(false);
		expect(lineAllowed({ kind: 'value', key: 'Tư pháp' }, 'sector', [])).toBe(true);
		expect(lineAllowed({ kind: 'pilot', key: 'pilot' }, 'pilot', [])).toBe(true);
		expect(lineAllowed({ kind: 'all', key: '' }, 'channel', [])).toBe(true);
	});

	it('keeps the previous value while its key is unchanged', () => {
		const keep = keeper<string[]>((a) => a.join(','));
		const first = keep(['01', '79']);
		expect(keep(['01', '79'])).toBe(first);
		const next = keep(['01']);
		expect(next).toEqual(['01']);
		expect(next).not.toBe(first);
	});

	it('compares filters for the prerendered view', () => {
		const f: TrendFilters = {
			mode: '34',
			basis: 'finished',
			grouping: 'province',
			provinces: [],
			from: '2025-01-01',
			to: '2025-12-01',
			slice: {}
		};
		expect(sameTrendFilters(f, { ...f, slice: { sector: null } })).toBe(true);
		expect(sameTrendFilters(f, { ...f, provinces: ['01'] })).toBe(false);
		expect(sameTrendFilters(f, { ...f, basis: 'received' })).toBe(false);
	});
});

describe('trends view', () => {
	const rows = [
		{ month: '2025-02', kind: 'all', key: '', median_wd: 5 },
		{ month: '2025-01', kind: 'all', key: '', median_wd: 6 },
		{ month: '2025-01', kind: 'region', key: 'southeast', median_wd: 4 },
		{ month: '2025-01', kind: 'unit', key: '79', median_wd: 3 },
		{ month: '2025-01', kind: 'unit', key: '01', median_wd: 7 },
		{ month: '2025-02', kind: 'unit', key: '01', median_wd: null }
	];
	it('orders chosen provinces first (in the order chosen), then regions, then the country', () => {
		const { months, lines } = linesOf(rows, ['79', '01']);
		expect(months).toEqual(['2025-01', '2025-02']);
		expect(lines.map((l) => l.id)).toEqual(['unit:79', 'unit:01', 'region:southeast', 'all:']);
		expect(lines.map((l) => l.context)).toEqual([false, false, true, true]);
		expect(lineValues(lines[1], months, 'median_wd')).toEqual([7, null]);
		expect(lineValues(lines[0], months, 'median_wd')).toEqual([3, null]);
	});

	it('picks the rows of one line in their order for the seasonality chart', () => {
		expect(rowsOfLine(rows, 'unit:01').map((r) => r.month)).toEqual(['2025-01', '2025-02']);
		expect(rowsOfLine(rows, 'all:').map((r) => r.median_wd)).toEqual([5, 6]);
		expect(rowsOfLine(rows, 'unit:02')).toEqual([]);
	});

	it('names lines in the reader language', () => {
		const ctx = { lang: 'en' as const, mode: '34' as const, grouping: 'province' as const, hasProvinces: true, t: (k: string) => `[${k}]` };
		expect(lineLabel({ kind: 'unit', key: '79' }, ctx)).toBe('Ho Chi Minh City');
		expect(lineLabel({ kind: 'region', key: 'southeast' }, ctx)).toBe('Southeast');
		expect(lineLabel({ kind: 'all', key: '' }, ctx)).toBe('[trends.line_all]');
		expect(lineLabel({ kind: 'all', key: '' }, { ...ctx, grouping: 'sector' })).toBe('[trends.line_chosen]');
		expect(lineLabel({ kind: 'all', key: '' }, { ...ctx, grouping: 'pilot' })).toBe('[trends.line_all]');
		expect(lineLabel({ kind: 'value', key: 'online' }, { ...ctx, grouping: 'channel' })).toBe('[trends.channel_online]');
		expect(lineLabel({ kind: 'unit', key: '74' }, { ...ctx, mode: '63', lang: 'vi' })).toBe('Bình Dương');
	});

	it('formats each measure with Intl', () => {
		expect(metricFormatter('vi', 'median_wd')(3.25)).toBe('3,3');
		expect(metricFormatter('en', 'on_time_rate')(0.9123)).toBe('91.2%');
		expect(metricFormatter('en', 'received')(12345)).toBe('12,345');
		expect(metricFormatter('en', 'median_wd')(null)).toBe('—');
		expect(metricIsCount('backlog')).toBe(true);
		expect(metricIsCount('p90_wd')).toBe(false);
	});
});
