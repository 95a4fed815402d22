import { describe, expect, it } from 'vitest';
import { availablePeriods, monthsOf, parsePeriodId, previousPeriod } from './rankings-periods';

const monthsBetween = (from: string, to: string) => monthsOf({ from: `${from}-01`, to: `${to}-01` });

describe('ranking periods', () => {
	it('parses years and halves and refuses anything else', () => {
		expect(parsePeriodId('2024')).toMatchObject({ from: '2024-01-01', to: '2024-12-01', kind: 'year' });
		expect(parsePeriodId('2025-H2')).toMatchObject({ from: '2025-07-01', to: '2025-12-01', half: 2 });
		expect(parsePeriodId('2025-H3')).toBeNull();
		expect(parsePeriodId("2024' OR 1=1")).toBeNull();
	});
	it('compares with the period of the same length just before', () => {
		expect(previousPeriod(parsePeriodId('2024')!).id).toBe('2023');
		expect(previousPeriod(parsePeriodId('2025-H1')!).id).toBe('2024-H2');
		expect(previousPeriod(parsePeriodId('2025-H2')!).id).toBe('2025-H1');
	});
	it('lists the months of a period across a year end', () => {
		expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
	});
	it('offers only fully covered periods, and in 63-unit mode only those before the merger', () => {
		const months = monthsBetween('2023-01', '2025-09');
		expect(availablePeriods(months, '34').map((p) => p.id)).toEqual(['2025-H1', '2024', '2024-H2', '2024-H1', '2023', '2023-H2', '2023-H1']);
		expect(availablePeriods(monthsBetween('2023-01', '2025-12'), '34')[0].id).toBe('2025');
		expect(availablePeriods(monthsBetween('2023-01', '2025-12'), '63').map((p) => p.id)).toEqual([
			'2025-H1', '2024', '2024-H2', '2024-H1', '2023', '2023-H2', '2023-H1'
		]);
	});
});
