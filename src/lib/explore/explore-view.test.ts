import { describe, expect, it } from 'vitest';
import { comparisonRows, overlap, provinceRows } from './explore-view';

const row = (unit: string, received: number, early: number, late: number) => ({
	unit,
	received,
	early,
	on_time: 0,
	late,
	overdue_backlog: 0,
	finished: early + late,
	median_wd: 2,
	online: received
});

describe('explore view rows', () => {
	it('ranks the provinces with dossiers by on-time rate, names from the reference list', () => {
		const rows = provinceRows([row('01', 4, 3, 1), row('79', 2, 2, 0), row('48', 0, 0, 0)], '34', 'en');
		expect(rows.map((r) => [r.code, r.on_time_rate])).toEqual([
			['79', 1],
			['01', 0.75]
		]);
		expect(rows[1].name).toBe('Ha Noi');
	});

	it('compares only the provinces both have, over the months both cover', () => {
		const file = provinceRows([row('01', 4, 3, 1), row('79', 2, 2, 0)], '34', 'vi');
		const site = provinceRows([row('01', 40, 20, 20)], '34', 'vi');
		expect(comparisonRows(file, site)).toMatchObject([
			{ code: '01', file_received: 4, site_received: 40, file_on_time: 0.75, site_on_time: 0.5 }
		]);
		expect(overlap({ from: '2024-01', to: '2024-06' }, { from: '2024-03', to: '2025-01' })).toEqual({ from: '2024-03', to: '2024-06' });
		expect(overlap({ from: '2024-01', to: '2024-02' }, { from: '2024-03', to: '2025-01' })).toBeNull();
	});
});
