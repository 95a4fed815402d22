import { describe, expect, it } from 'vitest';
import { profilePeriod } from './profile-period';

const span = { firstMonth: '2023-01', lastMonth: '2025-12' };

describe('profilePeriod', () => {
	it('keeps the chosen period for a 34-unit profile and for a pre-merger period', () => {
		expect(profilePeriod('34', { from: '2025-01', to: '2025-12' }, span)).toEqual({ from: '2025-01', to: '2025-12', moved: false });
		expect(profilePeriod('63', { from: '2024-01', to: '2024-06' }, span)).toEqual({ from: '2024-01', to: '2024-06', moved: false });
	});
	it('moves a period past the merger back to end in June 2025, keeping its length', () => {
		expect(profilePeriod('63', { from: '2025-01', to: '2025-12' }, span)).toEqual({ from: '2024-07', to: '2025-06', moved: true });
		expect(profilePeriod('63', { from: '2025-07', to: '2025-07' }, span)).toEqual({ from: '2025-06', to: '2025-06', moved: true });
	});
	it('never starts before the data', () => {
		expect(profilePeriod('63', { from: '2023-01', to: '2025-12' }, span)).toEqual({ from: '2023-01', to: '2025-06', moved: true });
	});
});
