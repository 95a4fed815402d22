import { describe, expect, it } from 'vitest';
import {
	checkBoundaryMode,
	groupSql,
	LAST_MONTH_63,
	lastMonthIn,
	MERGER_DATE,
	MERGER_MONTH,
	monthInModeSql,
	partitionProvince,
	periodValidIn,
	scopeSql,
	unitSql
} from './boundary';

describe('boundary rules', () => {
	it('dates the merger once: 2025-07-01, so 63-unit figures end with June 2025', () => {
		expect([MERGER_DATE, MERGER_MONTH, LAST_MONTH_63]).toEqual(['2025-07-01', '2025-07', '2025-06']);
	});
	it('names the unit column, table and pilot column of each mode', () => {
		expect(unitSql('34')).toEqual({ unitColumn: 'province_34', unitTable: 'provinces_34', pilotColumn: 'province_34' });
		expect(unitSql('63')).toEqual({ unitColumn: 'province_63', unitTable: 'provinces_63', pilotColumn: 'province_code' });
		// @ts-expect-error: a value from a URL that was not checked
		expect(() => unitSql('province_34; --')).toThrow(/boundary mode/);
		expect(() => checkBoundaryMode(63)).toThrow();
	});
	it('knows which periods a 63-unit figure exists for, in months or dates', () => {
		expect(periodValidIn('63', '2025-06')).toBe(true);
		expect(periodValidIn('63', '2025-06-01')).toBe(true);
		expect(periodValidIn('63', '2025-07')).toBe(false);
		expect(periodValidIn('63', '2025-07-01')).toBe(false);
		expect(periodValidIn('34', '2026-01')).toBe(true);
		expect([lastMonthIn('63', '2025-12'), lastMonthIn('63', '2025-03'), lastMonthIn('34', '2025-12')]).toEqual([
			'2025-06',
			'2025-03',
			'2025-12'
		]);
		expect(monthInModeSql('63', 'c.month')).toEqual({ sql: ' AND c.month < CAST(? AS DATE)', params: ['2025-07-01'] });
		expect(monthInModeSql('34', 'c.month')).toEqual({ sql: '', params: [] });
	});
	it('finds the raw partition of a unit through the crosswalk', () => {
		expect(partitionProvince('63', '74')).toBe('79'); // Bình Dương → TP. Hồ Chí Minh
		expect(partitionProvince('63', '24')).toBe('24'); // Bắc Giang → Bắc Ninh (code 24)
		expect(partitionProvince('34', '24')).toBe('24');
		expect(partitionProvince('63', '00')).toBeNull();
	});
	it('writes group and region conditions from checked names and bound values only', () => {
		expect(groupSql('63', 'cities', 'c.province_63')).toBe(`c.province_63 IN (SELECT code FROM provinces_63 WHERE kind = 'city')`);
		expect(() => groupSql('34', 'all', 'c.province_34) OR (1=1')).toThrow(/column/);
		// @ts-expect-error: a value from a URL that was not checked
		expect(() => groupSql('34', 'friends', 'u.code')).toThrow(/group/);
		expect(scopeSql('34', 'all', 'all', 'u.code')).toEqual({ sql: 'u.code IS NOT NULL', params: [] });
		expect(scopeSql('34', 'pilot', 'southeast', 'u.code').params).toEqual(['southeast']);
		// @ts-expect-error: a value from a URL that was not checked
		expect(() => scopeSql('34', 'all', "southeast' OR '1", 'u.code')).toThrow(/region/);
	});
});
