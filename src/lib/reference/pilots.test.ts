import { describe, expect, it } from 'vitest';
import { PILOTS, PILOT_END_DATE, pilotFor, pilotUnits34 } from './pilots';
import { province34For } from './provinces';
import { WorkingDayCalendar } from './calendar';

describe('pilots', () => {
	it('lists the four pilot provinces with illustrative, staggered start dates', () => {
		expect(PILOTS.map((p) => p.province_code).sort()).toEqual(['01', '22', '74', '79']);
		const cal = new WorkingDayCalendar();
		for (const p of PILOTS) {
			expect(p.model).toBe('one_level_centre');
			expect(p.start_is_illustrative).toBe(true);
			expect(p.start_date >= '2024-09-01' && p.start_date <= '2025-01-31').toBe(true);
			expect(cal.isWorkingDay(p.start_date)).toBe(true);
			expect(p.end_date).toBe(PILOT_END_DATE);
			expect(p.province_34).toBe(province34For(p.province_code));
		}
		expect(new Set(PILOTS.map((p) => p.start_date)).size).toBe(4);
	});

	it('maps Bình Dương into TP. Hồ Chí Minh for the 34-unit pilot group', () => {
		expect(pilotFor('74')?.province_34).toBe('79');
		expect(pilotFor('77')).toBeUndefined();
		expect(pilotUnits34()).toEqual(['01', '22', '79']);
	});
});
