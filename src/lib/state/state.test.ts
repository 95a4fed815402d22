import { describe, expect, it } from 'vitest';
import { defaultsOf, enumField, intField, monthField, parseState, serializeState, toSearch } from './schema';
import { trendsSchema } from '../components/trends/trends-state';
import {
	addMonths,
	defaultGlobalFilters,
	defaultPeriod,
	monthCount,
	monthsBetween,
	parseGlobalFilters,
	periodDates,
	previousPeriod,
	serializeGlobalFilters,
	type GlobalFilters
} from './global-filters';

const span = { firstMonth: '2023-01', lastMonth: '2025-12' };

describe('schema fields', () => {
	it('accept only allowed values', () => {
		const e = enumField(['a', 'b'] as const, 'a');
		expect(e.parse('b')).toBe('b');
		expect(e.parse('c')).toBeUndefined();
		const m = monthField('2024-01', { min: '2023-01', max: '2025-12' });
		expect(m.parse('2024-13')).toBeUndefined();
		expect(m.parse('2022-12')).toBeUndefined();
		expect(m.parse('2024-02')).toBe('2024-02');
		const i = intField(3, 1, 10);
		expect(i.parse('11')).toBeUndefined();
		expect(i.parse('1.5')).toBeUndefined();
		expect(i.parse('7')).toBe(7);
	});
	it('round-trip, omit defaults and keep foreign keys', () => {
		const schema = { k: enumField(['x', 'y'] as const, 'x'), n: intField(5, 0, 9) };
		const params = serializeState(schema, { k: 'y', n: 5 }, new URLSearchParams('other=1&k=x'));
		expect(params.toString()).toBe('other=1&k=y');
		expect(parseState(schema, params)).toEqual({ k: 'y', n: 5 });
		expect(toSearch(new URLSearchParams())).toBe('');
	});
});

describe('values only the data knows', () => {
	const sectors = ['Tư pháp', 'Đất đai'];
	it('an unknown sector in the URL falls back to the default (all sectors)', () => {
		const params = new URLSearchParams({ sec: "'; DROP TABLE x;--", ch: 'online' });
		expect(parseState(trendsSchema, params, { sec: sectors })).toMatchObject({ sec: '', ch: 'online' });
		expect(parseState(trendsSchema, new URLSearchParams({ sec: 'Đất đai' }), { sec: sectors }).sec).toBe('Đất đai');
		// not known yet: the link's value is kept
		expect(parseState(trendsSchema, params, { sec: null }).sec).toBe("'; DROP TABLE x;--");
	});
	it('a value the URL would not read back is not written', () => {
		const huge = { ...defaultsOf(trendsSchema), sec: 'S'.repeat(1_000_000), ch: 'postal' as const };
		const params = serializeState(trendsSchema, huge, new URLSearchParams('sec=old'));
		expect(params.toString()).toBe('ch=postal');
		const longest = { ...huge, sec: 'S'.repeat(200) };
		expect(serializeState(trendsSchema, longest).get('sec')).toHaveLength(200);
	});
});

describe('months', () => {
	it('add and count', () => {
		expect(addMonths('2025-01', -1)).toBe('2024-12');
		expect(addMonths('2024-12', 13)).toBe('2026-01');
		expect(monthCount('2025-01', '2025-12')).toBe(12);
		expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
	});
});

describe('global filters', () => {
	it('default to the last 12 months of data, 34 units, all provinces', () => {
		expect(defaultGlobalFilters(span)).toEqual({ from: '2025-01', to: '2025-12', mode: '34', group: 'all' });
		expect(defaultPeriod({ firstMonth: '2025-06', lastMonth: '2025-12' })).toEqual({ from: '2025-06', to: '2025-12' });
	});
	it('round-trip every value', () => {
		const filters: GlobalFilters = { from: '2023-04', to: '2024-03', mode: '63', group: 'non_pilot' };
		const params = serializeGlobalFilters(span, filters);
		expect(params.toString()).toBe('from=2023-04&to=2024-03&mode=63&group=non_pilot');
		expect(parseGlobalFilters(span, params)).toEqual(filters);
		expect(serializeGlobalFilters(span, defaultGlobalFilters(span)).toString()).toBe('');
	});
	it('fall back to defaults for invalid values', () => {
		const parsed = parseGlobalFilters(span, new URLSearchParams('from=2019-01&to=2025-99&mode=12&group=<script>'));
		expect(parsed).toEqual(defaultGlobalFilters(span));
		const reversed = parseGlobalFilters(span, new URLSearchParams('from=2025-06&to=2024-01&mode=63'));
		expect(reversed).toEqual({ from: '2025-01', to: '2025-12', mode: '63', group: 'all' });
	});
	it('give the builders dates and the previous period', () => {
		expect(periodDates({ from: '2025-01', to: '2025-12' })).toEqual({ from: '2025-01-01', to: '2025-12-01' });
		expect(previousPeriod({ from: '2025-01', to: '2025-12' })).toEqual({ from: '2024-01', to: '2024-12' });
		expect(previousPeriod({ from: '2025-03', to: '2025-05' })).toEqual({ from: '2024-12', to: '2025-02' });
	});
});
