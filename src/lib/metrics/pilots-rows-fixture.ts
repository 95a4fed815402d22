// Constructed rows (as the pilot series builders return them) for the view and display tests.
import { monthIndex, monthLabel } from './pilots-panel';
import type { Row } from './query';

// Two pilots (A from 2024-03, B from 2024-06, both to 2024-12) and eight non-pilot units, one
// a city; months 2023-01..2024-12. mean_wd = level + common trend, −2 in a pilot after its
// start, and median_wd the same + 0.5; on_time_rate = 0.7 + 0.05 after the start in a pilot (a +5 point effect).
export const constructedUnits: Row[] = [
	{
		code: 'A',
		name_vi: 'A',
		name_en: 'A',
		kind: 'city',
		is_pilot: true,
		start_date: '2024-03-10',
		end_date: '2024-12-31',
		pilot_components: 1,
		components: 1,
		received_base: 900
	},
	{
		code: 'B',
		name_vi: 'B',
		name_en: 'B',
		kind: 'province',
		is_pilot: true,
		start_date: '2024-06-01',
		end_date: '2024-12-31',
		pilot_components: 1,
		components: 1,
		received_base: 800
	},
	...Array.from({ length: 8 }, (_, i) => ({
		code: `N${i}`,
		name_vi: `N${i}`,
		name_en: `N${i}`,
		kind: i === 0 ? 'city' : 'province',
		is_pilot: false,
		start_date: null,
		end_date: null,
		pilot_components: 0,
		components: 1,
		received_base: 100 * i
	}))
];
const start: Record<string, number> = { A: monthIndex('2024-03'), B: monthIndex('2024-06') };
const monthly: Row[] = [];
constructedUnits.forEach((u, ui) => {
	const code = String(u.code);
	for (let t = monthIndex('2023-01'); t <= monthIndex('2024-12'); t++) {
		const treated = code in start && t >= start[code];
		const wobble = ((ui * 7 + t * 3) % 5) * 0.02;
		monthly.push({
			unit: code,
			month: monthLabel(t),
			mean_wd: 5 + ui - 0.1 * (t - monthIndex('2023-01')) + wobble + (treated ? -2 : 0),
			median_wd: 5.5 + ui - 0.1 * (t - monthIndex('2023-01')) + wobble + (treated ? -2 : 0),
			p90_wd: null,
			on_time_rate: 0.7 + wobble / 10 + (treated ? 0.05 : 0),
			online_share: null,
			via_centre_share: null
		});
	}
});
export const constructedRows = { monthly, survey: [] as Row[], units: constructedUnits };
