import { describe, expect, it } from 'vitest';
import { kpiChange } from './kpi-change';

describe('kpiChange', () => {
	it('gives rates in percentage points with a tone', () => {
		expect(kpiChange('vi', 0.85, 0.8, 'rate', 'up')).toEqual({ text: '+5,0 điểm %', direction: 'up', tone: 'good', verdict: 'tốt hơn' });
		expect(kpiChange('en', 0.8, 0.85, 'rate', 'up')).toMatchObject({ text: '−5.0 pp', direction: 'down', tone: 'bad' });
	});
	it('gives days as a difference where down is better', () => {
		expect(kpiChange('en', 4.2, 5, 'days', 'down')).toMatchObject({ text: '−0.8 days', tone: 'good', verdict: 'better' });
		expect(kpiChange('en', 5.02, 5, 'days', 'down')).toMatchObject({ direction: 'flat', tone: 'neutral', verdict: 'unchanged' });
	});
	it('gives counts in percent without a verdict', () => {
		const c = kpiChange('en', 110, 100, 'count', 'none');
		expect(c?.text.replace(/\s/g, '')).toBe('+10.0%');
		expect(c).toMatchObject({ direction: 'up', tone: 'neutral', verdict: null });
	});
	it('is null without a comparable previous value', () => {
		expect(kpiChange('vi', 1, null, 'rate', 'up')).toBeNull();
		expect(kpiChange('vi', 10, 0, 'count', 'none')).toBeNull();
		expect(kpiChange('vi', Number.NaN, 1, 'days', 'down')).toBeNull();
	});
});
