import { describe, expect, it } from 'vitest';
import { monthlyPlan, yearlyPlan, type PilotDates } from './pilot-plan';

const dates: PilotDates = { unit: 'P', startMonth: 18, endMonth: 31 };

describe('plans', () => {
	it('monthly: 12 months before the start vs start..end; event −12..+14', () => {
		const plan = monthlyPlan(dates, { preMonths: 12, postMonths: null });
		expect(plan.pre).toEqual(Array.from({ length: 12 }, (_, i) => 6 + i));
		expect(plan.post[0]).toBe(18);
		expect(plan.post.at(-1)).toBe(31);
		expect(plan.event[0]).toBe(6);
		expect(plan.event.at(-1)).toBe(32);
		expect(monthlyPlan(dates, { preMonths: 6, postMonths: 3 }).post).toEqual([18, 19, 20]);
	});
	it('yearly: the year before the start vs the full years of the pilot', () => {
		// start Sept 2024 (index 2024·12 + 8), end Nov 2025
		const y = yearlyPlan({ unit: 'X', startMonth: 2024 * 12 + 8, endMonth: 2025 * 12 + 10 });
		expect(y.pre).toEqual([2023]);
		expect(y.post).toEqual([2025]);
		// a January start counts its year
		expect(yearlyPlan({ unit: 'X', startMonth: 2025 * 12, endMonth: 2025 * 12 + 10 }).post).toEqual([2025]);
	});
});
