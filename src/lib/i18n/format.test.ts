import { describe, expect, it } from 'vitest';
import {
	formatBytes,
	formatDate,
	formatDateTime,
	formatDays,
	formatMonth,
	formatMonthRange,
	formatDuration,
	formatNumber,
	formatPercent,
	formatSignedPercent,
	formatSignedPoints
} from './format';

// Intl may use narrow no-break spaces; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatters', () => {
	it('format numbers with the locale separators', () => {
		expect(formatNumber('vi', 1234567)).toBe('1.234.567');
		expect(formatNumber('en', 1234567)).toBe('1,234,567');
		expect(formatNumber('vi', 2.25, 1)).toBe('2,3');
		expect(formatNumber('vi', null)).toBe('—');
		expect(formatNumber('en', Number.NaN)).toBe('—');
	});
	it('format percentages and working days with one decimal (vi decimal comma)', () => {
		expect(plain(formatPercent('vi', 0.8312))).toBe('83,1%');
		expect(plain(formatPercent('en', 0.8312))).toBe('83.1%');
		expect(formatDays('vi', 4.25)).toBe('4,3');
		expect(formatDays('en', 4)).toBe('4.0');
		expect(formatDays('en', undefined)).toBe('—');
	});
	it('format signed changes', () => {
		expect(formatSignedPoints('vi', 1.25)).toBe('+1,3');
		expect(formatSignedPoints('en', -0.4)).toBe('\u22120.4');
		expect(plain(formatSignedPercent('en', 0.052))).toBe('+5.2%');
		expect(formatSignedPoints('en', 0)).toBe('0.0');
	});
	it('format dates as dd/mm/yyyy without time-zone drift', () => {
		expect(formatDate('vi', '2025-01-05')).toBe('05/01/2025');
		expect(formatDate('en', '2025-12-31')).toBe('31/12/2025');
		expect(formatDate('vi', null)).toBe('—');
		expect(plain(formatDateTime('en', '2026-01-05T08:30:00Z'))).toContain('05/01/2026');
	});
	it('format months', () => {
		expect(formatMonth('en', '2025-01')).toBe('Jan 2025');
		expect(formatMonth('en', '2025-01-01')).toBe('Jan 2025');
		expect(formatMonth('vi', '2025-01')).toBe('tháng 1/2025');
		expect(formatMonth('vi', '2025-11-01')).toBe('tháng 11/2025');
		expect(formatMonth('vi', '2025-01', 'axis')).toBe('01/2025');
		expect(formatMonth('en', '2025-01', 'axis')).toBe('Jan 2025');
		expect(formatMonth('vi', '2025-03', 'long')).toBe('tháng 3 năm 2025');
		expect(formatMonth('en', '2025-03', 'long')).toBe('March 2025');
		// No-break spaces inside each month and before the dash: it may break only after the dash.
		expect(formatMonthRange('vi', '2025-01', '2025-12')).toBe('tháng\u00a01/2025\u00a0– tháng\u00a012/2025');
		expect(formatMonthRange('en', '2025-04', '2025-04')).toBe('Apr\u00a02025');
	});
	it('write negatives with the true minus, never a hyphen', () => {
		expect(formatSignedPoints('vi', -2)).toBe('\u22122,0');
		expect(formatSignedPoints('en', 1.25)).toBe('+1.3');
		expect(formatNumber('vi', -1234)).toBe('\u22121.234');
		expect(formatPercent('en', -0.052)).toBe('\u22125.2%');
		expect(formatSignedPercent('vi', -0.052)).not.toContain('-');
	});
	it('format durations without claiming 0 ms', () => {
		expect(formatDuration('en', 0)).toBe('< 1 ms');
		expect(formatDuration('en', 12.4)).toBe('12 ms');
		expect(formatDuration('vi', 1340)).toBe('1,3 giây');
		expect(formatDuration('en', 125_000)).toBe('2 mins 5 secs');
		expect(formatDuration('en', null)).toBe('—');
	});
	it('format byte sizes', () => {
		expect(plain(formatBytes('en', 512))).toBe('512 byte');
		expect(plain(formatBytes('vi', 1.5 * 1024 * 1024))).toBe('1,5 MB');
		expect(plain(formatBytes('en', 2048))).toBe('2 kB');
	});
});
