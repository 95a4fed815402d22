import { describe, expect, it } from 'vitest';
import { monthIndex, monthLabel, monthlyPanel, parseUnits, yearlyPanel } from './pilots-panel';

describe('month indices', () => {
	it('round-trip months and dates', () => {
		expect(monthIndex('2024-09-16')).toBe(2024 * 12 + 8);
		expect(monthLabel(monthIndex('2025-01'))).toBe('2025-01');
		expect(monthIndex('2025-01') - monthIndex('2024-12')).toBe(1);
		expect(() => monthIndex('Sept 2024')).toThrow(/month/);
	});
});

describe('panels', () => {
	it('keep only finite values of the chosen outcome', () => {
		const panel = monthlyPanel(
			[
				{ unit: '01', month: '2024-01', median_wd: 4, on_time_rate: null },
				{ unit: '01', month: '2024-02', median_wd: null, on_time_rate: 0.8 },
				{ unit: '22', month: '2024-01', median_wd: 6, on_time_rate: 0.7 }
			],
			'median_wd'
		);
		expect([...panel.get('01')!]).toEqual([[monthIndex('2024-01'), 4]]);
		expect(panel.get('22')!.get(monthIndex('2024-01'))).toBe(6);
		const yearly = yearlyPanel(
			[
				{ unit: '01', year: 2024, outcome: 'sipas', value: 0.8, n: 100 },
				{ unit: '01', year: 2024, outcome: 'access', value: 0.9, n: 100 }
			],
			'sipas'
		);
		expect([...yearly.get('01')!]).toEqual([[2024, 0.8]]);
	});

	it('parse units with their pilot dates', () => {
		const [u] = parseUnits([
			{
				code: '79',
				name_vi: 'TP. Hồ Chí Minh',
				name_en: 'Ho Chi Minh City',
				kind: 'city',
				is_pilot: true,
				start_date: '2024-11-04',
				end_date: '2025-11-30',
				pilot_components: 2,
				components: 3,
				received_base: 10
			}
		]);
		expect(u).toEqual({
			code: '79',
			name_vi: 'TP. Hồ Chí Minh',
			name_en: 'Ho Chi Minh City',
			kind: 'city',
			isPilot: true,
			startDate: '2024-11-04',
			endDate: '2025-11-30',
			pilotComponents: 2,
			components: 3,
			receivedBase: 10
		});
	});
});
